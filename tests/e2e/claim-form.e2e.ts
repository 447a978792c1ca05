import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, site, watchErrors } from './support/browser.ts';

/** Issue 13, points 6 and 7 (claim part) and the claim box contrast of point 8. */

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const claimPath = '/claims/office-visit-diabetes-hypertension/';

async function openClaim(viewport = { width: 1280, height: 900 }, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site(claimPath), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Scrub' }).waitFor();
  return { page, errors };
}

const box = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
const line = (page: Page, i: number) => page.locator('.cl-line').nth(i);

/** Fills what the case leaves to the learner, item 29 left blank. */
async function completeClaim(page: Page): Promise<void> {
  await box(page, '12 Patient signature on file').check();
  await box(page, '13 Insured signature on file').check();
  await box(page, '21 ICD Ind.').fill('0');
  await box(page, '21A').fill('E11.9');
  await box(page, '21B').fill('I10');
  const lines = [
    { code: '99214', pointers: ['A', 'B'], charge: '185.00' },
    { code: '83036', pointers: ['A'], charge: '32.00' },
  ];
  for (const [i, l] of lines.entries()) {
    const row = line(page, i);
    await box(row, '24A From').fill('2026-10-14');
    await box(row, '24A To').fill('2026-10-14');
    await box(row, '24B POS').fill('11');
    await box(row, '24D CPT/HCPCS').fill(l.code);
    for (const [k, p] of l.pointers.entries()) await box(row, `24E Pointer ${k + 1}`).fill(p);
    await box(row, '24F Charges').fill(l.charge);
    await box(row, '24G Units').fill('1');
    await box(row, '24J Rendering NPI').fill('1246813574');
  }
  await box(page, "26 Patient's account no.").fill('MAR10442');
  await box(page, '27 Accept assignment').check();
  await box(page, '28 Total charge').fill('217.00');
}

/** Tabbable controls before `target` in document order (what Tab walks through to reach it). */
function tabStopsBefore(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => !el.hasAttribute('disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0);
    return all.findIndex((el) => el === target);
  }, selector);
}

