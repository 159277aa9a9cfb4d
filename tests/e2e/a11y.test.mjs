// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every view in both themes, with zero
// violations; keyboard focus is visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { open, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWS = [
  ['/', '.kpi-value'],
  ['/dimensi', 'section.dimension'],
  ['/antrian', '.live-card'],
  ['/spbe', '[data-table=spbe-indicators] tbody tr'],
  ['/pengaduan', '[data-panel=sla] canvas[data-draws]'],
  ['/pengaduan?opd=dpupr&category=jalan', '.chips'],
  ['/laporan?from=2026-01-01&to=2026-03-31&compare=year&area=bontang-utara', '[data-panel=spbe] canvas[data-draws]'],
  ['/?text=large', '.kpi-value'],
  ['/display?views=overview&rotate=600', '[data-wall-panel=trend] canvas[data-draws]'],
  ['/display?views=queues&rotate=600', '.live-card'],
  ['/display?views=complaints&rotate=600', '[data-wall-panel=sla] canvas[data-draws]'],
  ['/display?views=dimensions&rotate=600', '[data-wall-panel=weakest]'],
  ['/display?views=spbe&rotate=600', '[data-wall-panel=index] canvas[data-draws]'],
];

async function violations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')} (${v.nodes[0].failureSummary?.split('\n')[1] ?? ''})`);
  });
}

for (const theme of ['light', 'dark']) {
  for (const [route, ready] of VIEWS) {
    test(`axe: no violations on ${route} (${theme})`, async () => {
      const sep = route.includes('?') ? '&' : '?';
      // axe-core is injected as a script, which the strict policy would rightly refuse.
      const { page, context } = await open(env.browser, `${env.server.url}${route}${sep}theme=${theme}`, { bypassCSP: true });
      await page.waitForSelector(ready);
      await page.waitForFunction(() => document.querySelectorAll('.feed.loading, .strip-feed.loading').length === 0);
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }
}

test('keyboard focus is visible on links and buttons', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/`);
  await page.waitForSelector('.kpi-value');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await context.close();
});
