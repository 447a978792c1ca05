/**
 * Screenshots for docs/teaching/assignments.md: the assignment builder with a link made, and the
 * student's view of that link with one item done. Serves the built site (run `npx astro build`
 * first) and shoots in Debian's Chromium at 1280x900, light scheme, like scripts/screenshots.ts.
 *
 *   node --experimental-strip-types scripts/teaching-screenshots.ts
 *
 * Exit status: 0 written, 1 the site is not built or a page failed (the message says which).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { CHROMIUM, compressPng } from './screenshot-support.ts';

const OUT = resolve('docs/teaching/img');
const DIST = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist');
const at = '2026-11-28T15:00:00.000Z';

/** One coding exercise graded at full marks, with its answer kept for the submission file. */
const PROGRESS = JSON.stringify({
  version: 3, lessons: {}, quizAnswers: {}, cards: {}, exams: [], updatedAt: at,
  attempts: [{ exerciseId: 'knee-oa-triamcinolone-injection-right', kind: 'coding', earned: 11, total: 11, at, missed: [], topics: [], certifications: [] }],
});
const ANSWERS = JSON.stringify({
  version: 1,
  answers: {
    'knee-oa-triamcinolone-injection-right': {
      kind: 'coding', at, earned: 11, total: 11,
      answer: { diagnoses: ['M17.11', 'I10'], lines: [{ code: '20610', modifiers: ['RT'], units: 1 }, { code: 'J3301', modifiers: [], units: 4 }, { code: '99214', modifiers: ['25'], units: 1 }] },
    },
  },
});

async function build(page: Page): Promise<string> {
  await page.getByLabel('Title').fill('Week 3: a first coding case');
  await page.getByLabel('Due (your time zone)').fill('2026-12-05T23:59');
  await page.getByLabel('Passing score (%)').fill('80');
  await page.getByLabel('Class code').fill('HIM-110');
  await page.locator('summary', { hasText: 'Lessons' }).click();
  await page.getByLabel('Free, official resources for learning coding and billing').check();
  await page.locator('summary', { hasText: 'Lessons' }).click();
  await page.locator('summary', { hasText: 'Coding exercises' }).click();
  await page.getByLabel('Right knee osteoarthritis injection with a separate blood pressure visit').check();
  await page.locator('summary', { hasText: 'Coding exercises' }).click();
  await page.getByRole('button', { name: 'Make the link' }).click();
  return page.getByLabel('Send this link to your students').inputValue();
}

async function main(): Promise<number> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error('teaching-screenshots: dist/ is not built; run `npx astro build` first.');
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const { server, url } = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1, serviceWorkers: 'block' });
    await context.addInitScript(([p, a]) => {
      localStorage.setItem('claimlab:progress', p);
      localStorage.setItem('claimlab:assignments', a);
    }, [PROGRESS, ANSWERS] as const);
    const page = await context.newPage();
    await page.goto(new URL('/teach/assign/', url).toString(), { waitUntil: 'networkidle' });
    const link = await build(page);
    await page.waitForTimeout(300);
    writeFileSync(resolve(OUT, 'assign-page.png'), await compressPng(await page.screenshot({ type: 'png', fullPage: true })));
    await page.goto(link.replace(/^https?:\/\/[^/]+/, url.replace(/\/$/, '')), { waitUntil: 'networkidle' });
    await page.getByLabel('Your name or student ID').fill('Zoë O\'Brien');
    await page.waitForTimeout(300);
    writeFileSync(resolve(OUT, 'student-view.png'), await compressPng(await page.screenshot({ type: 'png', fullPage: true })));
    await context.close();
    console.log('teaching-screenshots: wrote docs/teaching/img/assign-page.png and student-view.png');
    return 0;
  } catch (e) {
    console.error(`teaching-screenshots: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return 1;
  } finally {
    await browser.close();
    server.close();
  }
}

process.exit(await main());
