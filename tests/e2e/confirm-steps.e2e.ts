import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, site, watchErrors } from './support/browser.ts';
import { openClaimWithFirstLineChanged } from './support/claim-page.ts';

/**
 * Every confirmation step behaves as a dialog does for a keyboard user (WAI-ARIA APG alertdialog):
 * Escape cancels it, and focus goes back to the button that opened it whichever way it closes,
 * never to the top of the page. Where the go-ahead cannot be undone, focus starts on the choice
 * that keeps things as they are, so a second Enter does not erase or submit anything.
 */

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site(path), { waitUntil: 'networkidle' });
  return { page, errors };
}

/** What a screen reader would name the focused element: its text, or the label of an input. */
const focused = (page: Page): Promise<string> => page.evaluate(() => {
  const el = document.activeElement as HTMLInputElement | null;
  if (!el || el === document.body) return '(page body)';
  return (el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
});

/** Presses a button the way a keyboard user does: focus it, then Enter. */
async function pressButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

describe('confirmation steps by keyboard', () => {
  test('practice exam: Submit exam asks first, focus on "Keep working"; Escape and "Keep working" both go back to Submit exam with the exam still running', async () => {
    const { page, errors } = await open('/exams/cbcs-style/');
    await pressButton(page, 'Start the exam');
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    await page.keyboard.press('1');

    await pressButton(page, 'Submit exam');
    await page.getByRole('alertdialog').waitFor();
    await expect.poll(() => focused(page)).toBe('Keep working');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Submit exam');

    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Submit exam');
    await expect(page.getByText('Question 1 of 125 · 1 answered').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('progress: "Reset progress…" asks first with focus on Cancel, so Enter twice erases nothing; Escape cancels too; focus goes back to the button', async () => {
    const { page, errors } = await open('/progress/');
    const status = page.locator('[data-dash-status]');
    await pressButton(page, 'Reset progress…');
    await expect.poll(() => focused(page)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Reset cancelled. Nothing was erased.');
    await expect.poll(() => focused(page)).toBe('Reset progress…');

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, erase everything' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Yes, erase everything' }).count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Reset progress…');
    await expect(status.textContent()).resolves.toBe('Reset cancelled. Nothing was erased.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('claim: the "Send anyway" warning closes on Escape, nothing is sent, and focus is back on "Submit to payer"', async () => {
    const { context, page, errors } = await openClaimWithFirstLineChanged(browser, 'office-visit-diabetes-hypertension', { units: '1.5' });
    await expect.poll(() => page.getByLabel('24G Units').first().inputValue()).toBe('1.5');
    await pressButton(page, 'Submit to payer');
    await page.getByRole('button', { name: 'Send anyway' }).waitFor();
    await expect.poll(() => focused(page)).toBe('Send anyway');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Submit to payer');
    await expect(page.locator('.cl-submit-status').textContent()).resolves.toBe('Not sent. Fix the findings, then submit again.');
    await expect(page.locator('.cl-submission').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("claim: another exercise's file asks first with focus on \"Keep my claim\"; Escape keeps the claim and goes back to the file input", async () => {
    const { page, errors } = await open('/claims/office-visit-diabetes-hypertension/');
    await page.getByRole('button', { name: 'Scrub' }).waitFor();
    await page.getByLabel('21A', { exact: true }).fill('E11.65');
    const other = { format: 'claimlab-claim', exerciseId: 'some-other-case', savedAt: '2026-11-20T10:00:00.000Z', claim: { diagnoses: ['J06.9'] } };
    await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await page.getByRole('button', { name: 'Keep my claim' }).waitFor();
    await expect.poll(() => focused(page)).toBe('Keep my claim');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Keep my claim' }).count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Load claim (JSON)');
    await expect(page.getByLabel('21A', { exact: true }).inputValue()).resolves.toBe('E11.65');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('case editor: "Start a new case" asks first with focus on "Keep this case"; Escape, Keep and Yes all leave focus on "Start a new case"', async () => {
    const { page, errors } = await open('/teach/editor/');
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Ankle sprain, named ligament');

    await pressButton(page, 'Start a new case');
    await expect.poll(() => focused(page)).toBe('Keep this case');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Keep this case' }).count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Start a new case');
    await expect(title.inputValue()).resolves.toBe('Ankle sprain, named ligament');

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Keep this case');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Start a new case');

    await page.keyboard.press('Enter');
    await pressButton(page, 'Yes, start a new case');
    await expect.poll(() => title.inputValue()).toBe('');
    await expect.poll(() => focused(page)).toBe('Start a new case');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
