import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, site, violationsInSchemes, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  const response = await page.goto(site(path), { waitUntil: 'networkidle' });
  expect(response?.status(), `${path} status`).toBe(200);
  return { page, errors };
}

describe('home page', () => {
  test('says what ClaimLab is and where to start', async () => {
    const { page, errors } = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Learn medical coding and billing');
    const start = page.getByRole('link', { name: 'Start the first lesson' });
    await start.click();
    await page.waitForURL(/\/learn\/foundations\/coding-vs-billing\/$/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/coding vs\.? medical billing/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('skip link is the first tab stop and moves focus to the main content', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe('lesson pages', () => {
  test('show objectives, estimated time, a table of contents and previous/next links', async () => {
    const { page, errors } = await open('/learn/foundations/revenue-cycle/');
    await expect(page.getByRole('heading', { name: 'What you will learn' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.meta').textContent()).resolves.toMatch(/\d+ min/);
    const tocLinks = await page.locator('aside.toc a').count();
    expect(tocLinks).toBeGreaterThan(2);
    const prev = page.locator('a[rel="prev"]');
    await expect(prev.textContent()).resolves.toContain('Medical coding vs. medical billing');
    await page.locator('a[rel="next"]').click();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).not.toBe('/learn/foundations/revenue-cycle/');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('ship no React or zod on first view (search, progress notice and Mark complete load on demand)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    const reads: Promise<{ path: string; bytes: number }>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      reads.push(r.body().then((b) => ({ path: new URL(r.url()).pathname, bytes: b.length })));
    });
    await page.goto(site('/learn/foundations/coding-vs-billing/'), { waitUntil: 'networkidle' });
    const scripts = await Promise.all(reads);
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    // React DOM alone is about 190 kB raw; the page's own scripts are a few kB.
    expect(total, scripts.map((s) => `${s.path} ${s.bytes}`).join(', ')).toBeLessThan(30_000);
    await expect(page.getByRole('button', { name: 'Search' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('fits a 360 px phone without sideways scrolling, with the contents folded away', async () => {
    const { page } = await open('/learn/foundations/coding-vs-billing/', 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('aside.toc').isVisible()).resolves.toBe(false);
    await expect(page.locator('details.toc-mobile').isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('print stylesheet hides navigation and keeps the lesson', async () => {
    const { page } = await open('/learn/foundations/coding-vs-billing/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav.pager').isVisible()).resolves.toBe(false);
    await expect(page.locator('article.lesson h1').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('theme', () => {
  test('follows the system, and the toggle choice persists across pages', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site('/'));
    const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await bg()).not.toBe(darkBg);
    await page.goto(site('/learn/'));
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('light');
    await context.close();
  });
});

describe('notices', () => {
  test('carry the CPT notice, data licenses and the education disclaimer', async () => {
    const { page } = await open('/notices/');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('American Medical Association');
    expect(text).toContain('public domain');
    expect(text).toContain('Education, not advice');
    expect(text).toMatch(/Nothing here is medical, legal/);
    await page.close();
  });
});

describe('mobile menu', () => {
  test('opens with the button, closes with Escape and returns focus', async () => {
    const { page } = await open('/', 360);
    const button = page.locator('[data-menu-button]');
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-button'))).toBe(true);
    await page.close();
  });
});

describe('accessibility', () => {
  const pageTypes = ['/', '/learn/', '/learn/foundations/', '/learn/foundations/coding-vs-billing/', '/notices/', '/teach/', '/404.html'];
  for (const path of pageTypes) {
    test(`${path} has no serious or critical axe violations (light and dark)`, async () => {
      expect(await violationsInSchemes(browser, path)).toEqual([]);
    });
  }
});

describe('for instructors', () => {
  test('the footer leads to /teach/, which links every instructor tool', async () => {
    const { page } = await open('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' }).click();
    await page.waitForURL(/\/teach\/$/);
    for (const name of ['Make an assignment', 'Gradebook', 'Case editor: coding case', 'Case editor: claim case']) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      expect(href).toMatch(/^\/teach\//);
      const res = await page.request.get(new URL(href!, page.url()).toString());
      expect(res.status(), `${name} -> ${href}`).toBe(200);
    }
    await page.close();
  });
});
