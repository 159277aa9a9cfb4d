// Where the wasm's bytes go: the release build's wasm (from `cargo build --release`, which Trunk
// ran) through wasm-bindgen and wasm-opt -Oz with names kept, then twiggy (`cargo install twiggy
// --version 0.8.0`). Prints Markdown: the top 20 by crate and the top 20 functions and data
// segments, post-optimisation bytes (the shipped file has the same code without the names).
// Usage: node bench/size-attribution.mjs [path/to/dasbor.wasm]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../tests/e2e/helpers.mjs';

const wasm = process.argv[2] || path.join(ROOT, 'target/wasm32-unknown-unknown/release/dasbor.wasm');
const home = os.homedir();
const tool = (name) => [path.join(home, '.cargo/bin', name), path.join(ROOT, 'node_modules/.bin', name)].find((p) => fs.existsSync(p)) || name;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dasbor-size-'));
execFileSync(tool('wasm-bindgen'), ['--target', 'web', '--out-dir', work, wasm]);
const params = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8').match(/data-wasm-opt-params="([^"]*)"/)[1].split(/\s+/);
const named = path.join(work, 'named.wasm');
execFileSync(tool('wasm-opt'), ['-Oz', '-g', ...params, path.join(work, path.basename(wasm).replace(/\.wasm$/, '_bg.wasm')), '-o', named]);
const csv = execFileSync(tool('twiggy'), ['top', '-n', '1000000', '--format', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
fs.rmSync(work, { recursive: true, force: true });

const rows = csv.trim().split('\n').slice(1).map((line) => {
  const m = line.match(/^(.*),(\d+),[\d.]+,[^,]*,[^,]*$/);
  return { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), bytes: Number(m[2]) };
}).filter((r) => !r.name.includes('function names') && !r.name.startsWith('custom section'));
const total = rows.reduce((a, r) => a + r.bytes, 0);

/** The crate a symbol belongs to; our own code by module (`dasbor::views::pages`). */
function crate(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables)';
  const m = name.replace(/^[<&\s]*(dyn |mut )*/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?(::([a-z_]+))?(::([a-z_]+))?/);
  if (!m) return 'other';
  if (m[1] !== 'dasbor') return m[1];
  return ['views', 'analytics', 'present', 'model', 'charts', 'sources'].includes(m[4]) && m[6] ? `dasbor::${m[4]}::${m[6]}` : `dasbor::${m[4] ?? ''}`;
}
const byCrate = new Map();
for (const r of rows) byCrate.set(crate(r.name), (byCrate.get(crate(r.name)) || 0) + r.bytes);
const kib = (b) => (b / 1024).toFixed(1);
const pct = (b) => `${((100 * b) / total).toFixed(1)}%`;
const short = (n) => n.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|').slice(0, 110);
const crates = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20);
process.stdout.write(`Code and data ${kib(total)} KiB after wasm-opt (names excluded). Yew's generic component code (\`CompStateInner<COMP>::view\`) is where our \`html!\` ends up after inlining.

| crate or module | KiB | share |
|---|---:|---:|
${crates.map(([c, b]) => `| \`${c}\` | ${kib(b)} | ${pct(b)} |`).join('\n')}

| function or segment | bytes |
|---|---:|
${rows.slice(0, 20).map((r) => `| \`${short(r.name)}\` | ${r.bytes.toLocaleString('en-US')} |`).join('\n')}
`);
