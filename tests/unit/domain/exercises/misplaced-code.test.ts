import { describe, expect, it } from 'vitest';
import { isDiagnosisOnLine, isProcedureInDiagnoses } from '../../../../src/domain/exercises/misplaced-code.ts';

describe('isProcedureInDiagnoses', () => {
  it('knows a CPT number among the diagnoses', () => {
    expect(isProcedureInDiagnoses('99214', [])).toBe(true);
    expect(isProcedureInDiagnoses('0591T', [])).toBe(true);
  });
  it('knows a key line\'s HCPCS code typed as a diagnosis (J1100 would read as J11.00)', () => {
    expect(isProcedureInDiagnoses('J11.00', ['J1100'])).toBe(true);
    expect(isProcedureInDiagnoses('J11.00', [])).toBe(false);
  });
  it('leaves diagnoses alone', () => {
    expect(isProcedureInDiagnoses('E11.9', ['99214'])).toBe(false);
    expect(isProcedureInDiagnoses('I10', ['99214'])).toBe(false);
  });
});

describe('isDiagnosisOnLine', () => {
  it('knows a diagnosis typed on a procedure line', () => {
    expect(isDiagnosisOnLine('E11.9')).toBe(true);
    expect(isDiagnosisOnLine('I10')).toBe(true);
  });
  it('leaves CPT and HCPCS codes alone, including HCPCS that look like undotted diagnoses', () => {
    expect(isDiagnosisOnLine('99214')).toBe(false);
    expect(isDiagnosisOnLine('A0428')).toBe(false);
    expect(isDiagnosisOnLine('XYZ12345')).toBe(false);
  });
});
