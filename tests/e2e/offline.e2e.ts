import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, site } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const LESSON = '/learn/foundations/revenue-cycle/';
const EXERCISE = '/exercises/ankle-sprain-left-basketball/';
const CODE = '/codes/E11.65/';
/** A lesson of LESSON's module that the test never opens. */
const SAME_MODULE = '/learn/foundations/careers/';
/** A lesson of a module the test never opens. */
const OTHER_MODULE_LESSON = '/learn/claim-lifecycle/remittance/';

/** What each page must show, offline as online. */
async function expectRendered(page: Page, path: string): Promise<void> {
  if (path === '/') {
    await expect(page.locator('h1').textContent()).resolves.toContain('Learn medical coding and billing');
  } else if (path === LESSON) {
    await page.getByRole('heading', { name: 'What you will learn' }).waitFor();
    await expect(page.locator('article').textContent()).resolves.toContain('Eligibility verification');
  } else if (path === EXERCISE) {
    await page.locator('main form').first().waitFor();
    await page.locator('main', { hasText: 'pickup basketball game' }).waitFor();
  } else if (path === CODE) {
    await page.locator('h1').filter({ hasText: 'hyperglycemia' }).waitFor();
  }
}

/** Waits until a service worker controls the page. */
async function waitForControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

describe('offline use', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'allow' });
    page = await context.newPage();
  });
  afterAll(async () => { await context?.close(); });

  test('after a first visit, home, a lesson, an exercise and a code page work offline', async () => {
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await waitForControl(page);
    const cached = await page.evaluate(async () => (await caches.keys()).join(' '));
    expect(cached).toMatch(/claimlab-precache-/);
    // The first visit precaches the shell and the first lessons, not the whole course.
    const precached = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => Boolean(await caches.match(u)))), [SAME_MODULE, OTHER_MODULE_LESSON]);
    expect(precached).toEqual([false, false]);

    for (const path of [LESSON, EXERCISE, CODE]) {
      await page.goto(site(path), { waitUntil: 'networkidle' });
      await expectRendered(page, path);
      // Opening a lesson keeps the rest of its module, fetched through the worker in idle time.
      if (path === LESSON) await expect.poll(() => page.evaluate(async (u) => Boolean(await caches.match(u)), SAME_MODULE), { timeout: 60_000 }).toBe(true);
    }

    await context.setOffline(true);
    try {
      for (const path of ['/', LESSON, EXERCISE, CODE]) {
        await page.goto(site(path), { waitUntil: 'load' });
        await expectRendered(page, path);
        expect(await page.evaluate(() => navigator.onLine), path).toBe(false);
      }
      // A lesson never opened, in the module the learner opened, was kept.
      await page.goto(site(SAME_MODULE), { waitUntil: 'load' });
      await page.getByRole('heading', { name: 'What you will learn' }).waitFor();
      // Every module page is precached, so the course outline is there offline.
      await page.goto(site('/learn/claim-lifecycle/'), { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.not.toBe('You are offline');
      // A lesson of a module never opened, and a page never opened, say so instead of failing.
      await page.goto(site(OTHER_MODULE_LESSON), { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toBe('You are offline');
      await page.goto(site('/exercises/concussion-high-school-football/'), { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toBe('You are offline');
    } finally {
      await context.setOffline(false);
    }
  });

  test('the service worker is served as JavaScript and the manifest is linked, valid and has icons', async () => {
    const sw = await page.request.get(site('/sw.js'));
    expect(sw.status()).toBe(200);
    expect(sw.headers()['content-type']).toMatch(/javascript/);
    expect(await sw.text()).toContain(`"${LESSON}"`);

    await page.goto(site('/'), { waitUntil: 'load' });
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const res = await page.request.get(site(href ?? ''));
    expect(res.status()).toBe(200);
    const manifest = (await res.json()) as { name: string; short_name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ short_name: 'ClaimLab', start_url: '/', display: 'standalone' });
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const r = await page.request.get(site(icon.src));
      expect(r.status(), icon.src).toBe(200);
      expect(r.headers()['content-type'], icon.src).toBe(icon.type);
    }
  });

  test('a new version waits, the learner is offered "Reload", and accepting it switches over', async () => {
    const swFile = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist', 'sw.js');
    const original = await readFile(swFile, 'utf8');
    const updates = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const tab = await updates.newPage();
      await tab.goto(site('/learn/'), { waitUntil: 'networkidle' });
      await waitForControl(tab);
      const prompt = tab.locator('[data-sw-update]');
      await expect(prompt.textContent()).resolves.toBe('');

      // Any byte change makes the browser treat /sw.js as a new version.
      await writeFile(swFile, `${original}\n// next build\n`);
      await tab.evaluate(async () => { await (await navigator.serviceWorker.ready).update(); });
      await prompt.getByRole('button', { name: 'Reload' }).waitFor();
      await expect(prompt.textContent()).resolves.toContain('A new version of ClaimLab is available');
      await expect(prompt.getAttribute('role')).resolves.toBe('status');

      const reloaded = tab.waitForEvent('framenavigated');
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await tab.waitForLoadState('load');
      await expect(tab.locator('[data-sw-update]').textContent()).resolves.toBe('');
      const waiting = await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
      expect(waiting).toBeNull();
    } finally {
      await writeFile(swFile, original);
      await updates.close();
    }
  });
});
