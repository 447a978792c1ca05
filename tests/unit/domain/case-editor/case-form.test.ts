import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeCaseForm, emptyCaseForm, emptyMistake, exerciseToForm, fieldsTheFormDrops, formToExercise } from '../../../../src/domain/case-editor/case-form.ts';
import { caseToYaml, yamlToValue } from '../../../../src/domain/case-editor/case-yaml.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { codingCaseProblems } from '../../../../src/domain/content/coding-case-checks.ts';
import { loadCodeSetView } from '../../../../src/data/code-set-node.ts';
import { filledForm } from './fixture.ts';

const dir = 'content/exercises/coding';

describe('case form -> exercise -> YAML -> parse -> schema', () => {
  it('a filled form becomes a schema-valid case that survives the YAML file unchanged and passes the author checks', () => {
    const exercise = formToExercise(filledForm());
    const text = caseToYaml(exercise);
    const back = codingExerciseSchema.parse(parse(text));
    expect(back).toEqual(exercise);
    expect(back.answer.diagnoses[0]?.code).toBe('S93.491A');
    expect(codingCaseProblems(back, loadCodeSetView())).toEqual([]);
  });

  it('writes the date of service and number-like codes quoted, and the note as a block', () => {
    const form = filledForm();
    form.codeSets = ['icd10cm', 'cpt'];
    form.lines = [{ system: 'cpt', code: '99213', modifiers: '25', units: '1', why: 'Established patient visit, low complexity.' }];
    const text = caseToYaml(formToExercise(form));
    expect(text).toContain('dateOfService: "2026-10-22"');
    expect(text).toMatch(/code: "99213"/);
    expect(text).toContain('modifiers:\n        - "25"');
    expect(text).toMatch(/note: \|\n {4}Office visit, established patient\.\n/);
    // A YAML 1.1 reader (dates as timestamps) reads the same strings.
    expect(yamlToValue(text)).toEqual(parse(text, { version: '1.1' }));
  });

  it('leaves empty optional parts out instead of writing empty lists', () => {
    const ex = formToExercise(filledForm());
    expect(ex).not.toHaveProperty('alternates');
    expect(ex['answer']).not.toHaveProperty('lines');
    expect(ex['answer']).not.toHaveProperty('sequencing');
    expect(ex['case']).toMatchObject({ patient: { age: 34, sex: 'female' } });
  });

  it('keeps what the author typed wrong so the schema can name the field', () => {
    const form = { ...emptyCaseForm(), age: 'thirty' };
    const result = codingExerciseSchema.safeParse(formToExercise(form));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('case.patient.age');
    expect(paths).toContain('case.patient.sex');
    expect(paths).toContain('id');
  });

  it('a line trigger with neither modifiers nor units means "no modifiers"', () => {
    const form = filledForm();
    form.mistakes = [{ kind: 'line', code: '99213', instead: '', modifiers: '', units: '', feedback: 'x'.repeat(20), guideline: '' }];
    expect((formToExercise(form)['mistakes'] as { trigger: unknown }[])[0]?.trigger).toEqual({ line: '99213', modifiers: [] });
  });

  // Every authored case the form can express opens in the editor and is written back as authored.
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s opens in the form and comes back identical', (file) => {
    const authored = codingExerciseSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8')));
    // Skipped: fields the form warns it drops, and spelled-out defaults (units: 1, alternates: []).
    if (fieldsTheFormDrops(authored).length > 0 || (authored.answer.lines ?? []).some((l) => l.units === 1) || authored.alternates?.length === 0) return;
    const back = codingExerciseSchema.parse(parse(caseToYaml(formToExercise(exerciseToForm(authored)))));
    expect(back).toEqual(authored);
  });
});

describe('decodeCaseForm (the draft kept while typing)', () => {
  it('restores a stored form exactly', () => {
    const form = filledForm();
    expect(decodeCaseForm(JSON.parse(JSON.stringify(form)))).toEqual(form);
  });

  it('refuses data that is not a form, and repairs fields that are off', () => {
    expect(decodeCaseForm(null)).toBeUndefined();
    expect(decodeCaseForm([1, 2])).toBeUndefined();
    expect(decodeCaseForm({ progress: 3 })).toBeUndefined();
    const repaired = decodeCaseForm({ ...filledForm(), difficulty: 'expert', mistakes: [null, { kind: 'typo', code: 'I10' }] });
    expect(repaired?.difficulty).toBe('beginner');
    expect(repaired?.mistakes).toEqual([{ ...emptyMistake(), code: 'I10' }]);
  });
});
