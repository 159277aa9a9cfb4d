// Display mode end to end: rotation order and timing, the read-only strip, no controls, stale
// marking through an outage and recovery, and a reload during an outage (IndexedDB copy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot, useBrowserAndServer, serveConfig } from './helpers.mjs';
import { LiveFeed } from './live-feed.mjs';

const env = useBrowserAndServer();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The live queue feed polled every second and stale after two.
const fastLiveConfig = () => serveConfig(env.server, (c) => {
  c.refresh_seconds.queue_live = 1;
  c.stale_after_seconds.queue_live = 2;
});

test('rotates through the views in order, one per interval, with no controls at all', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/display?views=overview,queues,complaints&rotate=1&opd=dpupr`);
  await page.waitForSelector('.display[data-view=overview]');
  const seen = [];
  const start = Date.now();
  while (Date.now() - start < 3600) {
    const view = await page.getAttribute('.display', 'data-view');
    if (seen.at(-1)?.view !== view) seen.push({ view, at: Date.now() - start });
    await sleep(50);
  }
  // Each change moves to the next view in the URL's order (sampling may begin after the first).
  const order = ['overview', 'queues', 'complaints'];
  assert.ok(seen.length >= 3, JSON.stringify(seen));
  for (let i = 1; i < seen.length; i++) {
    assert.equal(seen[i].view, order[(order.indexOf(seen[i - 1].view) + 1) % 3], JSON.stringify(seen));
  }
  // The first view may have been on screen before sampling began: time the later changes.
  for (let i = 2; i < Math.min(seen.length, 4); i++) {
    const gap = seen[i].at - seen[i - 1].at;
    assert.ok(gap > 600 && gap < 1600, `rotation gap ${gap} ms`);
  }
  const controls = await page.$$eval('a, button, input, select, textarea, details, [tabindex]:not([tabindex="-1"])', (els) => els.length);
  assert.equal(controls, 0, 'no interactive controls');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the strip shows city, city-time clock, period, filters and the age of every feed', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/display?views=overview&opd=dpupr`);
  await page.waitForSelector('.strip-feed.sample');
  await page.waitForFunction(() => document.querySelectorAll('.strip-feed.loading').length === 0);
  const strip = await page.textContent('.strip');
  assert.match(strip, /^Kota Bontang/);
  const wita = new Date(Date.now() + 8 * 3600 * 1000);
  const hhmm = `${String(wita.getUTCHours()).padStart(2, '0')}.${String(wita.getUTCMinutes()).padStart(2, '0')}`;
  const clock = await page.textContent('.strip-clock strong');
  assert.match(await page.textContent('.strip-clock'), /^\d\d\.\d\d WITA$/, 'the zone as Bontang names it');
  const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  assert.ok(Math.abs(minutes(clock) - minutes(hhmm)) <= 1 || Math.abs(minutes(clock) - minutes(hhmm)) >= 1439, `${clock} vs ${hhmm}`);
  assert.match(strip, /Periode: 29 Okt – 27 Nov 2026/);
  assert.match(strip, /Filter: opd=dpupr/);
  assert.equal(await page.$$eval('.strip-feed', (els) => els.length), 5);
  assert.match(strip, /Pengaduan \(Kesah Etam\): \d+ hari lalu/);
  await context.close();
});

test('legible at 1920×1080 and 3840×2160: type in wall units, canvases at device resolution', async () => {
  for (const [width, height, scale] of [[1920, 1080, 1], [3840, 2160, 1], [1920, 1080, 2]]) {
    const { page, context } = await open(env.browser, `${env.server.url}/display?views=overview&rotate=600`, { width, height, scale });
    await page.waitForSelector('[data-wall-panel=trend] canvas[data-draws]');
    await page.waitForFunction(() => document.querySelectorAll('.strip-feed.loading').length === 0);
    const fontSize = await page.$eval('.kpi-value', (e) => parseFloat(getComputedStyle(e).fontSize));
    // Headline figures at S/12: 90 px at 1080 p, 180 px at 4K, read at five metres.
    assert.equal(fontSize, height / 12, `${width}: KPI figures ${fontSize}px`);
    const canvas = await page.$eval('[data-wall-panel=trend] canvas', (c) => ({ w: c.width, cw: c.clientWidth, h: c.height, ch: c.clientHeight }));
    assert.equal(canvas.w, Math.round(canvas.cw * scale), `backing store is the CSS size × ${scale}`);
    assert.equal(canvas.h, Math.round(canvas.ch * scale));
    const bottom = await page.$eval('[data-wall-panel=trend]', (e) => e.getBoundingClientRect().bottom);
    assert.ok(bottom <= height, `${width}: the overview fits on one screen (${bottom} px)`);
    if (scale === 1) await screenshot(page, `display-${width}x${height}.png`);
    await context.close();
  }
});

