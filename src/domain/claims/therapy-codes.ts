/**
 * "Always therapy" codes: a teaching subset of the CMS annual therapy code list. Medicare
 * requires one discipline modifier on every line with one of these codes, GP (physical
 * therapy plan of care), GO (occupational therapy) or GN (speech-language pathology), and
 * returns claims with none, or with more than one on a line (CMS Change Request 10176,
 * Pub. 100-04 ch. 5, effective 2018-01-01; the evaluation codes are discipline-specific).
 * CPT numbers only: ClaimLab's plain words for them are in content/cpt/codes.yaml.
 */

/** The discipline modifiers. */
export const THERAPY_MODIFIERS = ['GP', 'GO', 'GN'] as const;

/** One discipline modifier. */
export type TherapyModifier = (typeof THERAPY_MODIFIERS)[number];

/** Always-therapy codes any discipline may report (the modifier names the plan of care). */
const ANY_DISCIPLINE: readonly string[] = ['97110', '97112', '97116', '97140', '97530', '97535'];

/** Evaluation codes that belong to one discipline (CR 10176 lists them). */
const ONE_DISCIPLINE: Readonly<Record<string, TherapyModifier>> = {
  '97161': 'GP', '97162': 'GP', '97163': 'GP', '97164': 'GP',
  '97165': 'GO', '97166': 'GO', '97167': 'GO', '97168': 'GO',
  '92521': 'GN', '92522': 'GN', '92523': 'GN', '92524': 'GN',
};

/** Whether a code is on the teaching always-therapy list. */
export function isAlwaysTherapy(code: string): boolean {
  return ANY_DISCIPLINE.includes(code) || Object.hasOwn(ONE_DISCIPLINE, code);
}

/** The only discipline modifier a discipline-specific evaluation code may carry, if it has one. */
export function requiredTherapyModifier(code: string): TherapyModifier | undefined {
  return Object.hasOwn(ONE_DISCIPLINE, code) ? ONE_DISCIPLINE[code] : undefined;
}
