import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';
import { regradeSubmission } from '../../src/domain/classkit/regrade.ts';
import { parseSubmission } from '../../src/domain/classkit/submission.ts';
import type { ItemKey } from '../../src/domain/classkit/item-keys.ts';
import type { CodingExercise } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';
import { enterKneeAnswer, KNEE_CASE } from './support/coding.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const { id: CODING_ID, title: CODING_TITLE } = KNEE_CASE;
const LESSON_ID = 'foundations/free-resources';
const LESSON_TITLE = 'Free, official resources for learning coding and billing';

describe('class assignments', () => {
  test('an instructor makes a link; a student does the work, hands in a file that regrades to the same score', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // The instructor: nothing picked gives a message, not a link.
    await page.goto(site('/teach/assign/'), { waitUntil: 'networkidle' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page.locator('.ck-problems').textContent()).resolves.toContain('Pick at least one lesson, exercise or exam.');

    await page.getByLabel('Title').fill('Week 1: a first coding case');
    await page.getByLabel('Due (your time zone)').fill('2099-12-05T23:59');
    await page.getByLabel('Passing score (%)').fill('80');
    await page.getByLabel('Class code').fill('HIM-110');
    await page.locator('summary', { hasText: 'Lessons' }).click();
    await page.getByLabel(LESSON_TITLE).check();
    await page.locator('summary', { hasText: 'Coding exercises' }).click();
    await page.getByLabel(CODING_TITLE).check();
    await page.getByRole('button', { name: 'Make the link' }).click();
    const url = await page.getByLabel('Send this link to your students').inputValue();
    expect(url).toMatch(/\/teach\/assignment\/#a=[jz][A-Za-z0-9_-]+$/);
    expect((await page.locator('.ck-made').textContent()) ?? '').toContain(CODING_TITLE);
    expect(await seriousViolations(page)).toEqual([]);

    // The student opens the link: two items, not started.
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { name: 'Week 1: a first coding case' }).count()).resolves.toBe(1);
    const row = (id: string) => page.locator(`tr[data-item="${id}"]`);
    await expect(row(`coding:${CODING_ID}`).textContent()).resolves.toContain('Not started');
    expect(await seriousViolations(page)).toEqual([]);

    // Do the coding exercise from the assignment's link, right answer.
    await row(`coding:${CODING_ID}`).getByRole('link').click();
    await page.getByLabel('Add a diagnosis code').waitFor();
    await page.waitForLoadState('networkidle');
    await enterKneeAnswer(page, ['M17.11', 'I10']);
    await page.getByRole('button', { name: 'Check my codes' }).click();
    const [, earned, total] = /Score: ([\d.]+) of ([\d.]+)/.exec((await page.locator('.results :is(h2, h3)').textContent()) ?? '') ?? [];
    expect(earned).toBe(total);

    // Back to the assignment: the coding item is done, the lesson is not.
    await page.goBack({ waitUntil: 'networkidle' });
    await expect.poll(() => row(`coding:${CODING_ID}`).textContent()).toContain(`Done · ${earned} of ${total} points`);
    await expect(row(`lesson:${LESSON_ID}`).textContent()).resolves.toContain('Not started');

    // No name, no file; then the file, named after the assignment and the student.
    await page.getByRole('button', { name: 'Make submission file' }).click();
    await expect(page.locator('.ck-submit [role="status"]').textContent()).resolves.toContain('Type your name or student ID first');
    await page.getByLabel('Your name or student ID').fill('Zoë O\'Brien #42');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make submission file' }).click()]);
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^claimlab-submission-[a-z0-9]{12}-zoe-o-brien-42\.json$/);
    const text = await readFile((await download.path())!, 'utf8');

    // The gradebook's side: parse, then regrade with the key the site serves for regrading.
    const parsed = parseSubmission(text, fileName);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.submission.student).toBe('Zoë O\'Brien #42');
    const exercise = (await (await fetch(site(`/teach/grading/coding/${CODING_ID}.json`))).json()) as CodingExercise;
    const keys = new Map<string, ItemKey>([
      [`coding:${CODING_ID}`, { kind: 'coding', title: CODING_TITLE, exercise, codes: loadCodeSetView() }],
      [`lesson:${LESSON_ID}`, { kind: 'lesson', title: LESSON_TITLE }],
    ]);
    const graded = regradeSubmission(parsed.submission, keys, fileName);
    expect(graded.items.map((i) => [i.item.kind, i.earned, i.total])).toEqual([
      ['lesson', 0, 1],
      ['coding', Number(earned), Number(total)],
    ]);
    expect(graded.late).toBe(false);

    // A score edited in the file changes nothing.
    const tampered = JSON.parse(text) as { items: { earned?: number }[] };
    for (const item of tampered.items) item.earned = 999;
    const again = parseSubmission(JSON.stringify(tampered), fileName);
    if (!again.ok) throw new Error(again.message);
    expect(regradeSubmission(again.submission, keys, fileName).earned).toBe(graded.earned);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Tab through the due date reaches its calendar button with a visible focus ring (the box once showed none there)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site('/teach/assign/'), { waitUntil: 'networkidle' });
    const due = page.getByLabel('Due (your time zone)');
    await due.focus();
    // Month, day, year, hour, minute, AM/PM, then the calendar button: all inside the one box.
    const rings: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      rings.push(await due.evaluate((el) => (el === document.activeElement ? getComputedStyle(el).outlineStyle : 'left the box')));
    }
    expect(rings.at(-1)).toBe('solid');
    expect(rings.every((r) => r === 'solid')).toBe(true);
    await context.close();
  });

  test('a link that cannot be made puts each message beside its field, marks the field, takes focus to the first, and drops a message once its field is put right', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/teach/assign/'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Make the link' }).focus();
    await page.keyboard.press('Enter');

    const title = page.getByLabel('Title');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    // Read out with the field (aria-describedby), and drawn right under it rather than below the whole list of work.
    const message = await title.evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
      const note = ids.map((id) => document.getElementById(id)).find((n) => n !== null);
      return { text: note?.textContent, gap: note ? note.getBoundingClientRect().top - el.getBoundingClientRect().bottom : Infinity };
    });
    expect(message.text).toBe('Give the assignment a title.');
    expect(message.gap).toBeGreaterThanOrEqual(0);
    expect(message.gap).toBeLessThan(40);
    const due = page.getByLabel('Due (your time zone)');
    await expect(due.getAttribute('aria-invalid')).resolves.toBe('true');
    const work = page.getByRole('group', { name: /^The work/ });
    await expect(work.textContent()).resolves.toContain('Pick at least one lesson, exercise or exam.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.type('Week 1');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBeNull();
    await expect(page.locator('.ck-field-error', { hasText: 'Give the assignment a title.' }).count()).resolves.toBe(0);
    await expect(page.locator('.ck-problems').textContent()).resolves.not.toContain('Give the assignment a title.');
    await expect(due.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a damaged link says so instead of failing', async () => {
    const page = await browser.newPage();
    await page.goto(site('/teach/assignment/#a=zAAAA'), { waitUntil: 'networkidle' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This assignment link is damaged');
    await page.goto(site('/teach/assignment/'), { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('has no assignment in it');
    await page.close();
  });
});