test('a failing feed stays on screen marked stale with its age; recovery clears the mark', async () => {
  const feed = new LiveFeed();
  feed.install(env.server);
  fastLiveConfig();
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/display?views=queues&rotate=600`);
    await page.waitForSelector('.live-card[data-service="dukcapil-ktp"]');
    feed.mode = 'fail';
    await page.waitForSelector('.strip-feed.failed[data-feed=queue_live]');
    assert.match(await page.textContent('.strip-feed[data-feed=queue_live]'), /✕ Antrian langsung \(Antrian Online\): .* \(galat\)/);
    assert.equal(await page.$eval('.live-card[data-service="dukcapil-ktp"] [data-live=waiting]', (e) => e.textContent), '10');
    assert.ok(await page.isVisible('.live-card.is-stale .live-stale'));
    feed.mode = 'ok';
    await page.waitForFunction(() => !document.querySelector('.strip-feed.failed'), null, { timeout: 15000 });
    await page.waitForFunction(() => !document.querySelector('.live-card.is-stale'));
    await context.close();
  } finally {
    env.server.overrides.delete('/config.json');
    env.server.overrides.delete('/data/queue-live.json');
  }
});

test('a reload during an outage shows the last good data from browser storage, marked', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/display?views=overview&rotate=600`);
  await page.waitForFunction(() => document.querySelectorAll('.strip-feed.sample').length === 5);
  // Until the last good copy of every feed is in IndexedDB (saved a few seconds after it is
  // drawn; never opening the database before the app has created it, which would create it
  // without its store). Polled from here: `waitForFunction` takes a promise for a truthy value.
  const saved = () => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'dasbor-kota-cerdas') && new Promise((resolve) => {
    const open = indexedDB.open('dasbor-kota-cerdas');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('feeds')) { db.close(); resolve(false); return; }
      const keys = db.transaction('feeds').objectStore('feeds').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result.length >= 5); };
      keys.onerror = () => { db.close(); resolve(false); };
    };
  }));
  for (const start = Date.now(); !(await saved());) {
    assert.ok(Date.now() - start < 15000, 'every feed saved in IndexedDB within 15 s');
    await page.waitForTimeout(100);
  }
  const values = await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent));
  for (const feed of ['dimensions', 'complaints', 'queues', 'queue-live', 'spbe']) {
    env.server.overrides.set(`/data/${feed}.json`, (req, res) => res.writeHead(503).end('down'));
  }
  try {
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.strip-feed.failed').length === 5, null, { timeout: 15000 });
    // The copies come back from IndexedDB (decoding 8 MB takes a moment).
    await page.waitForFunction(() => [...document.querySelectorAll('.kpi-value')].every((e) => e.textContent !== '–'), null, { timeout: 15000 });
    assert.deepEqual(await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent)), values);
    await page.waitForSelector('[data-wall-panel=trend] canvas[data-draws]');
    assert.match(await page.textContent('.strip'), /Pengaduan \(Kesah Etam\): \d+ hari lalu \(galat\)/);
    await screenshot(page, 'display-outage-reload.png');
  } finally {
    for (const feed of ['dimensions', 'complaints', 'queues', 'queue-live', 'spbe']) env.server.overrides.delete(`/data/${feed}.json`);
    await context.close();
  }
});

test('another city sees its own names: systems from config.json, generic words without them', async () => {
  for (const [names, complaints, live] of [
    [{ complaints: 'Lapor!', queues: 'Antre Yuk' }, /Pengaduan \(Lapor!\): \d+ hari lalu/, /Antrian langsung \(Antre Yuk\)/],
    [undefined, /Pengaduan: \d+ hari lalu/, /Antrian langsung: /],
  ]) {
    serveConfig(env.server, (c) => { c.city = 'Kota Contoh'; if (names) c.source_names = names; else delete c.source_names; });
    const { page, context } = await open(env.browser, `${env.server.url}/display?views=overview`);
    await page.waitForFunction(() => document.querySelectorAll('.strip-feed.loading').length === 0 && document.querySelector('.strip-feed'));
    const strip = await page.textContent('.strip');
    assert.match(strip, /^Kota Contoh/);
    assert.match(strip, complaints);
    assert.match(strip, live);
    assert.doesNotMatch(strip, /Kesah Etam|Antrian Online/);
    await context.close();
  }
  env.server.overrides.delete('/config.json');
});
