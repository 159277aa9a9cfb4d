// The complaints benchmark (issue #3, #9): about 1,000,000 generated complaints in the contract's
// shape, served as pages of 100,000 linked by `next`, loaded by the release dashboard in headless
// Chromium; then 50 filter changes clicked in the complaints view. The same pages and the same
// filter changes run, in the same browser, through crossfilter2 and a plain typed-array loop.
// Prints a Markdown section. Not a test: figures, not pass/fail.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { launch, startServer, ROOT } from '../tests/e2e/helpers.mjs';

const RECORDS = Number(process.env.BENCH_COMPLAINTS || 1_000_000);
const PER_PAGE = Number(process.env.BENCH_PAGE_RECORDS || 100_000);
// Generated once per size; delete the directory after changing PER_PAGE.
const DATA = path.join(ROOT, 'target/bench-data', `complaints-${RECORDS}`);
const require = createRequire(import.meta.url);

function generate() {
  if (fs.existsSync(path.join(DATA, 'complaints.json'))) return;
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'dasbor-data'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(path.join(ROOT, 'target/release/dasbor-data'),
    ['generate', '--out', DATA, '--complaints', String(RECORDS), '--page-records', String(PER_PAGE)], { stdio: 'ignore' });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))]; };

generate();
const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.json'));
const bytes = files.reduce((a, f) => a + fs.statSync(path.join(DATA, f)).size, 0);
const head = JSON.parse(fs.readFileSync(path.join(DATA, 'complaints.json'), 'utf8'));
const lastPage = JSON.parse(fs.readFileSync(path.join(DATA, files.length > 1 ? `complaints-p${files.length}.json` : 'complaints.json'), 'utf8'));
const from = head.complaints[0].received_at.slice(0, 10);
const to = lastPage.complaints.at(-1).received_at.slice(0, 10);

// 50 toggles: add one value on each of the five filters, then take them off, with other values
// each round (at most five filters at once, as a person clicking would).
const tables = { opd: head.agencies, category: head.categories, area: head.areas, channel: head.channels, status: ['received', 'verified', 'in_progress', 'resolved', 'rejected'].map((id) => ({ id })) };
const params = ['opd', 'category', 'area', 'channel', 'status'];
const changes = [];
for (let round = 0; round < 5; round++) {
  const picks = params.map((p, k) => [p, tables[p][(round * 3 + k) % tables[p].length].id]);
  changes.push(...picks, ...picks);
}

