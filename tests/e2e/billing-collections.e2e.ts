import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { COLLECTION_ACTIONS, type CollectionAction } from '../../src/domain/ar/collection-rules.ts';
import { launch, openExercisePage, seriousViolations } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PAGE = '/billing/ar/collections-december-statement-run/';

/** Chooses a step in the focused select with the arrow keys (the list starts at "Choose the next step"). */
async function chooseByKeyboard(page: Page, action: CollectionAction): Promise<void> {
  for (let i = 0; i <= COLLECTION_ACTIONS.indexOf(action); i++) await page.keyboard.press('ArrowDown');
}

describe('patient collections exercise (A/R engine, collections step)', () => {
  test('worked by keyboard: each account gets a step and an amount, the grade explains the statement sent while a secondary is pending, and the result survives a reload', async () => {
    const { context, page, errors, keyRequests } = await openExercisePage(browser, PAGE);
    // The page holds the policy and the accounts, never the computed steps.
    expect(await page.content()).not.toMatch(/&quot;reason&quot;|"reason"|&quot;notes&quot;/);
    expect(keyRequests).toEqual([]);
    expect(await page.getByRole('heading', { name: /Maple Grove Family Medicine: patient financial policy/ }).count()).toBe(1);
    expect(await page.locator('form.dl a[href="/learn/payment-and-ar/patient-collections/"]').count()).toBe(1);
    // Accounts are numbered, never named by their ids.
    expect(await page.locator('legend').allTextContents()).toEqual(['Account 1 (Beatrice Quinlan)', 'Account 2 (Dmitri Sokolov)', 'Account 3 (Hollis Granger)', 'Account 4 (Colette Marchand)', 'Account 5 (Desmond Achebe)', 'Account 6 (Marisol Vega)']);

    // Account 1 is billed too early on purpose (its secondary has not decided); the rest are worked as the policy says.
    const work: [CollectionAction, string][] = [
      ['send-statement', '158.00'],
      ['send-statement', '46.50'],
      ['no-action', ''],
      ['small-balance-write-off', '6.40'],
      ['final-notice', '$212'],
      ['send-statement', '130'],
    ];
    await page.getByLabel('Next step').first().focus();
    for (const [action, amount] of work) {
      await chooseByKeyboard(page, action);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toMatch(/^cl-\d+-amount$/);
      if (amount) await page.keyboard.type(amount);
      await page.keyboard.press('Tab');
    }
    // The last Tab leaves the last amount box for the Grade button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Grade');
    expect(await page.getByLabel('Next step').nth(3).inputValue()).toBe('small-balance-write-off');
    await page.keyboard.press('Enter');

    await expect.poll(async () => page.locator('form.dl [role=status]').textContent()).toBe('Graded: 9 of 10 points.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Result: 9 of 10 points');
    const results = (await page.locator('.dl-results').textContent()) ?? '';
    expect(results).toContain('✗ Account 1 (Beatrice Quinlan): you chose "Send a statement"');
    expect(results).toContain('The next step is "Hold: a payer or an assistance decision is still pending"');
    expect(results).toContain('only after every payer has adjudicated the claim');
    expect(results).toContain('✓ Account 2 (Dmitri Sokolov): Amount: $46.50, the balance due on the statement.');
    expect(results).toContain('$6.40 is under the policy');
    expect(results).not.toMatch(/quinlan|sokolov|marchand/);
    expect(keyRequests).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(async () => (await page.locator('.dl-last').textContent()) ?? '').toContain('Your last result: 9 of 10 points');
    expect(errors).toEqual([]);
    await context.close();
  });
});
