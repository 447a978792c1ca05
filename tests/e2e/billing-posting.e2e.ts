import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors, watchKeyRequests } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The copay-and-deductible case: two ERA lines (99214 and the A1c test), both to the patient. */
const path = '/billing/posting/ppo-copay-and-deductible/';
const LEDGER: Record<string, string>[] = [
  { Payment: '0.00', 'Write-off (CO/OA/PI)': '25.00', Deductible: '130.00', Copay: '30.00' },
  { Payment: '0.00', 'Write-off (CO/OA/PI)': '17.00', Deductible: '15.00' },
];

describe('payment posting', () => {
  test('a student reads the ERA, posts it, is graded, and the result is still there after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const keyRequests = watchKeyRequests(page);
    await page.goto(site(path), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Remittance advice (ERA)' }).waitFor();
    expect(await page.locator('.era').textContent()).toContain('CO-45');
    expect(keyRequests).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // The 835 with its explained segments opens on request.
    await page.getByText('Show the 835').click();
    expect(await page.locator('.era-835').textContent()).toMatch(/CLP\*/);

    // An empty ledger is not graded; focus stays on the button (it once went to the empty result area, with no outline).
    await page.getByRole('button', { name: 'Grade my posting' }).press('Enter');
    await expect.poll(() => page.locator('.billing-status').textContent()).toContain('Post the ERA first');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Grade my posting');

    // A classic mistake: the CO-45 write-off billed to the patient.
    for (const [i, row] of LEDGER.entries()) {
      for (const [label, value] of Object.entries(row)) await page.getByLabel(`Row ${i + 1} ${label}`, { exact: true }).fill(value);
      await page.getByLabel(`Row ${i + 1} balance goes`).selectOption('patient');
    }
    await page.getByLabel('Row 1 Write-off (CO/OA/PI)', { exact: true }).fill('0.00');
    await page.getByLabel('Row 1 Other patient resp.', { exact: true }).fill('25.00');
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 14 of 16 points.');
    expect(await page.locator('.findings').textContent()).toContain('CO-45 is a contractual write-off: never bill it to the patient');
    expect(keyRequests).toHaveLength(1);

    // Fixed: full marks.
    await page.getByLabel('Row 1 Write-off (CO/OA/PI)', { exact: true }).fill('25.00');
    await page.getByLabel('Row 1 Other patient resp.', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 16 of 16 points.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-exercise-status="ppo-copay-and-deductible"]').textContent()).toContain('Done · best 100% (2 tries)');
    // One exercise's page states its own status only, not a list count ("1 of 1 done").
    expect(await page.locator('.exercise-summary').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a whole check: two patients and a WO recoupment; the sign and the account are corrected with the 835 rule, the deposit reconciles, full marks after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/posting/batch-ppo-wo-recoupment/'), { waitUntil: 'networkidle' });
    const era = (await page.locator('.era').textContent()) ?? '';
    expect(era).toContain('Ostrowski, Paul');
    expect(era).toContain('Ellery, Gordon');
    expect(era).toMatch(/Provider-level adjustments \(PLB\).*WO overpayment recovery.*claim LKS01\w+\$81\.60/);
    expect(await page.getByRole('table', { name: /Earlier payments in the practice system/ }).textContent()).toContain('PRU68222 (Pruitt, Gerald)');
    expect(await seriousViolations(page)).toEqual([]);

    const ledger: Record<string, string>[] = [
      { Payment: '104.00', 'Write-off (CO/OA/PI)': '25.00', Copay: '30.00', Coinsurance: '26.00' },
      { Payment: '64.00', 'Write-off (CO/OA/PI)': '10.00', Copay: '30.00', Coinsurance: '16.00' },
    ];
    for (const [i, row] of ledger.entries()) {
      for (const [label, value] of Object.entries(row)) await page.getByLabel(`Row ${i + 1} ${label}`, { exact: true }).fill(value);
      await page.getByLabel(`Row ${i + 1} balance goes`).selectOption('patient');
    }
    // Two classic mistakes: the recovery typed as money received and taken from a patient on this check.
    await page.getByLabel('PLB 1 effect on the deposit').fill('81.60');
    await page.getByLabel('PLB 1 post to').selectOption('account:ELL72264');
    await page.getByLabel('Claim payments on this check').fill('168.00');
    await page.getByLabel('Provider-level adjustments, their effect on the deposit').fill('-81.60');
    await page.getByLabel('Deposit that must match the bank').fill('86.40');
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 20 of 22 points.');
    const feedback = (await page.locator('.findings').textContent()) ?? '';
    expect(feedback).toContain('BPR02 = sum of CLP04 - sum of PLB04');
    expect(feedback).toContain('goes to patient account PRU68222, not patient account ELL72264');

    await page.getByLabel('PLB 1 effect on the deposit').fill('-81.60');
    await page.getByLabel('PLB 1 post to').selectOption('account:PRU68222');
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 22 of 22 points.');
    expect(await page.locator('.billing-result').textContent()).toContain('the check reconciles to the deposit');
    expect(await seriousViolations(page)).toEqual([]);

    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-exercise-status="batch-ppo-wo-recoupment"]').textContent()).toContain('Done · best 100% (2 tries)');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('amounts typed the way billers type them are read; a minus sign on an ordinary line is named', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(path), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Remittance advice (ERA)' }).waitFor();
    const typed: Record<string, string>[] = [
      { Payment: '', 'Write-off (CO/OA/PI)': '$ 25', Deductible: '$130.00', Copay: '30.' },
      { Payment: '0', 'Write-off (CO/OA/PI)': '17', Deductible: '\uff11\uff15.00' },
    ];
    for (const [i, row] of typed.entries()) {
      for (const [label, value] of Object.entries(row)) await page.getByLabel(`Row ${i + 1} ${label}`, { exact: true }).fill(value);
      await page.getByLabel(`Row ${i + 1} balance goes`).selectOption('patient');
    }
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 16 of 16 points.');
    await page.getByLabel('Row 2 Write-off (CO/OA/PI)', { exact: true }).fill('\u221217.00');
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 14 of 16 points.');
    expect(await page.locator('.findings').textContent()).toContain('only a reversal (claim status 22) is posted negative');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('on a phone, typing in the last ledger column keeps the row label (line and procedure) in view', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(site(path), { waitUntil: 'networkidle' });
    const lastCell = page.getByLabel('Row 2 balance goes');
    await lastCell.focus();
    const scroller = page.locator('.era-scroll').filter({ has: page.locator('table.ledger') });
    // The ledger is wider than the phone, so focusing its last column scrolls the table sideways.
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const box = await scroller.boundingBox();
    const label = await page.getByRole('rowheader', { name: /^2 / }).boundingBox();
    expect(box && label).toBeTruthy();
    // The label is still inside the visible part of the scroll region, at its left edge.
    expect(Math.abs(label!.x - box!.x)).toBeLessThan(2);
    const labelText = await page.getByRole('rowheader', { name: /^2 / }).textContent();
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent, { x: label!.x + 4, y: label!.y + label!.height / 2 });
    expect(hit).toBe(labelText);
    await context.close();
  });

  test('a credit balance: the page lists the earlier payment, a refund to the patient is corrected to the plan that overpaid, then full marks', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/posting/ppo-duplicate-primary-payment-refund-payer/'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Remittance advice (ERA)' }).waitFor();
    const earlier = page.getByRole('table', { name: 'Payments posted to this claim before the ERA' });
    expect(await earlier.textContent()).toContain('Prairie Mutual Health');
    expect(await earlier.textContent()).toContain('$76.20');
    await page.getByLabel('Row 1 Payment', { exact: true }).fill('110.00');
    await page.getByLabel('Row 1 Write-off (CO/OA/PI)', { exact: true }).fill('10.00');
    await page.getByLabel('Row 1 balance goes').selectOption('none');
    await page.getByLabel('Credit balance on the claim after posting (dollars)').fill('76.20');
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toContain('Credit balance: choose what to do with it');
    await page.getByLabel('What the practice does with it').selectOption({ label: 'Refund the patient' });
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 9 of 10 points.');
    expect(await page.locator('.findings').textContent()).toContain('goes back to Prairie Mutual Health, whose payment made it, not to the patient');
    await page.getByLabel('What the practice does with it').selectOption({ label: 'Refund Prairie Mutual Health' });
    await page.getByRole('button', { name: 'Grade my posting' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 10 of 10 points.');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the secondary billing page grades per field and keeps the result', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.goto(site('/billing/secondary/medigap-deductible-left/'), { waitUntil: 'networkidle' });
    await page.getByLabel('The primary crossed it over: wait for the secondary\'s ERA').check();
    await page.getByLabel('What the patient owes after both payers').fill('33.00');
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toMatch(/^Graded: 2 of 8 points\.$/);
    expect(await page.locator('.findings').textContent()).toContain('OA-23');
    expect(await seriousViolations(page)).toEqual([]);
    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-exercise-status="medigap-deductible-left"]').textContent()).toContain('Tried once');
    await context.close();
  });

  test("Medicare as secondary payer: paying Medicare as primary is corrected with the 411.33 rule, then full marks and Medicare's ERA explains the three amounts", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/secondary/msp-employer-plan-pays-first/'), { waitUntil: 'networkidle' });
    expect(await page.locator('.era').first().textContent()).toContain('PR-3');
    await page.getByLabel("Send the secondary a claim with the primary's payment").check();
    const answer: Record<string, string> = { 'What the secondary pays': '100.81', "OA-23 amount on the secondary's ERA": '104.00', 'What the patient owes after both payers': '0.00', 'Total charges': '185.00', 'Paid by the primary payer': '104.00', 'Adjustments (write-offs)': '26.12' };
    for (const [label, value] of Object.entries(answer)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toMatch(/^Graded: \d+ of 8 points\.$/);
    expect(await page.locator('.findings').textContent()).toContain('411.33(a)');
    await page.getByLabel('What the secondary pays', { exact: true }).fill('54.88');
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 8 of 8 points.');
    await expect.poll(async () => (await page.locator('.era').allTextContents()).join(' ')).toContain('Medicare pays the lowest of three amounts');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  test("commercial COB: the father's HMO as the child's secondary pays no more than the mother's plan left (NAIC standard method), then full marks and Prairie's ERA shows OA-23", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/secondary/commercial-cob-child-birthday-rule/'), { waitUntil: 'networkidle' });
    expect(await page.locator('.era').first().textContent()).toContain('PR-3');
    await page.getByLabel("Send the secondary a claim with the primary's payment").check();
    const answer: Record<string, string> = { 'What the secondary pays': '76.20', "OA-23 amount on the secondary's ERA": '74.00', 'What the patient owes after both payers': '0.00', 'Total charges': '120.00', 'Paid by the primary payer': '64.00', 'Adjustments (write-offs)': '10.00' };
    for (const [label, value] of Object.entries(answer)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toMatch(/^Graded: \d+ of 8 points\.$/);
    expect(await page.locator('.findings').textContent()).toContain("NAIC model's standard COB method");
    await page.getByLabel('What the secondary pays', { exact: true }).fill('46.00');
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 8 of 8 points.');
    await expect.poll(async () => (await page.locator('.era').allTextContents()).join(' ')).toContain('OA-23');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Medicaid as payer of last resort', () => {
  test('billing the patient the cost sharing Medicaid did not pay is corrected with 42 CFR 447.20, then full marks and Heartland\'s ERA shows the CO-45', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/billing/secondary/medicaid-after-employer-plan/'), { waitUntil: 'networkidle' });
    expect(await page.locator('.era').first().textContent()).toContain('PR-3');
    await page.getByLabel("Send the secondary a claim with the primary's payment").check();
    const answer: Record<string, string> = { 'What the secondary pays': '44.20', "OA-23 amount on the secondary's ERA": '116.40', 'What the patient owes after both payers': '49.40', 'Total charges': '210.00', 'Paid by the primary payer': '54.40', 'Adjustments (write-offs)': '62.00' };
    for (const [label, value] of Object.entries(answer)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 6 of 8 points.');
    expect(await page.locator('.findings').textContent()).toContain('447.20(a)');
    await page.getByLabel('What the patient owes after both payers', { exact: true }).fill('0.00');
    await page.getByLabel('Adjustments (write-offs)', { exact: true }).fill('111.40');
    await page.getByRole('button', { name: 'Grade my answer' }).click();
    await expect.poll(() => page.locator('.billing-status').textContent()).toBe('Graded: 8 of 8 points.');
    await expect.poll(async () => (await page.locator('.era').allTextContents()).join(' ')).toContain('CO-45');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the billing hub', () => {
  test('the main menu leads to every billing practice set, in revenue-cycle order, and each count matches its list', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing', exact: true }).click();
    await page.waitForURL(/\/billing\/$/);
    const steps = await page.locator('.billing-steps h2').allTextContents();
    expect(steps.map((s) => s.replace(/\s*\(.*$/, ''))).toEqual([
      'Eligibility and benefits', 'CMS-1500 claims', 'Claim forms and claim status', 'Payment posting', 'Payment variance review', 'Secondary and patient billing', 'Denial management', 'A/R follow-up', 'Billing office desk work', 'Billing case analysis and regulations',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    // The counts on the hub are the lists' own lengths (denials and A/R were missing from this page once).
    for (const [name, path, rows] of [['Payment variance review', '/billing/variance/', 'main li:has(> a[href^="/billing/variance/"])'], ['Denial management', '/billing/denials/', 'li.card'], ['A/R follow-up', '/billing/ar/', 'li.card']] as const) {
      const heading = page.locator('.billing-steps h2').filter({ hasText: name });
      const n = Number(/\((\d+) exercises?\)/.exec((await heading.textContent()) ?? '')?.[1]);
      expect(n).toBeGreaterThan(0);
      await heading.getByRole('link').click();
      await page.waitForURL(new RegExp(`${path}$`));
      expect(await page.locator(rows).count()).toBe(n);
      await page.goBack();
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
