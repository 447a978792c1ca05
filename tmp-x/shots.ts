import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/browser.ts';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
const { server, url } = await serveDirectory(resolve('dist'));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [path, name] of [['/records/', 'records'], ['/records/breach-assessment-incident-log/', 'breach']] as const) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `tmp-x/${name}.png`, fullPage: true });
  console.log(name, await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), await page.evaluate(() => document.body.scrollHeight));
  await page.close();
}
await browser.close(); server.close();
