// Screenshots for looking at a view: `node scripts/shot.mjs URL OUT.png [width] [selector]`
// (dist/ must be built). Full page, or one element when a selector is given.
import { launch, startServer } from '../tests/e2e/helpers.mjs';

const [url, out, width = '1366', selector] = process.argv.slice(2);
const server = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
const page = await context.newPage();
await page.goto(`${server.url}${url}`);
await page.waitForSelector('canvas[data-draws]', { timeout: 30000 });
await page.waitForTimeout(800);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: !process.env.VIEWPORT });
await browser.close();
await server.close();
