import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launch, seriousViolations, site, violationsInSchemes, watchErrors } from './support/browser.ts';
import { encodeCaseFragment } from '../../src/domain/case-editor/case-link.ts';
import { codingExerciseSchema } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { codingCaseProblems } from '../../src/domain/content/coding-case-checks.ts';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const NOTE = [
  'Office visit, established patient.',
  'A 34-year-old woman rolled her right ankle stepping off a curb yesterday while walking her dog on the sidewalk.',
  'She has pain and swelling over the outside of the ankle and can bear weight with a limp.',
  'Exam: tenderness over the anterior talofibular ligament, no bony tenderness at the malleoli or the base of the fifth metatarsal.',
  'Assessment: sprain of the anterior talofibular ligament of the right ankle, initial encounter.',
  'Plan: rest, ice and elevation; return in two weeks if not better.',
].join('\n');
const FEEDBACK = 'The note names the ligament (anterior talofibular): the unspecified-ligament code is not specific enough.';

async function openEditor(page: Page): Promise<void> {
  await page.goto(site('/teach/editor/'), { waitUntil: 'networkidle' });
  await page.getByLabel('Title', { exact: true }).waitFor();
}

const checksStatus = (page: Page) => page.locator('.checks .checks-status');

/** Fills everything but the answer key and the mistake, as an instructor would type it. */
async function fillCaseDetails(page: Page): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill('Ankle sprain, named ligament');
  await page.getByLabel('File name (id)').fill('editor-e2e-ankle-sprain');
  await page.getByLabel('One-line summary').fill('A right ankle sprain coded to the ligament the note names.');
  await page.getByLabel('Topic tags').fill('injuries, seventh-character');
  await page.getByLabel('Date of service').fill('2026-10-22');
  await page.getByLabel('Patient sex').selectOption('female');
  await page.getByLabel('Patient age').fill('34');
  await page.getByLabel('Encounter note').fill(NOTE);
  await page.getByLabel('Walk-through of the answer').fill('The Index leads from Sprain, ankle, talofibular ligament to specified ligament NEC, S93.49-. Right ankle, active treatment: S93.491A.');
  await page.getByLabel('Guideline sections cited').fill('I.B.1, I.C.19.a');
}

