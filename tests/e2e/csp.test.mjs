// The app runs under a strict Content Security Policy: no inline script but Trunk's loader (by
// hash), no eval beyond WebAssembly compilation, connections to our own origin only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { open, waitForOverview, DIST, useBrowserAndServer } from './helpers.mjs';

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

const env = useBrowserAndServer({ headers: { 'Content-Security-Policy': policy() } });

test('the overview renders under the strict policy with no violation', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}/`);
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await waitForOverview(page);
  await page.click('button:has-text("Tema gelap")');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await context.close();
});
