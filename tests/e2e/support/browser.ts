import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; never a downloaded browser. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];

/**
 * Launches Chromium. Pages and contexts block the service worker unless a test asks for it
 * (`serviceWorkers: 'allow'`): otherwise every fresh context would precache the whole course
 * in the background and slow every other test down. The offline tests opt in.
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}

/** Absolute URL of a site path on the test server. */
export function site(path: string): string {
  return new URL(path, inject('baseUrl')).toString();
}

/** Serious and critical axe violations on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Collects console errors and failed requests so tests can assert a clean page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** Records every request for an exercise's answer key (`key.json`): a page must not fetch it before the first grade. */
export function watchKeyRequests(page: Page): string[] {
  const keyRequests: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/key.json')) keyRequests.push(r.url()); });
  return keyRequests;
}

/** A fresh context and page on `path`, watching errors and key requests from the first request, loaded and hydrated. */
export async function openExercisePage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[]; keyRequests: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const keyRequests = watchKeyRequests(page);
  await page.goto(site(path), { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
  return { context, page, errors, keyRequests };
}

/** Opens `path` in each colour scheme and collects serious and critical axe violations, labelled. */
export async function violationsInSchemes(browser: Browser, path: string, schemes: readonly ('light' | 'dark')[] = ['light', 'dark']): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of schemes) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site(path), { waitUntil: 'networkidle' });
    found.push(...(await seriousViolations(page)).map((v) => `${path} in ${colorScheme}: ${v}`));
    await context.close();
  }
  return found;
}

/**
 * Holds every /_astro/ script the page asks for until `release` is called, so a test can type
 * into server-rendered inputs before their island hydrates (a slow phone, a cold cache).
 */
export async function holdScripts(page: Page): Promise<{ release: () => void; held: () => number }> {
  let open!: () => void;
  const gate = new Promise<void>((done) => { open = done; });
  let count = 0;
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    count += 1;
    await gate;
    await route.continue();
  });
  return { release: open, held: () => count };
}

/** What a page needs to paste from the clipboard (pass to `browser.newPage`). */
export const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Pastes `text` into a box as a person does: the clipboard holds it, the box's text is selected, Ctrl+V (one input event). */
export async function paste(page: Page, box: Locator, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/**
 * Records every text a live region takes from now on, in order: what a screen reader is given to
 * announce (a region whose text does not change announces nothing). Returns a reader of the list.
 */
export async function recordStatuses(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __statuses: string[] };
    w.__statuses = [];
    const region = document.querySelector(sel);
    if (!region) throw new Error(`no live region ${sel}`);
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text !== '' && text !== w.__statuses.at(-1)) w.__statuses.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}
