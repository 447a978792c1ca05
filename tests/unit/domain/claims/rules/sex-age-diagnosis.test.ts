import { describe, expect, it } from 'vitest';
import { sexAgeDiagnosisRule } from '../../../../../src/domain/claims/rules/sex-age-diagnosis.ts';
import { keys, run } from '../helpers.ts';

describe('sex-age-diagnosis', () => {
  it('flags a prostate code for a female patient', () => expect(keys(run(sexAgeDiagnosisRule, [{ path: 'diagnoses.1', value: 'N40.0' }]))).toEqual(['sex@21']));
  it('flags a maternity code for a male patient and outside ages 12-55', () => {
    expect(keys(run(sexAgeDiagnosisRule, [{ path: 'diagnoses.1', value: 'O80' }, { path: 'patient.sex', value: 'M' }]))).toEqual(['sex@21']);
    expect(keys(run(sexAgeDiagnosisRule, [{ path: 'diagnoses.1', value: 'O80' }, { path: 'patient.birthDate', value: '1960-01-01' }]))).toEqual(['age@21']);
  });
  it('only warns for a perinatal code after the first year', () => {
    const [f] = run(sexAgeDiagnosisRule, [{ path: 'diagnoses.1', value: 'P07.30' }]);
    expect(f?.severity).toBe('warning');
  });
  it('passes codes that fit', () => expect(run(sexAgeDiagnosisRule, [{ path: 'diagnoses.1', value: 'N80.00' }])).toEqual([]));
});
