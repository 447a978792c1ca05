/**
 * The picture in docs/teaching/lms.md: a SCORM package of the `modifiers` quiz running in the
 * stand-in LMS of the browser tests (scorm-again as the LMS side), after a learner answered three
 * questions (one wrongly) and submitted. Uses Debian's Chromium (CHROMIUM_PATH to override) and sharp, as
 * scripts/screenshots.ts does.
 *
 *   node --experimental-strip-types scripts/lms-screenshot.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../src/data/code-set-node.ts';
import { buildScormPackage } from './lib/scorm-build.ts';
import { serveScormHost } from '../tests/e2e/support/scorm-host.ts';

const OUT = resolve(REPO_ROOT, 'docs/teaching/img/scorm-package-in-lms.png');
const built = await buildScormPackage(REPO_ROOT, { ids: ['modifiers'], passMark: 70 });
const { server, url } = await serveScormHost(built.files);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(`${url}/lms/host.html`, { waitUntil: 'networkidle' });
  const frame = page.frame({ url: /\/lms\/pkg\/index\.html$/ });
  if (!frame) throw new Error('the package frame did not load');
  await frame.locator('[id="q-modifiers/q2-a"]').check();
  await frame.locator('[id="q-modifiers/q3-b"]').check();
  await frame.locator('[id="q-modifiers/q6-answer"]').fill('1');
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await frame.getByText(/^Your score:/).waitFor();
  await frame.locator('[id="q-modifiers/q6-answer"]').evaluate((el) => el.closest('fieldset')?.scrollIntoView({ block: 'start' }));
  const png = await page.screenshot({ type: 'png' });
  const { default: sharp } = await import('sharp');
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  writeFileSync(OUT, await sharp(png).png({ palette: true, quality: 85, compressionLevel: 9, effort: 8 }).toBuffer());
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
