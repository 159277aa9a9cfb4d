// The shipped sample files and test fixtures follow the JSON Schemas in docs/schema/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
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

test('the schemas refuse what the decoder refuses', () => {
  const validate = validator('queue-live');
  const bad = { schema: 'smartcity.queue-live/1', generated_at: '2026-11-27T10:30:00+08:00',
    live: [{ service: 'x', waiting: -1, counters_open: 1, updated_at: '2026-11-27T10:30:00' }] };
  assert.equal(validate(bad), false);
  const paths = validate.errors.map((e) => e.instancePath).sort();
  assert.deepEqual(paths, ['/live/0/updated_at', '/live/0/waiting']);
});
