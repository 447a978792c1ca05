import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, site, watchErrors } from './support/browser.ts';

/** Issue 13, point 8: phone and visuals (the claim box contrast is in claim-form.e2e.ts). */

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PHONE = { width: 390, height: 844 };
const at = '2026-11-20T15:00:00.000Z';
/** Saved progress with one coding exercise at full marks and one claim tried once. */
const SEEDED = JSON.stringify({
  version: 3, lessons: {}, quizAnswers: {}, cards: {}, exams: [], updatedAt: at,
  attempts: [
    { exerciseId: 'ankle-sprain-left-basketball', kind: 'coding', earned: 3, total: 10, at, missed: [], topics: ['injuries', 'external-causes'], certifications: ['CPC'] },
    { exerciseId: 'ankle-sprain-left-basketball', kind: 'coding', earned: 10, total: 10, at, missed: [], topics: ['injuries', 'external-causes'], certifications: ['CPC'] },
    { exerciseId: 'office-visit-diabetes-hypertension', kind: 'claim', earned: 20, total: 53, at, missed: [], topics: ['cms-1500'], certifications: ['CPB'] },
  ],
});

async function open(path: string, viewport = PHONE, progress?: string): Promise<Page> {
  const context = await browser.newContext({ viewport });
  if (progress) await context.addInitScript((p) => { if (!localStorage.getItem('claimlab:progress')) localStorage.setItem('claimlab:progress', p); }, progress);
  const page = await context.newPage();
  await page.goto(site(path), { waitUntil: 'networkidle' });
  return page;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('phone and visuals', () => {
  test('the progress page fits a 390 px screen and its chart labels are readable', async () => {
    const page = await open('/progress/', PHONE, SEEDED);
    const errors = watchErrors(page);
    await page.locator('.dash-bar__label').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const sizes = await page.locator('.dash-bar__label').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize) * (e.getBoundingClientRect().width / (e as HTMLElement).offsetWidth || 1)));
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('every lesson, with its quiz, fits a 390 px screen (a long option in a sorting quiz\'s select once widened the page)', async () => {
    const learn = join(process.cwd(), 'dist', 'learn');
    const lessons = readdirSync(learn, { withFileTypes: true })
      .filter((m) => m.isDirectory())
      .flatMap((m) => readdirSync(join(learn, m.name), { withFileTypes: true }).filter((l) => l.isDirectory() && existsSync(join(learn, m.name, l.name, 'index.html'))).map((l) => `/learn/${m.name}/${l.name}/`));
    expect(lessons.length).toBeGreaterThan(60);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of lessons) {
      // The quiz's server-rendered HTML already has its selects: no need to wait for hydration.
      await page.goto(site(path), { waitUntil: 'load' });
      const by = await overflow(page);
      if (by > 0) wide.push(`${path} is ${by} px too wide`);
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 180_000);

  test('every billing exercise, and the first of every other kind, fits a 390 px screen once its island is live (a fieldset round a sideways-scrolling ERA table once made a posting page 1,018 px wide)', async () => {
    const dist = join(process.cwd(), 'dist');
    const pages = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, dir, e.name, 'index.html')))
      .map((e) => `/${dir}/${e.name}/`)
      .sort();
    const billing = ['billing/posting', 'billing/secondary', 'billing/denials', 'billing/ar', 'records'].flatMap(pages);
    const others = ['claims', 'exercises', 'exercises/em', 'exams'].flatMap((d) => pages(d).slice(0, 1));
    expect(others).toHaveLength(4);
    expect(billing.length).toBeGreaterThan(100);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of [...billing, ...others]) {
      await page.goto(site(path), { waitUntil: 'load' });
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const by = await overflow(page);
      if (by > 0) wide.push(`${path} is ${by} px too wide`);
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 300_000);

  test('the instructor pages fit a 390 px screen once their islands are live (the case editor once grew to its widest hint, 449 px; the gradebook file input to 405 px)', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of ['/teach/', '/teach/assign/', '/teach/gradebook/', '/teach/editor/', '/teach/editor/claim/', '/teach/try/']) {
      await page.goto(site(path), { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const by = await overflow(page);
      if (by > 0) wide.push(`${path} is ${by} px too wide`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  test('a claim box holding one very long unbroken entry, scrubbed, keeps the page 390 px wide and shows the entry as plain text', async () => {
    const page = await open('/claims/ankle-sprain-crutches-dme/');
    const errors = watchErrors(page);
    await page.getByRole('button', { name: 'Submit to payer' }).waitFor();
    const typed = `<script>alert(1)</script>"O'Brien" 😀 ${'X'.repeat(110)}`;
    await page.getByLabel('Payer state').fill(typed);
    await page.getByRole('button', { name: 'Scrub', exact: true }).press('Enter');
    const finding = page.locator('.cl-findings li').filter({ hasText: 'XXXXXXXX' }).first();
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toContain(typed);
    await expect(page.locator('main script').evaluateAll((els) => els.filter((e) => (e.textContent ?? '').includes('alert(1)')).length)).resolves.toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a wide lesson table says it scrolls sideways and keeps its header row in view', async () => {
    const page = await open('/learn/cpt-em/em-mdm/');
    const wrap = page.locator('.table-wrap[data-scrolls="true"]').first();
    await wrap.waitFor({ state: 'attached' });
    const hint = await wrap.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(hint).toContain('Scroll sideways');
    await expect(wrap.locator('thead th').first().evaluate((el) => getComputedStyle(el).position)).resolves.toBe('sticky');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test('the Neoplasm Table shows the scroll hint and a header that stays while the rows scroll', async () => {
    const page = await open('/codes/neoplasm/');
    const wrap = page.locator('.code-table-wrap');
    await wrap.waitFor();
    await expect.poll(() => wrap.getAttribute('data-scrolls')).toBe('true');
    const hint = await wrap.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(hint).toContain('Scroll sideways');
    // Scroll the rows: the header row stays at the top of the table's box, above the rows.
    await wrap.evaluate((el) => { el.scrollTop = 600; });
    const pos = await wrap.evaluate((el) => ({
      wrapTop: el.getBoundingClientRect().top,
      thTop: el.querySelector('thead th')?.getBoundingClientRect().top ?? -1,
      firstRowTop: el.querySelector('tbody tr')?.getBoundingClientRect().top ?? 0,
    }));
    expect(Math.abs(pos.thTop - pos.wrapTop)).toBeLessThan(3);
    expect(pos.firstRowTop).toBeLessThan(pos.wrapTop);
    await page.context().close();
  });

  test('Shift+Tab up the Neoplasm Table stops each link below the table\'s sticky header row, not under it', async () => {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      const page = await open('/codes/neoplasm/', viewport);
      const wrap = page.locator('.code-table-wrap');
      await wrap.waitFor();
      await wrap.locator('tbody a').nth(60).focus();
      const hidden = new Set<string>();
      for (let i = 0; i < 100; i++) {
        await page.keyboard.press('Shift+Tab');
        const under = await wrap.evaluate((el) => {
          const a = document.activeElement;
          if (!a || a === el || !el.contains(a) || a.closest('thead')) return undefined;
          // The header cells are what sticks (the thead box itself scrolls away).
          const headBottom = el.querySelector('thead th')!.getBoundingClientRect().bottom;
          const top = a.getBoundingClientRect().top;
          return top < headBottom - 1 ? `${a.textContent}: top ${Math.round(top)} < header ${Math.round(headBottom)}` : undefined;
        });
        if (under) hidden.add(under);
      }
      expect([...hidden], `${viewport.width} px`).toEqual([]);
      await page.context().close();
    }
  });

  test('a rationale reads as whole sentences: YAML line breaks are not hard breaks', async () => {
    const page = await open('/exercises/ankle-sprain-left-basketball/');
    const input = page.getByLabel('Add a diagnosis code');
    await input.fill('S93.402A');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Check my codes' }).click();
    // Hints come first; the rationale shows once the learner asks for the key.
    await page.getByRole('button', { name: 'Show answer key' }).click();
    const rationale = page.locator('.rationale');
    await rationale.waitFor();
    const shown = await rationale.evaluate((el) => ({ ws: getComputedStyle(el).whiteSpace, text: el.textContent ?? '' }));
    expect(shown.ws).not.toMatch(/pre/);
    expect(shown.text).not.toContain('\n');
    // Authored across two YAML lines ("...; the" / "Tabular lists..."): one sentence on screen.
    expect(shown.text).toContain('S93.49-; the Tabular lists talofibular ligament as an inclusion term there.');
    await page.context().close();
  });

  test('the Alphabetic Index filter searches every letter, not only the one open', async () => {
    const page = await open('/codes/index/?letter=A', { width: 1280, height: 900 });
    await page.locator('.index-tree li').first().waitFor();
    await page.getByLabel('Filter terms (searches every letter)').fill('sprain');
    await expect.poll(() => page.locator('.lookup-status').textContent(), { timeout: 30_000 }).toMatch(/match "sprain" in all letters\.$/);
    await expect(page.locator('.index-tree > li').first().textContent()).resolves.toMatch(/^\W*Sprain/);
    await page.context().close();
  });

  test('exercise lists show which exercises are done and the best score', async () => {
    const page = await open('/exercises/', { width: 1280, height: 900 }, SEEDED);
    const slot = page.locator('[data-exercise-status="ankle-sprain-left-basketball"]');
    await expect.poll(() => slot.textContent()).toBe('✓ Done · best 100% (2 tries)');
    await expect(page.locator('[data-exercise-status="concussion-high-school-football"]').textContent()).resolves.toBe('Not started');
    await expect(page.locator('.exercise-summary').textContent()).resolves.toMatch(/^1 of \d+ done \(full marks\), 1 tried\./);

    await page.goto(site('/claims/'), { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-exercise-status="office-visit-diabetes-hypertension"]').textContent()).toBe('Tried once · best 38%');
    await page.context().close();
  });
});
