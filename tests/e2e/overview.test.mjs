// End to end: the release dist/ in headless Chromium, checked the way a user sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForOverview, expectedFigures, screenshot, canvasInk, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

test('overview shows the six dimensions, a drawn radar and the analytics figures (id)', async () => {
  const expected = expectedFigures();
  const { page, context, errors } = await open(env.browser, `${env.server.url}/`);
  await waitForOverview(page);
  const names = await page.$$eval('[data-table=overview-dimensions] tbody th', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, expected.dimensions);
  assert.equal(names.length, 6);
  const values = await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent));
  assert.deepEqual(values, expected.tiles.map((t) => t.value));
  const details = await page.$$eval('.kpi-detail', (els) => els.map((e) => e.textContent));
  assert.deepEqual(details, expected.tiles.map((t) => t.detail));
  const scores = await page.$$eval('[data-table=overview-dimensions] tbody td:nth-child(2)', (els) => els.map((e) => e.textContent));
  assert.deepEqual(scores, expected.scores);
  assert.match(await page.textContent('.period'), new RegExp(expected.period));
  const ink = await canvasInk(page, '[data-panel=dimensions] canvas');
  assert.ok(ink.ink > 0.02, `radar has ink: ${JSON.stringify(ink)}`);
  assert.ok(ink.colours > 5, `radar has several colours: ${JSON.stringify(ink)}`);
  assert.ok(await page.isVisible('.badge-sample'), 'sample data badge');
  await screenshot(page, 'overview-1920x1080.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English, dark theme, HiDPI: same figures in English, canvas at device resolution', async () => {
  const expected = expectedFigures(['--lang', 'en']);
  const { page, context, errors } = await open(env.browser, `${env.server.url}/?lang=en&theme=dark`, { scale: 2 });
  await waitForOverview(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const values = await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent));
  assert.deepEqual(values, expected.tiles.map((t) => t.value));
  const labels = await page.$$eval('.kpi-label', (els) => els.map((e) => e.textContent));
  assert.deepEqual(labels, expected.tiles.map((t) => t.label));
  const ink = await canvasInk(page, '[data-panel=dimensions] canvas');
  assert.equal(ink.width, ink.clientWidth * 2, 'backing store is CSS size × devicePixelRatio');
  await screenshot(page, 'overview-dark-en-hidpi.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('switches write language and theme to the URL; reload keeps them', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/`);
  await waitForOverview(page);
  await page.click('button:has-text("English")');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('button:has-text("Dark theme")');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('lang'), 'en');
  assert.equal(url.searchParams.get('theme'), 'dark');
  await page.reload();
  await waitForOverview(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.textContent('h1'), 'Overview');
  await context.close();
});

test('keyboard: skip link first, then navigation links in order', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/`);
  await waitForOverview(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ringkasan');
  await context.close();
});

test('the navigation keeps the query; unknown routes say not found', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/laporan?opd=dpupr`);
  await page.waitForSelector('[data-summary=report] li');
  assert.equal(await page.getAttribute('a.navlink.active', 'href'), '/laporan?opd=dpupr');
  await page.goto(`${env.server.url}/tidak-ada`);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Halaman tidak ditemukan');
  await context.close();
});

test('invalid URL values are ignored with a visible notice', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/?from=2026-13-01&theme=pink&opd=tidak-ada`);
  await waitForOverview(page);
  const notice = await page.$$eval('.notice', (els) => els.map((e) => e.textContent).join(' '));
  assert.match(notice, /from=2026-13-01/);
  assert.match(notice, /theme=pink/);
  assert.match(notice, /opd=tidak-ada/);
  assert.deepEqual(errors, []);
  await context.close();
});
