import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openExercisePage, seriousViolations, site, violationsInSchemes, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PAGE = '/billing/denials/medicare-timely-filing/';

describe('denial management exercise', () => {
  test('the page holds no key; a worked denial is graded, explained, and its result survives a reload', async () => {
    const { context, page, errors, keyRequests } = await openExercisePage(browser, PAGE);
    expect(await page.content()).not.toMatch(/&quot;(writeOff|rule|correct)&quot;|"(writeOff|rule|correct)"/);
    expect(keyRequests).toEqual([]);
    // The teaching payer's remittance is on the worklist.
    await expect.poll(async () => page.locator('.dl-adjust').first().textContent()).toContain('CO-29');
    // The claim's status is said once ("Denied: ...", never "denied: Denied: ...").
    const status = (await page.locator('dt', { hasText: /^Status$/ }).first().locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
    expect(status).not.toMatch(/^(\w+): \1\b/i);
    expect(status.length).toBeGreaterThan(10);
    await page.getByLabel('Cause').selectOption('timely-filing');
    await page.getByLabel('Action').selectOption('bill-patient');
    await page.getByRole('button', { name: 'Grade' }).press('Enter');
    await expect.poll(async () => page.locator('form.dl [role=status]').textContent()).toMatch(/Graded: 1 of 3 points/);
    // Focus lands on the result heading, and each point is labelled with the claim's worklist
    // number, not its authoring id, and names its field once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Result: 1 of 3 points');
    const results = (await page.locator('.dl-results').textContent()) ?? '';
    expect(results).toMatch(/✗ Claim 1: Action: you chose/);
    expect(results).not.toMatch(/Cause: Cause|Action: Action/);
    expect(results).toContain('Group CO means the patient may not be billed');
    expect(results).toContain('CARC 29');
    expect(keyRequests).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(async () => (await page.locator('.dl-last').textContent()) ?? '').toContain('Your last result: 1 of 3 points');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a CARC 11 worklist: the partly paid claim\'s status reads "Partly paid $104.00; …" (no status key), both lines worked to full marks', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/denials/diagnosis-inconsistent-check-the-record/'), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    const lists = page.locator('.dl-adjust');
    await expect.poll(async () => lists.nth(0).textContent()).toContain('CO-11');
    expect(await lists.nth(0).textContent()).toContain('83036 on line 2 points to I10');
    expect(await lists.nth(1).textContent()).toContain('CO-11');
    const statuses = await page.locator('dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]').allTextContents();
    expect(statuses[0]).toBe('Partly paid $104.00; the patient owes $56.00.');
    expect(statuses.join(' ')).not.toMatch(/partly-paid|denied: Denied/);
    const numbers = await page.locator('dt', { hasText: /^Payer claim number$/ }).locator('xpath=following-sibling::dd[1]').allTextContents();
    for (const i of [0, 1]) {
      await page.getByLabel('Cause').nth(i).selectOption('diagnosis-procedure');
      await page.getByLabel('Action').nth(i).selectOption('replacement-claim');
      await page.locator('fieldset').nth(i).getByLabel(/payer claim number/i).fill(numbers[i] ?? '');
    }
    await page.getByRole('button', { name: 'Grade' }).press('Enter');
    await expect.poll(async () => page.locator('form.dl [role=status]').textContent()).toMatch(/Graded: 6 of 6 points/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('line remark codes are listed with their lines, so the remark says what to fix; the three CO-16s worked to full marks', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/denials/co16-remark-codes/'), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    const lists = page.locator('.dl-adjust');
    await expect.poll(async () => lists.nth(0).textContent()).toContain('M76 (line 2)');
    expect(await lists.nth(1).textContent()).toMatch(/MA130: .*M53 \(line 2\)/);
    expect(await lists.nth(2).textContent()).toContain('N382 (lines 1, 2, 3)');
    const numbers = await page.locator('dt', { hasText: /^Payer claim number$/ }).locator('xpath=following-sibling::dd[1]').allTextContents();
    const work: [string, string, string | undefined][] = [['missing-information', 'replacement-claim', numbers[0]], ['unprocessable', 'new-claim', undefined], ['missing-information', 'replacement-claim', numbers[2]]];
    for (const [i, [cause, action, number]] of work.entries()) {
      await page.getByLabel('Cause').nth(i).selectOption(cause);
      await page.getByLabel('Action').nth(i).selectOption(action);
      if (number) await page.locator('fieldset').nth(i).getByLabel(/payer claim number/i).fill(number);
    }
    await page.getByRole('button', { name: 'Grade' }).press('Enter');
    await expect.poll(async () => page.locator('form.dl [role=status]').textContent()).toMatch(/Graded: 8 of 8 points/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the listing, a denial worklist, an A/R page, a posting and a secondary exercise have no serious accessibility violations, light or dark', async () => {
    const pages = ['/billing/denials/', '/billing/denials/commercial-site-of-service/', '/billing/ar/family-practice-october/', '/billing/posting/case-analysis-crossover-and-bundled-visit/', '/billing/posting/batch-hmo-recovery-exceeds-payment-fb/', '/billing/secondary/msp-employer-plan-pays-first/'];
    const found: string[] = [];
    for (const path of pages) found.push(...(await violationsInSchemes(browser, path)));
    expect(found).toEqual([]);
  }, 120_000);
});

describe('A/R follow-up exercise', () => {
  test('the computed answers score full marks by keyboard and the lesson is linked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/ar/family-practice-october/'), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    expect(await page.locator('form.dl a[href="/learn/payment-and-ar/patient-balances-and-ar/"]').count()).toBe(1);
    const buckets: Record<string, string> = { '0-30': '185', '31-60': '96', '61-90': '240', '91-120': '1,320.00', '120+': '$2560' };
    for (const [b, v] of Object.entries(buckets)) await page.getByLabel(`${b} days ($)`).fill(v);
    for (const [i, id] of ['okafor-hmo', 'lindqvist-medicare', 'patel-ppo'].entries()) await page.getByLabel(`Rank ${i + 1}`).selectOption(id);
    await page.getByLabel('Days in A/R').fill('36');
    await page.getByLabel('Net collection rate (%)').fill('93.9%');
    await page.getByRole('button', { name: 'Grade' }).press('Enter');
    await expect.poll(async () => page.locator('form.dl [role=status]').textContent()).toMatch(/Graded: 10 of 10 points/);
    // Focus moves from the button to the result heading, as on the other graded exercises.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Result: 10 of 10 points');
    expect(errors).toEqual([]);
    await context.close();
  });
});
