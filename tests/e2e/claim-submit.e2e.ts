import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, seriousViolations } from './support/browser.ts';
import { openClaimWithFirstLineChanged } from './support/claim-page.ts';
import { applyChanges } from '../../src/domain/claims/apply-changes.ts';
import { claimExerciseSchema } from '../../src/domain/claims/claim-exercise-schema.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ID = 'office-visit-diabetes-hypertension';

/**
 * How long a condition may take to hold. Submit runs the whole chain in the page (scrub, 837P, 999,
 * 277CA, adjudication, 835) and a loaded form re-renders every field: on a busy machine either takes
 * longer than the one second expect.poll allows by default, so every wait here is for the condition
 * itself, with room to spare, never a fixed pause.
 */
const WAIT = { timeout: 20_000 };

/** Waits until the 835 on the page says the claim was paid exactly `amount` (a new result replaces the last). */
async function waitForPaid(page: Page, amount: string): Promise<void> {
  await page.locator('.cl-submission [data-paid]', { hasText: new RegExp(`^${amount.replace(/[$.]/g, '\\$&')}$`) }).waitFor(WAIT);
}

describe('teaching Submit from a claim exercise', () => {
  test('a front-end error comes back on a 277CA; fixed, the claim is paid on the 835; the result survives a reload', async () => {
    // The answer claim with a deliberate front-end error: 1.5 units of an office visit (E/M visits are whole encounters).
    const { context, page, errors } = await openClaimWithFirstLineChanged(browser, ID, { units: '1.5' });
    const units = page.getByLabel('24G Units').first();
    await expect.poll(() => units.inputValue(), WAIT).toBe('1.5');

    await page.getByRole('button', { name: 'Submit to payer' }).click();
    const anyway = page.getByRole('button', { name: 'Send anyway' });
    await anyway.waitFor();
    await expect(anyway.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // By keyboard: the warning goes away with its button, and focus goes back to Submit rather
    // than falling to the page.
    await anyway.press('Enter');
    await page.getByRole('heading', { name: 'Rejected: 277CA claim acknowledgment' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Submit to payer');
    await expect.poll(() => page.locator('.cl-submit-status').textContent(), WAIT).toMatch(/^Rejected on the 277CA/);
    const rejected = (await page.locator('.cl-submission').textContent()) ?? '';
    expect(rejected).toMatch(/whole|fraction/i);
    expect(rejected).toMatch(/nothing to appeal/);
    expect(rejected).toMatch(/What the mistakes cost: the correct claim is paid \$\d+\.\d\d; this one \$0\.00/);

    await units.fill('1');
    await page.getByRole('button', { name: 'Submit to payer' }).press('Enter');
    await page.getByRole('heading', { name: 'Accepted and adjudicated: 835 remittance' }).waitFor();
    // The button is busy while the payer answers but never disabled, so the key press keeps its place.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Submit to payer');
    const paid = (await page.locator('.cl-submission [data-paid]').textContent()) ?? '';
    expect(paid).toMatch(/^\$\d+\.\d\d$/);
    expect(Number(paid.slice(1))).toBeGreaterThan(0);
    await expect(page.locator('.cl-submission').textContent()).resolves.toContain('Paid the same as the correct claim');

    expect(await seriousViolations(page)).toEqual([]);

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Accepted and adjudicated: 835 remittance' }).waitFor();
    await expect(page.locator('.cl-submission [data-paid]').textContent()).resolves.toBe(paid);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Medicare as secondary payer: the working-spouse case is paid as secondary ($54.88) with OA-23 and the three 411.33 amounts on the 835; sent as if Medicare were primary it is denied CO-22', async () => {
    const { context, page, errors } = await openClaimWithFirstLineChanged(browser, 'medicare-secondary-spouse-employer-plan', {});
    await expect.poll(() => page.getByLabel('24G Units').first().inputValue(), WAIT).toBe('1');
    await page.getByRole('button', { name: 'Submit to payer' }).click();
    await page.getByRole('heading', { name: 'Accepted and adjudicated: 835 remittance' }).waitFor();
    await expect(page.locator('.cl-submission [data-paid]').textContent()).resolves.toBe('$54.88');
    const text = (await page.locator('.cl-submission').textContent()) ?? '';
    expect(text).toContain('OA-23');
    expect(text).toContain('411.33(a)');

    // The exported 837P carries what Medicare read: SBR*S and Lakeshore's loops, each explained.
    await page.getByRole('button', { name: 'Export 837P' }).click();
    await expect.poll(() => page.getByRole('region', { name: '837P segments' }).textContent(), { timeout: 15000 }).toContain('SVD*LKS01*104*HC:99214**1~');
    const x12 = (await page.getByRole('region', { name: '837P segments' }).textContent()) ?? '';
    expect(x12).toContain('SBR*S*18***12****MB~');
    expect(x12).toContain('NM1*IL*1*LINDGREN*ROBERT*K***MI*LHP448120936~');
    expect(await page.getByRole('cell', { name: /Amount the other payer paid on this claim \(AMT\*D\): \$104\.00/ }).count()).toBe(1);

    // The same claim telling Medicare it is primary (NONE in item 11, items 4 and 11a-11c blank)
    // carries no COB loops: Medicare's MSP record names Lakeshore, so every line is denied CO-22.
    const answer = (parseYaml(readFileSync(join(process.cwd(), 'content/exercises/claims/medicare-secondary-spouse-employer-plan.yaml'), 'utf8')) as { answer: Record<string, unknown> }).answer;
    const { relationship: _spouse, ...rest } = answer;
    const asPrimary = { ...rest, insured: { name: { last: '', first: '' }, policyGroup: 'NONE' } };
    await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'claim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(asPrimary)) });
    await expect.poll(() => page.getByLabel('11 Policy group or FECA number').inputValue(), WAIT).toBe('NONE');
    await page.getByRole('button', { name: 'Submit to payer' }).click();
    // The claim itself is clean (the scrubber cannot know Medicare's MSP record): it goes straight out.
    await waitForPaid(page, '$0.00');
    const denied = (await page.locator('.cl-submission').textContent()) ?? '';
    expect(denied).toContain('CO-22');
    expect(denied).toContain('pays before Medicare');
    expect(denied).toMatch(/What the mistakes cost: the correct claim is paid \$54\.88; this one \$0\.00/);
    expect(errors).toEqual([]);
    await context.close();
  });
  test("commercial COB: the birthday-rule child billed to her father's Prairie HMO goes to Prairie and is denied CO-22; addressed to Lakeshore it is paid", async () => {
    const { context, page, errors } = await openClaimWithFirstLineChanged(browser, 'child-two-parent-plans-birthday-rule', {});
    await expect.poll(() => page.getByLabel('24G Units').first().inputValue(), WAIT).toBe('1');
    const ex = claimExerciseSchema.parse(parseYaml(readFileSync(join(process.cwd(), 'content/exercises/claims/child-two-parent-plans-birthday-rule.yaml'), 'utf8')));
    const prairieFirst = applyChanges(ex.answer, ex.commonMistakes.find((m) => m.rule === 'grade')!.changes);
    await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'claim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(prairieFirst)) });
    await expect.poll(() => page.getByLabel('11 Policy group or FECA number').inputValue(), WAIT).toBe('PM70215');
    await page.getByRole('button', { name: 'Submit to payer' }).click();
    await waitForPaid(page, '$0.00');
    const denied = (await page.locator('.cl-submission').textContent()) ?? '';
    expect(denied).toContain('CO-22');
    expect(denied).toContain('Lakeshore Health Plan pays first');
    expect(denied).toContain('PRAIRIE MUTUAL HEALTH');
    expect(denied).toMatch(/What the mistakes cost: the correct claim is paid \$64\.00; this one \$0\.00/);

    await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'claim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ex.answer)) });
    await expect.poll(() => page.getByLabel('11 Policy group or FECA number').inputValue(), WAIT).toBe('GRP52210');
    await page.getByRole('button', { name: 'Submit to payer' }).click();
    await waitForPaid(page, '$64.00');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
