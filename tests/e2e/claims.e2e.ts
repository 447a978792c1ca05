import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const claimPath = '/claims/office-visit-diabetes-hypertension/';

async function openClaim(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site(claimPath), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Scrub' }).waitFor();
  return { page, errors };
}

describe('CMS-1500 claim exercise', () => {
  test('scrubbing the pre-filled claim lists what is still missing, tied to the boxes', async () => {
    const { page, errors } = await openClaim();
    await page.getByRole('button', { name: 'Scrub' }).click();
    await page.waitForFunction(() => document.querySelector('.cl-status')?.textContent?.startsWith('Scrubber'));
    await expect(page.locator('.cl-status').textContent()).resolves.toMatch(/Scrubber: \d+ error/);
    const findings = (await page.locator('.cl-findings').textContent()) ?? '';
    expect(findings).toMatch(/21|diagnos/i);
    // Errors are tied to their inputs for screen readers.
    const described = await page.locator('input[aria-invalid="true"][aria-describedby]').count();
    expect(described).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('grading shows the score and the student claim beside the answer; progress is kept', async () => {
    const { page } = await openClaim();
    await page.getByLabel('21A', { exact: true }).fill('E11.65');
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await page.waitForFunction(() => document.querySelector('.cl-status')?.textContent?.startsWith('Score'));
    await expect(page.locator('.cl-status').textContent()).resolves.toMatch(/Score: [\d.]+ of [\d.]+ points/);
    await expect(page.getByRole('heading', { name: 'Your claim beside the answer' }).isVisible()).resolves.toBe(true);
    const saved = await page.evaluate(() => localStorage.getItem('claimlab:progress') ?? '');
    expect(saved).toContain('office-visit-diabetes-hypertension');
    await page.context().close();
  });

  test('odd characters typed into a box stay plain text, in the form and in the 837P', async () => {
    const { page, errors } = await openClaim();
    const field = page.getByLabel('19 Additional claim information');
    await field.fill('<img src=x onerror="window.__pwned=1"> ~*:^ Ω');
    await page.getByRole('button', { name: 'Export 837P' }).click();
    await page.waitForFunction(() => /837P|readable claim/.test(document.querySelector('.cl-status')?.textContent ?? ''));
    await expect(field.inputValue()).resolves.toBe('<img src=x onerror="window.__pwned=1"> ~*:^ Ω');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.cl-exercise img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Export 837P refuses a claim with scrubber errors and lists them', async () => {
    const { page, errors } = await openClaim();
    await page.getByRole('button', { name: 'Export 837P' }).click();
    await page.waitForFunction(() => /837P/.test(document.querySelector('.cl-status')?.textContent ?? ''));
    await expect(page.locator('.cl-status').textContent()).resolves.toMatch(/^No 837P: the scrubber found \d+ error/);
    expect(await page.locator('.cl-x12').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Export 837P writes the answer claim, every segment checked against the 005010X222A1 layout', async () => {
    const { page, errors } = await openClaim();
    const answer = (parseYaml(readFileSync(join(process.cwd(), 'content/exercises/claims/office-visit-diabetes-hypertension.yaml'), 'utf8')) as { answer: unknown }).answer;
    await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'answer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answer)) });
    await expect.poll(() => page.getByLabel('21A', { exact: true }).inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Export 837P' }).click();
    await page.waitForFunction(() => /837P/.test(document.querySelector('.cl-status')?.textContent ?? ''));
    await expect(page.locator('.cl-status').textContent()).resolves.toMatch(/^837P export ready below\./);
    const text = (await page.locator('.cl-x12').textContent()) ?? '';
    expect(text.split('\n')[0]).toHaveLength(106);
    expect(text.trim().endsWith('IEA*1*000000001~')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the claim page has no serious axe violations', async () => {
    const { page } = await openClaim();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('saving and loading a claim as JSON', () => {
  test('a saved claim loads back into the form; a file that is not a claim changes nothing', async () => {
    const { page } = await openClaim();
    await page.getByLabel('21A', { exact: true }).fill('E11.65');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save claim (JSON)' }).click()]);
    const path = await download.path();
    await page.getByLabel('21A', { exact: true }).fill('');

    await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2, 3]') });
    await expect.poll(() => page.locator('.cl-status').textContent()).toContain('not a ClaimLab claim, so nothing was changed');
    await expect(page.getByLabel('21A', { exact: true }).inputValue()).resolves.toBe('');

    await page.getByLabel('Load claim (JSON)').setInputFiles(path);
    await expect.poll(() => page.getByLabel('21A', { exact: true }).inputValue()).toBe('E11.65');
    await page.context().close();
  });
});
