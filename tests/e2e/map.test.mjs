// The map of complaints (docs/design.md §7): drawn from the bundled areas feed (Kota Bontang's real
// boundaries), its table equal to the per-kelurahan counts, a click inside a kelurahan's polygon
// filtering every chart exactly as its bar does, the level switch, and a generated city of 60
// areas. (Bad areas feeds are in the bad-feed corpus, bad-feeds.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, open, screenshot, useBrowserAndServer, expectedFigures } from './helpers.mjs';

const env = useBrowserAndServer();
const json = (body, type = 'application/geo+json') => (req, res) => res.writeHead(200, { 'Content-Type': type }).end(body);
const AREAS = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/data/areas.geojson'), 'utf8'));
const rows = (page, hook) => page.$$eval(`table[data-table="${hook}"] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
const drawn = (page) => page.waitForSelector('[data-panel=map] canvas[data-draws]');

/** Where a (lng, lat) position is drawn on the map canvas: the fit of charts/map.rs at scale 1. */
function projector(features, width, height) {
  const outer = features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((p) => p[0]));
  const points = outer.flat();
  const lng = points.map((p) => p[0]);
  const lat = points.map((p) => p[1]);
  const [lng0, lng1, lat0, lat1] = [Math.min(...lng), Math.max(...lng), Math.min(...lat), Math.max(...lat)];
  const cos = Math.cos(((lat0 + lat1) / 2) * (Math.PI / 180));
  const rect = [8, 8, width - 16, height - 16 - 22]; // one legend line at this width
  const scale = Math.min(rect[2] / ((lng1 - lng0) * cos), rect[3] / (lat1 - lat0));
  const offset = [rect[0] + (rect[2] - (lng1 - lng0) * cos * scale) / 2, rect[1] + (rect[3] - (lat1 - lat0) * scale) / 2];
  return ([x, y]) => [offset[0] + (x - lng0) * cos * scale, offset[1] + (lat1 - y) * scale];
}

test('the map draws every kelurahan; its table is the per-kelurahan count', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  await drawn(page);
  const all = expectedFigures([]).complaints;
  const byName = Object.fromEntries(all.panels.kelurahan.rows.map((r) => [r[0], r[1]]));
  const map = await rows(page, 'complaints-map');
  assert.equal(map.length, 15);
  for (const [name, count] of map) assert.equal(count, byName[name], name);
  assert.equal(await page.$$eval('[data-note=map]', (els) => els.length), 0, 'every area has its boundary');
  // Keyboard: focusing an area's row button reads the area out under the map, as hovering does.
  await page.click('[data-panel=map] summary');
  await page.focus('table[data-table=complaints-map] button[data-value=kanaan]');
  await page.waitForFunction(() => document.querySelector('[data-readout=map]').textContent.startsWith('Kelurahan: Kanaan · Pengaduan: '));
  await page.locator('[data-panel=map]').scrollIntoViewIfNeeded();
  await screenshot(page, 'map-complaints.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a click inside Satimpo filters to it, like its bar; a second click lets go', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  await drawn(page);
  const canvas = page.locator('[data-panel=map] canvas');
  const box = await canvas.evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const kelurahan = AREAS.features.filter((f) => !f.properties.kode.match(/^\d+\.\d+\.\d+$/));
  const at = projector(kelurahan, box.w, box.h);
  // Satimpo's label point from the source boundaries (inside its polygon).
  const [x, y] = at([117.46178280600543, 0.10708595890506122]);
  // Hovering reads the area's row out under the map.
  await canvas.hover({ position: { x, y } });
  const satimpo = (await rows(page, 'complaints-map')).find((r) => r[0] === 'Satimpo');
  await page.waitForFunction((text) => document.querySelector('[data-readout=map]').textContent === text,
    `Kelurahan: Satimpo · Pengaduan: ${satimpo[1]} · Porsi: ${satimpo[2]}`);
  await canvas.click({ position: { x, y } });
  await page.waitForURL(/area=satimpo/);
  const filtered = expectedFigures(['--query', 'area=satimpo']).complaints;
  await page.waitForFunction((n) => document.querySelector('[data-summary=complaints]').dataset.total === n, String(filtered.total));
  for (const id of ['category', 'opd', 'channel', 'kelurahan']) {
    const shown = await rows(page, `complaints-${id}`);
    assert.deepEqual(shown.map((r) => r.slice(0, 2)), filtered.panels[id].rows.map((r) => r.slice(0, 2)), id);
  }
  assert.match(await page.textContent('.chips'), /Satimpo/);
  await drawn(page);
  await canvas.click({ position: { x, y } });
  await page.waitForURL((url) => !url.search.includes('area='));
  await context.close();
});

const pad = (n) => String(n).padStart(2, '0');

test('a generated city of 60 areas in a grid renders legibly', async () => {
  const areas = Array.from({ length: 60 }, (_, i) => ({ id: `kel-${pad(i)}`, kelurahan: `Desa ${pad(i)}`, kecamatan_id: `kec-${i % 6}`, kecamatan: `Distrik ${i % 6}` }));
  const complaints = Array.from({ length: 600 }, (_, i) => ({
    id: `G-${i}`, received_at: `2026-11-${pad(1 + (i % 26))}T09:00:00+07:00`, agency: 'a', category: 'c',
    area: `kel-${pad((i * i) % 60)}`, channel: 'app', status: 'received', responded_at: null, resolved_at: null,
  }));
  const feed = { schema: 'smartcity.complaints/1', generated_at: '2026-11-27T10:30:00+07:00', agencies: [{ id: 'a', name: 'Dinas A' }], categories: [{ id: 'c', name: 'Jalan' }], channels: [{ id: 'app', name: 'Aplikasi' }], areas, complaints };
  const cell = 0.01;
  const features = areas.map((a, i) => {
    const [x, y] = [110 + (i % 10) * cell, -7 - Math.floor(i / 10) * cell];
    return { type: 'Feature', properties: { id: a.id, name: a.kelurahan }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + cell, y], [x + cell, y + cell], [x, y + cell], [x, y]]] } };
  });
  env.server.overrides.set('/data/complaints.json', json(JSON.stringify(feed), 'application/json'));
  env.server.overrides.set('/data/areas.geojson', json(JSON.stringify({ type: 'FeatureCollection', features })));
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/pengaduan?from=2026-11-01&to=2026-11-27`, { width: 1366, height: 900 });
    await drawn(page);
    assert.equal((await rows(page, 'complaints-map')).length, 60);
    await page.locator('[data-panel=map]').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-60-areas.png');
    await context.close();
  } finally {
    env.server.overrides.delete('/data/complaints.json');
    env.server.overrides.delete('/data/areas.geojson');
  }
});

