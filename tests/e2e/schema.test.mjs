// The shipped sample files and test fixtures follow the JSON Schemas in docs/schema/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT } from './helpers.mjs';

const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
const compiled = new Map();
const schema = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/schema', `${name}.schema.json`), 'utf8'));
const validator = (name) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(schema(name)));
  return compiled.get(name);
};
const FILES = [
  ['dimensions', 'static/data/dimensions.json'],
  ['dimensions', 'static/data/dimensions-kominfo.json'],
  ['complaints', 'static/data/complaints.json'],
  ['queues', 'static/data/queues.json'],
  ['queue-live', 'static/data/queue-live.json'],
  ['spbe', 'static/data/spbe.json'],
  ['areas', 'static/data/areas.geojson'],
  ['complaints', 'tests/fixtures/complaints.json'],
  ['queues', 'tests/fixtures/queues.json'],
];

for (const [name, file] of FILES) {
  test(`${file} follows ${name}.schema.json`, () => {
    const validate = validator(name);
    const data = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
  });
}

test('month partitions (dasbor-data partition of the sample) follow partitions.schema.json and the feed schemas', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dasbor-schema-'));
  const bin = process.env.DASBOR_DATA_BIN || path.join(ROOT, 'target/debug/dasbor-data');
  try {
    for (const kind of ['complaints', 'queues']) {
      execFileSync(bin, ['partition', '--kind', kind, '--in', path.join(ROOT, `static/data/${kind}.json`), '--out', dir, '--config', path.join(ROOT, 'static/config.json')]);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, `${kind}-months.json`), 'utf8'));
      assert.ok(validator('partitions')(manifest), JSON.stringify(validator('partitions').errors?.slice(0, 3)));
      assert.ok(manifest.months.length >= 4);
      for (const m of manifest.months) {
        const doc = JSON.parse(fs.readFileSync(path.join(dir, m.url), 'utf8'));
        assert.ok(validator(kind)(doc), `${m.url}: ${JSON.stringify(validator(kind).errors?.slice(0, 3))}`);
        assert.equal(doc[kind === 'complaints' ? 'complaints' : 'tickets'].length, m.records);
      }
    }
    const bad = JSON.parse(fs.readFileSync(path.join(dir, 'complaints-months.json'), 'utf8'));
    bad.months[0].month = '2026-13';
    assert.equal(validator('partitions')(bad), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the schemas refuse what the decoder refuses', () => {
  const validate = validator('queue-live');
  const bad = { schema: 'smartcity.queue-live/1', generated_at: '2026-11-27T10:30:00+08:00',
    live: [{ service: 'x', waiting: -1, counters_open: 1, updated_at: '2026-11-27T10:30:00' }] };
  assert.equal(validate(bad), false);
  const paths = validate.errors.map((e) => e.instancePath).sort();
  assert.deepEqual(paths, ['/live/0/updated_at', '/live/0/waiting']);
});
