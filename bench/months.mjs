// The month-partitions benchmark (issue #19): 10,000,000 generated complaints over ten years, cut
// into city months by `dasbor-data partition` and served with `source_forms: months`. Measured in
// headless Chromium: the default complaints view (30 days to the newest complaint) from
// navigation to its summary drawn, with the months read and the wasm memory; the same for a
// one-year period; then 50 filter changes on what is loaded (re-filter + regroup). Prints a
// Markdown section. Not a test: figures, not pass/fail.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { launch, startServer, ROOT } from '../tests/e2e/helpers.mjs';

const RECORDS = Number(process.env.BENCH_MONTHS_COMPLAINTS || 10_000_000);
const MONTHS = Number(process.env.BENCH_MONTHS || 120);
const RUNS = Number(process.env.BENCH_MONTHS_RUNS || 3);
const DATA = path.join(ROOT, 'target/bench-data', `months-${RECORDS}-${MONTHS}`);
const MANIFEST = 'complaints-months.json';

function generate() {
  if (fs.existsSync(path.join(DATA, MANIFEST))) return;
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'dasbor-data'], { cwd: ROOT, stdio: 'inherit' });
  const bin = path.join(ROOT, 'target/release/dasbor-data');
  execFileSync(bin, ['generate', '--out', DATA, '--complaints', String(RECORDS), '--months', String(MONTHS)], { stdio: 'ignore' });
  execFileSync(bin, ['partition', '--kind', 'complaints', '--in', path.join(DATA, 'complaints.json'), '--out', DATA], { cwd: ROOT, stdio: 'ignore' });
  fs.rmSync(path.join(DATA, 'complaints.json'));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))]; };

generate();
const manifest = JSON.parse(fs.readFileSync(path.join(DATA, MANIFEST), 'utf8'));
const bytes = manifest.months.reduce((a, m) => a + m.bytes, 0);
const records = manifest.months.reduce((a, m) => a + m.records, 0);
const newest = manifest.months.at(-1).newest_at.slice(0, 10);
const yearFrom = (() => { const d = new Date(`${newest}T00:00:00Z`); d.setUTCFullYear(d.getUTCFullYear() - 1); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10); })();

const server = await startServer();
const json = (body) => (req, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }).end(body);
// Served gzip, as a static host serves them (nginx `gzip_static`: compressed once, ahead).
const packed = new Map();
const gzipped = (file) => (req, res) => {
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] || '')) return json(fs.readFileSync(path.join(DATA, file)))(req, res);
  if (!packed.has(file)) packed.set(file, zlib.gzipSync(fs.readFileSync(path.join(DATA, file)), { level: 6 }));
  const body = packed.get(file);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' }).end(body);
};
server.overrides.set(`/big/${MANIFEST}`, gzipped(MANIFEST));
for (const m of manifest.months) server.overrides.set(`/big/${m.url}`, gzipped(m.url));
const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/config.json'), 'utf8'));
config.sources.complaints = `big/${MANIFEST}`;
config.source_forms = { complaints: 'months' };
config.refresh_seconds.complaints = 86400;
server.overrides.set('/config.json', json(Buffer.from(JSON.stringify(config))));

const browser = await launch();

/** Navigates to the complaints view; returns when its summary is drawn with every month read. */
async function load(query) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.dasborTiming = true;
    window.__draws = [];
    new MutationObserver((ms) => { for (const m of ms) if (m.attributeName === 'data-draws') window.__draws.push(performance.now()); })
      .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-draws'] });
  });
  server.hits.clear();
  await page.goto(`${server.url}/pengaduan${query}`);
  await page.waitForFunction(() => document.querySelector('[data-summary=complaints][data-total]')
    && document.querySelectorAll('.feed.loading').length === 0 && !document.querySelector('[data-progress]'), null, { timeout: 600000, polling: 50 });
  await page.waitForTimeout(1500);
  await (await context.newCDPSession(page)).send('HeapProfiler.collectGarbage');
  const r = await page.evaluate(() => ({
    ingest: performance.getEntriesByName('dasbor:load:complaints')[0]?.duration,
    decode: performance.getEntriesByName('dasbor:decode').reduce((a, e) => a + e.duration, 0),
    finish: performance.getEntriesByName('dasbor:finish').reduce((a, e) => a + e.duration, 0),
    regroup: performance.getEntriesByName('dasbor:regroup')[0]?.duration ?? 0,
    merge: performance.getEntriesByName('dasbor:merge').reduce((a, e) => a + e.duration, 0),
    roundStart: performance.getEntriesByName('dasbor:load:complaints')[0]?.startTime,
    rendered: window.__draws.at(-1),
    total: Number(document.querySelector('[data-summary=complaints]').dataset.total),
    wasm: window.wasmBindings.wasm_memory_bytes(),
    heap: performance.memory ? performance.memory.usedJSHeapSize : 0,
  }));
  r.months = [...server.hits.keys()].filter((p) => /complaints-months-\d{4}-\d{2}\.json$/.test(p)).length;
  return { ...r, page, context };
}

