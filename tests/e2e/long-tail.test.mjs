// Any city's long tails: a generated feed of 60 categories and 60 kelurahan. A bar chart with more
// than 12 rows draws the top 12 and one "Lainnya (n)" bar, which filters nothing; a control shows
// every row; the table and the CSV keep every row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { open, screenshot, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();
const pad = (n) => String(n).padStart(2, '0');

/** 60 categories (category i has 60 − i complaints) and 60 kelurahan in 6 kecamatan. */
function wideFeed() {
  const categories = Array.from({ length: 60 }, (_, i) => ({ id: `cat-${pad(i)}`, name: `Jenis Aduan ${pad(i)}` }));
  const areas = Array.from({ length: 60 }, (_, i) => ({
    id: `kel-${pad(i)}`, kelurahan: `Desa ${pad(i)}`, kecamatan_id: `kec-${i % 6}`, kecamatan: `Distrik ${i % 6}`,
  }));
  const complaints = [];
  let serial = 0;
  for (let c = 0; c < 60; c += 1) {
    for (let k = 0; k < 60 - c; k += 1) {
      serial += 1;
      const day = 1 + (serial % 26);
      complaints.push({
        id: `X-${serial}`, received_at: `2026-11-${pad(day)}T09:${pad(serial % 60)}:00+08:00`,
        agency: serial % 2 ? 'dinas-a' : 'dinas-b', category: `cat-${pad(c)}`, area: `kel-${pad((serial * 7) % 60)}`,
        channel: 'app', status: 'received', responded_at: null, resolved_at: null,
      });
    }
  }
  return {
    schema: 'smartcity.complaints/1', generated_at: '2026-11-27T10:30:00+08:00', sample: true,
    agencies: [{ id: 'dinas-a', name: 'Dinas A' }, { id: 'dinas-b', name: 'Dinas B' }],
    categories, channels: [{ id: 'app', name: 'Aplikasi' }], areas, complaints,
  };
}

const tableRows = (page, id) => page.$$eval(`table[data-table="complaints-${id}"] tbody tr`, (trs) => trs.length);
const canvasHeight = (page, id) => page.$eval(`[data-panel="${id}"] canvas`, (c) => c.clientHeight);
// bars_height_css: 26 + 26 px of axes and 46 px a row.
const barsHeight = (rows) => 52 + 46 * rows;

test('60 categories and 60 kelurahan: the top 12 and "Lainnya", every row on request and in the table and CSV', async () => {
  const body = JSON.stringify(wideFeed());
  env.server.overrides.set('/data/complaints.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
  const { page, context, errors } = await open(env.browser, `${env.server.url}/pengaduan?from=2026-11-01&to=2026-11-27`, { width: 1366, height: 900 });
  await page.waitForSelector('[data-panel="category"] canvas[data-draws]');
  assert.equal(await canvasHeight(page, 'category'), barsHeight(13), 'twelve bars and the Other bar');
  assert.equal(await canvasHeight(page, 'kelurahan'), barsHeight(13));
  assert.equal(await tableRows(page, 'category'), 60, 'the table keeps every row');
  assert.equal(await tableRows(page, 'kelurahan'), 60);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-export-chart=category]')]);
  const csv = fs.readFileSync(await file.path(), 'utf8').trim().split('\r\n');
  assert.equal(csv.length, 61, 'the CSV keeps every row');
  assert.match(csv[60], /^Jenis Aduan 59,1,/);
  await screenshot(page, 'long-tail-1366x900.png');

  // A click on the Other bar filters nothing; a click on the first bar filters exactly that one.
  const canvas = page.locator('[data-panel="category"] canvas');
  await canvas.click({ position: { x: 80, y: 26 + 12 * 46 + 23 } });
  await canvas.click({ position: { x: 80, y: 26 + 23 } });
  await page.waitForURL(/category=/);
  assert.equal(new URL(page.url()).searchParams.get('category'), 'cat-00');

  // Show every row, and back.
  const button = page.locator('[data-panel="category"] button.show-all');
  assert.equal(await button.textContent(), 'Tampilkan semua (60)');
  await button.click();
  await page.waitForFunction((h) => document.querySelector('[data-panel="category"] canvas').clientHeight === h, barsHeight(60));
  assert.equal(await button.textContent(), 'Tampilkan 12 teratas');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await button.click();
  await page.waitForFunction((h) => document.querySelector('[data-panel="category"] canvas').clientHeight === h, barsHeight(13));
  assert.deepEqual(errors, []);
  await context.close();
});
