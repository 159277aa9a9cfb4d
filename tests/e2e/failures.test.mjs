// Bad input never blanks the page: a broken config gets a full-page message; a failing or
// malformed feed gets an error in the panels that need it while the rest keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();

test('a broken config.json gives a clear full-page message with a retry button', async () => {
  env.server.overrides.set('/config.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"city": '));
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/`);
    await page.waitForSelector('.full-page-message[role=alert]');
    assert.equal(await page.textContent('h1'), 'Konfigurasi dasbor tidak dapat dimuat');
    assert.match(await page.textContent('.error-detail'), /config\.json/);
    assert.ok(await page.isVisible('button:has-text("Coba lagi")'));
    env.server.overrides.delete('/config.json');
    await page.click('button:has-text("Coba lagi")');
    await page.waitForSelector('.kpi-value');
    await context.close();
  } finally {
    env.server.overrides.delete('/config.json');
  }
});

test('a failing complaints feed and a malformed SPBE feed leave the rest working', async () => {
  env.server.overrides.set('/data/complaints.json', (req, res) => res.writeHead(503).end('down'));
  env.server.overrides.set('/data/spbe.json', (req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"schema": "smartcity.spbe/9", "generated_at": "2026-11-27T10:30:00+08:00", "evaluations": []}'));
  try {
    const { page, context, errors } = await open(env.browser, `${env.server.url}/`);
    await page.waitForSelector('[data-panel=dimensions] canvas[data-draws]');
    await page.waitForFunction(() => document.querySelectorAll('.feed.failed').length === 2);
    const alert = await page.textContent('.panel-alert');
    assert.match(alert, /Pengaduan \(Kesah Etam\): server menjawab HTTP 503/);
    assert.match(alert, /Indeks SPBE: schema `smartcity\.spbe\/9` tidak didukung/);
    const values = await page.$$eval('.kpi-value', (els) => Object.fromEntries(els.map((e) => [e.dataset.kpi, e.textContent])));
    assert.equal(values.complaints, '–');
    assert.equal(values.spbe, '–');
    assert.notEqual(values.waiting_now, '–', 'queue tiles still work');
    assert.equal(await page.$$eval('[data-table=overview-dimensions] tbody tr', (els) => els.length), 6, 'radar table still there');
    await screenshot(page, 'overview-feed-errors.png');
    assert.deepEqual(errors.filter((e) => !/503/.test(e)), []);
    await context.close();
  } finally {
    env.server.overrides.delete('/data/complaints.json');
    env.server.overrides.delete('/data/spbe.json');
  }
});

test('bad records are rejected one by one and named; feed text is never HTML', async () => {
  const body = JSON.stringify({
    schema: 'smartcity.complaints/1', generated_at: '2026-11-27T10:30:00+08:00',
    agencies: [{ id: 'dpupr', name: '<img src=x onerror="window.__pwned=1">DPUPR' }],
    categories: [{ id: 'jalan', name: 'Jalan' }], channels: [{ id: 'app', name: 'App' }],
    areas: [{ id: 'api-api', kelurahan: 'Api-Api', kecamatan_id: 'bu', kecamatan: 'Bontang Utara' }],
    complaints: [
      { id: 'KE-1', received_at: '2026-11-20T09:00:00+08:00', agency: 'dpupr', category: 'jalan', area: 'api-api', channel: 'app', status: 'received' },
      { id: 'KE-2', received_at: '2026-11-20T09:00:00+08:00', agency: '<script>window.__pwned=2</script>', category: 'jalan', area: 'api-api', channel: 'app', status: 'received' },
    ],
  });
  env.server.overrides.set('/data/complaints.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
  try {
    const { page, context } = await open(env.browser, `${env.server.url}/`);
    await page.waitForSelector('.panel-rejected');
    await page.click('.panel-rejected summary');
    const text = await page.textContent('.panel-rejected');
    assert.match(text, /1 rekaman ditolak/);
    assert.match(text, /complaints #2 \(KE-2\) · kolom agency: `<script>window.__pwned=2<\/script>` tidak ada di tabel agencies/);
    assert.equal(await page.$eval('.kpi-value[data-kpi=complaints]', (e) => e.textContent), '1');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.$$eval('.panel-rejected script, .panel-rejected img', (els) => els.length), 0);
    await context.close();
  } finally {
    env.server.overrides.delete('/data/complaints.json');
  }
});
