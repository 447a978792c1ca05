import { describe, expect, it } from 'vitest';
import { fieldDomId, fieldLabel, formFieldFor } from '../../../../src/domain/case-editor/form-fields.ts';

describe('formFieldFor: a problem lands on the input the author edits', () => {
  it.each([
    ['answer.diagnoses[1].code', 'answer.diagnoses[1].code'],
    ['answer.diagnoses[1]', 'answer.diagnoses[1].code'],
    ['topics[2]', 'topics'],
    ['guidelines[0]', 'guidelines'],
    ['answer.lines[0].modifiers[1]', 'answer.lines[0].modifiers'],
    ['mistakes[0].trigger', 'mistakes[0].code'],
    ['mistakes[0].trigger.reported', 'mistakes[0].code'],
    ['mistakes[2].trigger.instead', 'mistakes[2].instead'],
    ['mistakes[2].trigger.modifiers[0]', 'mistakes[2].modifiers'],
    ['mistakes[2].feedback', 'mistakes[2].feedback'],
    ['case.patient.age', 'case.patient.age'],
    ['case.dateOfService', 'case.dateOfService'],
  ])('%s -> %s', (path, field) => {
    expect(formFieldFor(path)).toBe(field);
  });

  it('has no single input for the key as a whole or an unknown key', () => {
    expect(formFieldFor('answer')).toBeUndefined();
    expect(formFieldFor('anwser')).toBeUndefined();
  });

  it('makes DOM ids and readable labels', () => {
    expect(fieldDomId('answer.diagnoses[1].code')).toBe('ce-answer-diagnoses-1-code');
    expect(fieldLabel('answer.diagnoses[1].code')).toBe('Answer key, diagnosis 2: code');
    expect(fieldLabel('mistakes[0].trigger.reported')).toBe('Mistake 1: trigger.reported');
  });
});
