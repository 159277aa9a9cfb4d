// Wall compositions (docs/design.md §9): every display view fills one screen at 1366×768,
// 1920×1080 and 3840×2160 with nothing to scroll and nothing cut off, no text smaller than S/45
// and headline figures at least S/12 (S = the smaller of the height and width × 9/16); a 4:3 and
// a portrait screen still fit; another city's long lists show their top rows with "+ n lainnya",
// and a board of many services turns its pages within the view's time on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();
const VIEWS = ['overview', 'complaints', 'queues', 'dimensions', 'spbe'];
const json = (body) => (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);

/** Waits until every feed has answered and every chart of the wall is drawn. */
async function wallReady(page, view) {
  await page.waitForSelector(`.display[data-view=${view}] .wall`);
  await page.waitForFunction(() => document.querySelectorAll('.strip-feed.loading').length === 0);
  await page.waitForFunction(() => [...document.querySelectorAll('.wall canvas')].every((c) => c.dataset.draws));
}

/** What a fit check needs, measured in the page. */
function measure() {
  const S = Math.min(innerHeight, (innerWidth * 9) / 16);
  const doc = document.documentElement;
  const outside = [];
  const cut = [];
  for (const el of document.querySelectorAll('.strip, .kpi, .wall-panel, .live-card, .wall canvas, .wall-list li')) {
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
      outside.push(`${el.className || el.tagName} ${JSON.stringify([r.left, r.top, r.right, r.bottom].map(Math.round))}`);
    }
    if (!(el instanceof HTMLCanvasElement) && el.scrollHeight > el.clientHeight + 1) cut.push(`${el.className} ${el.scrollHeight}>${el.clientHeight}`);
  }
  let smallest = Infinity;
  let smallestText = '';
  for (const el of document.querySelectorAll('.display *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < smallest) { smallest = size; smallestText = el.textContent.trim().slice(0, 40); }
  }
  const headlines = [...document.querySelectorAll('.kpi-value, .live-number')].map((e) => parseFloat(getComputedStyle(e).fontSize));
  return {
    S, scrollWidth: doc.scrollWidth, scrollHeight: doc.scrollHeight, outside, cut, smallest, smallestText,
    headline: Math.min(...headlines), headlines: headlines.length, height: doc.getBoundingClientRect().height,
  };
}

function assertFits(m, label, { width, height }) {
  assert.ok(m.scrollWidth <= width, `${label}: scroll width ${m.scrollWidth}`);
  assert.ok(m.scrollHeight <= height, `${label}: scroll height ${m.scrollHeight}`);
  assert.deepEqual(m.outside, [], `${label}: boxes outside the screen`);
  assert.deepEqual(m.cut, [], `${label}: content cut off inside its box`);
  assert.ok(m.smallest >= m.S / 45 - 0.05, `${label}: "${m.smallestText}" at ${m.smallest} px < S/45 = ${(m.S / 45).toFixed(2)}`);
  if (m.headlines) assert.ok(m.headline >= m.S / 12 - 0.05, `${label}: headline ${m.headline} px < S/12 = ${(m.S / 12).toFixed(2)}`);
}

for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160]]) {
  test(`every wall fits ${width}×${height}: nothing scrolls, nothing is cut, type carries`, async () => {
    const report = [];
    for (const view of VIEWS) {
      const { page, context, errors } = await open(env.browser, `${env.server.url}/display?views=${view}&rotate=600`, { width, height });
      await wallReady(page, view);
      if (view === 'overview' || view === 'complaints') {
        assert.equal(await page.$$eval('[data-wall-panel=map] canvas[data-draws]', (els) => els.length), 1, `${view}: the map`);
      }
      const m = await page.evaluate(measure);
      assertFits(m, `${view} ${width}×${height}`, { width, height });
      report.push(`${view}: height ${m.scrollHeight}, smallest text ${m.smallest.toFixed(1)} px (S/45 = ${(m.S / 45).toFixed(1)}), headline ${m.headline.toFixed(1)} px`);
      if (width >= 1920) await screenshot(page, `wall-${view}-${width}x${height}.png`);
      assert.deepEqual(errors, []);
      await context.close();
    }
    console.log(`# ${width}×${height}\n# ${report.join('\n# ')}`);
  });
}

