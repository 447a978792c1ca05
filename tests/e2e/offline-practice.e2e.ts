import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, site } from './support/browser.ts';
import { typeCode } from './support/coding.ts';

/** Issue 13, point 4: practice on a train. */

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const EXERCISE = '/exercises/ankle-sprain-left-basketball/';

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 45_000 });
}

describe('offline practice', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => { await context?.close(); });

  test('an exercise opened online searches (a term not in the key) in the search worker and grades after going offline and reloading', { timeout: 150_000 }, async () => {
    await page.goto(site('/'), { waitUntil: 'networkidle' });
    await controlled(page);
    await page.goto(site(EXERCISE), { waitUntil: 'load' });
    const status = page.locator('.offline-pack [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toBe('Code search and grading on this page work offline.');

    await context.setOffline(true);
    const workers: string[] = [];
    const failed: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('requestfailed', (r) => failed.push(`${new URL(r.url()).pathname}: ${r.failure()?.errorText ?? ''}`));
    try {
      await page.reload({ waitUntil: 'load' });
      await page.getByLabel('Add a diagnosis code').waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      // Asthma has nothing to do with the ankle sprain: its shard was never needed online.
      const search = page.getByLabel(/Search by words or code/);
      await search.fill('asthma');
      const results = page.locator('.picker-results li');
      // Offline, the worker reads base, word and title shards from the cache: slow under a full e2e run.
      await results.first().waitFor({ timeout: 45_000 });
      await expect(page.locator('.picker-results').textContent()).resolves.toMatch(/J45/);
      await expect(page.locator('.picker [role="status"]').textContent()).resolves.not.toMatch(/unavailable/);
      // The pack kept the worker's script, so offline search runs off the main thread as online,
      // and nothing the page asked for was missing from the cache.
      expect(workers.some((w) => /^\/_astro\/code-search\.worker-[\w-]+\.js$/.test(w))).toBe(true);
      expect(failed).toEqual([]);

      await typeCode(page, 'Add a diagnosis code', 'S93.492A');
      await typeCode(page, 'Add a diagnosis code', 'W01.0XXA');
      await page.getByRole('button', { name: 'Check my codes' }).click();
      await expect.poll(() => page.locator('.results').textContent(), { timeout: 20_000 }).toMatch(/Score: [\d.]+ of [\d.]+ points/);
    } finally {
      await context.setOffline(false);
    }
  });

  test('the "all exercises" lists are files the button fetches, not part of every exercise page', async () => {
    const list = async (path: string): Promise<unknown> => (await fetch(site(path))).json();
    const exercises = await list('/exercises/offline-pages.json');
    expect(exercises).toEqual(expect.arrayContaining(['/exercises/', EXERCISE, `${EXERCISE}key.json`]));
    expect(await list('/claims/offline-pages.json')).toEqual(expect.arrayContaining(['/claims/', '/claims/bph-follow-up-item-3-sex/', '/claims/bph-follow-up-item-3-sex/payer.json']));
    // The page names the list instead of carrying it: other exercises' addresses are not in its HTML.
    const html = await (await fetch(site(EXERCISE))).text();
    expect(html).toContain('/exercises/offline-pages.json');
    expect(html).not.toContain('/exercises/abscess-axilla-complicated-drainage/key.json');
  });

  test('"Make this module available offline" saves the module and says so; the button then goes away', async () => {
    const fresh = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const tab = await fresh.newPage();
      await tab.goto(site('/learn/icd-10-cm/'), { waitUntil: 'load' });
      await controlled(tab);
      const button = tab.getByRole('button', { name: /Make this module available offline \(about \d+\.\d MB\)/ });
      await button.click();
      await expect.poll(() => tab.locator('.offline-pack [role="status"]').textContent(), { timeout: 60_000 })
        .toBe('Available offline: these pages, code search and grading work without a connection.');
      await expect(button.count()).resolves.toBe(0);
      const kept = await tab.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('claimlab-data-')).length);
      expect(kept).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
