/**
 * The screenshot tour: `npm run screenshots` builds the site (unless `--no-build` and dist/ exists),
 * serves dist/, opens the key pages in Debian's Chromium at desktop 1280x800 and phone 390x844,
 * in light and dark, and writes compressed PNGs and an index to docs/screenshots/.
 *
 *   npm run screenshots                 # build, then shoot
 *   npm run screenshots -- --no-build   # reuse dist/
 *
 * Exit status: 0 written, 1 a page failed to load or render (the message names it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { CHROMIUM, compressPng } from './screenshot-support.ts';

const OUT = resolve('docs/screenshots');
const DIST = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Saved progress for the pages that show it (one coding exercise done, one claim tried). */
const at = '2026-11-20T15:00:00.000Z';
const PROGRESS = JSON.stringify({
  version: 3, lessons: { 'foundations/revenue-cycle': { completedAt: at } }, quizAnswers: {}, cards: {}, exams: [], updatedAt: at,
  attempts: [
    { exerciseId: 'ankle-sprain-left-basketball', kind: 'coding', earned: 10, total: 10, at, missed: [], topics: ['injuries', 'external-causes'], certifications: ['CPC'] },
    { exerciseId: 'knee-oa-triamcinolone-injection-right', kind: 'coding', earned: 6, total: 11, at, missed: [], topics: ['musculoskeletal', 'modifiers'], certifications: ['CPC'] },
    { exerciseId: 'office-visit-diabetes-hypertension', kind: 'claim', earned: 20, total: 53, at, missed: [], topics: ['cms-1500'], certifications: ['CPB'] },
  ],
});

interface Shot {
  /** File name without extension. */
  name: string;
  /** What the picture shows, for the index. */
  caption: string;
  path: string;
  device: 'desktop' | 'phone';
  scheme: 'light' | 'dark';
  /** Brings the page to the state worth showing. */
  prepare?: (page: Page) => Promise<void>;
}

async function gradeCodingAttempt(page: Page): Promise<void> {
  for (const code of ['M17.12', '20610']) {
    const label = /^\d/.test(code) ? 'Add a CPT or HCPCS code' : 'Add a diagnosis code';
    await page.getByLabel(label).fill(code);
    await page.getByLabel(label).press('Enter');
  }
  await page.getByRole('button', { name: 'Check my codes' }).click();
  await page.locator('.results').waitFor();
  await page.locator('.results').scrollIntoViewIfNeeded();
}

async function scrubClaim(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Scrub' }).click();
  await page.locator('.cl-findings').waitFor();
  await page.locator('.cl-findings').scrollIntoViewIfNeeded();
}

/** Scrolls so `selector` is at the top of the viewport. */
const scrollTo = (selector: string) => async (page: Page): Promise<void> => {
  await page.locator(selector).first().waitFor();
  await page.locator(selector).first().evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 8));
};

