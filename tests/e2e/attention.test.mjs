// Early warnings, "Perlu perhatian" (docs/design.md §11): the sample's planted street-lighting
// outage is named on the overview with its count against the usual range and a link that opens
// the complaints view filtered to it; the wall lists it; the report states it; a feed without
// the incident says that nothing is unusual and by which rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, open, screenshot, useBrowserAndServer, expectedFigures, waitForOverview } from './helpers.mjs';

const env = useBrowserAndServer();
const items = (page) => page.$$eval('[data-panel=attention] li', (lis) => lis.map((li) => ({
  name: li.querySelector('.attention-name').textContent,
  observed: li.querySelector('.attention-observed').textContent,
  href: li.querySelector('a')?.getAttribute('href') ?? null,
})));

test('the planted outage is named, counted against its usual range, and its link filters the complaints view', async () => {
  const expected = expectedFigures([]).report;
  const { page, context, errors } = await open(env.browser, `${env.server.url}/`, { width: 1366, height: 900 });
  await waitForOverview(page);
  await page.waitForSelector('[data-panel=attention] li');
  const shown = await items(page);
  assert.deepEqual(shown.map((i) => i.observed), expected.attention.map((a) => a.observed));
  assert.equal(shown[0].name, 'Gunung Elai · Penerangan Jalan Umum');
  assert.equal(shown[0].observed, '12 pengaduan dalam 7 hari terakhir; biasanya 0–2');
  assert.equal(shown[0].href, expected.attention[0].href);
  assert.match(await page.textContent('[data-panel=attention] .chart-note'), /Dari \d+ deret pengaduan yang dipantau/);
  assert.match(await page.textContent('#explain-attention'), /1 dari 1\.000/);
  await page.locator('[data-panel=attention]').scrollIntoViewIfNeeded();
  await screenshot(page, 'attention-overview.png');
  await page.click('[data-panel=attention] li a');
  await page.waitForURL(/\/pengaduan\?from=2026-11-21&to=2026-11-27&category=penerangan&area=gunung-elai/);
  const filtered = expectedFigures(['--query', 'from=2026-11-21&to=2026-11-27&category=penerangan&area=gunung-elai']).complaints;
  await page.waitForFunction((n) => document.querySelector('[data-summary=complaints]')?.dataset.total === n, String(filtered.total));
  assert.ok(filtered.total >= 12, `${filtered.total}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the report says what needs attention now; the wall lists it', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/laporan`, { width: 1366, height: 900 });
  await page.waitForSelector('[data-summary=report] li');
  const summary = await page.$$eval('[data-summary=report] li', (els) => els.map((e) => e.textContent));
  assert.equal(summary[1], 'Perlu perhatian sekarang, jauh di atas biasanya: Gunung Elai, Penerangan Jalan Umum (12 pengaduan dalam 7 hari terakhir; biasanya 0–2).');
  // A report on another kecamatan does not carry Gunung Elai's warning.
  await page.goto(`${env.server.url}/laporan?area=bontang-selatan`);
  await page.waitForSelector('[data-summary=report] li');
  assert.ok(!(await page.textContent('[data-summary=report]')).includes('Perlu perhatian'));
  await page.goto(`${env.server.url}/display?views=overview&rotate=600`);
  await page.waitForSelector('.wall [data-wall-panel=attention] li');
  assert.match(await page.textContent('.wall [data-wall-panel=attention]'), /Gunung Elai · Penerangan Jalan Umum/);
  assert.equal(await page.$$eval('.wall [data-wall-panel=attention] a', (a) => a.length), 0, 'no links on a wall');
  await context.close();
});

test('without the incident: nothing unusual, and by which rule', async () => {
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/data/complaints.json'), 'utf8'));
  doc.complaints = doc.complaints.filter((c) => !/^KE-2026-91/.test(c.id));
  env.server.overrides.set('/data/complaints.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(doc)));
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/`, { width: 1366, height: 900 });
    await waitForOverview(page);
    await page.waitForSelector('[data-panel=attention] .attention-empty');
    assert.match(await page.textContent('[data-panel=attention] .attention-empty'),
      /^Tidak ada yang luar biasa: tidak satu pun dari \d+ deret pengaduan \(kelurahan × kategori, dan per OPD\) jauh di atas biasanya, hari ini maupun dalam 7 hari terakhir\.$/);
    assert.equal(await page.$$eval('[data-panel=attention] li', (l) => l.length), 0);
    await context.close();
  } finally {
    env.server.overrides.delete('/data/complaints.json');
  }
});
