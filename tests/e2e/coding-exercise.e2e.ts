import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLIPBOARD, holdScripts, launch, paste, recordStatuses, seriousViolations, site, watchErrors } from './support/browser.ts';
import { enterKneeAnswer, typeCode } from './support/coding.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const exercisePath = '/exercises/knee-oa-triamcinolone-injection-right/';

async function openExercise(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(site(exercisePath), { waitUntil: 'networkidle' });
  await page.getByLabel('Add a diagnosis code').waitFor();
  return { page, errors };
}

describe('coding exercise', () => {
  test('an empty attempt is not graded and says why', async () => {
    const { page } = await openExercise();
    await page.getByRole('button', { name: 'Check my codes' }).click();
    await expect(page.locator('.results').textContent()).resolves.toContain('Nothing to grade: enter at least one code.');
    await page.close();
  });

  test('a student codes the case with the keyboard, gets targeted feedback, retries and sees the key', async () => {
    const { page, errors } = await openExercise();
    // Wrong side for the knee, a missing modifier and wrong units: three classic mistakes.
    await typeCode(page, 'Add a diagnosis code', 'i10');
    await typeCode(page, 'Add a diagnosis code', 'M1712');
    await typeCode(page, 'Add a CPT or HCPCS code', '20610');
    await typeCode(page, 'Add a CPT or HCPCS code', 'J3301');
    await typeCode(page, 'Add a CPT or HCPCS code', '99214');
    await page.getByLabel('Modifiers').nth(2).fill('25');
    // The title from the real code set appears beside a typed code.
    await expect(page.locator('.dx-list li').nth(1).textContent()).resolves.toMatch(/left knee/i);

    // Reorder: move M17.12 to first-listed with the keyboard.
    await page.getByRole('button', { name: 'Move M17.12 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.dx-list li').first().textContent()).resolves.toContain('M17.12');

    await page.getByRole('button', { name: 'Check my codes' }).click();
    const heading = page.locator('.results :is(h2, h3)');
    await expect(heading.textContent()).resolves.toMatch(/Score: [\d.]+ of [\d.]+ points/);
    // Before the key is revealed the targeted feedback teaches with the key codes masked.
    const hints = (await page.locator('.coding-exercise').textContent()) ?? '';
    expect(hints).toContain('The note documents osteoarthritis of the right knee');
    expect(hints).toContain('J3301 is per 10 mg');
    expect(hints).toContain('Add … to the joint injection');
    expect(hints).not.toContain('M17.11');
    const status = (await page.locator('.coding-exercise [role="status"]').last().textContent()) ?? '';
    expect(status).toMatch(/Graded: [\d.]+ of [\d.]+ points/);

    // Reveal the key beside the attempt; the attempt stays, and the feedback now names the codes.
    await page.getByRole('button', { name: 'Show answer key' }).click();
    expect((await page.locator('.coding-exercise').textContent()) ?? '').toContain('Add RT to the joint injection');
    const key = (await page.locator('.key').textContent()) ?? '';
    expect(key).toContain('M17.11');
    expect(key).toContain('M17.12');

    // Retry keeps the codes; fix them and reach full marks.
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Remove M17.12' }).click();
    await typeCode(page, 'Add a diagnosis code', 'M17.11');
    await page.getByRole('button', { name: 'Move M17.11 up' }).click();
    await page.getByLabel('Modifiers').nth(0).fill('rt');
    await page.getByLabel('Units').nth(1).fill('4');
    await page.getByRole('button', { name: 'Check my codes' }).click();
    const full = (await heading.textContent()) ?? '';
    const [, earned, total] = /Score: ([\d.]+) of ([\d.]+)/.exec(full) ?? [];
    expect(earned).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('another defensible first-listed diagnosis gets full marks and says why it is also acceptable', async () => {
    const { page, errors } = await openExercise();
    // Typing before the island hydrates would lose the first code; Astro drops `ssr` once hydrated.
    await page.locator('astro-island:not([ssr]) .coding-exercise').waitFor();
    await enterKneeAnswer(page, ['I10', 'M17.11']);
    await page.getByRole('button', { name: 'Check my codes' }).click();
    const full = (await page.locator('.results :is(h2, h3)').textContent()) ?? '';
    const [, earned, total] = /Score: ([\d.]+) of ([\d.]+)/.exec(full) ?? [];
    const text = (await page.locator('.coding-exercise').textContent()) ?? '';
    expect(text).toContain('I10 first is also acceptable');
    expect(earned).toBe(total);
    expect(text).toContain('each with its own billed service');
    // Full marks open the key by themselves (reveal rule); no "Show answer key" press is needed.
    await page.locator('.key').waitFor();
    await expect(page.locator('.key').textContent()).resolves.toContain('Also acceptable first-listed: I10.');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('codes typed the way coders write them reach full marks: two diagnoses in one box, modifier and units after the code, any dash', async () => {
    const { page, errors } = await openExercise();
    await page.locator('astro-island:not([ssr]) .coding-exercise').waitFor();
    await typeCode(page, 'Add a diagnosis code', 'm1711, i10');
    await expect(page.locator('.dx-list li').count()).resolves.toBe(2);
    await typeCode(page, 'Add a CPT or HCPCS code', '20610\u2013RT');
    await typeCode(page, 'Add a CPT or HCPCS code', 'J3301 x 4');
    await typeCode(page, 'Add a CPT or HCPCS code', '99214-25');
    // The box fills the line's own modifier and units fields, so the learner sees what was read.
    await expect(page.getByLabel('Modifiers').nth(0).inputValue()).resolves.toBe('RT');
    await expect(page.getByLabel('Units').nth(1).inputValue()).resolves.toBe('4');
    await expect(page.getByLabel('Modifiers').nth(2).inputValue()).resolves.toBe('25');
    await page.getByRole('button', { name: 'Check my codes' }).click();
    const full = (await page.locator('.results :is(h2, h3)').textContent()) ?? '';
    const [, earned, total] = /Score: ([\d.]+) of ([\d.]+)/.exec(full) ?? [];
    expect(earned, full).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('words typed into the code search and a code typed before the page finished loading are kept: searched, and added', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    const scripts = await holdScripts(page);
    await page.goto(site(exercisePath), { waitUntil: 'commit' });
    const search = page.getByLabel(/Search by words or code/);
    await search.fill('asthma');
    await page.getByLabel('Add a diagnosis code').fill('M17.11');
    expect(scripts.held()).toBeGreaterThan(0);
    scripts.release();
    // The code typed early is added by the Add button once the page works.
    await page.locator('astro-island:not([ssr]) .coding-exercise').waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).first().click();
    await expect(page.locator('.dx-list li').first().textContent()).resolves.toContain('M17.11');
    await page.locator('.picker-results li').first().waitFor({ timeout: 30_000 });
    await expect(page.locator('.picker-results').textContent()).resolves.toMatch(/J45/);
    await expect(search.inputValue()).resolves.toBe('asthma');
    await expect(page.locator('.picker [role="status"]').textContent()).resolves.toMatch(/^\d+\+? results? for "asthma"\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a search pasted into the code search is announced with its count and the pasted words, and no count is announced before the search ran', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, ...CLIPBOARD });
    const errors = watchErrors(page);
    await page.goto(site(exercisePath), { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) .coding-exercise').waitFor();
    const search = page.getByLabel(/Search by words or code/);
    const status = page.locator('.picker [role="status"]');
    const said = await recordStatuses(page, '.picker [role="status"]');
    await paste(page, search, 'asthma');
    await status.filter({ hasText: 'for "asthma"' }).waitFor({ timeout: 30_000 });
    // A second paste with as many results as the first is still announced: the count names its words.
    await paste(page, search, 'acne');
    await status.filter({ hasText: 'for "acne"' }).waitFor({ timeout: 30_000 });
    expect((await said()).filter((s) => s !== 'Searching…')).toEqual([expect.stringMatching(/^\d+\+? results? for "asthma"\.$/), expect.stringMatching(/^\d+\+? results? for "acne"\.$/)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('odd characters typed as codes are treated as text, never markup', async () => {
    const { page, errors } = await openExercise();
    await typeCode(page, 'Add a diagnosis code', '<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Check my codes' }).click();
    await expect(page.locator('.results :is(h2, h3)').textContent()).resolves.toMatch(/Score|Not graded/);
    expect(await page.locator('.coding-exercise img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('on a 390 px phone the code box stays on screen as codes are added above it, at once when the system asks for reduced motion', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(exercisePath), { waitUntil: 'networkidle' });
    /** How far the focused box's bottom edge is below the bottom of the screen (0 or less: on screen), after two frames. */
    const below = () => page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const r = document.activeElement!.getBoundingClientRect();
      done(Math.max(r.bottom - innerHeight, -r.top));
    }))));
    const dx = page.getByLabel('Add a diagnosis code');
    await dx.focus();
    for (const code of ['M17.11', 'I10', 'E11.9', 'Z79.4', 'M25.561']) {
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
      expect(await below(), `after ${code}`).toBeLessThanOrEqual(0);
    }
    await page.getByLabel('Add a CPT or HCPCS code').focus();
    for (const code of ['20610-RT', 'J3301 x 4', '99214-25']) {
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
      expect(await below(), `after ${code}`).toBeLessThanOrEqual(0);
    }
    await expect(page.locator('.line-list li').count()).resolves.toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with motion allowed the box glides back on screen after an add', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(site(exercisePath), { waitUntil: 'networkidle' });
    const dx = page.getByLabel('Add a diagnosis code');
    await dx.focus();
    for (const code of ['M17.11', 'I10', 'E11.9', 'Z79.4']) {
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => dx.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await context.close();
  });

  test('when the answer key cannot load, grading says so and focus stays on "Check my codes"', async () => {
    const { page, errors } = await openExercise();
    await page.route(/\/exercises\/[^/]+\/key\.json$/, (route) => route.abort());
    await typeCode(page, 'Add a diagnosis code', 'M17.11');
    await page.getByRole('button', { name: 'Check my codes' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('the attempt was not graded');
    await expect(page.evaluate(() => (document.activeElement === document.body ? '(page body)' : document.activeElement?.textContent))).resolves.toBe('Check my codes');
    // The failed request is the test's doing; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  test('the exercise list and an exercise page have no serious axe violations', async () => {
    for (const path of ['/exercises/', exercisePath]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(site(path), { waitUntil: 'networkidle' });
      expect(await seriousViolations(page), path).toEqual([]);
      await context.close();
    }
  });
});