/** Presses `key` (Tab by default) until the focused control's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 15; i += 1) {
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    if (name.test(label)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`no control named ${String(name)} within 15 presses of ${key}`);
}

describe('case editor', () => {
  test('an instructor writes a case, sees a header code caught with its fix, tries it, downloads a valid YAML file and shares it as a link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openEditor(page);
    await fillCaseDetails(page);

    // The real code via the live lookup (the search students use beside an exercise).
    await page.getByLabel(/Search by words or code/).fill('sprain talofibular');
    await page.getByRole('button', { name: /^Choose a code under S93\.49 / }).click();
    await page.getByRole('button', { name: /^Choose a code under S93\.491 / }).click();
    await page.getByRole('button', { name: /^Add S93\.491A/ }).click();
    await expect(page.getByLabel('Diagnosis 1 code').inputValue()).resolves.toBe('S93.491A');
    await page.getByLabel('Why diagnosis 1 is right').fill('Index: Sprain, ankle, talofibular ligament, see specified ligament NEC: S93.49-; right, initial encounter.');

    // A header typed by hand is caught against the code set of the date of service, with the fix.
    const addDx = page.getByLabel('Type a diagnosis code to add');
    await addDx.fill('S93.49');
    await addDx.press('Enter');
    const headerFix = 'S93.49 is a category or subcategory header in ICD-10-CM FY2027, not billable on 2026-10-22. Fix: pick the complete code under it';
    await page.locator('#ce-answer-diagnoses-1-code-problems').getByText(headerFix).waitFor();
    await expect(page.locator('.problem-list').textContent()).resolves.toContain(headerFix);
    expect(await page.getByLabel('Diagnosis 2 code').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    // Fix it: remove the header; write the mistake and its feedback.
    await page.getByRole('button', { name: 'Remove diagnosis 2' }).click();
    await page.getByLabel('The wrong code the student reports').fill('S93.401A');
    await page.getByLabel('Instead of key code (optional)').fill('S93.491A');
    await page.getByLabel('Feedback for mistake 1').fill(FEEDBACK);
    await expect.poll(() => checksStatus(page).textContent(), { timeout: 20_000 }).toContain('No problems');

    // Test-grade an attempt with the real grader: the student's view, score and feedback.
    await page.getByRole('button', { name: 'Try it as a student' }).click();
    const preview = page.locator('.preview');
    await preview.getByLabel('Add a diagnosis code').fill('S93.401A');
    await preview.getByLabel('Add a diagnosis code').press('Enter');
    await preview.getByRole('button', { name: 'Check my codes' }).click();
    await expect(preview.locator('.results :is(h2, h3)').textContent()).resolves.toMatch(/Score: [\d.]+ of [\d.]+ points/);
    await expect(preview.textContent()).resolves.toContain(FEEDBACK);

    // Download the YAML file: it parses, validates with the schema and passes the author checks in Node.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download editor-e2e-ankle-sprain.yaml' }).click()]);
    expect(download.suggestedFilename()).toBe('editor-e2e-ankle-sprain.yaml');
    const text = readFileSync(await download.path(), 'utf8');
    const exercise = codingExerciseSchema.parse(parse(text));
    expect(exercise.answer.diagnoses.map((d) => d.code)).toEqual(['S93.491A']);
    expect(exercise.case.note.trim()).toBe(NOTE);
    expect(codingCaseProblems(exercise, loadCodeSetView())).toEqual([]);

    // A reload keeps the case.
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByLabel('File name (id)').inputValue()).resolves.toBe('editor-e2e-ankle-sprain');
    await expect(page.getByLabel('Diagnosis 1 code').inputValue()).resolves.toBe('S93.491A');

    // Share: the link opens the case as an exercise a student can attempt.
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const url = await page.getByLabel(/^Share link/).inputValue();
    expect(url).toMatch(/\/teach\/try\/#v1\.[A-Za-z0-9_-]+$/);
    expect(url.length).toBeLessThan(8000);
    await expect(page.locator('.share .warning').count()).resolves.toBe(0);
    const student = await context.newPage();
    const studentErrors = watchErrors(student);
    await student.goto(url, { waitUntil: 'networkidle' });
    await student.getByRole('heading', { name: 'Ankle sprain, named ligament' }).waitFor();
    await expect(student.locator('.note').textContent()).resolves.toContain('anterior talofibular ligament');
    await student.getByLabel('Add a diagnosis code').fill('s93491a');
    await student.getByLabel('Add a diagnosis code').press('Enter');
    await student.getByRole('button', { name: 'Check my codes' }).click();
    await expect(student.locator('.results :is(h2, h3)').textContent()).resolves.toMatch(/^Score: (\d+) of \1 points$/);
    expect(await seriousViolations(student)).toEqual([]);
    expect([...errors, ...studentErrors]).toEqual([]);
    await context.close();
  });

  test('a damaged or empty share link says what to do instead of showing a blank page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site('/teach/try/#v1.AAAAAAAAAA'), { waitUntil: 'networkidle' });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/damaged or incomplete.*copied in full/);
    await page.goto(site('/teach/try/#v1.not*base64'), { waitUntil: 'networkidle' });
    // Same page, new fragment: the page reads the link again on hashchange.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This link is damaged');
    // Well packed, but not a case: the schema's problems are listed instead of a broken exercise.
    await page.goto(site(`/teach/try/#${await encodeCaseFragment({ id: 'not-a-case', title: 'A' })}`), { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/format problems.*summary: is required but missing/);
    await page.goto(site('/teach/try/'), { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.try-message').textContent()).toContain('this link has no case in it');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  test('the empty editor is axe clean in light and dark', async () => {
    expect(await violationsInSchemes(browser, '/teach/editor/')).toEqual([]);
  });

  test('a case too long for a link gets a warning with the way out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await openEditor(page);
    await fillCaseDetails(page);
    await page.getByLabel('Type a diagnosis code to add').fill('S93.491A');
    await page.getByLabel('Type a diagnosis code to add').press('Enter');
    await page.getByLabel('Why diagnosis 1 is right').fill('Index: Sprain, ankle, talofibular ligament, see specified ligament NEC: S93.49-.');
    await page.getByLabel('The wrong code the student reports').fill('S93.401A');
    await page.getByLabel('Feedback for mistake 1').fill(FEEDBACK);
    // A note that compresses badly: 2,500 distinct made-up words.
    const words = Array.from({ length: 2500 }, (_, i) => (i * 7919).toString(36) + (i * 104729).toString(36)).join(' ');
    await page.getByLabel('Encounter note').fill(`${NOTE}\n${words}`);
    await expect.poll(() => checksStatus(page).textContent(), { timeout: 20_000 }).toContain('No problems');
    await page.getByRole('button', { name: 'Make a share link' }).click();
    await expect(page.locator('.share .warning').textContent()).resolves.toMatch(/characters long.*share the YAML file instead/);
    await page.close();
  });

  test('keyboard only: pick a code from the search, follow a problem to its field, fix it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await openEditor(page);
    await page.getByLabel('Date of service').fill('2026-10-22');
    const search = page.getByLabel(/Search by words or code/);
    await search.focus();
    await page.keyboard.type('sprain talofibular');
    await page.getByRole('button', { name: /^Choose a code under S93\.49 / }).waitFor();
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Choose a code under S93\.49 /, 'ArrowDown');
    await page.keyboard.press('Enter');
    // The codes under the header load, then focus moves into them; Tab walks from there.
    await page.getByRole('button', { name: /^Choose a code under S93\.491 / }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('.header-choices') !== null);
    await tabTo(page, /^Choose a code under S93\.491 /);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Add S93\.491A/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('.header-choices') !== null);
    await tabTo(page, /^Add S93\.491A/);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Diagnosis 1 code').inputValue()).resolves.toBe('S93.491A');

    // Make the code a header, then reach the problem from the Checks list with the keyboard.
    await page.getByLabel('Diagnosis 1 code').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    const link = page.locator('.problem-list a', { hasText: 'Answer key, diagnosis 1: code' });
    await link.waitFor({ timeout: 20_000 });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('ce-answer-diagnoses-0-code');
    await page.keyboard.type('1A');
    await expect.poll(() => page.locator('#ce-answer-diagnoses-0-code-problems').count(), { timeout: 20_000 }).toBe(0);
    await page.close();
  });
});

describe('claim case editor', () => {
  test('an instructor edits a claim case as YAML, sees a typo named with its fix, tries it, downloads it as typed and shares it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/teach/editor/claim/'), { waitUntil: 'networkidle' });
    await page.getByLabel('File name (id)').fill('editor-e2e-claim');
    const file = page.getByLabel('Case file');
    const starter = await file.inputValue();
    await file.fill(starter.replace(/^title: .*$/m, 'titel: "Diabetes and hypertension visit, my version"'));
    await expect.poll(() => page.locator('.problem-list').textContent(), { timeout: 20_000 }).toContain('content/exercises/claims/editor-e2e-claim.yaml: titel: unknown key "titel". Hint: did you mean "title"?');
    expect(await seriousViolations(page)).toEqual([]);

    const fixed = starter.replace(/^title: .*$/m, 'title: "Diabetes and hypertension visit, my version"');
    await file.fill(fixed);
    await expect.poll(() => page.locator('.checks .checks-status').textContent(), { timeout: 20_000 }).toContain('No problems');
    await page.getByRole('button', { name: 'Try it as a student' }).click();
    await page.locator('.preview').getByRole('button', { name: 'Scrub' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download editor-e2e-claim.yaml' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(fixed);

    await page.getByRole('button', { name: 'Make a share link' }).click();
    const url = await page.getByLabel(/^Share link/).inputValue();
    const student = await context.newPage();
    await student.goto(url, { waitUntil: 'networkidle' });
    await student.getByRole('heading', { name: 'Diabetes and hypertension visit, my version' }).waitFor();
    await student.getByRole('button', { name: 'Scrub' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
