// `make bench`: sizes of the release build and time from navigation to a fully rendered overview
// (every feed answered, radar drawn), in headless Chromium on 127.0.0.1. The machine is shared and
// noisy: medians of several runs are reported, with the spread.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { launch, startServer, DIST, ROOT, policy } from '../tests/e2e/helpers.mjs';
import { serve } from '../tests/e2e/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);

function sizes() {
  const rows = [];
  for (const file of fs.readdirSync(DIST)) {
    if (!/\.(wasm|js)$/.test(file)) continue;
    const body = fs.readFileSync(path.join(DIST, file));
    rows.push({
      file: file.replace(/-[0-9a-f]{12,16}/, ''),
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body).length,
    });
  }
  return rows;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

// In-page timestamps (ms from navigation start), so the poll of a test driver adds nothing: the
// first animation frame on which the overview is fully rendered (every feed answered, the radar
// drawn, six KPI tiles), when the wasm app started, and when each resource arrived.
function watchOverview() {
  window.dasborTiming = true;
  addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
  const check = () => {
    if (document.querySelector('[data-panel=dimensions] canvas[data-draws]')
      && document.querySelectorAll('.feed.loading').length === 0
      && document.querySelectorAll('.kpi-value').length === 6) {
      window.__rendered = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function coldLoad(browser, url, { throttle, wasmOnly }) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: wasmOnly });
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(watchOverview);
  await page.goto(url);
  await page.waitForFunction(() => window.__rendered || window.__instantiated, null, { timeout: 120000, polling: 50 });
  const r = await page.evaluate(() => ({
    ms: window.__rendered ?? window.__instantiated,
    started: window.__started,
    heap: performance.memory ? performance.memory.usedJSHeapSize : 0,
    resources: performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname.replace(/-[0-9a-f]{12,16}/, ''), e.startTime, e.responseEnd]),
    decoded: performance.getEntriesByType('measure').filter((e) => e.name.startsWith('dasbor:load:')).map((e) => [e.name.slice(12), e.startTime + e.duration]),
  }));
  await context.close();
  return r;
}

// The wasm-only page: fetch, compile and instantiate the same wasm with inert imports, nothing
// else: the floor any load of this app stands on, measured in the same run.
const wasmFile = fs.readdirSync(DIST).find((f) => f.endsWith('.wasm'));
const wasmOnlyPage = `<!doctype html><meta charset="utf-8"><title>wasm only</title><script type="module">
const module = await WebAssembly.compileStreaming(fetch('/${wasmFile}'));
const imports = {};
for (const i of WebAssembly.Module.imports(module)) (imports[i.module] ??= {})[i.name] = () => {};
await WebAssembly.instantiate(module, imports);
window.__instantiated = performance.now();
</script>`;

// The sample in month partitions (docs/data-contract.md, "Month partitions"): a copy of dist/
// with the complaints and the queue history cut by `dasbor-data partition` and config.json
// saying so, served the same way.
function monthsCopy() {
  const dir = path.join(ROOT, 'target/bench-data/dist-months');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(DIST, dir, { recursive: true });
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'dasbor-data'], { cwd: ROOT, stdio: 'inherit' });
  for (const kind of ['complaints', 'queues']) {
    execFileSync(path.join(ROOT, 'target/release/dasbor-data'), ['partition', '--kind', kind, '--in', path.join(DIST, `data/${kind}.json`),
      '--out', path.join(dir, 'data/months'), '--config', path.join(DIST, 'config.json')], { stdio: 'ignore' });
  }
  const config = JSON.parse(fs.readFileSync(path.join(DIST, 'config.json'), 'utf8'));
  config.sources.complaints = 'data/months/complaints-months.json';
  config.sources.queues = 'data/months/queues-months.json';
  config.source_forms = { complaints: 'months', queues: 'months' };
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}
const monthsDir = monthsCopy();
const monthsServer = await serve(monthsDir, { gzip: true, headers: { 'Content-Security-Policy': policy() } });
const server = await startServer({ gzip: true });
server.overrides.set('/bench/wasm-only.html', (req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(wasmOnlyPage));
const browser = await launch();
const table = sizes();
// Interleaved: each round loads every variant once, so drift over the run hits all alike.
const variants = [
  { key: 'full', throttle: 1, wasmOnly: false },
  { key: 'wasm', throttle: 1, wasmOnly: true },
  { key: 'full4', throttle: 4, wasmOnly: false },
  { key: 'wasm4', throttle: 4, wasmOnly: true },
  { key: 'months', throttle: 1, wasmOnly: false },
];
const loads = Object.fromEntries(variants.map((v) => [v.key, []]));
let heap = 0;
for (let i = 0; i < RUNS; i++) {
  for (const v of [...variants.slice(i % 5), ...variants.slice(0, i % 5)]) {
    const base = v.key === 'months' ? monthsServer.url : server.url;
    const r = await coldLoad(browser, `${base}${v.wasmOnly ? '/bench/wasm-only.html' : '/'}`, v);
    loads[v.key].push(r);
    if (v.key === 'full') heap = r.heap;
  }
}
const times = loads.full.map((r) => r.ms);

// Draw time per chart type on the sample data: every view once at 1920x1080, each canvas's
// draws as recorded by the dashboard (User Timing `dasbor:draw:<type>`).
const draws = new Map();
for (const route of ['/', '/dimensi', '/antrian', '/spbe', '/pengaduan']) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(() => { window.dasborTiming = true; });
  await page.goto(`${server.url}${route}`);
  await page.waitForSelector('canvas[data-draws]');
  await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0);
  await page.waitForTimeout(1500);
  const entries = await page.evaluate(() => performance.getEntriesByType('measure')
    .filter((e) => e.name.startsWith('dasbor:draw:')).map((e) => [e.name.slice(12), e.duration]));
  for (const [kind, ms] of entries) draws.set(kind, [...(draws.get(kind) || []), ms]);
  await context.close();
}
const version = browser.version();
await browser.close();
await server.close();
await monthsServer.close();

