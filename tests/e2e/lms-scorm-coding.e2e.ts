import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, seriousViolations, watchErrors } from './support/browser.ts';
import { serveScormHost } from './support/scorm-host.ts';
import { REPO_ROOT } from '../../src/data/code-set-node.ts';
import { buildScormPackage } from '../../scripts/lib/scorm-build.ts';
import type { ScormCodingExercise } from '../../src/domain/lms/scorm-coding.ts';

/**
 * A SCORM 1.2 package holding one coding exercise (ICD-10-CM plus HCPCS lines with modifiers),
 * run in the stand-in LMS (scorm-again as window.API, package under /lms/pkg/): the learner types
 * codes, the package fetches its own code-set files with relative URLs and grades with the site's
 * coding grader.
 */
const EXERCISE = 'aci-ankle-sprain-brace-and-crutches';
let browser: Browser;
let server: Server;
let base: string;
let x: ScormCodingExercise;

beforeAll(async () => {
  const built = await buildScormPackage(REPO_ROOT, { ids: [EXERCISE], passMark: 70 });
  x = built.content.exercises![0]!;
  ({ server, url: base } = await serveScormHost(built.files));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

const byId = (id: string) => `[id="${id}"]`;

async function openHost(initialCmi?: Record<string, unknown>): Promise<{ page: Page; frame: Frame; errors: string[]; requests: string[] }> {
  const context = await browser.newContext();
  if (initialCmi) await context.addInitScript((cmi) => { (window as unknown as { __initialCmi: unknown }).__initialCmi = cmi; }, initialCmi);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${base}/lms/host.html`, { waitUntil: 'networkidle' });
  const frame = page.frame({ url: /\/lms\/pkg\/index\.html$/ });
  if (!frame) throw new Error('the package frame did not load');
  await frame.getByRole('heading', { level: 1, name: x.exercise.title }).waitFor();
  return { page, frame, errors, requests };
}

/** Types the key, or codes that are all wrong, into the fields as a learner would. */
async function typeCodes(frame: Frame, right: boolean): Promise<void> {
  const base = `x-${EXERCISE}`;
  const dx = right ? x.exercise.answer.diagnoses.map((d) => d.code.replace('.', '').toLowerCase()) : ['J45.909'];
  for (const [i, code] of dx.entries()) await frame.locator(byId(`${base}-dx-${i}`)).fill(code);
  const lines = right ? (x.exercise.answer.lines ?? []) : [{ code: 'E0110', modifiers: [], units: 3 }];
  for (const [i, line] of lines.entries()) {
    await frame.locator(byId(`${base}-line-${i}-code`)).fill(line.code);
    await frame.locator(byId(`${base}-line-${i}-mods`)).fill((line.modifiers ?? []).join(' '));
    if ((line.units ?? 1) !== 1) await frame.locator(byId(`${base}-line-${i}-units`)).fill(String(line.units));
  }
  await frame.getByRole('button', { name: 'Submit answers' }).focus();
}

const lms = (page: Page) => page.evaluate(() => {
  const api = (window as unknown as { API: { cmi: { core: { lesson_status: string; score: { raw: string } }; suspend_data: string } } }).API;
  return { status: api.cmi.core.lesson_status, raw: api.cmi.core.score.raw, suspend: api.cmi.suspend_data };
});

async function submitRun(right: boolean) {
  const run = await openHost();
  await typeCodes(run.frame, right);
  await run.frame.getByRole('button', { name: 'Submit answers' }).click();
  await run.frame.getByText(/^Your score: \d+%/).waitFor();
  return { ...run, ...(await lms(run.page)), feedback: await run.frame.locator('.feedback').innerText() };
}

describe('SCORM 1.2 package with a coding exercise, in an LMS (scorm-again)', () => {
  test('the key scores 100 and passes, wrong codes score lower with the grader\'s feedback; code sets come from the package; axe clean', async () => {
    const right = await submitRun(true);
    const wrong = await submitRun(false);
    expect(right.raw).toBe('100');
    expect(right.status).toBe('passed');
    expect(right.feedback).toMatch(/^Score: (\d+(\.\d+)?) \/ \1 \(100%\)/);
    expect(Number(wrong.raw)).toBeLessThan(Number(right.raw));
    expect(wrong.status).toBe('failed');
    expect(wrong.feedback).toMatch(/Score: \d+(\.\d+)? \/ \d+ \(\d+%\)/);
    expect(wrong.feedback).toMatch(/Error: /);
    expect(wrong.feedback).toContain('Answer key. Diagnoses: S93.401A. Lines: L4350-RT, E0114-NU.');
    for (const run of [right, wrong]) {
      // Every request stays inside the package's subpath: code sets included, nothing from a site.
      const own = run.requests.filter((p) => !p.startsWith('/lms/host.html') && p !== '/lms/scorm12.js');
      expect(own.filter((p) => !p.startsWith('/lms/pkg/'))).toEqual([]);
      expect(own.some((p) => p.startsWith('/lms/pkg/data/icd10cm/'))).toBe(true);
      expect(own.some((p) => p.startsWith('/lms/pkg/data/hcpcs/'))).toBe(true);
      expect(run.suspend.length).toBeLessThanOrEqual(4096);
      expect(run.errors).toEqual([]);
    }
    expect(await seriousViolations(right.page)).toEqual([]);
    expect(await seriousViolations(wrong.page)).toEqual([]);
    await right.page.context().close();
    await wrong.page.context().close();
  });

  test('typed codes are saved in suspend_data and restored on the next visit', async () => {
    const first = await openHost();
    await typeCodes(first.frame, true);
    const saved = await lms(first.page);
    expect(saved.status).toBe('incomplete');
    expect(saved.suspend).toBe('1w.S93401A~L4350:RT:+E0114:NU:');
    await first.page.context().close();
    const second = await openHost({ suspend_data: saved.suspend, core: { lesson_status: 'incomplete' } });
    await second.frame.getByText('Welcome back: your saved answers are restored.').waitFor();
    expect(await second.frame.locator(byId(`x-${EXERCISE}-line-1-code`)).inputValue()).toBe('E0114');
    await second.frame.getByRole('button', { name: 'Submit answers' }).click();
    await second.frame.getByText('Your score: 100%.', { exact: false }).waitFor();
    expect(second.errors).toEqual([]);
    await second.page.context().close();
  });
});

describe('SCORM 1.2 package with an E/M levelling case, in an LMS (scorm-again)', () => {
  test('the key choices score 100, wrong levels score lower with the E/M feedback; axe clean', async () => {
    const built = await buildScormPackage(REPO_ROOT, { ids: ['em-ankle-sprain-new-patient'], passMark: 70 });
    const em = built.content.emExercises![0]!;
    const host = await serveScormHost(built.files);
    try {
      const run = async (right: boolean) => {
        const page = await (await browser.newContext()).newPage();
        const errors = watchErrors(page);
        await page.goto(`${host.url}/lms/host.html`, { waitUntil: 'networkidle' });
        const frame = page.frame({ url: /\/lms\/pkg\/index\.html$/ })!;
        await frame.getByRole('heading', { level: 1, name: em.title }).waitFor();
        const pick = { problems: right ? em.answer.problems!.level : 'high', data: right ? em.answer.data!.level : 'extensive', risk: right ? em.answer.risk!.level : 'high', code: right ? em.answer.code.code : '99205' };
        for (const [field, value] of Object.entries(pick)) await frame.locator(byId(`em-${em.id}-${field}-${value}`)).check();
        await frame.getByRole('button', { name: 'Submit answers' }).click();
        await frame.getByText(/^Your score: \d+%/).waitFor();
        return { page, errors, ...(await lms(page)), feedback: await frame.locator('.feedback').innerText() };
      };
      const right = await run(true);
      const wrong = await run(false);
      expect(right.raw).toBe('100');
      expect(right.status).toBe('passed');
      expect(Number(wrong.raw)).toBeLessThan(Number(right.raw));
      expect(wrong.feedback).toMatch(/^Score: \d+ \/ \d+/);
      expect(wrong.feedback).toContain('Error: ');
      expect(wrong.feedback).toContain(`Answer key. Problems ${em.answer.problems!.level}, data ${em.answer.data!.level}, risk ${em.answer.risk!.level}: ${em.answer.code.code}.`);
      expect([...right.errors, ...wrong.errors]).toEqual([]);
      expect(await seriousViolations(wrong.page)).toEqual([]);
      await right.page.context().close();
      await wrong.page.context().close();
    } finally {
      await new Promise<void>((done) => host.server.close(() => done()));
    }
  });
});
