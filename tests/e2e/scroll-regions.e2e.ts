import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';
import { openClaimWithFirstLineChanged } from './support/claim-page.ts';

/**
 * Tables wider than a phone scroll sideways inside a region a keyboard user can focus and scroll
 * with the arrow keys (axe: scrollable-region-focusable), and each region has a name of its own,
 * so a screen reader's list of regions tells them apart (axe: landmark-unique).
 */

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PHONE = { width: 390, height: 844 };

/**
 * Focuses the region and presses ArrowRight twice; resolves once it has scrolled sideways (a smooth
 * scroll takes a moment, so this waits for the scroll itself rather than a fixed time) and fails
 * when it never does.
 */
async function expectArrowScroll(page: Page, name: string): Promise<void> {
  const region = page.getByRole('region', { name, exact: true });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft), { message: `${name} scrolls with the arrow keys` }).toBeGreaterThan(0);
}

/** Accessible names given to regions (role="region", or a section with a name) on the page more than once. */
const repeatedRegionNames = (page: Page): Promise<string[]> => page.evaluate(() => {
  const nameOf = (el: Element): string => el.getAttribute('aria-label') ?? (document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
  const names = [...document.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]')].map(nameOf).filter((n) => n !== '');
  return [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
});

describe('tables that scroll sideways', () => {
  test('A/R: on a 390 px phone the open-claims report scrolls in a region the keyboard reaches', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/ar/family-practice-october/'), { waitUntil: 'networkidle' });
    expect(await seriousViolations(page)).toEqual([]);
    await expectArrowScroll(page, 'Open claims report');
    expect(errors).toEqual([]);
    await context.close();
  });

  test("claim: on a 390 px phone the remittance advice and the segment tables of a submitted claim scroll in regions the keyboard reaches", async () => {
    const { context, page, errors } = await openClaimWithFirstLineChanged(browser, 'office-visit-diabetes-hypertension', { units: '1' });
    await expect.poll(() => page.getByLabel('24G Units').first().inputValue()).toBe('1');
    await page.getByRole('button', { name: 'Submit to payer' }).click();
    await page.getByRole('heading', { name: 'Accepted and adjudicated: 835 remittance' }).waitFor();
    await page.setViewportSize(PHONE);
    for (const summary of await page.locator('.cl-submission summary').all()) await summary.click();
    expect(await seriousViolations(page)).toEqual([]);
    await expectArrowScroll(page, 'Remittance advice lines');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a lesson with several tables and a quiz, and an ERA with two claims for one patient, name each region apart', async () => {
    const page = await browser.newPage();
    for (const path of ['/learn/foundations/coding-vs-billing/', '/billing/posting/ppo-corrected-lower-level-patient-refund/']) {
      await page.goto(site(path), { waitUntil: 'networkidle' });
      expect(await page.locator('[role="region"]').count(), path).toBeGreaterThan(2);
      expect(await repeatedRegionNames(page), path).toEqual([]);
    }
    await page.goto(site('/learn/foundations/coding-vs-billing/'), { waitUntil: 'networkidle' });
    await expect(page.getByRole('region', { name: 'Table: Code set, Answers the question, Maintained by, Updated and 1 more (scrolls sideways on small screens)' }).count()).resolves.toBe(1);
    await page.close();
  });
});
