import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
const { server, url } = await serveDirectory('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const paths = ['/billing/denials/commercial-bundling/', '/billing/secondary/medigap-send-claim/', '/billing/denials/commercial-site-of-service/', '/billing/secondary/msp-employer-plan-pays-first/'];
for (const p of paths) {
  for (const wait of [0, 1500]) {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(url + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(wait);
    const res = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    const bad = res.violations.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes.slice(0,2).map((n) => `${n.target.join(' ')} ${n.any[0]?.message?.slice(0,160)}`));
    console.log(p, wait, bad.length ? bad.join('; ') : 'clean');
    await ctx.close();
  }
}
await browser.close(); server.close();
