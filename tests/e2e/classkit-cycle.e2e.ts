import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';
import { enterKneeAnswer, KNEE_CASE } from './support/coding.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const { id: CODING_ID, title: CODING_TITLE } = KNEE_CASE;

describe('a whole class cycle', () => {
  test('assign, do the work, hand in the file, grade it in the gradebook, export CSV for Canvas', async () => {
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
    await page.getByRole('button', { name: 'Make the link' }).click();
    const link = await page.getByLabel('Send this link to your students').inputValue();

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
    expect(row).toContain(`${earned} / ${total}`);
    expect(await page.locator('.gb-misses').first().textContent()).toContain('M17.11');

    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Canvas CSV' }).click()]);
    const csv = (await readFile((await csvFile.path())!, 'utf8')).split('\r\n');
    expect(csv[0]).toMatch(/^Student,ID,SIS User ID,SIS Login ID,Section,Week 1: knee injection \([a-z0-9]{12}\)$/);
    expect(csv.slice(1, 3)).toEqual([`Points Possible,,,,,${total}`, `Zoë O'Brien,,,,,${earned}`]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
