// Hearing mode end to end: the council member's link ("January to March 2026 against the same
// months of 2025, Bontang Utara") shows the summary, key figures and per-kecamatan table the
// native analytics give; every chart's PNG, SVG and CSV exports carry the chart; the report
// prints to A4 PDF with headless Chromium's --print-to-pdf, without navigation, with every
// chart; presets, large type and the section keys work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { open, useBrowserAndServer, expectedFigures, CHROME_ARGS } from './helpers.mjs';

const env = useBrowserAndServer();
const run = promisify(execFile);
const QUERY = 'from=2026-01-01&to=2026-03-31&compare=year&area=bontang-utara';
const rows = (page, id) => page.$$eval(`table[data-table="${id}"] tbody tr`, (trs) =>
  trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
const ready = (page) => page.waitForSelector('[data-panel=spbe] canvas[data-draws]', { timeout: 30000 });

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test('the council link: summary, key figures and kecamatan table equal the native analytics', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/laporan?${QUERY}`, { width: 1366, height: 900 });
  await ready(page);
  const expected = expectedFigures(['--query', QUERY]).report;
  assert.deepEqual(await page.$$eval('[data-summary=report] li', (els) => els.map((e) => e.textContent)), expected.summary);
  assert.match(expected.summary[0], /^700 pengaduan masuk pada 1 Jan – 31 Mar 2026, naik 16,3% dibanding 602 pada 1 Jan – 31 Mar 2025\.$/);
  assert.deepEqual(await rows(page, 'headline'), expected.headline);
  assert.deepEqual(await rows(page, 'kecamatan'), expected.kecamatan);
  assert.equal(await page.getAttribute('[data-table=kecamatan] tr.is-selected th', 'scope'), 'row');
  assert.match(await page.textContent('.report-head .period'), /Wilayah: Kecamatan Bontang Utara/);
  // Every chart is drawn, with its table open (not behind a disclosure).
  const charts = await page.$$eval('.report .chart-panel', (panels) => panels.map((p) => ({
    drawn: p.querySelector('canvas[data-draws]') !== null, table: p.querySelector('table tbody tr') !== null,
    hidden: p.querySelector('details') !== null })));
  assert.equal(charts.length, 13, 'ten complaint charts, the map, dimensions and SPBE (no queue history in Q1)');
  // The printed map is zoomed to the filter: Bontang Utara's six kelurahan are marked in its table.
  assert.equal(await page.$$eval('table[data-table=report-map] tr.is-selected', (trs) => trs.length), 6);
  assert.ok(charts.every((c) => c.drawn && c.table && !c.hidden), JSON.stringify(charts));
  assert.match(await page.textContent('[data-empty=queues]'), /Riwayat antrian tidak mencakup/);
  // Feed sources with their age, and the glossary.
  assert.equal(await page.$$eval('[data-feed-source]', (els) => els.length), 5);
  assert.match(await page.textContent('[data-feed-source=complaints]'), /data\/complaints\.json, data per \d+ \w+ 2026 pukul \d\d\.\d\d WITA \(/);
  assert.match(await page.textContent('.report-made'), /^Dibuat \d+ \w+ 2026 pukul \d\d\.\d\d WITA dari data/);
  assert.ok((await page.$$eval('.glossary dt', (els) => els.length)) >= 10);
  // The kecamatan CSV is exactly the table, in plain numbers.
  const csv = await download(page, '[data-export-chart=kecamatan]');
  assert.equal(csv.name, 'laporan-kecamatan_2026-01-01_2026-03-31_area-bontang-utara.csv');
  assert.equal(csv.bytes.toString('utf8'), expected.kecamatan_csv);
  // English: the same report in English words and numbers.
  await page.goto(`${env.server.url}/laporan?${QUERY}&lang=en`);
  await ready(page);
  const en = expectedFigures(['--query', `${QUERY}&lang=en`]).report;
  assert.deepEqual(await page.$$eval('[data-summary=report] li', (els) => els.map((e) => e.textContent)), en.summary);
  assert.match(en.summary[0], /^700 complaints were received in 1 Jan – 31 Mar 2026, up 16\.3% on 602/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the default report covers the queue history: its sentence and three queue charts', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/laporan`, { width: 1366, height: 900 });
  await page.waitForSelector('[data-panel=rates] canvas[data-draws]', { timeout: 30000 });
  await ready(page);
  const expected = expectedFigures([]).report;
  assert.ok(expected.queues);
  const summary = await page.$$eval('[data-summary=report] li', (els) => els.map((e) => e.textContent));
  assert.deepEqual(summary, expected.summary);
  assert.ok(summary.some((s) => /^Antrian Online: [\d.]+ tiket dipanggil, rata-rata tunggu \d+ menit/.test(s)), summary.join('\n'));
  for (const id of ['throughput', 'waits-by-service', 'rates']) {
    assert.ok(await page.$(`[data-panel="${id}"] canvas[data-draws]`), id);
    assert.ok((await rows(page, `report-${id}`)).length > 0, id);
  }
  assert.deepEqual(await rows(page, 'headline'), expected.headline);
  assert.equal(expected.headline.length, 6, 'queue rows in the key figures');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every chart exports PNG at twice its size, SVG from the same chart code and its CSV', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/pengaduan?${QUERY}`, { width: 1366, height: 900 });
  await page.waitForSelector('[data-panel=volume] canvas[data-draws]');
  const size = await page.$eval('[data-panel=volume] canvas', (c) => [c.clientWidth, c.clientHeight]);
  const png = await download(page, '[data-export-png=volume]');
  assert.equal(png.name, 'pengaduan-volume_2026-01-01_2026-03-31_area-bontang-utara.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [size[0] * 2, size[1] * 2]);
  const svg = await download(page, '[data-export-svg=opd]');
  assert.equal(svg.name, 'pengaduan-opd_2026-01-01_2026-03-31_area-bontang-utara.svg');
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // Every OPD bar's label is in the SVG, as text (not a picture of text): the top 12 and the
  // "Lainnya (n)" bar that stands for the rest.
  const expected = expectedFigures(['--query', QUERY]).complaints.panels.opd.rows;
  const drawn = expected.length > 12 ? [...expected.slice(0, 12).map((r) => r[0]), `Lainnya (${expected.length - 12})`] : expected.map((r) => r[0]);
  for (const name of drawn) assert.ok(text.includes(name.replace(/&/g, '&amp;')), name);
  const csv = await download(page, '[data-export-chart=opd]');
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, expected.length + 1);
  // The per-kecamatan table on the complaints view, with a filter button per row.
  await page.click('[data-table=complaints-kecamatan-table] button[data-value=bontang-selatan]');
  await page.waitForURL(/area=bontang-utara%2Cbontang-selatan|area=bontang-utara,bontang-selatan/);
  // The queue view's throughput chart exports too.
  await page.goto(`${env.server.url}/antrian`);
  await page.waitForSelector('[data-panel=throughput] canvas[data-draws]');
  const queuePng = await download(page, '[data-export-png=throughput]');
  assert.match(queuePng.name, /^antrian-throughput_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.png$/);
  // Charts with their own tables export the chart's numbers: the arrivals heatmap, weekday by hour.
  const heat = await download(page, '[data-export-chart=arrivals]');
  const heatLines = heat.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  const heatRows = await page.$$eval('[data-table=queue-arrivals] tbody tr', (trs) => trs.length);
  assert.ok(heatRows >= 5);
  assert.equal(heatLines.length, heatRows + 1, 'a header and the weekdays drawn');
  assert.match(heatLines[1], /^Sen(,\d+(\.\d+)?|,)+$/);
  // Every chart of the product has all three exports.
  for (const [route, ready] of [['/antrian', '[data-panel=throughput] canvas[data-draws]'], ['/spbe', 'canvas[data-draws]'], ['/', '[data-panel=dimensions] canvas[data-draws]'], [`/pengaduan?${QUERY}`, '[data-panel=volume] canvas[data-draws]']]) {
    await page.goto(`${env.server.url}${route}`);
    await page.waitForSelector(ready);
    const counts = await page.evaluate(() => ['canvas.chart', '[data-export-chart]', '[data-export-png]', '[data-export-svg]'].map((s) => document.querySelectorAll(s).length));
    const charts = counts[0];
    assert.equal(counts[2], charts, `${route}: PNG buttons ${counts}`);
    assert.equal(counts[3], charts, `${route}: SVG buttons ${counts}`);
  }
  await page.goto(`${env.server.url}/spbe`);
  await page.waitForSelector('canvas[data-draws]');
  const spbeSvg = await download(page, '[data-export-svg=index]');
  assert.match(spbeSvg.name, /^spbe-index_.*\.svg$/);
  assert.match(spbeSvg.bytes.toString('utf8'), /Sangat Baik/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the report prints to A4 PDF: pages, every chart as an image, no navigation', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laporan-'));
  const pdf = path.join(dir, 'laporan.pdf');
  const url = `${env.server.url}/laporan?${QUERY}`;
  // Chromium's own print path, as a user's "Save as PDF"; the wasm app renders within the
  // virtual time budget before the page is printed.
  await run(process.env.CHROMIUM || '/usr/bin/chromium', ['--headless', ...CHROME_ARGS, `--user-data-dir=${path.join(dir, 'profile')}`,
    '--no-pdf-header-footer', '--virtual-time-budget=30000', `--print-to-pdf=${pdf}`, url], { timeout: 120000 });
  const info = (await run('pdfinfo', [pdf])).stdout;
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  assert.match(info, /Page size:\s+594\.9\d x 841\.9\d pts \(A4\)/);
  assert.ok(pages >= 8 && pages <= 30, `${pages} pages`);
  // One image per chart: ten complaint charts, the map, the dimension radar and the SPBE index.
  const images = (await run('pdfimages', ['-list', pdf])).stdout.trim().split('\n').slice(2);
  assert.equal(images.length, 13, images.join('\n'));
  // Drawn at 2x: a chart image is at least twice as wide as its place on the page.
  const widest = Math.max(...images.map((l) => Number(l.trim().split(/\s+/)[3])));
  assert.ok(widest >= 1200, `widest chart image ${widest} px`);
  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  const expected = expectedFigures(['--query', QUERY]).report;
  for (const heading of ['Laporan dengar pendapat', 'Ringkasan temuan', 'Angka utama', 'Definisi', 'Sumber data']) {
    assert.ok(text.includes(heading), heading);
  }
  assert.ok(text.replace(/\s+/g, ' ').includes(expected.summary[1]), expected.summary[1]);
  // No navigation, switches, filter bar or export buttons on paper.
  for (const screenOnly of ['Tema gelap', 'Huruf besar', 'Unduh CSV', 'Cetak / simpan PDF', 'Periode cepat']) {
    assert.ok(!text.includes(screenOnly), screenOnly);
  }
  // Every page converts to an image, and the chart pages carry the accent colour.
  await run('pdftoppm', ['-r', '50', '-png', pdf, path.join(dir, 'page')]);
  const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
  assert.equal(pngs.length, pages);
  for (const f of pngs) assert.equal(fs.readFileSync(path.join(dir, f)).readUInt32BE(16), 414, `${f} is an A4 page at 50 dpi`);
  // The same pages as raw pixels, to look for chart colour.
  await run('pdftoppm', ['-r', '30', pdf, path.join(dir, 'page')]);
  const ppms = fs.readdirSync(dir).filter((f) => f.endsWith('.ppm')).sort();
  assert.equal(ppms.length, pages);
  const accentPages = ppms.filter((f) => hasAccent(fs.readFileSync(path.join(dir, f)))).length;
  assert.ok(accentPages >= 4, `${accentPages} pages with chart colour`);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a report printed from the dark theme is printed light: white paper, light-theme charts', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laporan-dark-'));
  const pdf = path.join(dir, 'laporan.pdf');
  await run(process.env.CHROMIUM || '/usr/bin/chromium', ['--headless', ...CHROME_ARGS, `--user-data-dir=${path.join(dir, 'profile')}`,
    '--no-pdf-header-footer', '--virtual-time-budget=30000', `--print-to-pdf=${pdf}`, `${env.server.url}/laporan?${QUERY}&theme=dark`], { timeout: 120000 });
  await run('pdftoppm', ['-r', '30', pdf, path.join(dir, 'page')]);
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.ppm')).map((f) => fs.readFileSync(path.join(dir, f)));
  assert.ok(pages.length >= 8);
  // The dark theme's page colour (#0f1620) nowhere, the light accent on the chart pages.
  assert.deepEqual(pages.map((p) => share(p, [0x0f, 0x16, 0x20]) < 0.01), pages.map(() => true));
  assert.ok(pages.filter(hasAccent).length >= 4);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Share of a PPM's pixels near `rgb`. */