test('the overview has a small map: a click opens the complaints view filtered to that area', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/`, { width: 1366, height: 900 });
  await page.waitForSelector('[data-panel=map] canvas[data-draws]');
  const all = expectedFigures([]).complaints;
  const byName = Object.fromEntries(all.panels.kelurahan.rows.map((r) => [r[0], r[1]]));
  for (const [name, count] of await rows(page, 'overview-map')) assert.equal(count, byName[name], name);
  const canvas = page.locator('[data-panel=map] canvas');
  const box = await canvas.evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const kelurahan = AREAS.features.filter((f) => !f.properties.kode.match(/^\d+\.\d+\.\d+$/));
  const [x, y] = projector(kelurahan, box.w, box.h)([117.46178280600543, 0.10708595890506122]);
  await canvas.click({ position: { x, y } });
  await page.waitForURL(/\/pengaduan\?.*area=satimpo/);
  const filtered = expectedFigures(['--query', 'area=satimpo']).complaints;
  await page.waitForFunction((n) => document.querySelector('[data-summary=complaints]')?.dataset.total === n, String(filtered.total));
  await context.close();
});

test('the map can colour the change against the comparison period, on a diverging scale', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  await drawn(page);
  const options = await page.$$eval('select[name=map-mode] option', (os) => os.map((o) => o.textContent));
  // The sample's areas feed has no populations: no per-1,000 option is offered.
  assert.deepEqual(options, ['Jumlah pengaduan', 'Perubahan dari periode pembanding']);
  await page.selectOption('select[name=map-mode]', { label: 'Perubahan dari periode pembanding' });
  await page.waitForFunction(() => /^Perubahan pengaduan per kelurahan/.test(document.querySelector('#chart-map-title').textContent));
  const map = await rows(page, 'complaints-map');
  assert.equal(map[0].length, 4, 'kelurahan, count, share, change');
  assert.ok(map.every((r) => /^([+−]?\d+,\d%|–)$/.test(r[3])), JSON.stringify(map.slice(0, 3)));
  assert.match(page.url(), /[?&]map=change/, 'the colouring is in the URL');
  await page.waitForSelector('[data-panel=map] canvas[data-draws]');
  await page.locator('[data-panel=map]').scrollIntoViewIfNeeded();
  await screenshot(page, 'map-change.png');
  await context.close();
});

test('with kelurahan and kecamatan boundaries, a switch; the level is in the URL and a kecamatan filter zooms', async () => {
  const feed = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/data/complaints.json'), 'utf8'));
  const { page, context } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  await drawn(page);
  const kelurahan = await rows(page, 'complaints-map');
  assert.deepEqual(await page.$$eval('select[name=map-level] option', (os) => os.map((o) => o.value)), ['kelurahan', 'kecamatan']);
  await page.selectOption('select[name=map-level]', 'kecamatan');
  await page.waitForURL(/map_level=kecamatan/);
  await page.waitForFunction(() => /^Peta pengaduan per kecamatan/.test(document.querySelector('#chart-map-title').textContent));
  const kecamatan = await rows(page, 'complaints-map');
  // Each kecamatan's count is the sum of its kelurahan's, from the complaints feed's area table.
  const expected = {};
  for (const a of feed.areas) {
    const count = Number(kelurahan.find((r) => r[0] === a.kelurahan)[1].replace(/\./g, ''));
    expected[a.kecamatan] = (expected[a.kecamatan] ?? 0) + count;
  }
  assert.deepEqual(Object.fromEntries(kecamatan.map((r) => [r[0], Number(r[1].replace(/\./g, ''))])), expected);
  // The row button filters to the kecamatan: the map marks it and zooms to it.
  const before = await page.$eval('[data-panel=map] canvas', (c) => c.toDataURL());
  await page.click('[data-panel=map] summary');
  await page.click('table[data-table="complaints-map"] button[data-value=bontang-utara]');
  await page.waitForURL(/area=bontang-utara/);
  await page.waitForFunction((b) => document.querySelector('[data-panel=map] canvas').toDataURL() !== b, before);
  await page.locator('[data-panel=map] canvas').scrollIntoViewIfNeeded();
  await screenshot(page, 'map-kecamatan-zoom.png');
  // A shared link opens the same map.
  const shared = page.url();
  const second = await open(env.browser, shared, { width: 1366, height: 900 });
  await drawn(second.page);
  assert.equal(await second.page.$eval('select[name=map-level]', (s) => s.value), 'kecamatan');
  assert.equal((await rows(second.page, 'complaints-map')).length, 3);
  await second.context.close();
  await context.close();
});
