import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, site, violationsInSchemes, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const exercisePath = '/exercises/em/em-chronic-follow-up-time/';

async function openExercise(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(site(exercisePath), { waitUntil: 'networkidle' });
  // Astro drops the ssr attribute once the island has hydrated; before that clicks do nothing.
  await page.locator('astro-island:not([ssr]) .em-exercise').waitFor();
  return { page, errors };
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('E/M levelling exercise', () => {
  test('lists at least ten cases and links each one', async () => {
    const page = await browser.newPage();
    await page.goto(site('/exercises/em/'), { waitUntil: 'networkidle' });
    const links = await page.locator('main a[href^="/exercises/em/em-"]').count();
    expect(links).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  test('credits the adapted note and its license', async () => {
    const { page } = await openExercise();
    const credit = (await page.locator('.adapted-source').textContent()) ?? '';
    expect(credit).toContain('Adapted from ACI-BENCH encounter D2N012');
    expect(credit).toContain('Changes: Shortened');
    await expect(page.locator('.adapted-source a[rel="license"]').getAttribute('href')).resolves.toBe('https://creativecommons.org/licenses/by/4.0/');
    await page.close();
  });

  test('an adapted coding case shows its credit too', async () => {
    const page = await browser.newPage();
    await page.goto(site('/exercises/aci-ureteral-stone-referral/'), { waitUntil: 'networkidle' });
    await expect(page.locator('.coding-exercise .adapted-source').textContent()).resolves.toContain('Adapted from ACI-BENCH encounter D2N050');
    await page.close();
  });

  test('an emergency department case offers ED codes and no time element', async () => {
    const page = await browser.newPage();
    await page.goto(site('/exercises/em/em-ed-pyelonephritis-discharge/'), { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) .em-exercise').waitFor();
    await expect(page.getByRole('group', { name: /Total time on the date of service/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('group', { name: 'Emergency department visit', exact: true }).getByRole('radio').count()).resolves.toBe(4);
    await page.close();
  });

  test('a home visit whose note gives time in parts names the setting, hides the total and grades the parts that count', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    await page.goto(site('/exercises/em/em-home-visit-assisted-living-new/'), { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) .em-exercise').waitFor();
    const facts = (await page.locator('.case-facts').textContent()) ?? '';
    expect(facts).toContain('Home or residence (including assisted living)');
    expect(facts).toContain('in parts in the note: add up what counts');
    expect(facts).not.toContain('65 minutes');
    const time = page.getByRole('group', { name: /add up the time in the note that counts/ });
    await expect(time.textContent()).resolves.toContain('Do not count travel');
    // Both home families are offered, so new versus established is part of the task.
    await expect(group(page, 'Home or residence visit, new patient').getByRole('radio').count()).resolves.toBe(4);
    await expect(group(page, 'Home or residence visit, established patient').getByRole('radio').count()).resolves.toBe(4);
    for (const [name, level] of [['Number and complexity of problems addressed', 'Moderate'], ['Amount and complexity of data reviewed and analysed', 'Moderate'], ['Risk of complications of patient management', 'Moderate']] as const) {
      await group(page, name).getByRole('radio', { name: level }).check();
    }
    // The classic slip: counting the drive.
    await time.getByRole('radio', { name: '99345 (75 minutes or more)' }).check();
    await group(page, 'Home or residence visit, new patient').getByRole('radio', { name: '99344' }).check();
    await page.getByRole('button', { name: 'Check my levels' }).click();
    await expect(page.locator('.results :is(h2, h3)').textContent()).resolves.toBe('Score: 5 of 6 points');
    const text = (await page.locator('.results').textContent()) ?? '';
    expect(text).toContain('Rule: 65 minutes meets or exceeds the 60-minute minimum of 99344, not the 75-minute minimum of 99345.');
    expect(text).toContain('travel is not part of total time');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a critical care case has no MDM questions and grades the add-on and its units', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    await page.goto(site('/exercises/em/em-critical-care-icu-respiratory-failure/'), { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) .em-exercise').waitFor();
    await expect(group(page, 'Number and complexity of problems addressed').count()).resolves.toBe(0);
    const units = page.getByRole('spinbutton', { name: 'Units of the add-on' });
    await expect(units.isDisabled()).resolves.toBe(true);
    await page.getByRole('radio', { name: '99291 (30 minutes or more)' }).check();
    await group(page, 'Critical care').getByRole('radio', { name: '99291' }).check();
    await page.getByRole('radio', { name: '99292' }).check();
    // The Medicare count where the plan follows CPT: one unit short.
    await units.fill('1');
    await page.getByRole('button', { name: 'Check my levels' }).click();
    await expect(page.locator('.results :is(h2, h3)').textContent()).resolves.toBe('Score: 4 of 5 points');
    expect((await page.locator('.results').textContent()) ?? '').toContain('Add-on units: you chose 1 unit; the note supports 2 units of 99292.');
    await page.getByRole('button', { name: 'Try again' }).click();
    await units.fill('2');
    await page.getByRole('button', { name: 'Check my levels' }).click();
    await expect(page.locator('.results :is(h2, h3)').textContent()).resolves.toBe('Score: 5 of 5 points');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an empty attempt is not graded and the reason is announced', async () => {
    const { page } = await openExercise();
    await page.getByRole('button', { name: 'Check my levels' }).click();
    await expect(page.locator('.results').textContent()).resolves.toContain('Nothing to grade: choose a level for each element and the visit code.');
    await expect(page.locator('.em-exercise [role="status"]').textContent()).resolves.toContain('Nothing to grade');
    await page.close();
  });

  test('a learner levels by keyboard, gets feedback per element, retries and reaches full marks', async () => {
    const { page, errors } = await openExercise();
    // Arrow keys move the choice inside a radio group: Minimal -> Low -> Moderate.
    await group(page, 'Number and complexity of problems addressed').getByRole('radio', { name: 'Minimal' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(group(page, 'Number and complexity of problems addressed').getByRole('radio', { name: 'Moderate' }).isChecked()).resolves.toBe(true);
    // Two classic slips: not counting the repeat A1c ordered today as data, and forgetting time.
    await group(page, 'Amount and complexity of data reviewed and analysed').getByRole('radio', { name: 'Limited' }).check();
    await group(page, 'Risk of complications of patient management').getByRole('radio', { name: 'Moderate' }).check();
    await page.getByRole('radio', { name: '99215 (40 minutes or more)' }).check();
    await group(page, 'Office or outpatient visit, established patient').getByRole('radio', { name: '99214' }).check();
    await page.getByRole('button', { name: 'Check my levels' }).click();

    const heading = page.locator('.results :is(h2, h3)');
    await expect(heading.textContent()).resolves.toBe('Score: 3 of 6 points');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Score: 3 of 6 points');
    const text = (await page.locator('.results').textContent()) ?? '';
    expect(text).toContain('Count the repeat A1c: it is ordered at this visit');
    expect(text).toContain('99214 is right by MDM, but the note also records 42 minutes of total time');
    await expect(page.locator('.em-exercise [role="status"]').textContent()).resolves.toBe('Graded: 3 of 6 points.');

    await page.getByRole('button', { name: 'Try again' }).click();
    await group(page, 'Amount and complexity of data reviewed and analysed').getByRole('radio', { name: 'Moderate' }).check();
    await group(page, 'Office or outpatient visit, established patient').getByRole('radio', { name: '99215' }).check();
    await page.getByRole('button', { name: 'Check my levels' }).click();
    await expect(heading.textContent()).resolves.toBe('Score: 6 of 6 points');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('has no serious accessibility violations in light or dark mode', async () => {
    expect([...(await violationsInSchemes(browser, exercisePath)), ...(await violationsInSchemes(browser, '/exercises/em/em-home-visit-assisted-living-new/')), ...(await violationsInSchemes(browser, '/exercises/em/'))]).toEqual([]);
  });
});
