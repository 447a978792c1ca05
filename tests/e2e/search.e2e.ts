import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Waits until the status region reports results for exactly `query` (typing has settled). */
async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.querySelector('dialog.search-dialog [role="status"]')?.textContent?.endsWith(`for “${q}”`), query);
}

/** Opens a page and records every request for the search index. */
async function open(path: string, { serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<{ page: Page; errors: string[]; indexRequests: string[] }> {
  // Service workers are blocked except where a test is about them: offline.e2e.ts covers them,
  // and installing one per test only slows the run.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers });
  const errors = watchErrors(page);
  const indexRequests: string[] = [];
  // The context also sees requests made by the service worker, which must not prefetch the index.
  page.context().on('request', (r) => { if (new URL(r.url()).pathname === '/search-index.json') indexRequests.push(r.url()); });
  await page.goto(site(path), { waitUntil: 'networkidle' });
  // Islands hydrate after load; the shortcut listener is attached on hydration.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return { page, errors, indexRequests };
}

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => page.getByLabel('Lessons, glossary, exercises and codes');

describe('site search', () => {
  test('"/" opens the dialog; the index downloads only then; results are grouped and marked', async () => {
    const { page, errors, indexRequests } = await open('/', { serviceWorkers: 'allow' });
    expect(indexRequests, 'no index request on page load').toEqual([]);
    await expect(dialog(page).isVisible()).resolves.toBe(false);

    await page.keyboard.press('/');
    await dialog(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

    await page.keyboard.type('revenue cycle');
    await settled(page, 'revenue cycle');
    const lessons = dialog(page).locator('section[data-group="lesson"]');
    await lessons.waitFor();
    expect(indexRequests.length).toBeGreaterThan(0);
    await expect(lessons.locator('h3').textContent()).resolves.toBe('Lessons');
    const first = lessons.locator('a').first();
    await expect(first.getAttribute('href')).resolves.toBe('/learn/foundations/revenue-cycle/');
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['revenue', 'cycle']));
    await expect(dialog(page).getByRole('status').textContent()).resolves.toMatch(/^\d+ results? for “revenue cycle”$/);
    const headings = await dialog(page).locator('h3').allTextContents();
    expect(headings[0]).toBe('Lessons');
    expect(headings).toContain('Glossary');

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/learn/foundations/revenue-cycle/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/learn\/foundations\/revenue-cycle\/$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('ArrowUp/ArrowDown move through results and back to the box; Escape closes and returns focus', async () => {
    const { page } = await open('/learn/');
    await page.getByRole('button', { name: 'Search' }).click();
    await dialog(page).waitFor({ state: 'visible' });
    await input(page).fill('claim');
    await settled(page, 'claim');
    await dialog(page).locator('.search-results a').nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await dialog(page).locator('.search-results a').nth(1).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Search/);
    await page.close();
  });

  test('Ctrl+K opens search; "heart attack" finds an I21 code under Codes', async () => {
    const { page, errors } = await open('/glossary/');
    await page.keyboard.press('Control+k');
    await dialog(page).waitFor({ state: 'visible' });
    await page.keyboard.type('heart attack');
    await settled(page, 'heart attack');
    const codes = dialog(page).locator('section[data-group="code"]');
    await codes.waitFor();
    await expect(codes.locator('h3').textContent()).resolves.toBe('Codes');
    const hrefs = await codes.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeLessThanOrEqual(5);
    expect(hrefs.some((h) => /^\/codes\/I21(\.|\/)/.test(h)), hrefs.join(', ')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('on a lesson page the dialog code loads only when asked for, and keys typed meanwhile reach the box', async () => {
    // Not open(): the lesson's client:visible islands (quiz, Mark complete) stay unhydrated here.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.goto(site('/learn/foundations/coding-vs-billing/'), { waitUntil: 'networkidle' });
    expect(scripts.some((s) => s.includes('mount-search')), 'no dialog code on page load').toBe(false);
    await expect(dialog(page).count()).resolves.toBe(0);
    await page.keyboard.press('/');
    await page.keyboard.type('revenue');
    await dialog(page).waitFor({ state: 'visible' });
    await expect(input(page).inputValue()).resolves.toBe('revenue');
    await settled(page, 'revenue');
    expect(scripts.some((s) => s.includes('mount-search')), scripts.join(', ')).toBe(true);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    // Focus returns in the dialog's close event, a task after it hides; opened by key, not click.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-button'));
    // Opening again reuses the mounted dialog and keeps the last query, selected.
    await page.keyboard.press('Control+k');
    await dialog(page).waitFor({ state: 'visible' });
    await expect(input(page).inputValue()).resolves.toBe('revenue');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"/" typed in a form field stays in the field', async () => {
    const { page } = await open('/');
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'probe');
      document.querySelector('main')?.append(field);
      field.focus();
    });
    await page.keyboard.type('10/01');
    await expect(page.getByLabel('probe').inputValue()).resolves.toBe('10/01');
    await expect(dialog(page).isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('a query with markup is shown as text, never run', async () => {
    const { page, errors } = await open('/');
    await page.keyboard.press('/');
    const query = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.keyboard.type(query);
    await settled(page, query);
    expect(await dialog(page).locator('img, script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('has no serious or critical axe violations with the dialog open (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(site('/'), { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.keyboard.press('/');
      await page.keyboard.type('coding');
      await dialog(page).locator('section[data-group="lesson"] mark').first().waitFor();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
