// A wall runs for weeks: display mode on a fake clock carried across midnight and the end of a
// month. The clock, the default period (30 days to the newest complaint, which arrives after
// midnight), the queue board's "today" and the strip roll over; memory stays flat over hours of
// rotation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, serveConfig, screenshot } from './helpers.mjs';

const env = useBrowserAndServer();

/** A small complaints feed: one complaint a day through November, plus `extra`. */
function complaints(generatedAt, extra = []) {
  const days = Array.from({ length: 30 }, (_, i) => i + 1);
  const records = days.map((d) => ({
    id: `N-${d}`, received_at: `2026-11-${String(d).padStart(2, '0')}T10:00:00+08:00`, agency: 'a', category: 'c',
    area: 'k', channel: 'app', status: 'received', responded_at: null, resolved_at: null,
  }));
  return JSON.stringify({
    schema: 'smartcity.complaints/1', generated_at: generatedAt,
    agencies: [{ id: 'a', name: 'Dinas A' }], categories: [{ id: 'c', name: 'Jalan' }],
    channels: [{ id: 'app', name: 'Aplikasi' }], areas: [{ id: 'k', kelurahan: 'Kel', kecamatan_id: 'kc', kecamatan: 'Kec' }],
    complaints: [...records, ...extra],
  });
}

const strip = (page) => page.textContent('.strip');

test('display mode across midnight and a month end: clock, period and today roll over; memory stays flat', async () => {
  let feed = complaints('2026-11-30T23:57:00+08:00');
  env.server.overrides.set('/data/complaints.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(feed));
  serveConfig(env.server, (c) => { c.refresh_seconds.complaints = 60; });
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.install({ time: new Date('2026-11-30T15:58:00Z') }); // 23:58 WITA, 30 Nov
  await page.goto(`${env.server.url}/display?views=overview,queues&rotate=20`);
  await page.waitForSelector('.strip-feed:not(.loading)[data-feed=complaints]');
  assert.match(await page.textContent('.strip-clock'), /^23\.58 WITA$/);
  assert.match(await strip(page), /Periode: 1 – 30 Nov 2026/);

  // Past midnight, into December: the clock turns at once.
  await page.clock.runFor(3 * 60 * 1000);
  await page.waitForFunction(() => /^00\.01 WITA$/.test(document.querySelector('.strip-clock').textContent));
  // A complaint arrives after midnight: at the next refresh the default period ends on 1 Dec.
  feed = complaints('2026-12-01T00:02:00+08:00', [{
    id: 'D-1', received_at: '2026-12-01T00:00:30+08:00', agency: 'a', category: 'c', area: 'k', channel: 'app',
    status: 'received', responded_at: null, resolved_at: null,
  }]);
  await page.clock.runFor(2 * 60 * 1000);
  await page.waitForFunction(() => /Periode: 2 Nov – 1 Des 2026/.test(document.querySelector('.strip').textContent));
  // The queue board's "rest of today" is Tuesday now.
  for (let i = 0; i < 3 && (await page.getAttribute('.display', 'data-view')) !== 'queues'; i += 1) await page.clock.runFor(20 * 1000);
  await page.waitForSelector('[data-summary=today]');
  assert.match(await page.textContent('[data-summary=today]'), /Sisa hari ini \(Selasa\)/);
  await screenshot(page, 'display-after-midnight.png');

  // Hours of rotation and refresh on the fake clock: memory stays flat.
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.wasmBindings.wasm_memory_bytes());
    return { heap, wasm };
  };
  await cdp.send('Performance.enable');
  await page.clock.runFor(10 * 60 * 1000);
  const start = await measure();
  for (let i = 0; i < 12; i += 1) await page.clock.runFor(10 * 60 * 1000); // two hours: 360 rotations
  const end = await measure();
  assert.ok(end.wasm - start.wasm <= 1 << 20, `wasm memory ${start.wasm} -> ${end.wasm}`);
  assert.ok(end.heap - start.heap <= 2 << 20, `JS heap ${start.heap} -> ${end.heap}`);
  assert.ok(Number(await page.getAttribute('.display', 'data-rotation')) >= 360, 'rotated all along');
  assert.deepEqual(errors, []);
  env.server.overrides.delete('/config.json');
  await context.close();
});
