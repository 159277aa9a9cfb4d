// The app runs under a strict Content Security Policy: no inline script but Trunk's loader (by
// hash), no eval beyond WebAssembly compilation, connections to our own origin only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, waitForOverview, useBrowserAndServer } from './helpers.mjs';

// Every end-to-end test runs under this policy (helpers.mjs); here violations are also listened for.
const env = useBrowserAndServer();

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
