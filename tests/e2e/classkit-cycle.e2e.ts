import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/data/code-set-node.ts';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';
import { enterKneeAnswer, KNEE_CASE } from './support/coding.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const { id: CODING_ID, title: CODING_TITLE } = KNEE_CASE;
const VARIANCE_ID = 'variance/ppo-sore-throat-ear-wax-variance';
const VARIANCE_TITLE = 'PPO: a sore throat visit, ear wax removal and a strep test checked against the contract';
const VARIANCE_COUNT = readdirSync(join(REPO_ROOT, 'content/exercises/variance')).filter((f) => f.endsWith('.yaml')).length;

/** Types into the focused field, then moves on with Tab, as a keyboard user fills a row. */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe('a whole class cycle', () => {
  test('assign, do the work (a coding case and a payment variance review), hand in the file, grade it in the gradebook, export CSV for Canvas', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // The instructor makes the link.
    await page.goto(site('/teach/assign/'), { waitUntil: 'networkidle' });
    await page.getByLabel('Title').fill('Week 1: knee injection');
    await page.getByLabel('Due (your time zone)').fill('2099-12-05T23:59');
    await page.getByLabel('Passing score (%)').fill('80');
    await page.getByLabel('Class code').fill('HIM-110');
    await page.locator('summary', { hasText: 'Coding exercises' }).click();
    await page.getByLabel(CODING_TITLE).check();
    // Variance reviews are listed under their own heading, every one of them.
    const varianceKind = page.locator('details.ck-kind', { has: page.locator('summary', { hasText: 'Payment variance exercises' }) });
    expect(await varianceKind.locator('summary').textContent()).toContain(`(${VARIANCE_COUNT})`);
    await varianceKind.locator('summary').click();
    await page.getByLabel(VARIANCE_TITLE).check();
    await page.getByRole('button', { name: 'Make the link' }).click();
    const link = await page.getByLabel('Send this link to your students').inputValue();
    expect((await page.locator('.ck-made').textContent()) ?? '').toContain(VARIANCE_TITLE);

    // The student does the exercise with one code at the wrong specificity, and hands in a file.
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.locator(`tr[data-item="coding:${CODING_ID}"]`).getByRole('link').click();
    await page.getByLabel('Add a diagnosis code').waitFor();
    await page.waitForLoadState('networkidle');
    await enterKneeAnswer(page, ['M17.10', 'I10']);
    await page.getByRole('button', { name: 'Check my codes' }).click();
    const [, earned, total] = /Score: ([\d.]+) of ([\d.]+)/.exec((await page.locator('.results :is(h2, h3)').textContent()) ?? '') ?? [];
    expect(Number(earned)).toBeLessThan(Number(total));
    await page.goBack({ waitUntil: 'networkidle' });

    // The variance review, by keyboard: right amounts, but line 2 asks the payer to fix our own claim.
    const varianceRow = page.locator(`tr[data-item="variance:${VARIANCE_ID}"]`);
    await expect(varianceRow.textContent()).resolves.toContain('Not started');
    await varianceRow.getByRole('link').click();
    await page.getByLabel('Line 1 Expected allowed').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    await page.getByLabel('Line 1 Expected allowed').focus();
    for (const [allowed, paid, variance, action] of [['$110', '64.00', '0', 'Ac'], ['90.00', '72', '24.00', 'As'], ['18.00', '14.4', '.00', 'Ac']] as const) {
      await typeAndTab(page, allowed);
      await typeAndTab(page, paid);
      await typeAndTab(page, variance);
      await typeAndTab(page, action);
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => page.locator('.billing-status').textContent()).toMatch(/^Graded: \d+ of \d+ points\.$/);
    const [, vEarned, vTotal] = /Graded: (\d+) of (\d+) points/.exec((await page.locator('.billing-status').textContent()) ?? '') ?? [];
    expect(Number(vEarned)).toBeLessThan(Number(vTotal));
    await page.goBack({ waitUntil: 'networkidle' });
    await expect.poll(() => varianceRow.textContent()).toContain(`Graded · ${vEarned} of ${vTotal} points`);
    await page.getByLabel('Your name or student ID').fill('Zoë O\'Brien');
    const [handIn] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make submission file' }).click()]);
    const fileName = handIn.suggestedFilename();
    const text = await readFile((await handIn.path())!, 'utf8');

    // The instructor drops the file on the gradebook, with the link, and reads the same score.
    await page.goto(site('/teach/gradebook/'), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    await page.getByLabel(/^Assignment link/).fill(link);
    await page.getByLabel('Submission files (.json) or a .zip of them').setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(async () => page.locator('.gb > [role=status]').textContent(), { timeout: 30_000 }).toMatch(/Roster ready: 1 student counted\./);
    const row = (await page.locator('table.gb-roster tbody tr').textContent()) ?? '';
    expect(row).toContain('Zoë O\'Brien');
    // The gradebook regrades both with the pages' own graders: the same points, and the variance miss named.
    const sumEarned = Number(earned) + Number(vEarned);
    const sumTotal = Number(total) + Number(vTotal);
    expect(row).toContain(`${sumEarned} / ${sumTotal}`);
    const misses = (await page.locator('.gb-misses').allTextContents()).join(' ');
    expect(misses).toContain('M17.11');
    expect(misses).toContain('Line 2 (69210): action');

    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Canvas CSV' }).click()]);
    const csv = (await readFile((await csvFile.path())!, 'utf8')).split('\r\n');
    expect(csv[0]).toMatch(/^Student,ID,SIS User ID,SIS Login ID,Section,Week 1: knee injection \([a-z0-9]{12}\)$/);
    expect(csv.slice(1, 3)).toEqual([`Points Possible,,,,,${sumTotal}`, `Zoë O'Brien,,,,,${sumEarned}`]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
