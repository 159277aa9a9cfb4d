// The feed producer (`dasbor-feed`, docs/connect.md) against a real PostgreSQL: the sample and
// 1,000,000 complaints loaded into the example tables, then every feed exported once (release
// build). Prints a Markdown section: load time, export time, rows per second, peak memory and
// the feeds' sizes. BENCH_PRODUCER_COMPLAINTS changes the large set's size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../tests/e2e/helpers.mjs';

const AS_OF = '2026-11-27T10:30:00+08:00';
const LARGE = Number(process.env.BENCH_PRODUCER_COMPLAINTS || 1_000_000);
execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'dasbor-feed', '--bin', 'dasbor-data'], { cwd: ROOT, stdio: 'inherit' });
const bin = (name) => path.join(ROOT, 'target/release', name);

/** Runs a command; returns its stdout, wall seconds and peak resident memory (MiB). */
function measured(command, args) {
  const probe = 'import resource, subprocess, sys, time\n'
    + 't = time.monotonic(); r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n'
    + 'sys.stderr.write(r.stderr); sys.stdout.write(r.stdout)\n'
    + 'print("@@", time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)';
  const out = execFileSync('python3', ['-c', probe, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const [, seconds, kib, code] = out.match(/@@ (\S+) (\d+) (\d+)\s*$/);
  if (code !== '0') throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${out}`);
  return { stdout: out, seconds: Number(seconds), mib: Number(kib) / 1024 };
}

const dirBytes = (dir, prefix) => fs.readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
  .reduce((a, f) => ({ bytes: a.bytes + fs.statSync(path.join(dir, f)).size, files: a.files + 1 }), { bytes: 0, files: 0 });
const mib = (b) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const fmt = (n) => n.toLocaleString('en-US');

const [url, dir] = execFileSync(path.join(ROOT, 'scripts/pg-cluster.sh'), ['start'], { encoding: 'utf8' }).trim().split(' ');
const rows = [];
try {
  for (const [label, extra] of [['sample', []], [`${fmt(LARGE)} complaints`, ['--complaints', String(LARGE)]]]) {
    const load = measured(bin('dasbor-data'), ['load', '--database-url', url, '--replace', ...extra]);
    const complaints = Number(load.stdout.match(/loaded (\d+) complaints/)[1]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dasbor-bench-feeds-'));
    const first = measured(bin('dasbor-feed'), ['export', '--config', path.join(ROOT, 'static/config.json'), '--out', out, '--database-url', url, '--as-of', AS_OF]);
    const again = measured(bin('dasbor-feed'), ['export', '--config', path.join(ROOT, 'static/config.json'), '--out', out, '--database-url', url, '--as-of', AS_OF]);
    const feedSeconds = Number(first.stdout.match(/complaints: written, \d+ records in \d+ files? \(\d+ bytes\) in (\S+) s/)[1]);
    const c = dirBytes(out, 'complaints');
    const q = dirBytes(out, 'queues');
    rows.push(`| ${label} | ${fmt(complaints)} | ${load.seconds.toFixed(1)} s | ${first.seconds.toFixed(2)} s | ${fmt(Math.round(complaints / feedSeconds))} | ${first.mib.toFixed(0)} MiB | ${again.seconds.toFixed(2)} s | ${mib(c.bytes)} in ${c.files} page${c.files === 1 ? '' : 's'} | ${mib(q.bytes)} |`);
    fs.rmSync(out, { recursive: true, force: true });
  }
} finally {
  execFileSync(path.join(ROOT, 'scripts/pg-cluster.sh'), ['stop', dir]);
}

process.stdout.write(`## Feed producer (PostgreSQL)

\`dasbor-feed export\` (release build) on a throwaway PostgreSQL ${execFileSync('psql', ['--version'], { encoding: 'utf8' }).match(/\d+\.\d+/)[0]} cluster on this machine, reading the example source views of docs/connect/ and writing all five feeds (complaints in pages of 50,000). *Load* is \`dasbor-data load\` (generate, then COPY into the example tables, keys and indexes). *Complaints rows/s* is the complaints feed's records over its own time (read through the cursor, checked, written). *Again* is a second run on unchanged data: every feed is read and checked, nothing is rewritten. Peak memory is the producer's resident set.

| data set | complaints | load | export, all feeds | complaints rows/s | peak memory | again (unchanged) | complaints feed | queues feed |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`);