function share(ppm, rgb) {
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  let near = 0;
  let all = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3, all++) {
    if (Math.abs(ppm[i] - rgb[0]) < 12 && Math.abs(ppm[i + 1] - rgb[1]) < 12 && Math.abs(ppm[i + 2] - rgb[2]) < 12) near++;
  }
  return near / all;
}

/** Whether a binary PPM holds pixels near the light theme's accent (#005e9e). */
function hasAccent(ppm) {
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  let count = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i] - 0x00) < 40 && Math.abs(ppm[i + 1] - 0x5e) < 40 && Math.abs(ppm[i + 2] - 0x9e) < 40) count++;
  }
  return count > 50;
}

test('presets write fixed dates; large type scales the page; ] and [ move between sections', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/laporan?${QUERY}`, { width: 1366, height: 900 });
  await ready(page);
  await page.selectOption('select[name=preset]', 'last-year');
  await page.waitForURL(/from=2025-01-01&to=2025-12-31/);
  assert.match(page.url(), /area=bontang-utara/);
  assert.equal(await page.$eval('select[name=preset]', (s) => s.value), 'last-year');
  await ready(page);
  const base = await page.$eval('html', (h) => parseFloat(getComputedStyle(h).fontSize));
  await page.click('[data-toggle=large-text]');
  await page.waitForURL(/text=large/);
  await page.waitForFunction(() => document.documentElement.dataset.text === 'large');
  const large = await page.$eval('html', (h) => parseFloat(getComputedStyle(h).fontSize));
  assert.equal(large / base, 1.25);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press(']');
  const first = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press(']');
  const second = await page.evaluate(() => document.activeElement.textContent);
  assert.notEqual(first, second);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
  assert.ok(await page.evaluate(() => Math.abs(document.activeElement.getBoundingClientRect().top) < 60));
  await page.keyboard.press('[');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), first);
  assert.deepEqual(errors, []);
  await context.close();
});

test('honest comparisons: noise is called noise, and a comparison the data does not cover is no data', async () => {
  // The default month: 598 against 604 complaints (binomial test p ≈ 0.9) states no fall.
  const { page, context, errors } = await open(env.browser, `${env.server.url}/laporan`, { width: 1366, height: 900 });
  await ready(page);
  const summary = await page.$$eval('[data-summary=report] li', (els) => els.map((e) => e.textContent));
  assert.equal(summary[0], '598 pengaduan masuk pada 29 Okt – 27 Nov 2026, dibanding 604 pada 29 Sep – 28 Okt 2026; selisih −1,0% ini masih dalam variasi normal.');
  assert.ok(summary.some((s) => /^Tidak ada kategori yang naik atau turun melebihi variasi normal \(15 kategori diuji\)\.$/.test(s)), summary.join('\n'));
  assert.ok(!summary.some((s) => /Kenaikan terbesar|naik \d/.test(s)), summary.join('\n'));
  assert.match(await page.textContent('.report'), /Naik, turun, variasi normal/);
  // August–September 2026 against 2025: the queue history (three months) does not reach 2025.
  const query = 'from=2026-08-01&to=2026-09-30&compare=year';
  await page.goto(`${env.server.url}/laporan?${query}`);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('.report-head .period')?.textContent.includes('Agu'));
  const expected = expectedFigures(['--query', query]).report;
  assert.deepEqual(await page.$$eval('[data-summary=report] li', (els) => els.map((e) => e.textContent)), expected.summary);
  const headline = await rows(page, 'headline');
  const tickets = headline.find((r) => r[0] === 'Tiket antrian dipanggil');
  assert.deepEqual(tickets.slice(2), ['Tidak ada data', '–']);
  const text = expected.summary.join(' ');
  assert.match(text, /untuk periode pembanding tidak ada data antrian/);
  assert.doesNotMatch(text, /[^\d.]0 tiket/);
  assert.deepEqual(errors, []);
  await context.close();
});