const server = await startServer();
const json = (body) => (req, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }).end(body);
for (const f of files) server.overrides.set(`/big/${f}`, (req, res) => json(fs.readFileSync(path.join(DATA, f)))(req, res));
const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/config.json'), 'utf8'));
config.sources.complaints = 'big/complaints.json';
config.refresh_seconds.complaints = 86400;
server.overrides.set('/config.json', json(Buffer.from(JSON.stringify(config))));
for (const [route, file] of [['/bench/crossfilter.html', 'bench/crossfilter.html'], ['/bench/baselines.js', 'bench/baselines.js']]) {
  server.overrides.set(route, (req, res) => res.writeHead(200, { 'Content-Type': route.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(fs.readFileSync(path.join(ROOT, file))));
}
server.overrides.set('/bench/crossfilter.min.js', (req, res) => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(fs.readFileSync(require.resolve('crossfilter2/crossfilter.min.js'))));

const browser = await launch();

// The dashboard: load, then click.
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
const page = await context.newPage();
await page.addInitScript(() => {
  window.dasborTiming = true;
  window.__draws = [];
  // Frame times, to tell when the last redrawn chart reached the screen.
  window.__frames = [];
  const tick = () => requestAnimationFrame((t) => { window.__frames.push(t); if (window.__frames.length > 4000) window.__frames.splice(0, 2000); tick(); });
  tick();
  new MutationObserver((ms) => { for (const m of ms) if (m.attributeName === 'data-draws') window.__draws.push(performance.now()); })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-draws'] });
});
await page.goto(`${server.url}/pengaduan?from=${from}&to=${to}`);
await page.waitForSelector('[data-summary=complaints][data-total]', { timeout: 300000 });
await page.waitForTimeout(1500);
// The heap after a full collection: what the page keeps, not garbage the collector has yet to
// reach (the fetched pages' buffers).
await (await context.newCDPSession(page)).send('HeapProfiler.collectGarbage');
const loaded = await page.evaluate(() => ({
  ingest: performance.getEntriesByName('dasbor:load:complaints')[0]?.duration,
  decode: performance.getEntriesByName('dasbor:decode').reduce((a, e) => a + e.duration, 0),
  finish: performance.getEntriesByName('dasbor:finish')[0]?.duration ?? 0,
  firstRegroup: performance.getEntriesByName('dasbor:regroup')[0]?.duration,
  rendered: window.__draws.at(-1),
  total: Number(document.querySelector('[data-summary=complaints]').dataset.total),
  wasm: window.wasmBindings.wasm_memory_bytes(),
  heap: performance.memory ? performance.memory.usedJSHeapSize : 0,
}));
const clicks = [];
for (const [param, value] of changes) {
  const panel = param === 'area' ? 'kelurahan' : param;
  clicks.push(await page.evaluate(async ([panel, value]) => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const n0 = performance.getEntriesByName('dasbor:regroup').length;
    const t0 = performance.now();
    document.querySelector(`[data-panel="${panel}"] button.row-toggle[data-value="${value}"]`).click();
    while (performance.getEntriesByName('dasbor:regroup').length === n0) await sleep(2);
    // Settled when no chart has been drawn for 300 ms.
    for (;;) {
      const last = window.__draws.at(-1) ?? 0;
      await sleep(300);
      if ((window.__draws.at(-1) ?? 0) === last) break;
    }
    const drawn = window.__draws.filter((t) => t > t0);
    const last = drawn.at(-1) ?? t0;
    // The first frame that starts after the last draw: its layout and paint show it.
    const frame = window.__frames.find((t) => t > last) ?? last;
    return { regroup: performance.getEntriesByName('dasbor:regroup').at(-1).duration, redraw: last - t0, frame: frame - t0, charts: drawn.length };
  }, [panel, value]));
}
const after = await page.evaluate(() => window.wasmBindings.wasm_memory_bytes());
await context.close();

// The baselines, same browser, same pages.
const basePage = await (await browser.newContext()).newPage();
await basePage.goto(`${server.url}/bench/crossfilter.html`);
const base = await basePage.evaluate(([url, changes]) => window.runBaselines(url, changes), [`${server.url}/big/complaints.json`, changes]);
const chromium = browser.version();
await browser.close();
await server.close();

const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const mib = (x) => `${(x / 2 ** 20).toFixed(1)} MiB`;
const regroup = clicks.map((c) => c.regroup);
const redraw = clicks.map((c) => c.redraw);
const frame = clicks.map((c) => c.frame);
console.log(`## Complaints: ${loaded.total.toLocaleString('en')} records in period (${base.records.toLocaleString('en')} in the feed), ${files.length} pages, ${(bytes / 2 ** 20).toFixed(0)} MiB of JSON\n`);
console.log(`Chromium ${chromium}; period ${from} to ${to} (every record in the period); 50 filter changes (5 filters on, then off, 5 rounds).\n`);
console.log('| | dashboard (Rust/wasm) | crossfilter2 1.5.4 | typed-array JS loop |');
console.log('|---|---:|---:|---:|');
console.log(`| ingest: fetch + parse + columns | ${ms(loaded.ingest)} | ${ms(base.fetchParseMs + base.columnsMs)} (JSON.parse alone ${ms(base.parseMs)}) | (same as crossfilter) |`);
console.log(`| of which decoding pages into columns / finishing (dedupe, sort check) | ${ms(loaded.decode)} / ${ms(loaded.finish)} | JSON.parse ${ms(base.parseMs)}, columns ${ms(base.columnsMs)} | |`);
console.log(`| build the index | (in ingest) | ${ms(base.buildMs ?? base.crossfilter.buildMs)} | – |`);
console.log(`| memory after ingest | wasm ${mib(loaded.wasm)}, JS heap ${mib(loaded.heap)} (after a full GC) | JS heap ${mib(base.heapAfterParse)} | |`);
console.log(`| re-filter + regroup, median | ${ms(median(regroup))} | ${ms(base.crossfilter.median)} | ${ms(base.typed.median)} |`);
console.log(`| re-filter + regroup, p95 | ${ms(p95(regroup))} | ${ms(base.crossfilter.p95)} | ${ms(base.typed.p95)} |`);
console.log(`| click to every chart redrawn, median (p95) | ${ms(median(redraw))} (${ms(p95(redraw))}) | – | – |`);
console.log(`| click to the next frame after the last chart, median (p95) | ${ms(median(frame))} (${ms(p95(frame))}) | – | – |`);
console.log(`\nRatios (median per change): crossfilter2 / dashboard ${(base.crossfilter.median / median(regroup)).toFixed(1)}×, typed-array loop / dashboard ${(base.typed.median / median(regroup)).toFixed(1)}×.`);
console.log(`The dashboard's regroup computes more than the baselines' counts: SLA outcomes per OPD, volume and comparison buckets, response and resolution medians and p90 (selection, not sort), per-OPD medians.`);
console.log(`First regroup after ingest ${ms(loaded.firstRegroup)}; wasm memory after the 50 clicks ${mib(after)}; charts redrawn per click: median ${median(clicks.map((c) => c.charts))}.`);
