import { describe, expect, it } from 'vitest';
import { checkCase, codesToLoad } from '../../../../src/domain/case-editor/check-case.ts';
import { emptyCaseForm, formToExercise } from '../../../../src/domain/case-editor/case-form.ts';
import { loadCodeSetView } from '../../../../src/data/code-set-node.ts';
import { filledForm } from './fixture.ts';

const codes = loadCodeSetView();
const fieldsOf = (problems: { field: string }[]): string[] => problems.map((p) => p.field);

describe('checkCase (the editor says what check-content says)', () => {
  it('a sound case has no problems and comes back parsed', () => {
    const check = checkCase(formToExercise(filledForm()), codes);
    expect(check.problems).toEqual([]);
    expect(check.exercise?.id).toBe('editor-ankle-sprain-brace');
  });

  it('names each schema problem by field, in the content-errors wording with its hint', () => {
    const form = { ...filledForm(), dateOfService: '2026-02-30', id: 'Ankle Sprain', age: '' };
    const { problems, exercise } = checkCase(formToExercise(form), codes);
    expect(exercise).toBeUndefined();
    expect(problems).toContainEqual({ field: 'case.dateOfService', message: 'is not a real calendar date.', source: 'schema' });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'id', message: expect.stringContaining('must be kebab-case') }));
    expect(problems).toContainEqual({ field: 'case.patient.age', message: 'is required but missing. Hint: add a "age:" field (a number).', source: 'schema' });
  });

  it('a header code in the key is caught with its fix even while the rest of the case is unfinished', () => {
    const form = { ...emptyCaseForm(), dateOfService: '2026-10-22', diagnoses: [{ code: 'I10', why: '' }, { code: 'S93.49', why: '' }] };
    const { problems } = checkCase(formToExercise(form), codes);
    const header = problems.find((p) => p.field === 'answer.diagnoses[1].code');
    expect(header?.source).toBe('codes');
    expect(header?.message).toContain('S93.49 is a category or subcategory header in ICD-10-CM FY2027, not billable on 2026-10-22. Fix: pick the complete code under it');
    expect(fieldsOf(problems)).not.toContain('answer.diagnoses[0].code');
  });

  it('a malformed code is left to the schema, and the codes after it keep their field numbers', () => {
    const form = { ...emptyCaseForm(), dateOfService: '2026-10-22', diagnoses: [{ code: 'hello', why: '' }, { code: 'S93.49', why: '' }] };
    const { problems } = checkCase(formToExercise(form), codes);
    expect(problems.filter((p) => p.field === 'answer.diagnoses[0].code').map((p) => p.source)).toEqual(['schema']);
    expect(problems.filter((p) => p.field === 'answer.diagnoses[1].code').map((p) => p.source)).toEqual(['codes']);
  });

  it('runs the full author checks (key references, Excludes1, self-grading) on a schema-valid case', () => {
    const form = filledForm();
    form.mistakes = [{ ...form.mistakes[0]!, kind: 'reported', code: 'S93.491A', instead: '' }];
    const { problems, exercise } = checkCase(formToExercise(form), codes);
    expect(exercise).toBeDefined();
    expect(problems).toContainEqual(expect.objectContaining({ field: 'mistakes[0].trigger.reported', message: expect.stringContaining('is itself a key code') }));
  });

  it('without the code data yet, checks the schema only', () => {
    expect(checkCase(formToExercise({ ...filledForm(), diagnoses: [{ code: 'S93.49', why: 'A header, checked once the codes load.' }] }), undefined).problems).toEqual([]);
  });

  it('lists the codes the checks need loaded', () => {
    expect(codesToLoad(formToExercise(filledForm()))).toEqual(['S93.491A', 'S93.411A', 'M25.571']);
  });
});
