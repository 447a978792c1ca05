import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, seriousViolations, site, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** A fresh browser profile per test, so saved sessions and progress never leak between tests. */
async function open(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(site(path), { waitUntil: 'networkidle' });
  expect(response?.status(), `${path} status`).toBe(200);
  return { context, page, errors };
}

async function startExam(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
}

describe('practice exams', () => {
  test('the list shows each exam with its documented format', async () => {
    const { context, page, errors } = await open('/exams/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Practice exams');
    for (const title of ['CPC-style practice exam', 'CCA-style practice exam', 'CBCS-style practice exam', 'CPB-style practice exam']) {
      await expect(page.getByRole('link', { name: title, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.getByText('Free navigation', { exact: true }).count()).resolves.toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('CBCS-style: answer 3, flag 1, reload keeps the session, submit shows the score report', async () => {
    const { context, page, errors } = await open('/exams/cbcs-style/');
    await startExam(page);

    // Question 1 by clicking, questions 2 and 3 by keyboard.
    await page.locator('.exam-option label').first().click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.keyboard.press('2');
    await page.keyboard.press('f');
    await page.keyboard.press('n');
    await page.keyboard.press('3');
    await expect(page.getByText('Question 3 of 125 · 3 answered').count()).resolves.toBe(1);

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Question 3', exact: true }).waitFor();
    await expect(page.getByText('Question 3 of 125 · 3 answered').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Question 2, answered, flagged' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Question 2, answered, flagged' }).click();
    await expect(page.getByRole('button', { name: 'Flagged for review' }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Submit exam' }).click();
    await expect(page.getByRole('alertdialog').textContent()).resolves.toContain('122 questions are unanswered');
    await page.getByRole('button', { name: 'Submit now' }).click();
    await page.getByRole('heading', { name: 'Score report' }).waitFor();
    await expect(page.locator('.exam-result').textContent()).resolves.toMatch(/of 125 correct/);
    // The paper follows the four CBCS domains, so it draws from most of the 11 bank domains: a rare
    // seed leaves one small bank domain (E/M or HCPCS and modifiers) out of the report.
    const rows = await page.locator('table.exam-domains tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(rows).toBeLessThanOrEqual(11);
    await expect(page.getByRole('rowheader', { name: 'Claims and the CMS-1500' }).count()).resolves.toBe(1);
    await expect(page.locator('.exam-review-item').count()).resolves.toBe(125);
    await expect(page.locator('.exam-explanation').first().textContent()).resolves.toMatch(/Explanation:/);
    await expect(page.getByText('No finished attempts yet.').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Your attempts' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('CCA-style has free navigation (AHIMA, exams from 2026-05-01): going back works', async () => {
    const { context, page, errors } = await open('/exams/cca-style/');
    await expect(page.getByText('exams scheduled on or after 2026-05-01', { exact: false }).count()).resolves.toBe(1);
    await startExam(page);
    await page.keyboard.press('1');
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: /^Question 1,/ }).isDisabled()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the exam page loads its questions on demand and the answer key only at submission', async () => {
    const { context, page, errors } = await open('/exams/cpc-style/');
    const html = await page.content();
    expect(html).not.toContain('"explanation"');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await startExam(page);
    expect(requested).toContain('/exams/cpc-style/items.json');
    expect(requested).not.toContain('/exams/cpc-style/key.json');
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Submit now' }).click();
    await page.getByRole('heading', { name: 'Score report' }).waitFor();
    await page.locator('.exam-result').waitFor();
    expect(requested).toContain('/exams/cpc-style/key.json');
    await expect(page.locator('.exam-result').textContent()).resolves.toMatch(/0 of 100 correct/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('CBCS-style has no code book: search and code lookup are off on its page', async () => {
    const { context, page, errors } = await open('/exams/cbcs-style/');
    await expect(page.getByRole('button', { name: 'Search' }).count()).resolves.toBe(0);
    await expect(page.getByText('search and code lookup are off', { exact: false }).count()).resolves.toBe(1);
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('on a 390 px phone, Shift+Tab back up the page never leaves focus under the sticky timer bar, and the submit confirmation\'s choices do not touch', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(site('/exams/cpc-style/'), { waitUntil: 'networkidle' });
    await startExam(page);
    await page.getByRole('button', { name: 'Question 60, not answered' }).focus();
    const hidden: string[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Shift+Tab');
      // Where the focused control's top edge sits against the bar's bottom edge (a bar still on screen).
      const overlap = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const bar = document.querySelector('.exam-bar');
        // Only what comes after the bar can slide under it once it sticks.
        if (!bar || bar.contains(el) || !(bar.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return undefined;
        const top = el.getBoundingClientRect().top;
        const barBottom = bar.getBoundingClientRect().bottom;
        return top < barBottom ? `${el.textContent?.trim() || el.tagName}: top ${Math.round(top)} < bar ${Math.round(barBottom)}` : undefined;
      });
      if (overlap) hidden.push(overlap);
    }
    expect(hidden).toEqual([]);

    // The confirmation's two choices wrap onto two lines here: a gap between them, not one target on the other.
    await page.getByRole('button', { name: 'Submit exam' }).click();
    const [now, keep] = await Promise.all(['Submit now', 'Keep working'].map((name) => page.getByRole('button', { name }).boundingBox()));
    expect(keep!.y).toBeGreaterThanOrEqual(now!.y + now!.height + 4);
    expect(errors).toEqual([]);
    await context.close();
  });
});
