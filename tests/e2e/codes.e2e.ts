import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLIPBOARD, holdScripts, launch, paste, recordStatuses, seriousViolations, site, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/**
 * Open a page. Code pages other than categories are served by the 404 page (status 404 on a
 * static host, by design), so `status` says which one to expect.
 */
async function open(path: string, { width = 1280, status = 200 }: { width?: number; status?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  const response = await page.goto(site(path), { waitUntil: 'networkidle' });
  expect(response?.status(), `${path} status`).toBe(status);
  return { page, errors };
}

/** Console errors other than the expected 404 of the page itself. */
const realErrors = (errors: string[]): string[] => errors.filter((e) => !/status of 404/.test(e));

const resultCodes = (page: Page): Promise<string[]> => page.locator('.results .result-code').allTextContents();

describe('code search', () => {
  test('"heart attack" finds acute myocardial infarction codes through the index', async () => {
    const { page, errors } = await open('/codes/');
    await page.getByLabel('Search ICD-10-CM and HCPCS codes').fill('heart attack');
    await page.getByRole('status').filter({ hasText: 'results for "heart attack"' }).waitFor();
    const codes = await resultCodes(page);
    expect(codes.some((c) => c.startsWith('I21'))).toBe(true);
    // Each hit says how the words were read and its Index path (issue 16, item 4).
    await expect(page.locator('.results').textContent()).resolves.toContain('heart attack read as myocardial infarction; Index: Infarct, infarction, myocardium, myocardial');
    // The address follows once typing rests (about a second), so the search can be shared.
    await page.waitForURL((u) => u.searchParams.get('q') === 'heart attack', { timeout: 5000 });
    expect(realErrors(errors)).toEqual([]);
    await page.close();
  });

  test('a pasted search is announced like a typed one: the count for the pasted words, again for a second paste', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...CLIPBOARD });
    await page.goto(site('/codes/'), { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) .code-lookup').waitFor();
    const box = page.getByLabel('Search ICD-10-CM and HCPCS codes');
    const said = await recordStatuses(page, '.lookup-status');
    await paste(page, box, 'heart attack');
    await page.getByRole('status').filter({ hasText: 'for "heart attack"' }).waitFor();
    await paste(page, box, 'chest pain');
    await page.getByRole('status').filter({ hasText: 'for "chest pain"' }).waitFor();
    expect((await said()).filter((s) => s !== 'Searching…')).toEqual([expect.stringMatching(/^\d+\+? results? for "heart attack"\./), expect.stringMatching(/^\d+\+? results? for "chest pain"\./)]);
    await page.close();
  });

  test('an external cause reads the External Cause Index, fetched for it alone, and says so', async () => {
    const { page, errors } = await open('/codes/');
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/search/')) fetched.push(r.url());
    });
    await page.getByLabel('Search ICD-10-CM and HCPCS codes').fill('chest pain');
    await page.getByRole('status').filter({ hasText: 'results for "chest pain"' }).waitFor();
    expect(fetched.some((u) => /\/search\/cause/.test(u)), 'no External Cause Index file for chest pain').toBe(false);
    await page.getByLabel('Search ICD-10-CM and HCPCS codes').fill('fell off a stepladder');
    await page.getByRole('status').filter({ hasText: 'results for "fell off a stepladder"' }).waitFor();
    expect((await resultCodes(page))[0]).toBe('W11');
    await expect(page.locator('.results').textContent()).resolves.toContain('fell off read as fall from; External Cause Index: Fall, falling, from, off, out of, stepladder');
    expect(fetched.some((u) => u.endsWith('/search/cause.json'))).toBe(true);
    expect(realErrors(errors)).toEqual([]);
    await page.close();
  });

  test('typing rewrites the address once, after the typing, not once per searched prefix; leaving the box writes it at once', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __replaced: string[] };
      w.__replaced = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
        w.__replaced.push(String(url));
        replace(data, unused, url);
      };
    });
    await page.goto(site('/codes/'), { waitUntil: 'networkidle' });
    const box = page.getByLabel('Search ICD-10-CM and HCPCS codes');
    await box.focus();
    // One key every 250 ms: each pause is longer than the search's 180 ms wait, so each prefix is searched.
    await page.keyboard.type('chest pain', { delay: 250 });
    await page.getByRole('status').filter({ hasText: 'for "chest pain"' }).waitFor();
    await page.waitForURL((u) => u.searchParams.get('q') === 'chest pain', { timeout: 5000 });
    const replaced = await page.evaluate(() => (window as unknown as { __replaced: string[] }).__replaced);
    expect(replaced.filter((u) => u.includes('q=')), 'one address rewrite for the whole query').toHaveLength(1);
    // Leaving the box does not wait for the rest.
    await box.fill('asthma');
    await page.keyboard.press('Tab');
    await page.waitForURL((u) => u.searchParams.get('q') === 'asthma', { timeout: 900 });
    await page.close();
  });

  test('words typed before the page finished loading are searched once it has', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scripts = await holdScripts(page);
    await page.goto(site('/codes/'), { waitUntil: 'commit' });
    const box = page.getByLabel('Search ICD-10-CM and HCPCS codes');
    await box.fill('heart attack');
    expect(scripts.held()).toBeGreaterThan(0);
    scripts.release();
    await page.getByRole('status').filter({ hasText: 'results for "heart attack"' }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await resultCodes(page)).some((c) => c.startsWith('I21')), { timeout: 5000 }).toBe(true);
    await expect(box.inputValue()).resolves.toBe('heart attack');
    await page.waitForURL((u) => u.searchParams.get('q') === 'heart attack', { timeout: 5000 });
    await page.close();
  });

  test('a code prefix lists the codes under it', async () => {
    const { page } = await open('/codes/');
    await page.getByLabel('Search ICD-10-CM and HCPCS codes').fill('E11.6');
    await page.getByRole('status').filter({ hasText: 'for "E11.6"' }).waitFor();
    // Rows after the first three follow once typing has rested (400 ms), so wait for them.
    await expect.poll(() => resultCodes(page), { timeout: 5000 }).toContain('E11.65');
    await page.close();
  });

  test('a shared ?q= URL shows its results', async () => {
    const { page } = await open('/codes/?q=J1100');
    await page.getByRole('status').filter({ hasText: 'for "J1100"' }).waitFor();
    await expect.poll(() => resultCodes(page), { timeout: 5000 }).toContain('J1100');
    await expect(page.getByLabel('Search ICD-10-CM and HCPCS codes').inputValue()).resolves.toBe('J1100');
    await page.close();
  });

  test('every row an answer counts shows once typing rests, and the row laid out in advance for its fonts is never shown or read', async () => {
    // 280 px: the narrowest phones; the sample row must not make the page scroll sideways.
    const { page, errors } = await open('/codes/', { width: 280 });
    await page.locator('astro-island:not([ssr]) .code-lookup').waitFor();
    const box = page.getByLabel('Search ICD-10-CM and HCPCS codes');
    await box.pressSequentially('chest pain', { delay: 80 });
    const status = page.getByRole('status').filter({ hasText: 'results for "chest pain"' });
    await status.waitFor();
    const counted = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    // More than the first screenful, so the rows that follow a few per frame are part of the check.
    expect(counted).toBeGreaterThan(8);
    await expect.poll(() => page.locator('#lookup-results li').count(), { timeout: 5000 }).toBe(counted);
    expect(await page.locator('main').ariaSnapshot()).not.toContain('Sample row');
    await expect(page.getByText('Sample row').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // A space after the words searches the same words again: the rows on screen stay, none blinks out.
    await page.evaluate(() => {
      const w = window as unknown as { __rowsRemoved: number };
      w.__rowsRemoved = 0;
      new MutationObserver((records) => {
        for (const r of records) w.__rowsRemoved += [...r.removedNodes].filter((n) => n.nodeName === 'LI').length;
      }).observe(document.getElementById('lookup-results')!, { childList: true });
    });
    await box.press(' ');
    // The address follows the query once typing rests, well after the search ran.
    await page.waitForURL((u) => u.searchParams.get('q') === 'chest pain ', { timeout: 5000 });
    await expect(page.evaluate(() => (window as unknown as { __rowsRemoved: number }).__rowsRemoved)).resolves.toBe(0);
    await expect(page.locator('#lookup-results li').count()).resolves.toBe(counted);
    expect(realErrors(errors)).toEqual([]);
    await page.close();
  });

  test('keyboard only: type, arrow to a result, Enter opens it, Back returns to the search, Escape clears', async () => {
    const { page } = await open('/codes/');
    let onSearch = false;
    for (let i = 0; i < 30 && !onSearch; i++) {
      await page.keyboard.press('Tab');
      onSearch = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search');
    }
    expect(onSearch, 'search box reachable with Tab').toBe(true);
    await page.keyboard.type('E11.6');
    await page.getByRole('status').filter({ hasText: 'for "E11.6"' }).waitFor();
    // The rows after the first three follow once typing has rested (ROW_STEPS in use-rows-in-steps.ts): wait
    // for the one the learner is after, as a reader would, before arrowing down to it.
    await page.locator('#lookup-results a', { hasText: 'E11.65' }).waitFor();
    await page.keyboard.press('ArrowDown');
    let focused = '';
    for (let i = 0; i < 20 && !focused.includes('E11.65'); i++) {
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (!focused.includes('E11.65')) await page.keyboard.press('ArrowDown');
    }
    expect(focused).toContain('E11.65');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/codes\/E11\.65\/$/);
    await page.locator('h1').filter({ hasText: 'hyperglycemia' }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/codes\/\?q=E11\.6$/);
    const input = page.getByLabel('Search ICD-10-CM and HCPCS codes');
    await expect(input.inputValue()).resolves.toBe('E11.6');
    await input.focus();
    await page.keyboard.press('Escape');
    await expect(input.inputValue()).resolves.toBe('');
    await page.waitForFunction(() => !location.search.includes('q='));
    await page.close();
  });
});

