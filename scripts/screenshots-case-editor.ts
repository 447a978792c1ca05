/**
 * The two pictures of docs/teaching/case-editor.md: the editor showing a header code caught with
 * its fix, and a case opened from a share link and graded. Serves dist/ (build first), drives
 * Debian's Chromium through the editor as an instructor would, writes docs/teaching/img/.
 *
 *   npm run build && node --experimental-strip-types scripts/screenshots-case-editor.ts
 *
 * Exit status: 0 written, 1 a step failed (the message names it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { CHROMIUM, compressPng } from './screenshot-support.ts';

const OUT = resolve('docs/teaching/img');
const DIST = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist');

async function fillCase(page: Page): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill('Ankle sprain, named ligament');
  await page.getByLabel('File name (id)').fill('ankle-sprain-named-ligament');
  await page.getByLabel('One-line summary').fill('A right ankle sprain coded to the ligament the note names.');
  await page.getByLabel('Topic tags').fill('injuries, seventh-character');
  await page.getByLabel('Date of service').fill('2026-10-22');
  await page.getByLabel('Patient sex').selectOption('female');
  await page.getByLabel('Patient age').fill('34');
  await page.getByLabel('Encounter note').fill([
    'Office visit, established patient.',
    'A 34-year-old woman rolled her right ankle stepping off a curb yesterday while walking her dog.',
    'She has pain and swelling over the outside of the ankle and can bear weight with a limp.',
    'Exam: tenderness over the anterior talofibular ligament, no bony tenderness at the malleoli or the base of the fifth metatarsal.',
    'Assessment: sprain of the anterior talofibular ligament of the right ankle, initial encounter.',
    'Plan: rest, ice and elevation; return in two weeks if not better.',
  ].join('\n'));
  await page.getByLabel(/Search by words or code/).fill('sprain talofibular');
  await page.getByRole('button', { name: /^Choose a code under S93\.49 / }).click();
  await page.getByRole('button', { name: /^Choose a code under S93\.491 / }).click();
  await page.getByRole('button', { name: /^Add S93\.491A/ }).click();
  await page.getByLabel('Why diagnosis 1 is right').fill('Index: Sprain, ankle, talofibular ligament, see specified ligament NEC: S93.49-; right ankle, initial encounter (7th character A).');
  await page.getByLabel(/Search by words or code/).fill('');
  await page.getByLabel('The wrong code the student reports').fill('S93.401A');
  await page.getByLabel('Instead of key code (optional)').fill('S93.491A');
  await page.getByLabel('Feedback for mistake 1').fill('The note names the ligament (anterior talofibular): the unspecified-ligament code is not specific enough.');
  await page.getByLabel('Walk-through of the answer').fill('The Index leads from Sprain, ankle, talofibular ligament to specified ligament NEC, S93.49-. Right ankle, active treatment: 7th character A.');
  await page.getByLabel('Guideline sections cited').fill('I.B.1, I.C.19.a');
  await page.locator('.checks-status', { hasText: 'No problems' }).waitFor({ timeout: 30_000 });
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run npm run build first.');
  mkdirSync(OUT, { recursive: true });
  const { server, url } = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${url}/teach/editor/`, { waitUntil: 'networkidle' });
    await fillCase(page);

    // The validation picture: a header typed into the key, marked at its field with the fix.
    const add = page.getByLabel('Type a diagnosis code to add');
    await add.fill('S93.49');
    await add.press('Enter');
    await page.locator('#ce-answer-diagnoses-1-code-problems').waitFor({ timeout: 30_000 });
    await page.locator('#ce-answer-diagnoses-1-code').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('ce-answer-diagnoses-1-code')?.closest('li')?.scrollIntoView({ block: 'center' }));
    writeFileSync(resolve(OUT, 'case-editor-validation.png'), await compressPng(await page.screenshot({ type: 'png' })));
    console.log('screenshots: case-editor-validation.png');

    // The shared case: fix the key, make the link, open it as a student and grade an attempt.
    await page.getByRole('button', { name: 'Remove diagnosis 2' }).click();
    await page.locator('.checks-status', { hasText: 'No problems' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.getByLabel(/^Share link/).inputValue();
    const student = await context.newPage();
    await student.setViewportSize({ width: 1280, height: 1250 });
    await student.goto(link, { waitUntil: 'networkidle' });
    await student.getByLabel('Add a diagnosis code').fill('S93.401A');
    await student.getByLabel('Add a diagnosis code').press('Enter');
    await student.getByRole('button', { name: 'Check my codes' }).click();
    await student.locator('.results').waitFor();
    await student.evaluate(() => document.querySelector('main h1')?.scrollIntoView({ block: 'start' }));
    writeFileSync(resolve(OUT, 'case-editor-shared.png'), await compressPng(await student.screenshot({ type: 'png' })));
    console.log('screenshots: case-editor-shared.png');
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

main().catch((err: unknown) => {
  console.error(`screenshots: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
