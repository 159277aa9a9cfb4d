// `make soak`: display mode in headless Chromium with short intervals for at least 5,000
// refresh-and-rotate cycles (a rotation every 0.1 s; the live queue feed changes and is re-read
// every 0.1 s), recording JS heap and wasm memory at the start and the end. Goal: growth <= 5 MB.
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, ROOT } from '../tests/e2e/helpers.mjs';
import { LiveFeed } from '../tests/e2e/live-feed.mjs';

const CYCLES = Number(process.env.SOAK_CYCLES || 5000);
const server = await startServer();
const feed = new LiveFeed(['dukcapil-ktp', 'dukcapil-kk', 'dukcapil-akta', 'dpmptsp-izin', 'perumda-pelanggan', 'rsud-poli']);
// Every poll sees a new version, so every refresh is a real decode and re-render.
server.overrides.set('/data/queue-live.json', (req, res) => { feed.bump(); feed.handle(req, res); });
const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/config.json'), 'utf8'));
config.refresh_seconds = { queue_live: 0.1, queues: 5, complaints: 5, dimensions: 5, spbe: 5 };
server.overrides.set('/config.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(config)));

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(`${server.url}/display?views=overview,queues,dimensions,spbe&rotate=0.1`);
await page.waitForFunction(() => document.querySelectorAll('.strip-feed.loading').length === 0, null, { timeout: 60000 });

async function measure() {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const state = await page.evaluate(() => ({
    wasm: window.wasmBindings.wasm_memory_bytes(),
    rotations: Number(document.querySelector('.display').dataset.rotation),
    view: document.querySelector('.display').dataset.view,
    nodes: document.getElementsByTagName('*').length,
  }));
  return { heap: m.JSHeapUsedSize, listeners: m.JSEventListeners, documents: m.Documents, domNodes: m.Nodes, ...state, refreshes: feed.counts.ok };
}

/** A measurement taken while the overview is on screen, so element counts compare like with
 * like (each view has its own number of elements). */
async function measureOnOverview() {
  for (;;) {
    const m = await measure();
    if (m.view === 'overview') return m;
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Warm up: caches, fonts and the first renders settle before the baseline.
while ((await measure()).rotations < 100) await new Promise((r) => setTimeout(r, 1000));
const start = await measureOnOverview();
const started = Date.now();
let now = start;
while (now.rotations - start.rotations < CYCLES || now.refreshes - start.refreshes < CYCLES) {
  await new Promise((r) => setTimeout(r, 10000));
  now = await measure();
  process.stderr.write(`\r${now.rotations - start.rotations} rotations, ${now.refreshes - start.refreshes} refreshes, heap ${(now.heap / 2 ** 20).toFixed(1)} MiB, wasm ${(now.wasm / 2 ** 20).toFixed(1)} MiB   `);
}
const end = await measureOnOverview();
await browser.close();
await server.close();
const mib = (b) => (b / 2 ** 20).toFixed(2);
const growth = (end.heap - start.heap) + (end.wasm - start.wasm);
console.log(`\n## Display soak\n\n${end.rotations - start.rotations} rotations and ${end.refreshes - start.refreshes} live refreshes in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`| | start | end | growth |\n|---|---:|---:|---:|`);
console.log(`| JS heap (MiB, after GC) | ${mib(start.heap)} | ${mib(end.heap)} | ${mib(end.heap - start.heap)} |`);
console.log(`| wasm memory (MiB) | ${mib(start.wasm)} | ${mib(end.wasm)} | ${mib(end.wasm - start.wasm)} |`);
console.log(`| event listeners | ${start.listeners} | ${end.listeners} | ${end.listeners - start.listeners} |`);
console.log(`| elements in the document (overview on screen) | ${start.nodes} | ${end.nodes} | ${end.nodes - start.nodes} |`);
console.log(`| DOM nodes, detached included (CDP) | ${start.domNodes} | ${end.domNodes} | ${end.domNodes - start.domNodes} |`);
console.log(`Total growth ${mib(growth)} MiB (goal <= 5 MB): ${growth <= 5e6 ? 'met' : 'MISSED'}`);
process.exit(growth <= 5e6 ? 0 : 1);