const runs = { default: [], year: [] };
for (let i = 0; i < RUNS; i++) {
  for (const [name, query] of [['default', ''], ['year', `?from=${yearFrom}&to=${newest}`]].slice(0, process.env.BENCH_MONTHS_YEAR === '0' ? 1 : 2)) {
    const r = await load(query);
    await r.context.close();
    delete r.page; delete r.context;
    runs[name].push(r);
  }
}

// 50 filter changes on the default view's months, as in the complaints benchmark.
const tables = { opd: manifest.agencies, category: manifest.categories, area: manifest.areas, channel: manifest.channels, status: ['received', 'verified', 'in_progress', 'resolved', 'rejected'].map((id) => ({ id })) };
const params = ['opd', 'category', 'area', 'channel', 'status'];
const changes = [];
for (let round = 0; round < 5; round++) {
  const picks = params.map((p, k) => [p, tables[p][(round * 3 + k) % tables[p].length].id]);
  changes.push(...picks, ...picks);
}
const loaded = await load('');
const clicks = [];
for (const [param, value] of changes) {
  const panel = param === 'area' ? 'kelurahan' : param;
  clicks.push(await loaded.page.evaluate(async ([panel, value]) => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const n0 = performance.getEntriesByName('dasbor:regroup').length;
    const button = document.querySelector(`[data-panel="${panel}"] button.row-toggle[data-value="${value}"]`);
    if (!button) return null;
    button.click();
    while (performance.getEntriesByName('dasbor:regroup').length === n0) await sleep(2);
    await sleep(200);
    return performance.getEntriesByName('dasbor:regroup').at(-1).duration;
  }, [panel, value]));
}
await loaded.context.close();
const chromium = browser.version();
await browser.close();
await server.close();

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const mib = (x) => `${(x / 2 ** 20).toFixed(1)} MiB`;
const regroup = clicks.filter((c) => c !== null);
const row = (label, rs) => {
  const at = median(rs.map((r) => r.rendered));
  return `| ${label} | ${median(rs.map((r) => r.months))} of ${manifest.months.length} | ${median(rs.map((r) => r.total)).toLocaleString('en')} | ${ms(at)} (${rs.map((r) => Math.round(r.rendered)).join(', ')}) | ${mib(median(rs.map((r) => r.wasm)))} | ${mib(median(rs.map((r) => r.heap)))} |`;
};
console.log(`## Month partitions: ${records.toLocaleString('en')} complaints over ${manifest.months.length} months, ${(bytes / 2 ** 30).toFixed(2)} GiB of JSON\n`);
console.log(`Chromium ${chromium}; generated by \`dasbor-data generate --complaints ${RECORDS} --months ${MONTHS}\`, cut by \`dasbor-data partition\`; \`source_forms: {"complaints": "months"}\`; served gzip (${(bytes / manifest.months.length / 2 ** 20).toFixed(1)} MiB a month before compression); ${RUNS} cold loads each (fresh browser context: no month in IndexedDB), medians.\n`);
console.log('| complaints view | months read | complaints in period | navigation to the last chart drawn (runs) | wasm memory | JS heap (after GC) |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(row('default: 30 days to the newest complaint, and the 30 before', runs.default));
console.log(row(`one year: ${yearFrom} to ${newest}, and the year before`, runs.year));
for (const [name, rs] of Object.entries(runs)) {
  console.log(`\n${name === 'default' ? 'Default' : 'One year'}: of the ${ms(median(rs.map((r) => r.rendered)))}, the months' round took ${ms(median(rs.map((r) => r.ingest)))} (decoding ${ms(median(rs.map((r) => r.decode)))}, finishing each month ${ms(median(rs.map((r) => r.finish)))}), merging the months into the columns ${ms(median(rs.map((r) => r.merge)))}, the first regroup ${ms(median(rs.map((r) => r.regroup)))}; the round started at ${ms(median(rs.map((r) => r.roundStart)))}.`);
}
console.log(`\nRe-filter + regroup on the default view's months (50 filter changes as in the complaints benchmark): median ${ms(median(regroup))}, p95 ${ms(p95(regroup))}.`);
