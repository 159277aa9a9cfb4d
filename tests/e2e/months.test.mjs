// Month partitions (docs/data-contract.md, "Month partitions"): the sample cut into months by
// `dasbor-data partition` and served with `source_forms` saying so must show, on every view,
// the same figures as the single documents; and the overview must read only the months it shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, open, useBrowserAndServer, serveConfig } from './helpers.mjs';

const env = useBrowserAndServer();
let dir;
let files = [];

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dasbor-months-'));
  const bin = process.env.DASBOR_DATA_BIN || path.join(ROOT, 'target/debug/dasbor-data');
  for (const kind of ['complaints', 'queues']) {
    execFileSync(bin, ['partition', '--kind', kind, '--in', path.join(ROOT, `static/data/${kind}.json`), '--out', dir, '--config', path.join(ROOT, 'static/config.json')]);
  }
  files = fs.readdirSync(dir);
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Serves the months under /data/months/ and a config that points at their manifests. */
function serveMonths() {
  for (const name of files) {
    const text = fs.readFileSync(path.join(dir, name));
    env.server.overrides.set(`/data/months/${name}`, (req, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': text.length }).end(text));
  }
  serveConfig(env.server, (c) => {
    c.sources.complaints = 'data/months/complaints-months.json';
    c.sources.queues = 'data/months/queues-months.json';
    c.source_forms = { complaints: 'months', queues: 'months' };
  });
}

function serveDocuments() {
  for (const name of files) env.server.overrides.delete(`/data/months/${name}`);
  env.server.overrides.delete('/config.json');
}

/** What a person reads in the main area once every feed has answered. */
async function shown(url) {
  const { page, context, errors } = await open(env.browser, url, { width: 1366, height: 900 });
  await page.waitForSelector('main');
  await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0 && !document.querySelector('[data-progress]'), null, { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  const text = await page.$eval('main', (m) => m.innerText
    // Ages move with the clock between the two loads; the sources list names the files.
    .replace(/\d+ (detik|menit|jam|hari) lalu/g, 'N lalu')
    .replace(/data\/months\/(\w+)-months\.json/g, 'data/$1.json'));
  await context.close();
  assert.deepEqual(errors, []);
  return text;
}

const VIEWS = ['/', '/pengaduan', '/antrian', '/laporan'];
const QUERIES = ['', 'compare=year', 'from=2025-03-01&to=2025-05-31', 'from=2026-06-01&to=2026-08-31&bucket=week'];

test('every view shows the same figures from months as from the single documents', async () => {
  for (const view of VIEWS) {
    for (const query of QUERIES) {
      const url = `${env.server.url}${view}?${query}`;
      serveDocuments();
      const whole = await shown(url);
      serveMonths();
      const months = await shown(url);
      serveDocuments();
      assert.ok(/\d/.test(whole), `${view}?${query} shows figures`);
      if (months !== whole) {
        fs.writeFileSync('/tmp/months-whole.txt', whole);
        fs.writeFileSync('/tmp/months-months.txt', months);
      }
      assert.equal(months, whole, `${view}?${query}`);
    }
  }
});

test('the overview reads only the months it shows, and a wider period reads more', async () => {
  serveMonths();
  env.server.hits.clear();
  const { page, context } = await open(env.browser, `${env.server.url}/`, { width: 1366, height: 900 });
  await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0);
  await page.waitForLoadState('networkidle');
  const read = () => [...env.server.hits.keys()].filter((p) => /complaints-months-\d{4}-\d{2}\.json$/.test(p));
  const complaintMonths = files.filter((f) => /complaints-months-\d{4}-\d{2}\.json$/.test(f)).length;
  // 30 days to the newest complaint, the 30 before, and the early warnings' 76 days: four months.
  assert.ok(read().length <= 4, `read ${read()}`);
  assert.ok(complaintMonths >= 24);
  await page.goto(`${env.server.url}/?from=2025-01-01&to=2025-12-31`);
  await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0);
  await page.waitForLoadState('networkidle');
  assert.ok(read().length >= 4 + 12, `read ${read().length}`);
  await context.close();
  serveDocuments();
});

test('a month that fails names itself and the other months stay; a broken manifest keeps the months on screen', async () => {
  serveMonths();
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'complaints-months.json'), 'utf8'));
  const failing = manifest.months.at(-2);
  env.server.overrides.set(`/data/months/${failing.url}`, (req, res) => res.writeHead(503).end('maintenance'));
  serveConfig(env.server, (c) => {
    c.sources.complaints = 'data/months/complaints-months.json';
    c.sources.queues = 'data/months/queues-months.json';
    c.source_forms = { complaints: 'months', queues: 'months' };
    c.refresh_seconds.complaints = 1;
  });
  const { page, context } = await open(env.browser, `${env.server.url}/pengaduan`, { width: 1366, height: 900 });
  const alert = page.locator('.panel-alert', { hasText: failing.month });
  await alert.first().waitFor({ timeout: 20000 });
  assert.match(await alert.first().textContent(), new RegExp(`Data bulan ${failing.month} belum dapat dimuat \\(.*503\\); angka yang mencakup bulan itu mungkin belum lengkap atau belum terbaru`));
  await page.waitForSelector('[data-summary=complaints][data-total]');
  const total = Number(await page.getAttribute('[data-summary=complaints]', 'data-total'));
  assert.ok(total > 0, 'the other months are shown');
  // The month comes back: at the next round it is read and the error goes.
  const text = fs.readFileSync(path.join(dir, failing.url));
  env.server.overrides.set(`/data/months/${failing.url}`, (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(text));
  await page.waitForFunction(() => !document.querySelector('.panel-alert'), null, { timeout: 30000 });
  const after = Number(await page.getAttribute('[data-summary=complaints]', 'data-total'));
  assert.ok(after >= total, `${after} >= ${total}`);
  // A broken manifest: an error naming the feed; the figures stay.
  env.server.overrides.set('/data/months/complaints-months.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"schema": "smartcity.partitions/1", "generated_at": '));
  await page.waitForSelector('.panel-alert', { timeout: 30000 });
  assert.equal(Number(await page.getAttribute('[data-summary=complaints]', 'data-total')), after);
  await context.close();
  serveDocuments();
});