describe('code pages', () => {
  test('/codes/E11.65/ shows the title, a valid badge and its parents', async () => {
    const { page, errors } = await open('/codes/E11.65/', { status: 404 });
    const h1 = page.locator('h1');
    await h1.filter({ hasText: 'Type 2 diabetes mellitus with hyperglycemia' }).waitFor();
    await expect(page.locator('.code-status .badge').first().textContent()).resolves.toBe('valid');
    await expect(page.locator('.code-status').textContent()).resolves.toContain('Valid for claims from 2026-10-01');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'E11.6' }).count()).resolves.toBe(1);
    expect(await page.title()).toContain('E11.65 Type 2 diabetes mellitus with hyperglycemia');
    await expect(page.getByText('Page not found').isVisible()).resolves.toBe(false);
    expect(realErrors(errors)).toEqual([]);
    await page.close();
  });

  test('/codes/E11/ is a static header page listing its children', async () => {
    const { page } = await open('/codes/E11/');
    await expect(page.locator('.code-status .badge').first().textContent()).resolves.toBe('header');
    await expect(page.getByRole('heading', { name: 'Choose a more specific code' }).isVisible()).resolves.toBe(true);
    const children = page.getByRole('list', { name: 'Codes under E11' });
    await expect(children.getByRole('link', { name: 'E11.6', exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

  test('a deleted code says since when and offers current codes', async () => {
    const { page } = await open('/codes/S23.420A/', { status: 404 });
    await page.locator('.code-status').filter({ hasText: 'deleted since 2026-10-01' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('not valid for dates of service from 2026-10-01');
    await page.getByRole('heading', { name: 'Current codes nearby' }).waitFor();
    await page.close();
  });

  test('the date of service switches between FY2026 and FY2027 (I42.0 became a header)', async () => {
    const { page } = await open('/codes/I42.0/', { status: 404 });
    await page.locator('.code-status .badge').first().filter({ hasText: 'header' }).waitFor();
    await expect(page.locator('.code-status').textContent()).resolves.toContain('header since FY2027');
    await page.getByLabel('Date of service').fill('2026-09-15');
    await page.locator('.code-status .badge').first().filter({ hasText: 'valid' }).waitFor();
    await expect(page.locator('.code-date').textContent()).resolves.toContain('FY2026');
    await page.close();
  });

  test('an unknown code says so and links to a search', async () => {
    const { page } = await open('/codes/E11.6Q/', { status: 404 });
    await page.locator('h1').filter({ hasText: 'no such code' }).waitFor();
    await expect(page.getByRole('link', { name: /Search for codes starting with/ }).count()).resolves.toBe(1);
    await page.close();
  });

  test('a HCPCS code page shows the CMS title', async () => {
    const { page } = await open('/codes/hcpcs/J1100/', { status: 404 });
    await page.locator('h1').filter({ hasText: 'dexamethasone sodium phosphate' }).waitFor();
    // The page names the quarterly file it was checked against, in words.
    await expect(page.locator('.code-status').textContent()).resolves.toContain('October 2025 quarterly file');
    await page.close();
  });

  test('an ordinary missing page still says "Page not found"', async () => {
    const { page } = await open('/no-such-page/', { status: 404 });
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});

describe('index, tables and lists', () => {
  test('the Alphabetic Index opens a term and links its codes', async () => {
    const { page } = await open('/codes/index/?letter=I&q=Infarct');
    const toggle = page.getByRole('button', { name: /^▸? ?Infarct, infarction/ });
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const links = page.locator('.index-tree a.term-code');
    expect(await links.count()).toBeGreaterThan(3);
    await page.close();
  });

  test('the CPT list carries the AMA notice and anchors each code', async () => {
    const { page } = await open('/codes/cpt/');
    await expect(page.locator('main').textContent()).resolves.toContain('not AMA descriptors');
    await expect(page.locator('#cpt-99213').count()).resolves.toBe(1);
    await page.close();
  });

  for (const path of ['/codes/?q=heart%20attack', '/codes/E11.65/']) {
    test(`${path} fits a 360 px screen`, async () => {
      const { page } = await open(path, { width: 360, status: path.includes('E11') ? 404 : 200 });
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});

describe('accessibility of the code lookup', () => {
  // The table views share one component, as do static and client-rendered code pages: one of each.
  const pages = ['/codes/?q=heart%20attack', '/codes/E11.65/', '/codes/index/?letter=I&q=Infarct', '/codes/neoplasm/', '/codes/cpt/'];
  for (const path of pages) {
    test(`${path} has no serious or critical axe violations (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(site(path), { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        expect(await seriousViolations(page), `${path} in ${colorScheme}`).toEqual([]);
        await context.close();
      }
    }, 150_000);
  }
});
