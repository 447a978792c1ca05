import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, site, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const LESSON = '/learn/foundations/coding-vs-billing/';
const answers: Record<string, 'Coding' | 'Billing'> = {
  'Assigning J02.0': 'Coding',
  "Checking that the patient's insurance": 'Billing',
  'Sending the provider a query': 'Coding',
  'Posting an 835 remittance': 'Billing',
  'Choosing the visit level': 'Coding',
  'Calling a payer about a claim': 'Billing',
};

/** The sort question, once its island (client:visible) is scrolled into view and hydrated. */
async function sortQuestion(page: Page): Promise<Locator> {
  const question = page.locator('form.quiz__question').filter({ hasText: 'Coding or billing?' }).first();
  await question.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('form.quiz__question')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return question;
}

describe('lesson quiz', () => {
  test('"coding or billing?" sorted by keyboard only, checked, explained and saved', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    const question = await sortQuestion(page);
    for (const [start, bucket] of Object.entries(answers)) {
      const select = question.getByLabel(start, { exact: false });
      await select.focus();
      await select.selectOption({ label: bucket });
    }
    await question.getByRole('button', { name: 'Check answer' }).press('Enter');
    const text = (await question.textContent()) ?? '';
    expect(text).toMatch(/6 of 6/);
    expect(text).toContain('Eligibility checks are billing');
    const saved = (await page.evaluate(() => localStorage.getItem('claimlab:progress'))) ?? '';
    expect(saved).toContain('coding-vs-billing');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('choosing a group with the arrow keys keeps focus on the moved item, so a second press reaches the next group', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    const question = await sortQuestion(page);
    const select = question.getByLabel('Checking that the patient', { exact: false });
    await select.focus();
    // A closed select takes arrow keys as choices: Coding, then Billing. Each moves the card to
    // that group's list; focus once fell to the page after the first press.
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await expect(select.inputValue()).resolves.toBe('billing');
    await expect(select.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const billing = question.locator('.quiz__zone').filter({ has: page.locator('.quiz__zone-label', { hasText: /^Billing$/ }) });
    await expect(billing.textContent()).resolves.toContain('Checking that the patient');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a wrong placement is marked wrong with its explanation, and Try again resets', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    const question = await sortQuestion(page);
    for (const [start, bucket] of Object.entries(answers)) {
      await question.getByLabel(start, { exact: false }).selectOption({ label: start.startsWith('Posting') ? 'Coding' : bucket });
    }
    await question.getByRole('button', { name: 'Check answer' }).click();
    const text = (await question.textContent()) ?? '';
    expect(text).toMatch(/5 of 6/);
    expect(text).toContain('Payment posting and adjustments are billing tasks');
    await question.getByRole('button', { name: 'Try again' }).click();
    await expect(question.getByRole('button', { name: 'Check answer' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('a fill-in answer is read the way a coder types it: the code without its dot, in lower case', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    await sortQuestion(page);
    const question = page.locator('form.quiz__question').filter({ hasText: 'Type the ICD-10-CM code' }).first();
    await question.scrollIntoViewIfNeeded();
    await question.getByRole('textbox').fill('e119');
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.locator('.quiz__verdict').textContent()).resolves.toContain('Correct.');
    await question.getByRole('button', { name: 'Try again' }).click();
    await question.getByRole('textbox').fill('E11.90');
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.locator('.quiz__verdict').textContent()).resolves.toContain('Incorrect: the answer is E11.9.');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an item can be dragged into a group with the mouse', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site(LESSON), { waitUntil: 'networkidle' });
    const question = await sortQuestion(page);
    const card = question.locator('.quiz__card').filter({ hasText: 'Posting an 835 remittance' });
    const zone = question.locator('.quiz__zone').filter({ has: page.locator('.quiz__zone-label', { hasText: /^Billing$/ }) });
    await card.dragTo(zone);
    await expect(question.getByLabel('Posting an 835 remittance', { exact: false }).inputValue()).resolves.toBe('billing');
    await context.close();
  });
});