test('4:3 and portrait screens: the walls still fit, the charts take the extra height', async () => {
  for (const [width, height] of [[1024, 768], [1080, 1920]]) {
    for (const view of VIEWS) {
      const { page, context } = await open(env.browser, `${env.server.url}/display?views=${view}&rotate=600`, { width, height });
      await wallReady(page, view);
      assertFits(await page.evaluate(measure), `${view} ${width}×${height}`, { width, height });
      await context.close();
    }
  }
});

const pad = (n) => String(n).padStart(2, '0');

/** Another city: 60 OPDs with long names, complaints spread over them. */
function manyAgencies() {
  const agencies = Array.from({ length: 60 }, (_, i) => ({ id: `opd-${pad(i)}`, name: `Dinas ${pad(i)} Urusan Pemerintahan Daerah Bidang Pelayanan Masyarakat` }));
  const complaints = [];
  for (let i = 0; i < 900; i += 1) {
    complaints.push({
      id: `W-${i}`, received_at: `2026-11-${pad(1 + (i % 26))}T09:00:00+09:00`, agency: `opd-${pad(i % 60)}`,
      category: 'c', area: 'k', channel: 'app', status: 'received', responded_at: null, resolved_at: null,
    });
  }
  return JSON.stringify({
    schema: 'smartcity.complaints/1', generated_at: '2026-11-27T10:30:00+09:00', agencies,
    categories: [{ id: 'c', name: 'Jalan' }], channels: [{ id: 'app', name: 'Aplikasi' }],
    areas: [{ id: 'k', kelurahan: 'Kel', kecamatan_id: 'kc', kecamatan: 'Kec' }], complaints,
  });
}

test('60 OPDs: the complaints wall ranks the top six and says how many more, within one screen', async () => {
  env.server.overrides.set('/data/complaints.json', json(manyAgencies()));
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/display?views=complaints&rotate=600`, { width: 1920, height: 1080 });
    await wallReady(page, 'complaints');
    assert.equal(await page.textContent('[data-wall-panel=opd] .wall-more'), '+ 54 lainnya');
    assert.equal(await page.textContent('[data-wall-panel=sla] .wall-more'), '+ 54 lainnya');
    assertFits(await page.evaluate(measure), 'complaints, 60 OPDs', { width: 1920, height: 1080 });
    await screenshot(page, 'wall-complaints-60-opd.png');
    await context.close();
  } finally {
    env.server.overrides.delete('/data/complaints.json');
  }
});

test('14 services: the live board turns its three pages within the view time, every service shown once', async () => {
  const live = Array.from({ length: 14 }, (_, i) => ({
    service: `layanan-${pad(i)}`, waiting: 20 - i, serving: `A-${pad(i)}`, counters_open: 1, issued_today: 10, updated_at: '2026-11-27T10:29:40+08:00',
  }));
  env.server.overrides.set('/data/queue-live.json', json(JSON.stringify({ schema: 'smartcity.queue-live/1', generated_at: '2026-11-27T10:30:00+08:00', sample: true, live })));
  try {
    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${env.server.url}/display?views=queues&rotate=30`);
    await wallReady(page, 'queues');
    const seen = [];
    for (let turn = 0; turn < 4; turn += 1) {
      const position = await page.getAttribute('[data-wall-page]', 'data-wall-page');
      const services = await page.$$eval('.wall-cards [data-service]', (els) => els.map((e) => e.dataset.service));
      seen.push({ position, services });
      assertFits(await page.evaluate(measure), `board page ${position}`, { width: 1920, height: 1080 });
      // 30 s on screen over three pages: a page every 10 s.
      await page.clock.runFor(10_000);
    }
    assert.deepEqual(seen.map((s) => s.position), ['1/3', '2/3', '3/3', '1/3']);
    assert.deepEqual(seen.map((s) => s.services.length), [6, 6, 2, 6]);
    const shown = seen.slice(0, 3).flatMap((s) => s.services);
    assert.equal(new Set(shown).size, 14, 'every service once');
    assert.equal(shown[0], 'layanan-00', 'busiest first');
    await context.close();
  } finally {
    env.server.overrides.delete('/data/queue-live.json');
  }
});
