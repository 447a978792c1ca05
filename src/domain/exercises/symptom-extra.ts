/**
 * An extra code from Chapter 18 (R00-R99, signs and symptoms) beside a confirmed diagnosis in the
 * key: the usual over-coding of a symptom that is part of the diagnosis (sore throat and fever
 * with strep pharyngitis). Guidelines I.B.5 and IV.D: signs and symptoms routinely associated with
 * a confirmed disease process are not coded. The grader names this reason in the finding.
 */
export function isSymptomBesideConfirmed(extra: string, keyDiagnoses: readonly string[]): boolean {
  // A confirmed disease: not a symptom (R), a status or encounter reason (Z), or an external cause (V-Y).
  return /^R/i.test(extra) && keyDiagnoses.some((k) => !/^[RZVWXY]/i.test(k));
}
