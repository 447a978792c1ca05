import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, seriousViolations } from './support/browser.ts';
import { openClaimWithFirstLineChanged } from './support/claim-page.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ID = 'office-visit-diabetes-hypertension';
type Row = { paid: string; adjustment: string; deductible: string; coinsurance: string; copay: string; otherPatient: string; transfer: 'none' | 'patient' };
const COLUMNS = { paid: 'Payment', adjustment: 'Write-off (CO/OA/PI)', deductible: 'Deductible', coinsurance: 'Coinsurance', copay: 'Copay', otherPatient: 'Other patient resp.' } as const;
const dollars = (cents: number) => (cents / 100).toFixed(2);

/**
 * Reads the remittance advice the way a biller does: per line the paid amount and each
 * group-CARC adjustment ("CO-45 $12.00: ..."), and posts it: CO/OA/PI written off, PR-1/2/3 to
 * deductible, coinsurance and copay, other PR to other patient responsibility; the PR balance
 * goes to the patient (this case has no other plan).
 */
async function readEra(page: Page): Promise<Row[]> {
  const rows = page.locator('.cl-submission table.cl-compare').first().locator('tbody tr');
  const out: Row[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    const paid = Math.round(Number(((await cells.nth(3).textContent()) ?? '').replace(/[$,]/g, '')) * 100);
    const reasons = [...((await cells.nth(4).textContent()) ?? '').matchAll(/\b(CO|PR|OA|PI)-(\w+) \$(\d+\.\d\d):/g)].map((m) => ({ group: m[1]!, carc: m[2]!, cents: Math.round(Number(m[3]) * 100) }));
    const pr = (carc?: string) => reasons.filter((r) => r.group === 'PR' && (carc ? r.carc === carc : !['1', '2', '3'].includes(r.carc))).reduce((n, r) => n + r.cents, 0);
    const patient = reasons.filter((r) => r.group === 'PR').reduce((n, r) => n + r.cents, 0);
    out.push({
      paid: dollars(paid),
      adjustment: dollars(reasons.filter((r) => r.group !== 'PR').reduce((n, r) => n + r.cents, 0)),
      deductible: dollars(pr('1')), coinsurance: dollars(pr('2')), copay: dollars(pr('3')), otherPatient: dollars(pr()),
      transfer: patient > 0 ? 'patient' : 'none',
    });
  }
  return out;
}

async function post(page: Page, rows: Row[]): Promise<void> {
  const ledger = page.locator('.cl-loop-posting');
  for (const [i, row] of rows.entries()) {
    for (const [field, label] of Object.entries(COLUMNS)) await ledger.getByLabel(`Row ${i + 1} ${label}`, { exact: true }).fill(row[field as keyof typeof COLUMNS]);
    await ledger.getByLabel(`Row ${i + 1} balance goes`).selectOption(row.transfer);
  }
  await ledger.getByRole('button', { name: 'Grade my posting' }).click();
}

describe('the billing loop from a claim exercise', () => {
  test('a payer-judged mistake is denied on the 835 (not rejected); the learner posts the ERA, is graded with CARC feedback, and the posting survives a reload', async () => {
    // The answer with an office visit billed at inpatient POS 21: the payer judges that (CARC 5).
    const { context, page, errors } = await openClaimWithFirstLineChanged(browser, ID, { placeOfService: '21' });
    await expect.poll(() => page.getByLabel('24B POS').first().inputValue()).toBe('21');

    await page.getByRole('button', { name: 'Submit to payer' }).click();
    await page.getByRole('button', { name: 'Send anyway' }).waitFor();
    // The scrubber warns first, and says this one is the payer's to judge (a denial, not a rejection).
    await expect.poll(() => page.locator('.cl-submit-status').textContent()).toMatch(/the payer judges itself, so it would be accepted and then denied on the 835/);
    await page.getByRole('button', { name: 'Send anyway' }).click();
    await page.getByRole('heading', { name: 'Accepted and adjudicated: 835 remittance' }).waitFor();
    const result = (await page.locator('.cl-submission').textContent()) ?? '';
    expect(result).toMatch(/CO-5 \$\d+\.\d\d: .*inpatient hospital/);
    expect(result).toMatch(/Denied on this claim: \$\d+\.\d\d/);
    expect(result).toMatch(/What the mistakes cost: the correct claim is paid \$\d+\.\d\d; this one \$\d+\.\d\d, \$\d+\.\d\d less/);
    expect(result).not.toContain('277CA claim acknowledgment');

    // First posting: the CO-5 denial billed to the patient. Graded, with feedback naming CO-5.
    const key = await readEra(page);
    expect(key[0]).toMatchObject({ paid: '0.00', transfer: 'none' });
    await post(page, key.map((r, i) => (i === 0 ? { ...r, adjustment: '0.00', otherPatient: r.adjustment, transfer: 'patient' } : r)));
    const posted = page.locator('.cl-loop-posting [data-posted]');
    await posted.getByRole('heading', { name: /^Posting result: \d+ of \d+ points$/ }).waitFor();
    await expect(posted.textContent()).resolves.toMatch(/CO-5 is a denial the provider is liable for/);

    // Posted as the ERA says: full points.
    await post(page, key);
    await expect.poll(() => posted.textContent()).toMatch(/Every line posted correctly and balanced/);
    const heading = (await posted.getByRole('heading').textContent()) ?? '';
    const [, earned, total] = /(\d+) of (\d+)/.exec(heading) ?? [];
    expect(earned).toBe(total);
    await expect.poll(() => page.locator('.cl-loop-posting [role="status"]').textContent()).toMatch(/^Posting graded: \d+ of \d+ points\.$/);

    expect(await seriousViolations(page)).toEqual([]);

    // Still there after a reload: the ERA, the ledger as posted and the grade.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Accepted and adjudicated: 835 remittance' }).waitFor();
    await expect(posted.getByRole('heading').textContent()).resolves.toBe(heading);
    await expect(page.locator('.cl-loop-posting').getByLabel('Row 1 Write-off (CO/OA/PI)', { exact: true }).inputValue()).resolves.toBe(key[0]!.adjustment);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    // Two gradings, two axe runs and a reload: more than the default minute on a loaded 2-core machine.
  }, 150_000);
});
