import { describe, expect, it } from 'vitest';
import { cannotBeFirst, firstListedDiagnosisRule } from '../../../../../src/domain/claims/rules/first-listed-diagnosis.ts';
import { CONTEXT, keys, run } from '../helpers.ts';

describe('first-listed-diagnosis', () => {
  it('accepts the clean claim', () => {
    expect(run(firstListedDiagnosisRule)).toEqual([]);
  });
  it('flags a manifestation code (title "in diseases classified elsewhere") listed first', () => {
    expect(CONTEXT.codes.checkIcd('G63', '2026-10-14').title).toMatch(/classified elsewhere/i);
    expect(keys(run(firstListedDiagnosisRule, [{ path: 'diagnoses', value: ['G63', 'E11.9'] }]))).toEqual(['manifestation@21']);
  });
  it('accepts the manifestation after its underlying condition', () => {
    expect(run(firstListedDiagnosisRule, [{ path: 'diagnoses', value: ['E11.9', 'G63'] }])).toEqual([]);
  });
  it('flags an external cause code first, and a first pointer that reaches one', () => {
    expect(keys(run(firstListedDiagnosisRule, [{ path: 'diagnoses', value: ['W01.0XXA', 'S52.501A'] }]))).toEqual(['external-cause@21']);
    expect(keys(run(firstListedDiagnosisRule, [
      { path: 'diagnoses', value: ['S52.501A', 'W01.0XXA'] },
      { path: 'lines.0.pointers', value: ['B', 'A'] },
    ]))).toEqual(['external-cause-pointer@24E']);
  });
  it('knows the classes without a title', () => {
    expect(cannotBeFirst('Y92.009', undefined)).toBe('external-cause');
    expect(cannotBeFirst('E11.9', 'Type 2 diabetes mellitus without complications')).toBeUndefined();
  });
});
