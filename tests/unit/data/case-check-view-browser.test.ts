import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureDataSource } from '../../../src/data/code-set-browser.ts';
import { loadCaseCheckView } from '../../../src/data/case-check-view-browser.ts';
import { checkCase, codesToLoad } from '../../../src/domain/case-editor/check-case.ts';
import { formToExercise } from '../../../src/domain/case-editor/case-form.ts';
import { filledForm } from '../domain/case-editor/fixture.ts';

const DATA_DIR = 'public/data';

/** Serves public/data from disk as the static site does; the CPT lists from content/cpt, as the build writes them. */
beforeEach(() => {
  configureDataSource({
    baseUrl: '/data',
    fetch: async (url) => {
      const path = join(DATA_DIR, url.replace(/^\/data\//, ''));
      if (!existsSync(path)) return { ok: false, status: 404, json: async () => undefined };
      const text = readFileSync(path, 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    },
  });
  const lists = { cpt: parse(readFileSync('content/cpt/codes.yaml', 'utf8')) as unknown, cptModifiers: parse(readFileSync('content/cpt/modifiers.yaml', 'utf8')) as unknown };
  vi.stubGlobal('fetch', async () => ({ ok: true, status: 200, json: async () => lists }));
});
afterEach(() => vi.unstubAllGlobals());

describe('the case editor checks against the browser code data', () => {
  it('a sound case passes, as it does in Node', async () => {
    const candidate = formToExercise(filledForm());
    expect(checkCase(candidate, await loadCaseCheckView(codesToLoad(candidate))).problems).toEqual([]);
  });

  it('finds an Excludes1 pair from the notes shards it loads for the key', async () => {
    const form = filledForm();
    form.diagnoses = [
      { code: 'E11.9', why: 'Type 2 diabetes without complications.' },
      { code: 'E10.9', why: 'Type 1 diabetes without complications.' },
    ];
    form.mistakes = [{ ...form.mistakes[0]!, code: 'E13.9', instead: 'E11.9' }];
    const candidate = formToExercise(form);
    const problems = checkCase(candidate, await loadCaseCheckView(codesToLoad(candidate))).problems;
    expect(problems).toContainEqual(expect.objectContaining({ field: 'answer.diagnoses[1].code', message: expect.stringContaining('E11.9 and E10.9 are in the key together') }));
  });

  it('finds a header code on the date of service', async () => {
    const candidate = formToExercise({ ...filledForm(), diagnoses: [{ code: 'S93.49', why: 'A header: the checks must refuse it.' }] });
    const problems = checkCase(candidate, await loadCaseCheckView(codesToLoad(candidate))).problems;
    expect(problems[0]).toMatchObject({ field: 'answer.diagnoses[0].code', source: 'codes' });
    expect(problems[0]?.message).toContain('S93.49 is a category or subcategory header in ICD-10-CM FY2027');
  });
});
