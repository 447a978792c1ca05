import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../../../src/data/code-set-node.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { codingCaseProblems, describeCaseProblem } from '../../../../src/domain/content/coding-case-checks.ts';

/**
 * The author checks `npm run check:content` runs on every coding case: each broken key below is
 * one an author could write and the schema alone accepts; each must come back naming the field
 * and the fix. The untouched case must pass, so the checks do not cry wolf.
 */
const codes = loadCodeSetView();
const load = (file: string): CodingExercise => codingExerciseSchema.parse(parse(readFileSync(`content/exercises/coding/${file}`, 'utf8')));
const dm2 = (): CodingExercise => structuredClone(load('dm2-hyperglycemia-insulin-and-metformin.yaml'));
const fasciitis = (): CodingExercise => structuredClone(load('plantar-fasciitis-fy2027-new-codes.yaml'));

describe('codingCaseProblems', () => {
  it('finds nothing wrong in a sound case', () => {
    expect(codingCaseProblems(dm2(), codes)).toEqual([]);
    expect(codingCaseProblems(fasciitis(), codes)).toEqual([]);
  });

  it('names a header code in the key, with the field and the fix', () => {
    const ex = dm2();
    ex.answer.diagnoses[0] = { ...ex.answer.diagnoses[0]!, code: 'S93.49' };
    const [first] = codingCaseProblems(ex, codes);
    expect(first?.field).toBe('answer.diagnoses[0].code');
    expect(first?.message).toMatch(/S93\.49 is a category or subcategory header .*Fix: pick the complete code/);
  });

  it('names a code that does not exist yet on the date of service', () => {
    const ex = fasciitis();
    ex.case.dateOfService = '2026-09-15';
    const problems = codingCaseProblems(ex, codes);
    expect(problems.map((p) => p.field)).toContain('answer.diagnoses[0].code');
    expect(problems.find((p) => p.field === 'answer.diagnoses[0].code')?.message).toMatch(/M67\.A02 does not exist in ICD-10-CM FY2026 .*later date of service/);
  });

  it('names a CPT number missing from the teaching list', () => {
    const ex = dm2();
    ex.answer.lines = [{ system: 'cpt', code: '99999', units: 1, why: 'test line' }];
    ex.task.codeSets = ['icd10cm', 'cpt'];
    expect(codingCaseProblems(ex, codes)).toContainEqual({ field: 'answer.lines[0].code', message: expect.stringContaining('add one line for it to content/cpt/codes.yaml') });
  });

  it('names an Excludes1 pair in the key', () => {
    const ex = dm2();
    ex.answer.diagnoses.push({ code: 'E10.9', why: 'test' });
    const problem = codingCaseProblems(ex, codes).find((p) => p.message.includes('Excludes1'));
    expect(problem?.field).toBe('answer.diagnoses[3].code');
    expect(problem?.message).toContain('E11.65 and E10.9');
  });

  it('names a mistake that still scores full marks, so its feedback would never be shown', () => {
    const ex = dm2();
    ex.mistakes[1] = { ...ex.mistakes[1]!, trigger: { firstListed: 'E11.65' } };
    const problems = codingCaseProblems(ex, codes);
    expect(problems.map((p) => p.field)).toEqual(['mistakes[1].trigger']);
    expect(problems[0]?.message).toContain('still scores full marks');
  });

  it('names a trigger that is not a mistake at all', () => {
    const ex = dm2();
    ex.mistakes[0] = { ...ex.mistakes[0]!, trigger: { reported: 'Z79.4' } };
    expect(codingCaseProblems(ex, codes).map((p) => p.field)).toContain('mistakes[0].trigger.reported');
  });

  it('words each problem with the file and field first', () => {
    expect(describeCaseProblem('content/exercises/coding/x.yaml', { field: 'answer', message: 'Fix it.' })).toBe('content/exercises/coding/x.yaml: answer: Fix it.');
  });
});
