import { describe, expect, it } from 'vitest';
import { diagnosisCodesRule } from '../../../../../src/domain/claims/rules/diagnosis-codes.ts';
import { keys, run } from '../helpers.ts';

describe('diagnosis-codes', () => {
  it('passes valid codes', () => expect(run(diagnosisCodesRule)).toEqual([]));
  it('flags no codes, headers and unknown codes', () => {
    expect(keys(run(diagnosisCodesRule, [{ path: 'diagnoses', value: [] }]))).toEqual(['none@21']);
    expect(keys(run(diagnosisCodesRule, [{ path: 'diagnoses.0', value: 'E11' }]))).toEqual(['header@21']);
    expect(keys(run(diagnosisCodesRule, [{ path: 'diagnoses.1', value: 'Q99.99' }]))).toEqual(['not-found@21']);
  });
  it('uses FY2027 from 2026-10-01: I42.0 became a header', () => {
    const on = (date: string) => run(diagnosisCodesRule, [{ path: 'diagnoses.1', value: 'I42.0' }, { path: 'lines.0.from', value: date }, { path: 'lines.0.to', value: date }, { path: 'lines.1.from', value: date }, { path: 'lines.1.to', value: date }]);
    expect(on('2026-09-30')).toEqual([]);
    expect(keys(on('2026-10-01'))).toEqual(['header@21']);
  });
  it('flags gaps and duplicates', () => {
    expect(keys(run(diagnosisCodesRule, [{ path: 'diagnoses', value: ['E11.9', '', 'I10'] }]))).toEqual(['gap@21']);
    expect(keys(run(diagnosisCodesRule, [{ path: 'diagnoses', value: ['E11.9', 'E119'] }]))).toEqual(['duplicate@21']);
  });
});
