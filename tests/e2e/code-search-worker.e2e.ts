import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The code lookup, with what its search fetched and whether a Web Worker started. */
async function openLookup({ noWorker = false }: { noWorker?: boolean } = {}): Promise<{ page: Page; errors: string[]; workers: string[]; data: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors = watchErrors(page);
  const workers: string[] = [];
  const data: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.context().on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) data.push(path);
  });
  // An old browser without Worker: the lookup must search on the main thread instead.
  if (noWorker) await page.addInitScript(() => { delete (window as { Worker?: unknown }).Worker; });
  await page.goto(site('/codes/'), { waitUntil: 'networkidle' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return { page, errors, workers, data };
}

const box = (page: Page) => page.getByLabel('Search ICD-10-CM and HCPCS codes');
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('code lookup through the search Web Worker', () => {
  test('typing "CAD" key by key shows results from the worker with how the query was read', async () => {
    const { page, errors, workers, data } = await openLookup();
    expect(data.filter((p) => p.includes('/search/')), 'no index download before the first keystroke').toEqual([]);
    await box(page).pressSequentially('CAD', { delay: 120 });
    await status(page, 'results for "CAD"');
    expect(workers.some((u) => /code-search\.worker/.test(u)), `workers: ${workers.join(', ')}`).toBe(true);
    const first = page.locator('.results li').first();
    await expect(first.locator('.result-code').textContent()).resolves.toMatch(/^I25/);
    await expect(first.locator('.result-via').textContent()).resolves.toMatch(/^CAD read as coronary artery disease; Index: /);
    // The first search fetched the index base and a few shards, never a whole-index file.
    expect(data).toContain('/data/icd10cm/fy2027/search/base.json');
    expect(data.some((p) => /search\/words-c[a-z]?\.json$/.test(p))).toBe(true);
    expect(data.some((p) => /search\.json$/.test(p))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['a 10,000-character query', 'x'.repeat(10_000), 'That is too long to search'],
    ['only punctuation', '?!.,;-', 'Type a word or a code'],
    ['emoji', '🤒🤕', 'Type a word or a code'],
  ])('%s gets a hint from the worker, never an error', async (_, query, hint) => {
    const { page, errors } = await openLookup();
    await box(page).fill(query);
    await status(page, hint);
    await expect(page.locator('.results li').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('without Worker the lookup searches on the main thread and shows the same first result', async () => {
    const { page, errors, workers } = await openLookup({ noWorker: true });
    await box(page).fill('CAD');
    await status(page, 'results for "CAD"');
    expect(workers).toEqual([]);
    await expect(page.locator('.results li .result-code').first().textContent()).resolves.toMatch(/^I25/);
    await expect(page.locator('.results li .result-via').first().textContent()).resolves.toMatch(/^CAD read as coronary artery disease/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('site search (Ctrl+K) shows how each code hit was read', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = watchErrors(page);
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog').waitFor({ state: 'visible' });
    await page.keyboard.type('CAD');
    const codes = page.locator('dialog.search-dialog section[data-group="code"]');
    await codes.waitFor();
    await expect(codes.locator('.search-why').first().textContent()).resolves.toMatch(/^CAD read as coronary artery disease/);
    expect(await seriousViolations(page), 'axe on the open dialog').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the lookup with worker results has no serious axe violations', async () => {
    const { page } = await openLookup();
    await box(page).fill('CAD');
    await status(page, 'results for "CAD"');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