const kib = (n) => (n / 1024).toFixed(1);
console.log(`## Size and first render\n\nChromium ${version}, ${os.cpus().length} cores.`);
console.log('\n| file | raw KiB | gzip KiB | brotli KiB |\n|---|---:|---:|---:|');
for (const r of table) console.log(`| ${r.file} | ${kib(r.raw)} | ${kib(r.gzip)} | ${kib(r.brotli)} |`);
const total = table.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`| total | ${kib(total.raw)} | ${kib(total.gzip)} | ${kib(total.brotli)} |`);
const areas = fs.readFileSync(path.join(DIST, 'data/areas.geojson'));
console.log(`\nAreas feed (Kota Bontang's 15 kelurahan and 3 kecamatan, GeoJSON): ${(areas.length / 1000).toFixed(1)} KB raw, ${(zlib.gzipSync(areas, { level: 9 }).length / 1000).toFixed(1)} KB gzip (goal ≤ 60 KB raw).`);
console.log(`\nNavigation to fully rendered overview (sample data, 1920x1080), ${RUNS} cold loads: median ${median(times).toFixed(0)} ms, p90 ${pct(times, 0.9).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
const med = (key) => median(loads[key].map((r) => r.ms));
console.log(`\nCold loads served gzip, in-page timestamps (ms from navigation start), ${RUNS} rounds, each round loading the four pages below in turn (goal: fully rendered ≤ 5.5× the wasm-only page):\n`);
console.log('| page | CPU | median ms | p90 ms | ratio to wasm-only |\n|---|---|---:|---:|---:|');
for (const [key, base, name, cpu] of [['full', 'wasm', 'fully rendered overview', '1×'], ['wasm', 'wasm', 'wasm-only page', '1×'], ['full4', 'wasm4', 'fully rendered overview', '4×'], ['wasm4', 'wasm4', 'wasm-only page', '4×']]) {
  const xs = loads[key].map((r) => r.ms);
  console.log(`| ${name} | ${cpu} | ${median(xs).toFixed(0)} | ${pct(xs, 0.9).toFixed(0)} | ${(median(xs) / med(base)).toFixed(1)}× |`);
}
{
  const xs = loads.months.map((r) => r.ms);
  const read = (r, kind) => r.resources.filter(([file]) => new RegExp(`/${kind}-months-\\d{4}-\\d{2}\\.json$`).test(file)).length;
  const all = (kind) => fs.readdirSync(path.join(monthsDir, 'data/months')).filter((f) => new RegExp(`^${kind}-months-\\d{4}-\\d{2}\\.json$`).test(f)).length;
  const r0 = loads.months[0];
  console.log(`\nThe same sample in month partitions (\`source_forms: months\` for complaints and queues), interleaved with the loads above: fully rendered overview median ${median(xs).toFixed(0)} ms (p90 ${pct(xs, 0.9).toFixed(0)} ms), ${(median(xs) / med('wasm')).toFixed(1)}× the wasm-only page, against ${med('full').toFixed(0)} ms from the single documents; the overview read ${read(r0, 'complaints')} of ${all('complaints')} complaint months and ${read(r0, 'queues')} of ${all('queues')} queue months.`);
}
console.log(`\nFully rendered overview ÷ wasm-only page: ${(med('full') / med('wasm')).toFixed(1)}× at 1×, ${(med('full4') / med('wasm4')).toFixed(1)}× with the CPU throttled 4× (Emulation.setCPUThrottlingRate).`);
// Where the time goes: the median over the full loads at 1× of each step's in-page time.
const steps = new Map();
const at = (name, t) => { if (t != null) steps.set(name, [...(steps.get(name) || []), t]); };
for (const r of loads.full) {
  for (const [file, startTime, end] of r.resources) {
    if (/\.(wasm|json|geojson)$/.test(file)) { at(`${file} requested`, startTime); at(`${file} arrived`, end); }
  }
  at('wasm app started (main)', r.started);
  for (const [kind, end] of r.decoded) at(`${kind} decoded`, end);
  at('fully rendered', r.ms);
}
console.log('\n| step (full loads at 1×) | median ms |\n|---|---:|');
for (const [name, xs] of [...steps].sort((a, b) => median(a[1]) - median(b[1]))) console.log(`| ${name} | ${median(xs).toFixed(0)} |`);
console.log(`JS heap after render: ${(heap / 2 ** 20).toFixed(1)} MiB`);
console.log('\n| chart type (sample data) | draws | median ms | max ms |\n|---|---:|---:|---:|');
for (const [kind, xs] of [...draws].sort()) console.log(`| ${kind} | ${xs.length} | ${median(xs).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`);
const budget = 350 * 1024; // issue #9; make test enforces a ceiling, see scripts/size-budget.mjs
console.log(`\nSize budget (wasm + JS, gzip): ${kib(total.gzip)} KiB of ${kib(budget)} KiB (${total.gzip <= budget ? 'met' : 'MISSED'}).`);