describe('claim form: navigation and focus (point 6)', () => {
  test('a "Jump to" list reaches every item group and Scrub in a few key presses; far fewer tab stops before Scrub', async () => {
    const { page, errors } = await openClaim();
    const jump = page.getByRole('navigation', { name: 'Jump to a part of the claim form' });
    const links = await jump.getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Scrub and submit', '21 Diagnoses', '24 Service lines', '33 Billing provider']));

    // Keyboard only: the jump list comes first, and "Scrub and submit" puts focus on Scrub.
    await jump.getByRole('link', { name: 'Scrub and submit' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Scrub');

    await jump.getByRole('link', { name: '21 Diagnoses' }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).resolves.toBe('21 ICD Ind.');

    // Was about 270 (six full service lines); one line shown and the shaded area folded.
    const stops = await tabStopsBefore(page, '.cl-actions button');
    expect(stops).toBeGreaterThan(50);
    expect(stops).toBeLessThan(150);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('each scrubber finding is a button that moves focus to its box, even far down the page', async () => {
    const { page } = await openClaim();
    await page.getByRole('button', { name: 'Scrub' }).click();
    const findings = page.locator('.cl-findings');
    await findings.waitFor();
    const dx = findings.getByRole('button', { name: /Item 21 has no diagnosis/ });
    await dx.click();
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent);
    expect(focused).toBe('21A');
    // The box is on screen, not 3,000 px away.
    const inView = await page.evaluate(() => {
      const r = document.activeElement?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });
  test('Shift+Tab up the whole form never leaves focus under the sticky "Jump to" bar, date boxes included, at 1280 and 960 px', async () => {
    for (const width of [1280, 960]) {
      const { page, errors } = await openClaim({ width, height: 800 });
      await page.getByRole('button', { name: 'Scrub' }).focus();
      const hidden = new Set<string>();
      for (let i = 0; i < 140; i++) {
        await page.keyboard.press('Shift+Tab');
        const under = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          const bar = document.querySelector('.cl-jump');
          if (!bar || bar.contains(el) || !(bar.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return undefined;
          const top = el.getBoundingClientRect().top;
          const barBottom = bar.getBoundingClientRect().bottom;
          return top < barBottom ? `${el.labels?.[0]?.textContent ?? el.textContent}: top ${Math.round(top)} < bar ${Math.round(barBottom)}` : undefined;
        });
        if (under) hidden.add(under);
      }
      expect([...hidden], `${width} px`).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('claim form: lines, grading, print and 837P (point 7)', () => {
  test('shows one more service line than used, not six empty ones', async () => {
    const { page } = await openClaim({ width: 390, height: 844 });
    await expect(page.locator('.cl-line').count()).resolves.toBe(1);
    await box(line(page, 0), '24D CPT/HCPCS').fill('99214');
    await expect.poll(() => page.locator('.cl-line').count()).toBe(2);
    await box(line(page, 1), '24D CPT/HCPCS').fill('83036');
    await expect.poll(() => page.locator('.cl-line').count()).toBe(3);
    // The phone page was 14,700 px tall, about 4,400 px of it six empty lines of 730 px each.
    const lines = await page.locator('.cl-lines').evaluate((el) => el.getBoundingClientRect().height);
    expect(lines).toBeLessThan(1_600);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(12_000);
    await page.context().close();
  });

  test('a complete claim with item 29 blank scores full marks; the grade table shows letters and a reason per row', async () => {
    const { page, errors } = await openClaim();
    await completeClaim(page);
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await expect.poll(() => page.locator('.cl-status').textContent()).toMatch(/^Score:/);
    // Item 29 left blank is not wrong against the answer's "0.00".
    await expect(page.locator('.cl-status').textContent()).resolves.toMatch(/\(100%\)/);

    // Swap line 1's pointers to B only: the row shows the letter typed and says why.
    await box(line(page, 0), '24E Pointer 1').fill('B');
    await box(line(page, 0), '24E Pointer 2').fill('');
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    const table = page.locator('table.cl-compare');
    await table.waitFor();
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual(['Item', 'Your entry', 'Answer', 'Why']);
    const row = table.locator('tbody tr', { hasText: '24E' });
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['B', 'A, B', 'Your letters point at I10; the answer points at E11.9, I10. Pointers are graded by the codes they reach.']);
    expect(await table.textContent()).not.toMatch(/^29|Item 29/);
    // The row's item takes the learner to the box.
    await row.getByRole('button').click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).resolves.toBe('24E Pointer 1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the 837P explained view links each segment to its boxes', async () => {
    const { page } = await openClaim();
    await completeClaim(page);
    await page.getByRole('button', { name: 'Export 837P' }).click();
    await expect.poll(() => page.locator('.cl-status').textContent()).toBe('837P export ready below.');
    const nm185 = page.locator('table.cl-compare tbody tr', { hasText: 'NM1*85*2' });
    await expect(nm185.getByRole('button').allTextContents()).resolves.toEqual(['33', '33a']);
    await nm185.getByRole('button', { name: '33a' }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).resolves.toBe('33a NPI');
    const sv1 = page.locator('table.cl-compare tbody tr', { hasText: 'SV1*HC:83036' });
    await sv1.getByRole('button', { name: '24D (line 2)' }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe('83036');
    await page.context().close();
  });

  test('print is one page laid out like the CMS-1500 with the student\'s values in the boxes', async () => {
    const { page } = await openClaim();
    await completeClaim(page);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.cl-print-sheet');
    await sheet.waitFor({ state: 'visible' });
    const text = (await sheet.textContent()) ?? '';
    for (const s of ['HEALTH INSURANCE CLAIM FORM', '1a. INSURED\'S I.D. NUMBER', 'LHP448120931', 'Marlow, Denise, A', '21. DIAGNOSIS', 'A. E11.9', 'B. I10', '99214', '83036', '217.00', '33a. NPI']) {
      expect(text, s).toContain(s);
    }
    // Nothing else of the page is printed.
    await expect(page.locator('.cl-form').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
    await page.context().close();
  });
});

describe('claim form: box contrast (point 8)', () => {
  /** WCAG contrast ratio of two CSS rgb() colours. */
  function contrast(a: string, b: string): number {
    const lum = (c: string) => {
      const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`text box borders reach 3:1 against the box and the page (${scheme})`, async () => {
      const { page } = await openClaim(undefined, scheme);
      const colours = await page.evaluate(() => {
        const input = document.querySelector('.cl-field input[type="text"]') as HTMLElement;
        const group = input.closest('.cl-group') as HTMLElement;
        return { border: getComputedStyle(input).borderTopColor, box: getComputedStyle(input).backgroundColor, group: getComputedStyle(group).backgroundColor };
      });
      expect(contrast(colours.border, colours.box)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.border, colours.group)).toBeGreaterThanOrEqual(3);
      await page.context().close();
    });
  }
});
