import { describe, expect, it } from 'vitest';
import { diagnosisPointersRule } from '../../../../../src/domain/claims/rules/diagnosis-pointers.ts';
import { keys, run } from '../helpers.ts';

describe('diagnosis-pointers', () => {
  it('passes pointers to filled letters', () => expect(run(diagnosisPointersRule)).toEqual([]));
  it('flags empty letters, codes as pointers, none and more than four', () => {
    expect(keys(run(diagnosisPointersRule, [{ path: 'lines.1.pointers', value: ['C'] }]))).toEqual(['empty-letter@24E']);
    expect(keys(run(diagnosisPointersRule, [{ path: 'lines.1.pointers', value: ['E11.9'] }]))).toEqual(['not-a-letter@24E']);
    expect(keys(run(diagnosisPointersRule, [{ path: 'lines.1.pointers', value: [] }]))).toEqual(['none@24E']);
    const five = run(diagnosisPointersRule, [{ path: 'diagnoses', value: ['E11.9', 'I10', 'E78.5', 'R53.83', 'J30.2'] }, { path: 'lines.1.pointers', value: ['A', 'B', 'C', 'D', 'E'] }]);
    expect(keys(five)).toEqual(['too-many@24E']);
  });
});
