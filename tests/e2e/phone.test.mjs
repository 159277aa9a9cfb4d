// Phones (360 × 740): no route scrolls sideways, the figures come first and the filter form folds
// behind one "Filter" button that says how many filters are active.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();
const PHONE = { width: 360, height: 740 };
const ROUTES = [['/', 'overview'], ['/dimensi', 'dimensions'], ['/pengaduan', 'complaints'], ['/antrian', 'queues'], ['/spbe', 'spbe'], ['/laporan', 'report']];

for (const [route, name] of ROUTES) {
  test(`${route} at 360 × 740: no sideways scroll, filters folded`, async () => {
    const { page, context, errors } = await open(env.browser, `${env.server.url}${route}`, PHONE);
    await page.waitForSelector('main h1');
    await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0);
    await page.waitForFunction(() => [...document.querySelectorAll('canvas.chart')].every((c) => c.dataset.draws));
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    assert.ok(width.scroll <= width.view, `${route} is ${width.scroll} px wide`);
    if (await page.$('form.filter-bar')) {
      assert.equal(await page.isVisible('form.filter-bar'), false, 'the form is folded');
      assert.equal(await page.isVisible('button.filter-toggle'), true);
    }
    await screenshot(page, `phone-${name}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the Filter button counts the active filters and opens the form; the figures come first', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/?opd=dpupr&from=2026-10-01&to=2026-10-31`, PHONE);
  await page.waitForSelector('.kpi-value');
  const button = page.locator('button.filter-toggle');
  assert.equal(await button.textContent(), 'Filter (2 aktif)', 'the OPD and the period');
  const tile = await page.$eval('.kpi', (el) => el.getBoundingClientRect().bottom);
  assert.ok(tile <= PHONE.height, `the first figure is on the first screen (bottom at ${tile} px)`);
  await button.click();
  await page.waitForSelector('form.filter-bar', { state: 'visible' });
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the open form fits (${overflow} px over)`);
  await page.selectOption('form.filter-bar select[name=opd]', '');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('opd'));
  assert.equal(await button.textContent(), 'Filter (1 aktif)');
  await context.close();
});

test('on a desktop the form is always shown and the button hidden', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/`);
  await page.waitForSelector('.kpi-value');
  assert.equal(await page.isVisible('form.filter-bar'), true);
  assert.equal(await page.isVisible('button.filter-toggle'), false);
  await context.close();
});
