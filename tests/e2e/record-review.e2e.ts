import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openExercisePage, seriousViolations, site, violationsInSchemes } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PAGE = '/records/access-log-audit-vip-and-coworkers/';
/** Position of the chosen radio in each item's group (0 appropriate, 1 inappropriate, 2 follow-up): the key, except L7. */
const PICKS = [0, 1, 0, 1, 2, 0, 2, 2];

describe('record review exercise', () => {
  test('done by keyboard only: graded with feedback per item, the answer kept after a reload, no serious axe violations', async () => {
    const { context, page, errors, keyRequests } = await openExercisePage(browser, PAGE);
    // The page holds the audit log but no key: feedback arrives with key.json on the first grade.
    expect(await page.locator('.rr-exhibit pre').textContent()).toContain('break-the-glass');
    expect(await page.content()).not.toContain('Curiosity about a celebrity');
    expect(await page.content()).not.toContain('typical snooping pattern');

    // Keyboard only: into the first radio group, then arrows pick, Tab moves to the next group and finally to Grade.
    await page.locator('input[name="rr-l1"]').first().focus();
    for (const pick of PICKS) {
      if (pick === 0) await page.keyboard.press('Space');
      for (let i = 0; i < pick; i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Grade');
    await page.keyboard.press('Enter');

    await expect.poll(async () => page.locator('form.rr [role=status]').textContent()).toMatch(/Graded: 7 of 8 points/);
    expect(keyRequests).toHaveLength(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rr-results');
    const wrong = (await page.locator('.dl-results li.miss').allTextContents()).join('\n');
    expect(wrong).toContain('L7: the ROI specialist prints 38 pages for request R-5521: you chose Needs follow-up before deciding; the answer is Appropriate: a work reason that fits the role.');
    expect(wrong).toContain('The ROI log names the request and the authorization.');
    expect(wrong).toContain('45 CFR 164.508; 164.530(j) documentation');
    expect(await page.locator('.dl-results li.ok').count()).toBe(7);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    await expect.poll(async () => (await page.locator('.dl-last').textContent()) ?? '').toContain('Your last result: 7 of 8 points');
    await expect.poll(async () => page.locator('[data-draft-note]').count()).toBe(1);
    const checked = await page.evaluate(() => [1, 2, 3, 4, 5, 6, 7, 8].map((n) => (document.querySelector<HTMLInputElement>(`input[name="rr-l${n}"]:checked`)?.value ?? '')));
    expect(checked).toEqual(['appropriate', 'inappropriate', 'appropriate', 'inappropriate', 'follow-up', 'appropriate', 'follow-up', 'follow-up']);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the list shows each topic under its own heading: privacy, health IT, health records, coding compliance, eligibility, claim forms and claim status, case analysis, billing regulations, then billing office desk work', async () => {
    const page = await browser.newPage();
    await page.goto(site('/records/'), { waitUntil: 'networkidle' });
    expect(await page.locator('section[aria-labelledby^="rr-"] > h2').allTextContents()).toEqual(['Confidentiality and privacy', 'Information technology and data integrity', 'Health record content and completion', 'Coding compliance', 'Eligibility and benefits', 'Claim forms and claim status', 'Billing case analysis', 'Billing regulations and compliance', 'Billing office desk work']);
    const compliance = await page.locator('section[aria-labelledby="rr-compliance"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(compliance).toContain('/records/cdi-query-review-leading-or-compliant/');
    const eligibility = await page.locator('section[aria-labelledby="rr-eligibility"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(eligibility).toContain('/records/eligibility-271-office-visit-benefits/');
    expect(eligibility).toHaveLength(5);
    const claims = await page.locator('section[aria-labelledby="rr-claims"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(claims).toEqual(expect.arrayContaining(['/records/ub04-outpatient-ed-claim-review/', '/records/billing-desk-claim-status-worklist/']));
    expect(claims).toHaveLength(4);
    const regulations = await page.locator('section[aria-labelledby="rr-billing-regulations"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(regulations).toEqual(expect.arrayContaining(['/records/regulations-incident-to-or-own-npi/', '/records/regulations-abn-review-desk/']));
    expect(regulations).toHaveLength(12);
    const office = await page.locator('section[aria-labelledby="rr-billing-office"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(office).toEqual(expect.arrayContaining(['/records/billing-desk-charge-reconciliation/', '/records/billing-desk-financial-policy/', '/records/billing-desk-unapplied-payments-and-refunds/']));
    expect(office).toHaveLength(3);
    await page.close();
  });

  test('on a phone, a UB-04 keeps each revenue line on one line and scrolls sideways (by keyboard too); an HL7 message wraps', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await page.goto(site('/records/ub04-outpatient-ed-claim-review/'), { waitUntil: 'networkidle' });
    const ub04 = page.getByRole('region', { name: /UB-04 as prepared.*scroll sideways/ });
    const fit = await ub04.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, lineHeight: parseFloat(getComputedStyle(el).lineHeight), height: el.clientHeight, lines: (el.textContent ?? '').split('\n').length }));
    expect(fit.scroll).toBeGreaterThan(fit.client);
    // One screen line per line of the form: nothing wrapped.
    expect(Math.round(fit.height / fit.lineHeight)).toBeLessThanOrEqual(fit.lines + 1);
    await ub04.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => ub04.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.goto(site('/records/hl7-charge-message-mismatch/'), { waitUntil: 'networkidle' });
    const hl7 = page.locator('.rr-exhibit pre').first();
    expect(await hl7.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await context.close();
  });

  test('the list, an IT case with an HL7 message, a case with a full 271 and a case with a UB-04 have no serious accessibility violations, light or dark', async () => {
    const found: string[] = [];
    for (const path of ['/records/', '/records/hl7-charge-message-mismatch/', '/records/eligibility-271-office-visit-benefits/', '/records/ub04-outpatient-ed-claim-review/']) found.push(...(await violationsInSchemes(browser, path)));
    expect(found).toEqual([]);
  }, 180_000);
});
