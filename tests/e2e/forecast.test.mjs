// Queue forecasts (docs/design.md §12), with the page's clock at the live board's time
// (27 November 2026, 10:30 WITA): the forecast table equals the native forecast, every live
// card names the best time to come, each service's hours are there, and the report's queue
// section carries the forecast for a period that reaches today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useBrowserAndServer, expectedFigures, screenshot } from './helpers.mjs';

const env = useBrowserAndServer();
const NOW = new Date('2026-11-27T02:30:00Z');
const rows = (page, id) => page.$$eval(`table[data-table="${id}"] tbody tr`, (trs) =>
  trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));

test('the queues view forecasts the rest of today and the next open day, per service and hour', async () => {
  const expected = expectedFigures([]).report.forecast;
  const { page, context, errors } = await open(env.browser, 'about:blank', { width: 1366, height: 900 });
  await page.clock.install({ time: NOW });
  await page.goto(`${env.server.url}/antrian`);
  await page.waitForSelector('[data-panel=forecast] table[data-table="queues-forecast"] tbody tr');
  assert.deepEqual(await rows(page, 'queues-forecast'), expected);
  assert.equal(expected.length, 6);
  // Today's rest and Monday 30 November (Saturday and Sunday are closed in the history).
  assert.ok(expected.every((r) => r[3] === 'Sen 30 Nov 2026'), JSON.stringify(expected));
  const best = await page.$$eval('[data-live=best]', (els) => els.map((e) => e.textContent));
  assert.equal(best.length, 6);
  assert.ok(best.every((b) => /^Waktu terbaik datang hari ini: pukul \d\d\.00 \(tunggu (< 1 menit|sekitar \d+ menit)\)$/.test(b)), best.join('\n'));
  await page.click('[data-forecast=dukcapil-ktp] summary');
  const hours = await page.$$eval('[data-forecast=dukcapil-ktp] tbody tr', (trs) => trs.map((tr) => tr.firstElementChild.textContent.trim()));
  assert.ok(hours.includes('10.00') && hours.includes('14.00'), hours.join(' '));
  assert.match(await page.textContent('#explain-forecast'), /Erlang C/);
  await page.locator('[data-panel=forecast]').scrollIntoViewIfNeeded();
  await screenshot(page, 'forecast-queues.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the report of a period reaching today carries the forecast; the queues wall names the best time', async () => {
  const { page, context } = await open(env.browser, 'about:blank', { width: 1366, height: 900 });
  await page.clock.install({ time: NOW });
  await page.goto(`${env.server.url}/laporan`);
  await page.waitForSelector('#laporan-antrian table[data-table="queues-forecast"] tbody tr');
  await page.goto(`${env.server.url}/laporan?from=2026-10-01&to=2026-10-31`);
  await page.waitForSelector('#laporan-antrian canvas[data-draws]');
  assert.equal(await page.$$eval('#laporan-antrian [data-panel=forecast]', (e) => e.length), 0, 'October is past: no forecast');
  await page.goto(`${env.server.url}/display?views=queues&rotate=600`);
  await page.waitForSelector('.wall [data-live=best]');
  await context.close();
});
