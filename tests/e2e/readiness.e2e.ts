import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, seriousViolations, site, violationsInSchemes, watchErrors } from './support/browser.ts';
import { readCoverageContent } from '../../scripts/lib/coverage-content.ts';
import { coverageEntries } from '../../src/domain/blueprints/entries.ts';
import { domainCoverage } from '../../src/domain/blueprints/coverage.ts';
import { PROGRESS_KEY } from '../../src/stores/progress-keys.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const root = new URL('../../', import.meta.url).pathname;
const { blueprints, map, source } = readCoverageContent(root);
const { entries } = coverageEntries(source, map);
const cpc = blueprints.find((b) => b.id === 'cpc');
if (!cpc) throw new Error('content/blueprints/cpc.yaml is missing');
const em = domainCoverage(cpc, entries).find((c) => c.domain === 'evaluation-management');
if (!em) throw new Error('CPC outline has no evaluation-management domain');

/** Saved progress of a learner who finished the E/M lessons, aced two E/M cases and every E/M question. */
function progressReadyInEm(): string {
  const at = '2026-11-20T10:00:00.000Z';
  return JSON.stringify({
    version: 3,
    lessons: Object.fromEntries(em!.lessons.map((l) => [l.id, { completedAt: at }])),
    attempts: em!.cases.slice(0, 2).map((c) => ({ exerciseId: c.id, kind: 'coding', earned: 10, total: 10, at, missed: [], topics: [], certifications: [] })),
    quizAnswers: {},
    cards: {},
    exams: [{ id: 'cpc-style-1', examId: 'cpc-style', startedAt: at, finishedAt: '2026-11-20T12:00:00.000Z', answers: Object.fromEntries(em!.items.map((i) => [i.id, i.key])), earned: em!.items.length, total: 100 }],
    updatedAt: at,
  });
}

describe('readiness maps', () => {
  test('the CPC map lists all 17 outline domains with weights and sources, and reads the learner\'s progress', async () => {
    const context = await browser.newContext();
    await context.addInitScript(([key, value]) => { if (!localStorage.getItem(key as string)) localStorage.setItem(key as string, value as string); }, [PROGRESS_KEY, progressReadyInEm()]);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/readiness/cpc/'), { waitUntil: 'networkidle' });
    await expect(page.locator('h1').textContent()).resolves.toBe('CPC readiness map');
    const rows = page.locator('.readiness-table tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(17);
    const emRow = page.getByRole('row', { name: /Evaluation and Management/ });
    await expect(emRow.getByText('Ready', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('row', { name: /Anesthesia/ }).getByText(/Not covered by ClaimLab yet|Not started/).count()).resolves.toBe(1);
    await expect(page.getByRole('status').filter({ hasText: /Ready in 1 of 17 domains/ }).count()).resolves.toBe(1);
    // The four areas whose counts AAPC's list does not show say so.
    await expect(page.getByText('Weight: not published', { exact: false }).count()).resolves.toBe(4);
    await expect(page.locator('section#domain-evaluation-management a[href^="/learn/cpt-em/"]').count()).resolves.toBe(em!.lessons.length);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the CCA map says plainly that ICD-10-PCS and inpatient facility coding cases are not covered, and what of inpatient coding is', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/readiness/cca/'), { waitUntil: 'networkidle' });
    await expect(page.locator('#domain-clinical-classification .not-covered').textContent()).resolves.toMatch(/ICD-10-PCS is not taught.*no full inpatient facility coding cases.*principal diagnosis under the UHDDS/s);
    await expect(page.locator('.readiness-table tbody tr').count()).resolves.toBe(6);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the maps are reachable from the exams page and pass axe in both colour schemes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site('/exams/'), { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'CBCS readiness map' }).click();
    await page.waitForURL(/\/readiness\/cbcs\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('CBCS readiness map');
    await context.close();
    expect(await violationsInSchemes(browser, '/readiness/')).toEqual([]);
  });

  // Issue 15: every certification's map is tested in the browser and with axe, both before any
  // progress and with saved progress (the island then fills in the per-domain readiness).
  test.each(blueprints.map((b) => [b.certification, b] as const))('the %s map shows every outline domain and passes axe in both colour schemes, with and without progress', async (_cert, bp) => {
    const path = `/readiness/${bp.id}/`;
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const withProgress of [false, true]) {
        const context = await browser.newContext({ colorScheme });
        if (withProgress) await context.addInitScript(([key, value]) => { localStorage.setItem(key as string, value as string); }, [PROGRESS_KEY, progressReadyInEm()]);
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(site(path), { waitUntil: 'networkidle' });
        await expect(page.locator('h1').textContent()).resolves.toBe(`${bp.certification} readiness map`);
        const rows = page.locator('.readiness-table tbody tr');
        await rows.first().waitFor();
        await expect(rows.count()).resolves.toBe(bp.domains.length);
        await page.getByRole('status').filter({ hasText: /Ready in \d+ of \d+ domains/ }).waitFor();
        found.push(...(await seriousViolations(page)).map((v) => `${path} in ${colorScheme}${withProgress ? ' with progress' : ''}: ${v}`));
        expect(errors, `${path} in ${colorScheme}`).toEqual([]);
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });
});
