import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
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
  it('names letters written together in one box (the paper form\'s way) apart from a pointer that is no letter', () => {
    const together = run(diagnosisPointersRule, [{ path: 'lines.0.pointers', value: ['AB'] }]);
    expect(keys(together)).toEqual(['letters-together@24E']);
    expect(describeFinding(together[0]!)).toBe('Line 1: 24E box holds "AB": put one letter in each box (A, B), primary first. The paper form writes the letters together in one box, but the electronic claim (837P SV107) sends each pointer on its own.');
    expect(keys(run(diagnosisPointersRule, [{ path: 'lines.0.pointers', value: ['A, B'] }]))).toEqual(['letters-together@24E']);
  });
});
