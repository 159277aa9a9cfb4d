// From a city's database to the screen: the bundled sample is loaded into a real PostgreSQL
// (a throwaway cluster, scripts/pg-cluster.sh), `dasbor-feed` writes the five feeds from the
// source views of docs/connect/, and the dashboard served on them shows exactly the figures of
// the bundled sample files. The cluster is stopped and removed at the end, also on failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { open, waitForOverview, expectedFigures, screenshot, useBrowserAndServer, ROOT } from './helpers.mjs';

const AS_OF = '2026-11-27T10:30:00+08:00';
const bin = (name) => path.join(ROOT, 'target/debug', name);
const env = useBrowserAndServer();
let cluster;
let site;

before(() => {
  const [url, dir] = execFileSync(path.join(ROOT, 'scripts/pg-cluster.sh'), ['start'], { encoding: 'utf8' }).trim().split(' ');
  cluster = { url, dir };
  execFileSync(bin('dasbor-data'), ['load', '--database-url', url, '--replace'], { encoding: 'utf8' });
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'dasbor-site-'));
  fs.copyFileSync(path.join(ROOT, 'static/config.json'), path.join(site, 'config.json'));
  execFileSync(bin('dasbor-feed'), ['export', '--config', path.join(site, 'config.json'), '--out', path.join(site, 'data'),
    '--database-url', url, '--as-of', AS_OF], { encoding: 'utf8' });
});

after(() => {
  if (cluster) execFileSync(path.join(ROOT, 'scripts/pg-cluster.sh'), ['stop', cluster.dir]);
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** Serves the producer's feeds in place of the bundled sample files. */
function serveProduced(server) {
  for (const name of fs.readdirSync(path.join(site, 'data'))) {
    const body = fs.readFileSync(path.join(site, 'data', name));
    server.overrides.set(`/data/${name}`, (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
  }
}

const figures = (dir, args = []) => JSON.parse(execFileSync(bin('dasbor-data'), ['figures', '--static', dir, ...args], { encoding: 'utf8' }));

test('every file the producer wrote follows its JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  const schemas = { complaints: 'complaints', queues: 'queues', 'queue-live': 'queue-live', dimensions: 'dimensions', spbe: 'spbe' };
  for (const [file, name] of Object.entries(schemas)) {
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/schema', `${name}.schema.json`), 'utf8')));
    const data = JSON.parse(fs.readFileSync(path.join(site, 'data', `${file}.json`), 'utf8'));
    assert.ok(validate(data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    assert.equal(data.generated_at, AS_OF);
  }
});

test('every figure from the producer\'s feeds equals the bundled sample\'s (native analytics)', () => {
  for (const args of [[], ['--lang', 'en'], ['--query', 'from=2026-01-01&to=2026-03-31&compare=year&area=bontang-utara'], ['--query', 'opd=dpupr,dlh&bucket=week']]) {
    assert.deepEqual(figures(site, args), figures(path.join(ROOT, 'static'), args), args.join(' '));
  }
});

test('the dashboard on the producer\'s feeds shows the bundled figures, as real (not sample) data', async () => {
  serveProduced(env.server);
  const expected = expectedFigures();
  const { page, context, errors } = await open(env.browser, `${env.server.url}/`);
  await waitForOverview(page);
  assert.deepEqual(await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent)), expected.tiles.map((t) => t.value));
  assert.deepEqual(await page.$$eval('[data-table=overview-dimensions] tbody td:nth-child(2)', (els) => els.map((e) => e.textContent)), expected.scores);
  assert.equal(await page.isVisible('.badge-sample'), false, 'no sample badge on a city\'s own data');
  // Published as of the sample's day, so days old now: real data turns stale, visibly.
  assert.match(await page.textContent('main'), /Pengaduan \(Kesah Etam\): usang/);
  await screenshot(page, 'overview-from-postgresql.png');
  await page.goto(`${env.server.url}/pengaduan`);
  await page.waitForSelector('[data-panel="opd"] canvas[data-draws]');
  assert.equal(await page.getAttribute('[data-summary=complaints]', 'data-total'), String(expected.complaints.total));
  for (const id of ['opd', 'category', 'kelurahan', 'sla']) {
    const rows = await page.$$eval(`table[data-table="complaints-${id}"] tbody tr`, (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
    assert.deepEqual(rows, expected.complaints.panels[id].rows, id);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
