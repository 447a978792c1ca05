import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, site, violationsInSchemes, watchErrors } from './support/browser.ts';
import { passLessonQuiz } from './support/lesson-quiz.ts';

const KEY = 'claimlab:progress';
const BACKUP_KEY = 'claimlab:progress-backup';
const LESSON = '/learn/foundations/coding-vs-billing/';
const LESSON_ID = 'foundations/coding-vs-billing';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/**
 * Clicks "Mark lesson complete". It sits at the end of the lesson and hydrates client:visible, so
 * it is scrolled into view first; the click then waits until the hydrated button is enabled.
 */
async function markLessonComplete(page: Page): Promise<void> {
  await passLessonQuiz(page);
  const button = page.getByRole('button', { name: 'Mark lesson complete' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
}

describe('progress', () => {
  test('mark a lesson complete, reload, and see it on /progress/', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    await passLessonQuiz(page);
    const button = page.getByRole('button', { name: 'Mark lesson complete' });
    // Not hydrated on first view (client:visible): disabled, so an early click is never lost.
    await expect(button.isDisabled()).resolves.toBe(true);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const done = page.getByRole('button', { name: 'Completed ✓' });
    await expect(done.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByRole('button', { name: 'Completed ✓' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}') as { lessons?: Record<string, unknown> };
    expect(Object.keys(saved.lessons ?? {})).toContain(LESSON_ID);

    await page.goto(site('/progress/'), { waitUntil: 'networkidle' });
    const foundations = page.locator('[data-module="foundations"] > span');
    await expect(foundations.textContent()).resolves.toMatch(/^1 of \d+$/);
    await expect(page.locator('main').textContent()).resolves.toContain('Completed lesson: Medical coding vs. medical billing');
    // Only exercises feed mastery: after a passed quiz the empty chart must not promise that quizzes do.
    const mastery = (await page.locator('section[aria-labelledby="dash-mastery"]').textContent()) ?? '';
    expect(mastery).toContain('after your first graded exercise');
    expect(mastery).not.toMatch(/exercise or quiz/);
    // The first lesson is done, so the next suggestion is another lesson.
    await expect(page.locator('[data-next-lesson]').getAttribute('href')).resolves.not.toBe(LESSON);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('complete a lesson and an exercise, reload, and both are kept', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    await markLessonComplete(page);
    await page.goto(site('/exercises/knee-oa-triamcinolone-injection-right/'), { waitUntil: 'networkidle' });
    const dx = page.getByLabel('Add a diagnosis code');
    await dx.fill('M17.11');
    await dx.press('Enter');
    await page.getByRole('button', { name: 'Check my codes' }).click();
    await page.locator('.results :is(h2, h3)').waitFor();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY), { timeout: 10_000 }).toContain('knee-oa-triamcinolone-injection-right');
    await page.reload({ waitUntil: 'networkidle' });
    await page.goto(site('/progress/'), { waitUntil: 'networkidle' });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Completed lesson: Medical coding vs. medical billing');
    expect(text).toMatch(/Coding exercise “Right knee osteoarthritis injection with a separate blood pressure visit”: [\d.]+ of [\d.]+ points/);
    await context.close();
  });

  test('corrupt saved progress: the page still works, says so, and offers the copy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/progress/'), { waitUntil: 'networkidle' });
    await page.evaluate((k) => localStorage.setItem(k, '{"version":3,"lessons":{"broken'), KEY);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('h1').textContent()).resolves.toBe('Your progress');
    const notice = page.locator('[data-progress-notice]');
    await expect(notice.textContent()).resolves.toContain('not readable JSON');
    const backup = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)) ?? '{}') as { raw?: string };
    expect(backup.raw).toBe('{"version":3,"lessons":{"broken');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the copy' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^claimlab-progress-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.locator('[data-module="foundations"] > span').textContent()).resolves.toMatch(/^0 of \d+$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('corrupt saved progress on a lesson page: the notice loads although no island uses the store yet', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    await expect(page.locator('[data-progress-notice]').count()).resolves.toBe(0);
    await page.evaluate((k) => localStorage.setItem(k, '{"version":3,"lessons":{"broken'), KEY);
    await page.reload({ waitUntil: 'networkidle' });
    const notice = page.locator('main [role="status"] [data-progress-notice]');
    await expect(notice.textContent()).resolves.toContain('not readable JSON');
    const backup = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)) ?? '{}') as { raw?: string };
    expect(backup.raw).toBe('{"version":3,"lessons":{"broken');
    // The copy is kept until dismissed, so the next page says so too.
    await page.goto(site('/learn/foundations/revenue-cycle/'), { waitUntil: 'networkidle' });
    await expect(notice.textContent()).resolves.toContain('not readable JSON');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload({ waitUntil: 'networkidle' });
    await expect(notice.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a save that only the full check rejects shows the notice once an island loads the store', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    // Right top-level shape (the page-wide sniff lets it through), wrong attempt inside.
    const raw = JSON.stringify({ version: 3, lessons: {}, attempts: [1], quizAnswers: {}, cards: {}, exams: [], updatedAt: '2026-11-20T15:00:00.000Z' });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw] as const);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('[data-progress-notice]').count()).resolves.toBe(0);
    // MarkComplete hydrates when scrolled into view, starts the store, which reports the trouble.
    await page.getByRole('button', { name: 'Mark lesson complete' }).scrollIntoViewIfNeeded();
    const notice = page.locator('main [role="status"] [data-progress-notice]');
    await expect(notice.textContent()).resolves.toContain('looks like ClaimLab progress (format 3) but is damaged');
    const backup = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)) ?? '{}') as { raw?: string };
    expect(backup.raw).toBe(raw);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('export, reset and import back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    await markLessonComplete(page);
    await page.goto(site('/progress/'), { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const path = await download.path();
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.locator('[data-module="foundations"] > span').textContent()).resolves.toMatch(/^0 of \d+$/);

    await page.locator('#dash-import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('[data-dash-status]').textContent(), { timeout: 10_000 }).toContain('not ClaimLab progress');
    await expect(page.locator('[data-module="foundations"] > span').textContent()).resolves.toMatch(/^0 of \d+$/);

    await page.locator('#dash-import-file').setInputFiles(path);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('[data-module="foundations"] > span').textContent(), { timeout: 10_000 }).toMatch(/^1 of \d+$/);
    await context.close();
  });

  test('review: Space shows the answer, 3 rates Good, announced in the status region', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/review/'), { waitUntil: 'networkidle' });
    const card = page.locator('[data-card-id]');
    const first = await card.getAttribute('data-card-id');
    const newBefore = Number(await page.locator('[data-count="new"]').textContent());
    expect(newBefore).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-review-answer]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('3');
    await expect(page.locator('[data-review-status]').textContent()).resolves.toMatch(/^Rated Good\. Next review in/);
    expect(await card.getAttribute('data-card-id')).not.toBe(first);
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}') as { cards?: Record<string, unknown> };
    expect(Object.keys(saved.cards ?? {})).toEqual([first]);

    // Tabbed to "Show answer" and pressed: the button goes, focus stays on the card (it fell to
    // the page), and the next Tab reaches the first rating.
    await page.getByRole('button', { name: /^Show answer/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-review-answer]').waitFor();
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-card-id'))).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Again/);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const path of ['/progress/', '/review/']) {
    test(`${path} has no serious or critical axe violations`, async () => {
      expect(await violationsInSchemes(browser, path)).toEqual([]);
    });
  }
});
