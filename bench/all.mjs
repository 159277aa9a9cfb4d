// `make bench`: every benchmark in one run, written to docs/benchmarks.md (and printed).
// Parts: sizes, cold load and chart draw times (bench/run.mjs); 1,000,000 complaints against
// crossfilter2 and a typed-array loop (bench/complaints.mjs); 10,000,000 complaints in month
// partitions (bench/months.mjs; BENCH_MONTHS=0 skips it); the feed producer against
// PostgreSQL (bench/producer.mjs); display-mode memory over 5,000
// refresh-and-rotate cycles (bench/soak.mjs, about 15 minutes; BENCH_SOAK=0 skips it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from '../tests/e2e/helpers.mjs';

const run = (script) => execFileSync(process.execPath, [path.join(ROOT, 'bench', script)], {
  cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24,
});
const chromium = execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const parts = [
  `# Benchmarks\n\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`make bench\` on ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, ${chromium} headless, served from 127.0.0.1. The machine is shared and noisy: figures are medians within one run; compare ratios, not single runs.\n`,
];
for (const script of ['run.mjs', 'complaints.mjs', ...(process.env.BENCH_MONTHS === '0' ? [] : ['months.mjs']), 'producer.mjs', ...(process.env.BENCH_SOAK === '0' ? [] : ['soak.mjs'])]) {
  process.stderr.write(`bench: ${script}\n`);
  parts.push(run(script));
}
const text = parts.join('\n');
fs.writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), text);
process.stdout.write(text);
