// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1 and drive Debian's Chromium
// with playwright-core (which never downloads a browser).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'tests/e2e/output');

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
}

/** The policy for this build: README "Deploying" documents the same. */
export function policy() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((body) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** Serves dist/ under the strict Content Security Policy that README documents. */
export async function startServer(options = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `make dist` first');
  return serve(DIST, { ...options, headers: { 'Content-Security-Policy': policy(), ...(options.headers || {}) } });
}

/** The figures the overview must show, computed natively by the same analytics code. */
export function expectedFigures(args = []) {
  const bin = process.env.DASBOR_DATA_BIN || path.join(ROOT, 'target/debug/dasbor-data');
  const out = execFileSync(bin, ['figures', '--static', path.join(ROOT, 'static'), ...args], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Opens a page and collects console errors and page errors. */
export async function open(browser, url, { width = 1920, height = 1080, scale = 1, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, bypassCSP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, context, errors };
}

export async function waitForOverview(page) {
  await page.waitForSelector('.kpi-value');
  await page.waitForSelector('[data-panel=dimensions] canvas[data-draws]');
  // Wait until every feed has answered (no "loading" dot left).
  await page.waitForFunction(() => document.querySelectorAll('.feed.loading').length === 0);
}

export async function screenshot(page, name) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, name) });
}

/** Share of canvas pixels that differ from the panel background, and distinct colours. */
export async function canvasInk(page, selector) {
  return page.$eval(selector, (canvas) => {
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const bg = [data[0], data[1], data[2]];
    let ink = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) ink++;
      if (i % 400 === 0) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    }
    return { ink: ink / (data.length / 4), colours: colours.size, width: canvas.width, clientWidth: canvas.clientWidth };
  });
}

/**
 * One browser and one server for a test file, started before its tests and closed after them.
 * Read them as `env.browser` and `env.server` inside tests.
 */
export function useBrowserAndServer(serverOptions) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await startServer(serverOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Serves `static/config.json` changed by `change` instead of the file. */
export function serveConfig(server, change) {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'static/config.json'), 'utf8'));
  change(config);
  server.overrides.set('/config.json', (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(config)));
}

/** Resolves once `condition()` (checked in this process, every 50 ms) holds; fails after `timeout` ms. */
export async function until(condition, what, timeout = 15000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
