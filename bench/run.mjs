// `make bench`: sizes of the release build and time from navigation to a fully rendered overview
// (every feed answered, radar drawn), in headless Chromium on 127.0.0.1. The machine is shared and
// noisy: medians of several runs are reported, with the spread.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { launch, startServer, DIST } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 10);

function sizes() {
  const rows = [];
  for (const file of fs.readdirSync(DIST)) {
    if (!/\.(wasm|js)$/.test(file)) continue;
    const body = fs.readFileSync(path.join(DIST, file));
    rows.push({
      file: file.replace(/-[0-9a-f]{16}/, ''),
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body).length,
    });
  }
  return rows;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

async function firstRender(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-panel=dimensions] canvas[data-draws]');
  await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0 && document.querySelectorAll('.kpi-value').length === 6);
  const ms = await page.evaluate(() => performance.now());
  const heap = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize : 0);
  await context.close();
  return { ms, heap };
}

const server = await startServer();
const browser = await launch();
const table = sizes();
const times = [];
let heap = 0;
for (let i = 0; i < RUNS; i++) {
  const r = await firstRender(browser, `${server.url}/`);
  times.push(r.ms);
  heap = r.heap;
}

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

const kib = (n) => (n / 1024).toFixed(1);
console.log(`## Size and first render\n\nChromium ${version}, ${os.cpus().length} cores.`);
console.log('\n| file | raw KiB | gzip KiB | brotli KiB |\n|---|---:|---:|---:|');
for (const r of table) console.log(`| ${r.file} | ${kib(r.raw)} | ${kib(r.gzip)} | ${kib(r.brotli)} |`);
const total = table.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`| total | ${kib(total.raw)} | ${kib(total.gzip)} | ${kib(total.brotli)} |`);
const areas = fs.readFileSync(path.join(DIST, 'data/areas.geojson'));
console.log(`\nAreas feed (Kota Bontang's 15 kelurahan and 3 kecamatan, GeoJSON): ${(areas.length / 1000).toFixed(1)} KB raw, ${(zlib.gzipSync(areas, { level: 9 }).length / 1000).toFixed(1)} KB gzip (goal ≤ 60 KB raw).`);
console.log(`\nNavigation to fully rendered overview (sample data, 1920x1080), ${RUNS} cold loads: median ${median(times).toFixed(0)} ms, p90 ${pct(times, 0.9).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
console.log(`JS heap after render: ${(heap / 2 ** 20).toFixed(1)} MiB`);
console.log('\n| chart type (sample data) | draws | median ms | max ms |\n|---|---:|---:|---:|');
for (const [kind, xs] of [...draws].sort()) console.log(`| ${kind} | ${xs.length} | ${median(xs).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`);
const budget = 350 * 1024; // issue #9; make test enforces a ceiling, see scripts/size-budget.mjs
console.log(`\nSize budget (wasm + JS, gzip): ${kib(total.gzip)} KiB of ${kib(budget)} KiB (${total.gzip <= budget ? 'met' : 'MISSED'}).`);