const SHOTS: Shot[] = [
  { name: 'home-desktop-light', caption: 'Home page', path: '/', device: 'desktop', scheme: 'light' },
  { name: 'home-desktop-dark', caption: 'Home page, dark theme', path: '/', device: 'desktop', scheme: 'dark' },
  { name: 'home-phone-light', caption: 'Home page on a phone', path: '/', device: 'phone', scheme: 'light' },
  { name: 'lesson-desktop-light', caption: 'A lesson (ICD-10-CM guidelines)', path: '/learn/icd-10-cm/guidelines/', device: 'desktop', scheme: 'light' },
  { name: 'lesson-phone-dark', caption: 'A lesson on a phone, dark theme', path: '/learn/icd-10-cm/guidelines/', device: 'phone', scheme: 'dark' },
  { name: 'exercise-desktop-light', caption: 'Coding exercise: the case and the code search', path: '/exercises/knee-oa-triamcinolone-injection-right/', device: 'desktop', scheme: 'light' },
  { name: 'exercise-graded-desktop-dark', caption: 'Coding exercise after grading, dark theme', path: '/exercises/knee-oa-triamcinolone-injection-right/', device: 'desktop', scheme: 'dark', prepare: gradeCodingAttempt },
  { name: 'exercise-phone-light', caption: 'Coding exercise on a phone', path: '/exercises/knee-oa-triamcinolone-injection-right/', device: 'phone', scheme: 'light' },
  { name: 'exercises-list-desktop-light', caption: 'Exercise list with done and best score', path: '/exercises/', device: 'desktop', scheme: 'light' },
  { name: 'claim-desktop-light', caption: 'CMS-1500 claim exercise with the "Jump to" list', path: '/claims/office-visit-diabetes-hypertension/', device: 'desktop', scheme: 'light', prepare: scrollTo('.cl-jump') },
  { name: 'claim-scrubbed-desktop-dark', caption: 'Claim scrubber findings (each moves focus to its box), dark theme', path: '/claims/office-visit-diabetes-hypertension/', device: 'desktop', scheme: 'dark', prepare: scrubClaim },
  { name: 'claim-phone-light', caption: 'Claim exercise on a phone: a compact service line, one blank line shown', path: '/claims/office-visit-diabetes-hypertension/', device: 'phone', scheme: 'light', prepare: scrollTo('.cl-lines') },
  { name: 'codes-desktop-light', caption: 'Code lookup: "heart attack"', path: '/codes/?q=heart%20attack', device: 'desktop', scheme: 'light' },
  { name: 'neoplasm-phone-dark', caption: 'Neoplasm Table on a phone (scroll hint, sticky header), dark theme', path: '/codes/neoplasm/', device: 'phone', scheme: 'dark', prepare: scrollTo('.table-legend') },
  { name: 'progress-phone-light', caption: 'Progress page on a phone', path: '/progress/', device: 'phone', scheme: 'light' },
];

async function main(): Promise<number> {
  if (!process.argv.includes('--no-build') || !existsSync(resolve(DIST, 'index.html'))) {
    const built = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) {
      console.error('screenshots: `astro build` failed; nothing was written.');
      return 1;
    }
  }
  const { server, url } = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(resolve(OUT, f));
  const rows: string[] = [];
  let failed = 0;
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: shot.device === 'desktop' ? DESKTOP : PHONE, colorScheme: shot.scheme, deviceScaleFactor: 1, serviceWorkers: 'block' });
      await context.addInitScript((p) => { localStorage.setItem('claimlab:progress', p); }, PROGRESS);
      const page = await context.newPage();
      try {
        await page.goto(new URL(shot.path, url).toString(), { waitUntil: 'networkidle' });
        await shot.prepare?.(page);
        await page.waitForTimeout(300);
        const png = await compressPng(await page.screenshot({ type: 'png' }));
        writeFileSync(resolve(OUT, `${shot.name}.png`), png);
        rows.push(`| ![${shot.caption}](${shot.name}.png) | ${shot.caption} | \`${shot.path}\` | ${shot.device === 'desktop' ? '1280×800' : '390×844'} | ${shot.scheme} | ${Math.round(png.length / 1000)} kB |`);
        console.log(`screenshots: ${shot.name}.png (${Math.round(png.length / 1000)} kB)`);
      } catch (e) {
        failed += 1;
        console.error(`screenshots: ${shot.path} (${shot.device}, ${shot.scheme}) failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(resolve(OUT, 'README.md'), `# Screenshot tour

What ClaimLab looks like, for reviewers who do not run it. Regenerated by \`npm run screenshots\`
(scripts/screenshots.ts): it builds the site, serves \`dist/\` and shoots each page in Debian's
Chromium at desktop 1280×800 and phone 390×844, light and dark, with a little saved progress so
progress views are not empty. Viewport-sized pictures (the top of each page, or the part a step
scrolls to), palette-compressed.

| Picture | What | Page | Size | Theme | File |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
