import { chromium } from 'playwright-core';
import { measurePage } from './bench/page-weight.ts';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
const site = process.argv[2] ?? 'dist';
const paths = process.argv.slice(3);
const { server, url } = await serveDirectory(site);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const p of paths) {
  const w = await measurePage(browser, url, site, p, p);
  console.log(p, (w.total.gzip / 1000).toFixed(1), 'kB', 'js', (w.js.gzip / 1000).toFixed(1), w.islands.join(','));
  for (const t of w.topJs.slice(0, 8)) console.log('   ', t.path, (t.gzip / 1000).toFixed(1));
}
await browser.close();
server.close();
