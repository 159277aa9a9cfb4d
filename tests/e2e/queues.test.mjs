// Queues view end to end: live numbers update without a reload, an unchanged feed costs a 304 and
// no parse, a failing feed keeps the last numbers marked stale with their age, recovery clears the
// mark, a hanging feed blanks nothing; URL filters drive the board and the charts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot, useBrowserAndServer, serveConfig, until } from './helpers.mjs';
import { LiveFeed } from './live-feed.mjs';

const env = useBrowserAndServer();

const waiting = (page, service) => page.$eval(`.live-card[data-service="${service}"] [data-live=waiting]`, (e) => e.textContent);
const counters = (page) => page.$eval('li[data-feed=queue_live]', (e) => ({ version: Number(e.dataset.version), unchanged: Number(e.dataset.unchanged) }));

// The live queue feed polled every `refresh` seconds and stale after two.
const fastConfig = (refresh = 1) => serveConfig(env.server, (c) => {
  c.refresh_seconds.queue_live = refresh;
  c.stale_after_seconds.queue_live = 2;
});

test('live board: updates without reload, 304 without re-parse, stale through an outage, recovery', async () => {
  const feed = new LiveFeed();
  feed.install(env.server);
  fastConfig(1);
  try {
    const { page, context, errors } = await open(env.browser, `${env.server.url}/antrian`);
    await page.waitForSelector('.live-card[data-service="dukcapil-ktp"]');
    assert.equal(await waiting(page, 'dukcapil-ktp'), '10');

    // Unchanged feed: the browser revalidates, the server answers 304, nothing is parsed again.
    const before304 = { ...feed.counts };
    const c0 = await counters(page);
    await until(() => feed.counts.notModified - before304.notModified >= 2, 'two revalidations');
    await page.waitForFunction((n) => Number(document.querySelector('li[data-feed=queue_live]').dataset.unchanged) > n, c0.unchanged);
    const c1 = await counters(page);
    assert.ok(feed.counts.notModified - before304.notModified >= 2, `304s: ${JSON.stringify(feed.counts)}`);
    assert.equal(feed.counts.ok, before304.ok, 'no full response while unchanged');
    assert.equal(c1.version, c0.version, 'no new parse');
    assert.ok(c1.unchanged > c0.unchanged, 'unchanged answers counted');

    // A change reaches the screen on the next poll, without a reload.
    feed.bump();
    await page.waitForFunction(() => document.querySelector('.live-card[data-service="dukcapil-ktp"] [data-live=waiting]').textContent === '20');
    const latency = Date.now() - feed.changedAt;
    console.log(`# feed change to screen: ${latency} ms (refresh 1 s)`);
    assert.ok(latency < 3000, `${latency} ms`);

    // Outage: the last numbers stay, marked stale with their age.
    feed.mode = 'fail';
    await page.waitForSelector('.live-card.is-stale');
    assert.equal(await waiting(page, 'dukcapil-ktp'), '20');
    assert.match(await page.textContent('.live-card[data-service="dukcapil-ktp"] .live-stale'), /Data usang, (baru saja|\d+ menit lalu)/);
    assert.match(await page.textContent('.panel-alert'), /Antrian langsung \(Antrian Online\): server menjawab HTTP 503/);
    await screenshot(page, 'queues-outage.png');

    // Recovery clears the mark (first retry after 5 s of back-off).
    feed.mode = 'ok';
    feed.bump();
    await page.waitForFunction(() => !document.querySelector('.live-card.is-stale'), null, { timeout: 15000 });
    assert.equal(await waiting(page, 'dukcapil-ktp'), '30');
    assert.equal(await page.$$eval('.panel-alert', (els) => els.length), 0);

    // A hanging feed blanks nothing, and polling goes on once it answers again.
    feed.mode = 'hang';
    await until(() => feed.counts.hung >= 1, 'a poll of the hanging feed');
    assert.equal(await waiting(page, 'dukcapil-ktp'), '30');
    feed.mode = 'ok';
    feed.bump();
    feed.release();
    await page.waitForFunction(() => document.querySelector('.live-card[data-service="dukcapil-ktp"] [data-live=waiting]').textContent === '40', null, { timeout: 15000 });
    assert.deepEqual(errors.filter((e) => !/503/.test(e)), []);
    await context.close();
  } finally {
    env.server.overrides.delete('/config.json');
    env.server.overrides.delete('/data/queue-live.json');
    feed.release();
  }
});

test('an unchanged feed at the configured 30 s interval costs 120 small 304s an hour', async () => {
  const feed = new LiveFeed();
  feed.install(env.server);
  fastConfig(1);
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/antrian`);
    await page.waitForSelector('.live-card');
    const start = { ...feed.counts };
    const began = Date.now();
    await until(() => feed.counts.notModified - start.notModified >= 4, 'four revalidations');
    const seconds = (Date.now() - began) / 1000;
    const n304 = feed.counts.notModified - start.notModified;
    const bytes = (feed.counts.headerBytes - start.headerBytes) / Math.max(1, n304);
    assert.ok(seconds < 6, `${n304} revalidations took ${seconds} s at a 1 s refresh`);
    assert.equal(feed.counts.ok, start.ok);
    console.log(`# unchanged queue_live: ${n304} × 304 in ${seconds.toFixed(1)} s at 1 s refresh; about ${Math.round(bytes)} header bytes each; at 30 s: 120 requests/h, ~${Math.round((120 * bytes) / 1024)} KiB/h`);
    await context.close();
  } finally {
    env.server.overrides.delete('/config.json');
    env.server.overrides.delete('/data/queue-live.json');
  }
});

test('filters in the URL drive the board and the charts; tables carry the chart data', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/antrian?service=rsud-poli`);
  await page.waitForSelector('.live-card');
  assert.deepEqual(await page.$$eval('.live-card', (els) => els.map((e) => e.dataset.service)), ['rsud-poli']);
  await page.waitForFunction(() => document.querySelectorAll('.queues canvas[data-draws]').length === 5);
  assert.deepEqual(await page.$$eval('[data-table=queue-rates] tbody th', (els) => els.map((e) => e.textContent)), ['Pendaftaran Poliklinik']);
  assert.match(await page.textContent('[data-summary=busiest]'), /Jam tersibuk: \w+ pukul \d\d\.00–\d\d\.00/);
  // Choosing another service in the filter bar writes it to the URL.
  await page.selectOption('select[name=service]', 'dukcapil-ktp');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('service') === 'dukcapil-ktp');
  await page.waitForFunction(() => [...document.querySelectorAll('.live-card')].map((e) => e.dataset.service).join() === 'dukcapil-ktp');
  await page.reload();
  await page.waitForSelector('.live-card');
  assert.equal(await page.$eval('select[name=service]', (e) => e.value), 'dukcapil-ktp');
  await screenshot(page, 'queues-filtered.png');
  assert.deepEqual(errors, []);
  await context.close();
});
