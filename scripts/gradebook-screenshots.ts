/**
 * The gradebook's two pictures for docs/teaching/gradebook.md: the roster with its file notes,
 * and the item analysis. Serves the built site (run `npx astro build` first), drops the class
 * of tests/fixtures/classkit/gradebook-files.ts on /teach/gradebook/ in Debian's Chromium, and
 * writes docs/teaching/img/gradebook-roster.png and gradebook-items.png.
 *
 *   node --experimental-strip-types scripts/gradebook-screenshots.ts
 *
 * Exit status: 0 written, 1 dist/ is missing or the page did not render.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { SCREENSHOT_FILES } from '../tests/fixtures/classkit/gradebook-files.ts';
import { CHROMIUM, compressPng } from './screenshot-support.ts';

const OUT = resolve('docs/teaching/img');
const DIST = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist');

async function main(): Promise<number> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error('gradebook-screenshots: dist/index.html is missing. Run `npx astro build` first.');
    return 1;
  }
  const { server, url } = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  mkdirSync(OUT, { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    await page.goto(new URL('/teach/gradebook/', url).toString(), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    await page.getByLabel('Submission files (.json) or a .zip of them').setInputFiles(SCREENSHOT_FILES);
    await page.locator('table.gb-roster').waitFor({ timeout: 30_000 });
    await page.locator('.gb-misses details').first().evaluate((d) => d.setAttribute('open', ''));
    await page.waitForTimeout(300);
    const shots: [string, string][] = [['gradebook-roster.png', 'section:has(#gb-roster-h), .gb-notes'], ['gradebook-items.png', 'section:has(#gb-items-h)']];
    for (const [name, selector] of shots) {
      const boxes = await Promise.all((await page.locator(selector).all()).map((l) => l.boundingBox()));
      const rects = boxes.filter((b) => b !== null);
      const top = Math.min(...rects.map((b) => b.y)) - 8;
      const bottom = Math.min(Math.max(...rects.map((b) => b.y + b.height)) + 8, top + 1400);
      const png = await compressPng(await page.screenshot({ type: 'png', fullPage: true, clip: { x: 0, y: top, width: 1280, height: bottom - top } }));
      writeFileSync(resolve(OUT, name), png);
      console.log(`gradebook-screenshots: ${name} (${Math.round(png.length / 1000)} kB)`);
    }
  } catch (e) {
    console.error(`gradebook-screenshots: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return 1;
  } finally {
    await browser.close();
    server.close();
  }
  return 0;
}

process.exit(await main());
