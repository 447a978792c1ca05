import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, site } from './support/browser.ts';

/**
 * Content-Security-Policy (src/security-headers.ts): every page type runs under the <meta>
 * policy and the header policy the build writes to _headers (the test server sends it, as a
 * host would), with the service worker installed, and reports no violation while its islands,
 * the theme script and the service worker registration keep working.
 */

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

declare global {
  interface Window { cspViolations?: string[] }
}

/** Records securitypolicyviolation events (from the first byte) and CSP console messages. */
async function watchCsp(context: BrowserContext, page: Page): Promise<string[]> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const console: string[] = [];
  const record = (text: string) => { if (/Content[- ]Security[- ]Policy|\bCSP\b/i.test(text)) console.push(text); };
  page.on('console', (m) => record(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => record(`pageerror: ${e.message}`));
  // Service worker and any other worker the site starts report through their own consoles.
  context.on('serviceworker', (w) => w.on('console', (m) => record(`service worker: ${m.text()}`)));
  page.on('worker', (w) => w.on('console', (m) => record(`worker: ${m.text()}`)));
  return console;
}

async function violations(page: Page, console: string[]): Promise<string[]> {
  const events = await page.evaluate(() => window.cspViolations ?? []);
  return [...events, ...console];
}

/** Scrolls through the page so client:visible islands load too, then waits for every island. */
async function hydrated(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Each page type and what shows that its scripts ran. */
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/', ready: (p) => p.locator('h1').waitFor() },
  { name: 'lesson', path: '/learn/foundations/revenue-cycle/', ready: (p) => p.getByRole('heading', { name: 'What you will learn' }).waitFor() },
  { name: 'coding exercise', path: '/exercises/ankle-sprain-left-basketball/', ready: (p) => p.locator('main form').first().waitFor() },
  { name: 'claim exercise', path: '/claims/office-visit-diabetes-hypertension/', ready: (p) => p.getByRole('button', { name: 'Scrub' }).waitFor() },
  { name: 'code lookup', path: '/codes/', ready: hydrated },
  { name: 'code page', path: '/codes/E11.65/', ready: (p) => p.locator('h1').filter({ hasText: 'hyperglycemia' }).waitFor() },
  { name: 'exams', path: '/exams/cpc-style/', ready: (p) => p.getByRole('button', { name: 'Start the exam' }).waitFor() },
  { name: 'progress', path: '/progress/', ready: hydrated },
  { name: 'review', path: '/review/', ready: hydrated },
  { name: 'glossary', path: '/glossary/', ready: hydrated },
];

describe('Content-Security-Policy', () => {
  let context: BrowserContext;
  let page: Page;
  let console: string[];
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    console = await watchCsp(context, page);
  });
  afterAll(async () => { await context?.close(); });

  test('pages carry the policy in a <meta> and the host headers from _headers', async () => {
    const response = await page.goto(site('/'), { waitUntil: 'networkidle' });
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self' 'sha256-/);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  test('the service worker registers and controls the page under the policy', async () => {
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(await violations(page, console)).toEqual([]);
  });

  for (const { name, path, ready } of PAGES) {
    test(`${name} (${path}) runs its scripts with no violation`, async () => {
      await page.goto(site(path), { waitUntil: 'networkidle' });
      await ready(page);
      await hydrated(page);
      expect(await violations(page, console), path).toEqual([]);
    });
  }

  test('the theme script and the theme toggle work', async () => {
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await hydrated(page);
    const before = await page.evaluate(() => document.documentElement.dataset['theme'] ?? '');
    await page.locator('[data-theme-toggle]').click();
    const after = await page.evaluate(() => document.documentElement.dataset['theme'] ?? '');
    expect(after).not.toBe(before);
    // The inline script applies the saved choice on the next page before it paints.
    await page.goto(site('/glossary/'), { waitUntil: 'networkidle' });
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(after);
    expect(await violations(page, console)).toEqual([]);
  });

  test('the search dialog opens, loads its index and shows results with no violation', async () => {
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await hydrated(page);
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog').waitFor({ state: 'visible' });
    await page.getByLabel('Lessons, glossary, exercises and codes').fill('diabetes');
    await page.waitForFunction(() => /for “diabetes”$/.test(document.querySelector('dialog.search-dialog [role="status"]')?.textContent ?? ''));
    expect(await violations(page, console)).toEqual([]);
  });

  test('a claim exercise scrubs and grades with no violation', async () => {
    await page.goto(site('/claims/office-visit-diabetes-hypertension/'), { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Scrub' }).click();
    await page.waitForFunction(() => document.querySelector('.cl-status')?.textContent?.startsWith('Scrubber'));
    expect(await violations(page, console)).toEqual([]);
  });

  test('a page in a frame is refused (frame-ancestors via the header)', async () => {
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    const loaded = await page.evaluate(async (src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      await new Promise((r) => setTimeout(r, 1500));
      try { return frame.contentDocument?.querySelector('h1') !== null && frame.contentDocument?.querySelector('h1') !== undefined; } catch { return false; }
    }, site('/glossary/'));
    expect(loaded).toBe(false);
  });
});
