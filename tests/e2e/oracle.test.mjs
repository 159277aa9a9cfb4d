// The oracle on screen: the hand-computed feeds of tests/oracle/ (designed in its README) served
// to the dashboard, and the figures a person reads compared with literals from that design,
// not with the analytics that draw them. One test per view that shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, open, useBrowserAndServer } from './helpers.mjs';

const env = useBrowserAndServer();
const PERIOD = 'from=2026-11-02&to=2026-11-15';
const feed = (name) => fs.readFileSync(path.join(ROOT, 'tests/oracle', name), 'utf8');

/** Serves the oracle feeds in place of the sample's for the length of `body`. */
async function withOracle(body) {
  for (const name of ['complaints.json', 'queues.json']) {
    const text = feed(name);
    env.server.overrides.set(`/data/${name}`, (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(text));
  }
  try {
    await body();
  } finally {
    env.server.overrides.delete('/data/complaints.json');
    env.server.overrides.delete('/data/queues.json');
  }
}

const rows = (page, hook) => page.$$eval(`table[data-table="${hook}"] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));

test('overview: the KPI tiles show the hand-computed figures', () => withOracle(async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/?${PERIOD}`);
  await page.waitForFunction(() => document.querySelector('[data-kpi=complaints]')?.textContent === '53');
  const kpi = (id) => page.textContent(`[data-kpi=${id}]`);
  assert.equal(await kpi('on_time'), '47,1%');
  assert.equal(await kpi('median_response'), '10,0 hari');
  assert.match(await page.textContent('.kpi:has([data-kpi=complaints])'), /\+562,5% dibanding 8 pada periode pembanding/);
  await context.close();
}));

test('complaints: totals, the city-day boundary, per-OPD SLA and medians, raport merah, an area filter', () => withOracle(async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/pengaduan?${PERIOD}`);
  await page.waitForSelector('[data-summary=complaints][data-total="53"]');
  const sla = Object.fromEntries((await rows(page, 'complaints-sla')).map((r) => [r[0].replace(/ · .*/, ''), r.slice(1)]));
  // Share on time, on time, late, overdue, pending, median response.
  assert.deepEqual(sla['Dinas A'], ['40,0%', '4', '6', '0', '0', '10,0 hari']);
  assert.deepEqual(sla['Dinas B'], ['50,0%', '6', '6', '0', '0', '5,5 hari']);
  assert.deepEqual(sla['Dinas C'], ['50,0%', '5', '4', '1', '1', '24,0 jam']);
  assert.deepEqual(sla['Dinas D'], ['0,0%', '0', '9', '0', '0', '10,0 hari']);
  assert.deepEqual(sla['Dinas E'], ['90,0%', '9', '1', '0', '1', '24,0 jam']);
  assert.match(await page.textContent('[data-note=sla]'), /Dinas A, Dinas B, Dinas C/);
  const kelurahan = Object.fromEntries((await rows(page, 'complaints-kelurahan')).map((r) => [r[0], r[1]]));
  assert.deepEqual([kelurahan['Kel Satu'], kelurahan['Kel Dua'], kelurahan['Kel Tiga']], ['19', '22', '12']);
  await context.close();

  const filtered = await open(env.browser, `${env.server.url}/pengaduan?${PERIOD}&area=k1`);
  await filtered.page.waitForSelector('[data-summary=complaints][data-total="19"]');
  assert.match(await filtered.page.textContent('[data-summary=complaints]'), /\+137,5%/); // (19 − 8) / 8
  await filtered.context.close();
}));

test('queues: arrivals and waits per weekday-hour', () => withOracle(async () => {
  const { page, context } = await open(env.browser, `${env.server.url}/antrian?${PERIOD}`);
  // The tables sit folded under the charts: present, not visible.
  await page.waitForSelector('table[data-table=queue-arrivals] tbody tr', { state: 'attached' });
  const cell = async (hook, weekday, hour) => {
    const table = await page.$eval(`table[data-table=${hook}]`, (t) => ({
      hours: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim())),
    }));
    const row = table.rows.find((r) => r[0] === weekday);
    return row[table.hours.indexOf(hour)];
  };
  assert.equal(await cell('queue-arrivals', 'Sen', '09'), '2'); // (3 + 1) / 2 Mondays
  assert.equal(await cell('queue-arrivals', 'Sel', '10'), '2'); // 2 / 1 open Tuesday
  // The longest mean wait is 4 minutes, so waits are in minutes: (60 + 120 + 180 + 600) / 4 s
  // = 4 min; (30 + 90) / 2 s = 1 min.
  assert.match(await page.textContent('#chart-waits-title'), /menit/);
  assert.equal(await cell('queue-waits', 'Sen', '09'), '4');
  assert.equal(await cell('queue-waits', 'Sel', '10'), '1');
  await context.close();
}));
