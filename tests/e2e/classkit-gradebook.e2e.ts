import { readFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';
import { assignment, CLASS_FILES as FILES } from '../fixtures/classkit/gradebook-files.ts';
import { encodeAssignment } from '../../src/domain/classkit/assignment-link.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PAGE = '/teach/gradebook/';

describe('gradebook', () => {
  test('files through the file input give the roster, a note per file, item analysis, and a Canvas CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const uploads: string[] = [];
    page.on('request', (r) => { if (r.method() !== 'GET') uploads.push(`${r.method()} ${r.url()}`); });
    await page.goto(site(PAGE), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    expect(await page.locator('main').textContent()).toContain('Nothing leaves your browser');

    await page.getByLabel('Submission files (.json) or a .zip of them').setInputFiles(FILES);
    await expect.poll(async () => page.locator('.gb > [role=status]').textContent(), { timeout: 30_000 }).toMatch(/Roster ready: 2 students counted, 2 files not counted/);

    const roster = page.locator('table.gb-roster tbody tr');
    expect(await roster.count()).toBe(2);
    // The later file of Ana counts; names are as typed (trimmed), a formula-looking name is just text.
    const ana = (await roster.filter({ hasText: 'ana-friday.json' }).textContent()) ?? '';
    expect(ana).toContain('ana ruiz');
    expect(ana).toContain('100%');
    expect(ana).toContain('Pass');
    const bo = (await roster.filter({ hasText: 'bo.json' }).textContent()) ?? '';
    expect(bo).toContain('=Bo Chen');
    expect(bo).toContain('Late');

    const leftOut = await page.locator('.gb-left-out li').allTextContents();
    expect(leftOut).toEqual([
      expect.stringMatching(/^ana-monday\.json: not counted\. Ana Ruiz sent a later file \(ana-friday\.json/),
      expect.stringMatching(/^broken\.json: not counted\. Not a JSON file/),
    ]);
    expect(await page.locator('.gb-remarks').textContent()).toContain('bo.json: =Bo Chen handed in late');

    // Item analysis: the missed code with the feedback the student saw.
    const misses = page.locator('.gb-misses').first();
    expect(await misses.textContent()).toContain('S93.492A');
    expect(await misses.textContent()).toContain('S93.402A (1)');
    await misses.locator('summary').first().click();
    expect(await misses.locator('details').first().textContent()).toMatch(/talofibular/);
    expect(await page.locator('.gb-chart').textContent()).toContain('90–100%');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Canvas CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('week-3-ankle-sprain-canvas.csv');
    const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(csv[0]).toBe(`Student,ID,SIS User ID,SIS Login ID,Section,Week 3: ankle sprain (${assignment.id})`);
    const possible = /^Points Possible,,,,,(\d+(\.\d+)?)$/.exec(csv[1] ?? '')?.[1];
    expect(possible).toBeDefined();
    const bodyRows = csv.slice(2).filter(Boolean);
    expect(bodyRows).toContain(`ana ruiz,,,,,${possible}`);
    const boRow = bodyRows.find((r) => r.startsWith("'=Bo Chen,,,,,"));
    expect(Number(boRow?.split(',').pop())).toBeLessThan(Number(possible));
    await expect.poll(async () => page.locator('.gb-export [role=status]').textContent()).toContain('week-3-ankle-sprain-canvas.csv saved');

    expect(await seriousViolations(page)).toEqual([]);
    expect(uploads).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a zip of the files gives the same roster, its entries named after the zip', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site(PAGE), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    const zip = zipSync(Object.fromEntries(FILES.map((f) => [`week3/${f.name}`, new Uint8Array(f.buffer)])));
    await page.getByLabel('Submission files (.json) or a .zip of them').setInputFiles({ name: 'week3.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect.poll(async () => page.locator('.gb > [role=status]').textContent(), { timeout: 30_000 }).toMatch(/Roster ready: 2 students counted, 2 files not counted/);
    expect(await page.locator('.gb-left-out li').allTextContents()).toEqual([
      expect.stringMatching(/^week3\.zip: ana-monday\.json: not counted\./),
      expect.stringMatching(/^week3\.zip: broken\.json: not counted\./),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"Use this assignment" before any file says what it read and what to do next (it once did nothing), keyboard only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site(PAGE), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
    const link = page.getByLabel(/^Assignment link/);
    const status = page.locator('.gb > [role=status]');
    await link.focus();
    await page.keyboard.type('https://example.com/not-an-assignment');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/^The assignment link could not be used: /);
    await link.fill(site(`/teach/assignment/#${await encodeAssignment(assignment)}`));
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Assignment "Week 3: ankle sprain" is set. Now add the submission files.');
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the empty page has no serious accessibility violations in either colour scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(site(PAGE), { waitUntil: 'networkidle' });
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
