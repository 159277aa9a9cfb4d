// Dimensions and SPBE views: both dimension frameworks, any count of dimensions, and an SPBE file
// with both frameworks, with every figure on screen equal to the native analytics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, expectedFigures, screenshot, canvasInk, useBrowserAndServer, serveConfig } from './helpers.mjs';

const env = useBrowserAndServer();

const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));

const useConfig = (change) => serveConfig(env.server, change);

async function checkDimensions(page, expected) {
  await page.waitForSelector('section.dimension');
  await page.waitForFunction(() => document.querySelectorAll('canvas.sparkline[data-draws]').length > 0);
  assert.deepEqual(await texts(page, 'section.dimension h2'), expected.dimension_sections.map((s) => s.name));
  assert.deepEqual(await texts(page, 'section.dimension .score-value'), expected.dimension_sections.map((s) => s.score));
  assert.deepEqual(await texts(page, 'section.dimension .dimension-change'), expected.dimension_sections.map((s) => s.change));
  const cards = expected.dimension_sections.flatMap((s) => s.cards);
  assert.deepEqual(await texts(page, '.indicator-card .indicator-value'), cards.map((c) => c.value));
  assert.deepEqual(await texts(page, '.indicator-card .status-chip'), cards.map((c) => `${{ Tercapai: '✓', 'Menuju target': '↗', Tertinggal: '!', 'Belum ada data': '–' }[c.status]} ${c.status}`));
  assert.equal(await page.textContent('[data-summary=weakest]'), expected.weakest);
}

test('dimensions view, seed framework: scores, changes, cards and sparklines equal the analytics', async () => {
  const expected = expectedFigures();
  const { page, context, errors } = await open(env.browser, `${env.server.url}/dimensi`);
  await checkDimensions(page, expected);
  await page.click('.explain summary');
  assert.match(await page.textContent('.explain p'), /baseline \(skor 0\) dan target \(skor 100\)/);
  await screenshot(page, 'dimensions-1920x1080.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the national programme framework works unchanged when config points at it', async () => {
  useConfig((c) => { c.sources.dimensions = 'data/dimensions-kominfo.json'; });
  try {
    const expected = expectedFigures(['--dimensions', 'data/dimensions-kominfo.json']);
    assert.ok(expected.dimension_sections.some((s) => s.name === 'Smart Branding'));
    const { page, context } = await open(env.browser, `${env.server.url}/dimensi`);
    await checkDimensions(page, expected);
    await page.goto(`${env.server.url}/`);
    await page.waitForSelector('[data-panel=dimensions] canvas[data-draws]');
    assert.deepEqual(await texts(page, '[data-table=overview-dimensions] tbody th'), expected.dimensions);
    await context.close();
  } finally {
    env.server.overrides.delete('/config.json');
  }
});

function dimensionFeed(count) {
  const dims = Array.from({ length: count }, (_, i) => ({
    id: `d${i}`, name: { id: `Dimensi ${i + 1}`, en: `Dimension ${i + 1}` },
    indicators: [{ id: `i${i}`, name: `Indikator ${i + 1}`, unit: '%', direction: 'higher_is_better', baseline: 0, target: 100,
      series: [{ period: '2024', value: 10 + i * 5 }, { period: '2025', value: 20 + i * 6 }] }],
  }));
  return JSON.stringify({ schema: 'smartcity.dimensions/1', generated_at: '2026-11-27T10:30:00+08:00', dimensions: dims });
}

for (const count of [3, 12]) {
  test(`${count} dimensions: the radar adapts and every dimension gets a section`, async () => {
    env.server.overrides.set('/data/dimensions.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(dimensionFeed(count)));
    try {
      const { page, context, errors } = await open(env.browser, `${env.server.url}/`);
      await page.waitForSelector('[data-panel=dimensions] canvas[data-draws]');
      assert.equal((await texts(page, '[data-table=overview-dimensions] tbody th')).length, count);
      assert.equal((await texts(page, '[data-table=overview-dimensions] tbody td:nth-child(2)'))[count - 1], String(20 + (count - 1) * 6));
      const ink = await canvasInk(page, '[data-panel=dimensions] canvas');
      assert.ok(ink.ink > 0.01, JSON.stringify(ink));
      await screenshot(page, `overview-${count}-dimensions.png`);
      await page.goto(`${env.server.url}/dimensi`);
      await page.waitForSelector('section.dimension');
      assert.equal((await texts(page, 'section.dimension h2')).length, count);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      env.server.overrides.delete('/data/dimensions.json');
    }
  });
}

test('SPBE view: index per year with predicate, sub-indices, indicators and the cross-framework caveat', async () => {
  for (const lang of ['id', 'en']) {
    const expected = expectedFigures(['--lang', lang]);
    const { page, context, errors } = await open(env.browser, `${env.server.url}/spbe?lang=${lang}`);
    await page.waitForSelector('[data-table=spbe-index] tbody tr', { state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('.spbe canvas[data-draws]').length === 4);
    assert.deepEqual(await texts(page, '[data-summary=spbe] p'), expected.spbe.summary);
    const rows = await page.$$eval('[data-table=spbe-index] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assert.deepEqual(rows, expected.spbe.years.map((y) => [String(y.year), y.framework, y.index, y.predicate, y.change]));
    assert.ok(rows.some((r) => r[1].includes('5/2018')) && rows.some((r) => r[1].includes('59/2020')), 'both frameworks');
    assert.deepEqual(await texts(page, '[data-table=spbe-domains] td.num'), expected.spbe.domains);
    assert.equal((await texts(page, '[data-table=spbe-indicators] tbody tr')).length, expected.spbe.indicators);
    const comparison = await page.$$eval('[data-section=framework-comparison] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assert.deepEqual(comparison, expected.spbe.comparison);
    assert.match(await page.textContent('.caveat'), lang === 'id' ? /tidak sebanding/ : /not directly comparable/);
    for (const canvas of await page.$$('.spbe canvas')) {
      const ink = await canvas.evaluate((c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 30) n++;
        return n / (d.length / 4);
      });
      assert.ok(ink > 0.01, `canvas has ink: ${ink}`);
    }
    await screenshot(page, `spbe-${lang}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
