import { cptCodePattern, hcpcsCodePattern, icdCodePattern } from './code-patterns.ts';
import { bareCode } from './normalize-attempt.ts';

/**
 * A code typed in the wrong list: a CPT number among the diagnoses, a HCPCS code of a key line
 * typed among the diagnoses (J1100 there reads as the influenza code J11.00), or a diagnosis on a
 * procedure line. The grader says where it belongs instead of calling it a bad or unsupported code.
 */

/** True when a reported diagnosis is really a procedure code: a CPT number, or a key line's HCPCS code. */
export function isProcedureInDiagnoses(reported: string, keyLineCodes: readonly string[]): boolean {
  const bare = bareCode(reported);
  return cptCodePattern.test(bare) || (hcpcsCodePattern.test(bare) && keyLineCodes.includes(bare));
}

/** True when a reported line code is shaped like an ICD-10-CM diagnosis and not like a CPT/HCPCS code. */
export function isDiagnosisOnLine(reported: string): boolean {
  return icdCodePattern.test(reported) && !cptCodePattern.test(reported) && !hcpcsCodePattern.test(reported);
}
