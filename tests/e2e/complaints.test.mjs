// Complaints view end to end: a click on an OPD bar adds the filter to the URL, every other chart
// re-filters to exactly the figures the native analytics give, a reload restores the same state,
// chips remove filters, CSV exports carry the data drawn; paged feeds load with progress and a
// chain that breaks off keeps what arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, screenshot, useBrowserAndServer, expectedFigures, ROOT } from './helpers.mjs';

const env = useBrowserAndServer();

/** The rows of a chart's data table as shown (cell texts). */
const tableRows = (page, id) => page.$$eval(`table[data-table="complaints-${id}"] tbody tr`, (trs) =>
  trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));

const waitDrawn = (page) => page.waitForSelector('[data-panel="opd"] canvas[data-draws]');

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text };
}

test('clicking an OPD bar filters every other chart, lives in the URL and survives a reload', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  await waitDrawn(page);
  const all = expectedFigures([]).complaints;
  assert.equal(await page.getAttribute('[data-summary=complaints]', 'data-total'), String(all.total));
  assert.deepEqual(await tableRows(page, 'category'), all.panels.category.rows);

  // The first OPD bar (most complaints) sits in the first row of the chart.
  const first = all.panels.opd.rows[0][0];
  const canvas = page.locator('[data-panel="opd"] canvas');
  const drawsBefore = Number(await page.getAttribute('[data-panel="category"] canvas', 'data-draws'));
  await canvas.click({ position: { x: 60, y: 26 + 21 + 8 } });
  await page.waitForURL(/opd=/);
  const opd = new URL(page.url()).searchParams.get('opd');
  const filtered = expectedFigures(['--query', `opd=${opd}`]).complaints;
  assert.equal(filtered.panels.opd.rows[0][0], first, 'the bar clicked is the OPD filtered');
  await page.waitForFunction((n) => document.querySelector('[data-summary=complaints]').dataset.total === n, String(filtered.total));
  for (const id of ['category', 'kecamatan', 'kelurahan', 'channel', 'status', 'volume', 'response', 'resolution', 'opd', 'sla']) {
    assert.deepEqual(await tableRows(page, id), filtered.panels[id].rows, `${id} after the click`);
  }
  assert.notDeepEqual(filtered.panels.category.rows, all.panels.category.rows, 'the click changed the other charts');
  assert.ok(Number(await page.getAttribute('[data-panel="category"] canvas', 'data-draws')) > drawsBefore, 'redrawn');
  assert.equal(await page.getAttribute(`table[data-table="complaints-opd"] tr.is-selected button`, 'aria-pressed'), 'true');
  assert.match(await page.textContent('.chips'), new RegExp(first));
  await screenshot(page, 'complaints-filtered.png');

  // Reload: the same state from the URL alone.
  await page.reload();
  await waitDrawn(page);
  assert.equal(await page.getAttribute('[data-summary=complaints]', 'data-total'), String(filtered.total));
  assert.deepEqual(await tableRows(page, 'kelurahan'), filtered.panels.kelurahan.rows);

  // Keyboard path: the row button toggles a second filter; the chip removes the first.
  await page.click('[data-panel="category"] summary');
  await page.click('table[data-table="complaints-category"] tbody tr:first-child button');
  await page.waitForURL(/category=/);
  await page.click(`.chip[data-chip=opd]`);
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('opd'));
  assert.ok(new URL(page.url()).searchParams.get('category'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the questions of the issue: last month against the month before, slowest OPD, roads by kelurahan, exports', async () => {
  // October 2026 against September 2026 (the comparison is the previous period of equal length).
  const q = 'from=2026-10-01&to=2026-10-31';
  const { page, context, errors } = await open(env.browser, `${env.server.url}/pengaduan?${q}`, { width: 1366, height: 900 });
  await waitDrawn(page);
  const oct = expectedFigures(['--query', q]).complaints;
  assert.equal(await page.getAttribute('[data-summary=complaints]', 'data-total'), String(oct.total));
  const lead = await page.textContent('[data-summary=complaints]');
  assert.match(lead, new RegExp(`${oct.total.toLocaleString('de-DE')} pengaduan`));

  // Slowest OPD: the SLA chart lists the worst first and names the raport merah.
  assert.deepEqual(await tableRows(page, 'sla'), oct.panels.sla.rows);
  assert.equal(await page.textContent('[data-note=sla]'), oct.panels.sla.note);

  // Roads by kelurahan: the category filter, then the kelurahan chart's first row.
  await page.goto(`${env.server.url}/pengaduan?${q}&category=jalan`);
  await waitDrawn(page);
  const roads = expectedFigures(['--query', `${q}&category=jalan`]).complaints;
  assert.deepEqual(await tableRows(page, 'kelurahan'), roads.panels.kelurahan.rows);

  // Exports: a chart's CSV is its table in plain numbers; the list exports every filtered record.
  const chart = await download(page, '[data-export-chart=kelurahan]');
  assert.equal(chart.name, 'pengaduan-kelurahan_2026-10-01_2026-10-31_category-jalan.csv');
  const lines = chart.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, roads.panels.kelurahan.rows.length + 1);
  assert.equal(lines[1].split(',')[0], roads.panels.kelurahan.rows[0][0]);
  assert.equal(lines[1].split(',')[1], roads.panels.kelurahan.rows[0][1].replace(/\./g, ''));
  const records = await download(page, '[data-export-chart=records]');
  assert.equal(records.name, 'pengaduan_2026-10-01_2026-10-31_category-jalan.csv');
  const rows = records.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(rows[0], 'id,received_at,agency,category,area,channel,status,responded_at,resolved_at');
  assert.equal(rows.length - 1, roads.total);
  assert.ok(rows.slice(1).every((r) => r.split(',')[3] === 'jalan'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the complaint list pages and sorts', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  await waitDrawn(page);
  const ids = () => page.$$eval('table[data-table=complaint-records] tbody th', (t) => t.map((x) => x.textContent));
  const first = await ids();
  assert.equal(first.length, 25);
  await page.click('.pager button:last-child');
  await page.waitForFunction((id) => document.querySelector('table[data-table=complaint-records] tbody th').textContent !== id, first[0]);
  assert.match(await page.textContent('[data-pager=position]'), /Halaman 2 dari/);
  await page.click('table[data-table=complaint-records] thead th:first-child button');
  await page.waitForSelector('table[data-table=complaint-records] thead th:first-child[aria-sort=ascending]');
  const sorted = await ids();
  assert.deepEqual([...sorted].sort(), sorted);
  await context.close();
});

/** The sample complaints split into `n` pages linked by `next`, written before the records
 * (`nextFirst`, as the producers write it: the dashboard fetches ahead) or after them. */
function pages(n, { nextFirst = false } = {}) {
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/data/complaints.json'), 'utf8'));
  const size = Math.ceil(doc.complaints.length / n);
  return Array.from({ length: n }, (_, i) => {
    const next = i + 1 < n ? { next: `complaints-p${i + 2}.json` } : {};
    const records = { complaints: doc.complaints.slice(i * size, (i + 1) * size) };
    return nextFirst ? { ...next, ...doc, ...records } : { ...doc, ...records, ...next };
  });
}

test('paged feeds: next links are followed with progress; a break halfway keeps what arrived', async () => {
  let chain = pages(4, { nextFirst: true });
  const serve = (i, delay = 0) => (req, res) => setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(chain[i])), delay);
  env.server.overrides.set('/data/complaints.json', serve(0));
  for (let i = 1; i < 4; i++) env.server.overrides.set(`/data/complaints-p${i + 1}.json`, serve(i, 400));
  try {
    const { page, context, errors } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
    await page.waitForSelector('[data-progress=pages]');
    assert.match(await page.textContent('[data-progress=pages]'), /Memuat halaman \d: [\d.]+ pengaduan/);
    await waitDrawn(page);
    const all = expectedFigures([]).complaints;
    assert.equal(await page.getAttribute('[data-summary=complaints]', 'data-total'), String(all.total), 'four pages = the whole document');
    assert.equal(await page.$$eval('[data-progress]', (e) => e.length), 0);
    assert.deepEqual(errors, []);
    // Fetched ahead, each page once.
    for (let i = 2; i <= 4; i++) assert.equal(env.server.hits.get(`/data/complaints-p${i}.json`), 1, `page ${i}`);
    await context.close();

    // With `next` after the records the chain is read one page at a time; a failure halfway
    // reads the same either way.
    chain = pages(4);
    // Page 3 fails: pages 1 and 2 are shown, and the panel says the data is incomplete.
    env.server.overrides.set('/data/complaints-p3.json', (req, res) => res.writeHead(500).end());
    const broken = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
    await broken.page.waitForSelector('.panel-alert');
    await waitDrawn(broken.page);
    const alert = await broken.page.textContent('.panel-alert');
    assert.match(alert, /Data belum lengkap: server menjawab HTTP 500\. Menampilkan [\d.]+ pengaduan dari 2 halaman/);
    const arrived = chain[0].complaints.length + chain[1].complaints.length;
    assert.match(alert, new RegExp(arrived.toLocaleString('de-DE')));
    await screenshot(broken.page, 'complaints-partial.png');
    await broken.context.close();
  } finally {
    env.server.overrides.clear();
  }
});
