import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openExercisePage, seriousViolations } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ID = 'ppo-sore-throat-ear-wax-variance';
const PAGE = `/billing/variance/${ID}/`;

/** Types into the focused field, then moves on with Tab, as a keyboard user fills a row. */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe('payment variance review exercise', () => {
  test('worked by keyboard: the key is fetched only at the first grade, an appeal of our own error is explained, the fix gets full marks', async () => {
    const { context, page, errors, keyRequests } = await openExercisePage(browser, PAGE);
    // The page shows the claim as sent, the contract and the ERA, but holds no key.
    expect(await page.content()).not.toMatch(/expectedPaidCents|varianceCents/);
    expect(keyRequests).toEqual([]);
    await expect.poll(async () => page.getByRole('table', { name: /Our claim as sent/ }).textContent()).toContain('69210');
    expect(await page.getByRole('table', { name: /Our claim as sent/ }).textContent()).toContain('69210-50: $90.00');

    // The review table scrolls sideways on a phone inside a named region.
    expect(await page.getByRole('region', { name: /Your review, one row per paid line/ }).getByRole('row').count()).toBe(4);

    // Line 1 (the visit): typed amounts in the forms billers use, the action chosen from the keyboard.
    await page.getByLabel('Line 1 Expected allowed').focus();
    await typeAndTab(page, '$110');
    await typeAndTab(page, '64.00');
    await typeAndTab(page, '0');
    await page.keyboard.type('Ac');
    await page.keyboard.press('Tab');
    // Line 2 (69210 paid as one ear): the right amounts, but asking the payer to fix our own claim.
    await typeAndTab(page, '90.00');
    await typeAndTab(page, '72');
    await typeAndTab(page, '24.00');
    await page.keyboard.type('As');
    await page.keyboard.press('Tab');
    // Line 3 (the strep test).
    await typeAndTab(page, '18.00');
    await typeAndTab(page, '14.4');
    await typeAndTab(page, '.00');
    await page.keyboard.type('Ac');
    expect(await page.getByLabel('Line 1 action').inputValue()).toBe('accept');
    expect(await page.getByLabel('Line 2 action').inputValue()).toBe('reprocess');
    expect(keyRequests).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect.poll(async () => page.locator('.billing-status').textContent()).toBe('Graded: 11 of 12 points.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('h2')?.textContent)).toBe('Result: 11 of 12 points');
    const feedback = (await page.locator('.findings').textContent()) ?? '';
    expect(feedback).toContain('Line 2 (69210): the right action is "Send a corrected claim (our claim was wrong)"');
    expect(feedback).toContain('frequency code 7');
    expect(feedback).toContain('without modifier 50');
    expect(feedback).toContain('You chose "Ask the payer to reprocess or reconsider (payer error)"');
    expect(keyRequests).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The fix, still by keyboard: change the action and grade again (the key is not fetched twice).
    await page.getByLabel('Line 2 action').focus();
    await page.keyboard.type('Se');
    await page.getByRole('button', { name: 'Grade my review' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => page.locator('.billing-status').textContent()).toBe('Graded: 12 of 12 points.');
    expect(await page.locator('.billing-result').textContent()).toContain('Every line checked correctly');
    expect(keyRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
