import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, site, watchErrors } from './support/browser.ts';
import { passLessonQuiz } from './support/lesson-quiz.ts';

/** Storage rules in the browser: drafts survive a reload, bad files and full storage lose nothing (docs/storage.md). */

const PROGRESS_KEY = 'claimlab:progress';
const DRAFTS_KEY = 'claimlab:drafts';
const CODING = 'knee-oa-triamcinolone-injection-right';
const CLAIM = 'office-visit-diabetes-hypertension';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function open(path: string, ready: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site(path), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: ready }).waitFor();
  return { page, errors };
}

const draftOf = (page: Page, id: string) => page.evaluate(([k, i]) => (JSON.parse(localStorage.getItem(k) ?? '{"drafts":{}}') as { drafts: Record<string, unknown> }).drafts[i] ?? null, [DRAFTS_KEY, id] as const);

describe('exercise drafts', () => {
  test('reload restores a coding draft with a note; Start over clears it', async () => {
    const { page, errors } = await open(`/exercises/${CODING}/`, 'Check my codes');
    const dx = page.getByLabel('Add a diagnosis code');
    await dx.fill('M17.11');
    await dx.press('Enter');
    const line = page.getByLabel('Add a CPT or HCPCS code');
    await line.fill('20610');
    await line.press('Enter');
    await page.getByLabel('Modifiers').first().fill('RT');
    await expect.poll(() => draftOf(page, CODING), { timeout: 10_000 }).toMatchObject({ data: { diagnoses: ['M17.11'], lines: [{ code: '20610', modifiers: 'RT' }] } });

    await page.reload({ waitUntil: 'networkidle' });
    const note = page.locator('[data-draft-note]');
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toMatch(/^Restored your draft from .+\d/);
    await expect(page.locator('.dx-list').textContent()).resolves.toContain('M17.11');
    await expect(page.getByLabel('Modifiers').first().inputValue()).resolves.toBe('RT');

    await note.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => page.locator('.dx-list').count(), { timeout: 10_000 }).toBe(0);
    expect(await draftOf(page, CODING)).toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Check my codes' }).waitFor();
    await expect(page.locator('[data-draft-note]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('reload restores a half-filled claim, even right after typing', async () => {
    const { page, errors } = await open(`/claims/${CLAIM}/`, 'Scrub');
    await page.getByLabel('21A', { exact: true }).fill('E11.65');
    await page.getByLabel('1a Insured\'s ID number').fill('1EG4TE5MK73');
    // No wait: leaving the page saves at once.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByLabel('21A', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('E11.65');
    await expect(page.getByLabel('1a Insured\'s ID number').inputValue()).resolves.toBe('1EG4TE5MK73');
    await expect(page.locator('[data-draft-note]').textContent()).resolves.toMatch(/Restored your draft from/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('loading a claim file', () => {
  const file = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

  test('numbers in text fields are read per box, extra lines are reported, and the page still scrubs, grades and saves', async () => {
    const { page, errors } = await open(`/claims/${CLAIM}/`, 'Scrub');
    const lines = Array.from({ length: 8 }, (_, i) => ({ from: '2026-11-02', procedure: i === 0 ? 99214 : '99213', modifiers: [25], pointers: [1], charge: 125, units: 1 }));
    await page.getByLabel('Load claim (JSON)').setInputFiles(file('bad.json', { diagnoses: [250, 'I10'], lines, colour: 'green' }));
    const notes = page.locator('[data-claim-file-notes]');
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toContain('(lines[0].modifiers[0]): 25 was read as "25".');
    const text = (await notes.textContent()) ?? '';
    expect(text).toContain('(lines[0].pointers[0]): 1 was read as "1".');
    expect(text).toContain('(diagnoses[0]): 250 was read as "250".');
    expect(text).toContain('The file has 8 service lines; the form has 6, so lines 7 to 8 were not loaded.');
    expect(text).toContain('colour is not a box on this form; not loaded.');
    await expect(page.getByLabel('24D Modifier 1').first().inputValue()).resolves.toBe('25');

    await page.getByRole('button', { name: 'Scrub' }).click();
    await expect.poll(() => page.locator('.cl-status').textContent(), { timeout: 20_000 }).toMatch(/^Scrubber/);
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await expect.poll(() => page.locator('.cl-status').textContent(), { timeout: 20_000 }).toMatch(/^(Score|The claim could not be graded)/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save claim (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${CLAIM}-claim.json`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a file saved from another exercise asks before replacing the claim', async () => {
    const { page } = await open(`/claims/${CLAIM}/`, 'Scrub');
    await page.getByLabel('21A', { exact: true }).fill('E11.65');
    const other = file('other.json', { format: 'claimlab-claim', exerciseId: 'some-other-case', savedAt: '2026-11-20T10:00:00.000Z', claim: { diagnoses: ['J06.9'] } });
    await page.getByLabel('Load claim (JSON)').setInputFiles(other);
    await expect.poll(() => page.locator('.cl-status').textContent(), { timeout: 10_000 }).toContain('saved from another exercise (some-other-case)');
    await expect(page.getByLabel('21A', { exact: true }).inputValue()).resolves.toBe('E11.65');
    await page.getByRole('button', { name: 'Keep my claim' }).click();
    await expect(page.getByLabel('21A', { exact: true }).inputValue()).resolves.toBe('E11.65');

    await page.getByLabel('Load claim (JSON)').setInputFiles([]);
    await page.getByLabel('Load claim (JSON)').setInputFiles(other);
    await page.getByRole('button', { name: 'Replace my claim with other.json' }).click();
    await expect.poll(() => page.getByLabel('21A', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('J06.9');
    await page.context().close();
  });
});

describe('progress storage', () => {
  test('corrupt progress with storage full: the page renders, the save is untouched and offered as a download', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/progress/'), { waitUntil: 'networkidle' });
    // Large enough that a copy does not fit, while empty progress would fit in its place.
    const broken = `{"version":3,"lessons":{"broken${'x'.repeat(3000)}`;
    await page.evaluate(([k, raw]) => {
      localStorage.setItem(k, raw);
      // Fill the origin's storage to the last few characters.
      let i = 0;
      for (let size = 1 << 20; size >= 8; ) {
        try {
          localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
          i += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
    }, [PROGRESS_KEY, broken] as const);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('h1').textContent()).resolves.toBe('Your progress');
    const notice = page.locator('[data-progress-notice]');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('could not keep a copy');
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(broken);
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the copy' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^claimlab-progress-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(notice.getByRole('button', { name: 'Start fresh' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a tab left open does not overwrite a newer save from another tab', async () => {
    const context = await browser.newContext();
    const old = await context.newPage();
    await old.goto(site('/learn/foundations/coding-vs-billing/'), { waitUntil: 'networkidle' });
    await passLessonQuiz(old);
    // Hydrated, so this tab has read the current save before the other tab replaces it.
    const button = old.getByRole('button', { name: 'Mark lesson complete' });
    await button.scrollIntoViewIfNeeded();
    await expect.poll(() => button.isEnabled()).toBe(true);
    const other = await context.newPage();
    await other.goto(site('/progress/'), { waitUntil: 'networkidle' });
    const newer = JSON.stringify({ version: 99, lessons: {}, fromTheFuture: true });
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [PROGRESS_KEY, newer] as const);

    await button.click();
    await expect.poll(() => old.locator('[data-progress-notice]').textContent(), { timeout: 10_000 }).toContain('Reload this page');
    expect(await old.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(newer);
    await context.close();
  });
});
