import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, seriousViolations, watchErrors } from './support/browser.ts';
import { serveScormHost } from './support/scorm-host.ts';
import { REPO_ROOT } from '../../src/data/code-set-node.ts';
import { buildScormPackage } from '../../scripts/lib/scorm-build.ts';
import { packageQuestions } from '../../src/domain/lms/scorm-content.ts';
import type { QuizQuestion } from '../../src/domain/quiz/quiz-schema.ts';

/**
 * A SCORM 1.2 package run inside a stand-in LMS: scorm-again's Scorm12API (a real LMS-side
 * runtime) is window.API in the host page, and the package is served from /lms/pkg/ in a frame,
 * without the site and without a service worker. The `modifiers` quiz has every question kind.
 */
let browser: Browser;
let server: Server;
let base: string;
let questions: QuizQuestion[];

beforeAll(async () => {
  const built = await buildScormPackage(REPO_ROOT, { ids: ['modifiers'], passMark: 70 });
  questions = packageQuestions(built.content);
  ({ server, url: base } = await serveScormHost(built.files));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

const byId = (id: string) => `[id="${id}"]`;

/** Answers every question right or wrong through the form, as a learner would. */
async function answerAll(frame: Frame, right: boolean, only?: number): Promise<void> {
  for (const q of questions.slice(0, only)) {
    const name = `q-${q.id}`;
    switch (q.kind) {
      case 'single': {
        const pick = q.options.find((o) => o.correct === right) ?? q.options[0]!;
        await frame.locator(byId(`${name}-${pick.id}`)).check();
        break;
      }
      case 'multiple':
        for (const o of q.options) if (o.correct === right) await frame.locator(byId(`${name}-${o.id}`)).check();
        break;
      case 'sort':
        for (const item of q.items) {
          const bucket = right ? item.bucket : q.buckets.find((b) => b.id !== item.bucket)!.id;
          await frame.locator(byId(`${name}-${item.id}`)).selectOption(bucket);
        }
        break;
      case 'match':
        for (const [i, pair] of q.pairs.entries()) {
          const chosen = right ? pair.id : q.pairs[(i + 1) % q.pairs.length]!.id;
          await frame.locator(byId(`${name}-${pair.id}`)).selectOption(chosen);
        }
        break;
      case 'fill':
        await frame.locator(byId(`${name}-answer`)).fill(right ? q.accepted[0]! : 'not this');
        break;
    }
  }
}

async function openHost(initialCmi?: Record<string, unknown>): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const context = await browser.newContext();
  if (initialCmi) await context.addInitScript((cmi) => { (window as unknown as { __initialCmi: unknown }).__initialCmi = cmi; }, initialCmi);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/lms/host.html`, { waitUntil: 'networkidle' });
  const frame = page.frame({ url: /\/lms\/pkg\/index\.html$/ });
  if (!frame) throw new Error('the package frame did not load');
  await frame.getByRole('heading', { level: 1, name: 'Check your understanding: modifiers' }).waitFor();
  return { page, frame, errors };
}

/** What the LMS holds now, read from scorm-again's data model. */
const lms = (page: Page) => page.evaluate(() => {
  const api = (window as unknown as { API: { cmi: { core: { lesson_status: string; score: { raw: string; min: string; max: string } }; suspend_data: string } } }).API;
  return { status: api.cmi.core.lesson_status, raw: api.cmi.core.score.raw, min: api.cmi.core.score.min, max: api.cmi.core.score.max, suspend: api.cmi.suspend_data };
});

async function submitRun(right: boolean) {
  const { page, frame, errors } = await openHost();
  await answerAll(frame, right);
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await frame.getByText(/^Your score: \d+%/).waitFor();
  // Every suspend_data the package wrote along the way, not only the last one.
  const suspendWrites = await page.evaluate(() => (window as unknown as { __sets: [string, string][] }).__sets.filter(([element]) => element === 'cmi.suspend_data').map(([, value]) => value.length));
  return { ...(await lms(page)), text: await frame.locator('.result').innerText(), errors, page, suspendWrites };
}

describe('SCORM 1.2 package in an LMS (scorm-again)', () => {
  test('right answers score 100 and pass; wrong answers score lower and fail; both within suspend_data', async () => {
    const right = await submitRun(true);
    const wrong = await submitRun(false);
    expect(right.status).toBe('passed');
    expect(right.raw).toBe('100');
    expect([right.min, right.max]).toEqual(['0', '100']);
    expect(right.text).toContain('Your score: 100%. Passed (pass mark 70%). Your score was sent to your course.');
    expect(wrong.status).toBe('failed');
    expect(Number(wrong.raw)).toBeLessThan(Number(right.raw));
    expect(Number(wrong.raw)).toBeLessThan(70);
    for (const run of [right, wrong]) {
      expect(run.suspend.length).toBeGreaterThan(0);
      expect(run.suspendWrites.length).toBeGreaterThan(5);
      expect(Math.max(...run.suspendWrites)).toBeLessThanOrEqual(4096);
      expect(run.errors).toEqual([]);
    }
    expect(await seriousViolations(right.page)).toEqual([]);
    await right.page.context().close();
    await wrong.page.context().close();
  });

  test('reopening restores the saved answers from suspend_data, and the results once submitted', async () => {
    const first = await openHost();
    await answerAll(first.frame, true, 3);
    const saved = await lms(first.page);
    expect(saved.status).toBe('incomplete');
    expect(saved.raw).toBe('');
    // Leaving the activity (the LMS closes its frame) finishes the session, marked for resuming.
    await first.page.evaluate(() => { (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'; });
    await first.page.waitForFunction(() => (window as unknown as { __finished?: boolean }).__finished === true);
    const sets = await first.page.evaluate(() => (window as unknown as { __sets: [string, string][] }).__sets);
    expect(sets).toContainEqual(['cmi.core.exit', 'suspend']);
    expect(sets.find(([element]) => element === 'cmi.core.session_time')?.[1]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    await first.page.context().close();

    const second = await openHost({ suspend_data: saved.suspend, core: { lesson_status: 'incomplete' } });
    await second.frame.getByText('Welcome back: your saved answers are restored.').waitFor();
    const q2 = questions[1]!;
    if (q2.kind !== 'single') throw new Error('fixture: question 2 of modifiers is single choice');
    const rightOption = q2.options.find((o) => o.correct)!;
    expect(await second.frame.locator(byId(`q-${q2.id}-${rightOption.id}`)).isChecked()).toBe(true);
    expect(await second.frame.locator('#progress').innerText()).toMatch(/^3 of 6 questions answered/);
    await answerAll(second.frame, true);
    await second.frame.getByRole('button', { name: 'Submit answers' }).click();
    const done = await lms(second.page);
    expect(done.status).toBe('passed');
    await second.page.context().close();

    const third = await openHost({ suspend_data: done.suspend, core: { lesson_status: 'passed' } });
    await third.frame.getByText('Your score: 100%. Passed (pass mark 70%).', { exact: false }).waitFor();
    expect(await third.frame.getByRole('button', { name: 'Submit answers' }).isDisabled()).toBe(true);
    expect(third.errors).toEqual([]);
    await third.page.context().close();
  });

  test('opened without an LMS, the package says nothing is saved, still grades, and is axe clean in light and dark', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/lms/pkg/index.html`, { waitUntil: 'networkidle' });
    await page.getByText(/No learning management system found/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByText('Your score: 0%. Not passed yet (pass mark 70%).').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${base}/lms/pkg/index.html`, { waitUntil: 'networkidle' });
    await darkPage.getByRole('button', { name: 'Submit answers' }).click();
    await darkPage.getByText(/^Your score:/).waitFor();
    expect(await seriousViolations(darkPage)).toEqual([]);
    await dark.close();
  });
});
