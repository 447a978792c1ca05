/**
 * Uncertain diagnoses in the code search: "chest pain r/o MI", "cough suspected pneumonia",
 * "possible kidney stone flank pain". Outpatient coding does not code a diagnosis documented as
 * "probable", "suspected", "questionable", "rule out", "compatible with", "consistent with" or
 * similar: it codes the sign, symptom or other reason for the visit (Guidelines Section IV.H,
 * FY2026). Inpatient coding codes an uncertain diagnosis at discharge as if it existed (Section
 * II.H and III.C, which also list "likely" and "possible"). So the search reads such a query in
 * two parts: the signs and symptoms first, then the uncertain condition, each hit saying which
 * rule it follows.
 *
 * This module only cuts the query; search.ts runs the parts.
 */

/**
 * Wording that makes a diagnosis uncertain (Guidelines Sections II.H and IV.H, FY2026), as typed:
 * "r/o" reads as the words "r o".
 */
export const UNCERTAIN_MARKERS: readonly string[] = [
  'r o', 'rule out', 'to rule out', 'suspected', 'suspect', 'suspicious for', 'suspicion of', 'suspicion for', 'concern for',
  'possible', 'possibly', 'probable', 'probably', 'likely', 'questionable', 'presumed', 'consistent with', 'compatible with',
];

/**
 * Conditions the classification codes as suspected on purpose, so the uncertain wording is not
 * read apart: suspected abuse or neglect (T76.-, Guidelines Section I.C.19.f) and contact with or
 * suspected exposure to a communicable disease (Z20.-, Section I.C.21.c.1).
 */
const CODED_AS_SUSPECTED = new Set(['abuse', 'abused', 'neglect', 'neglected', 'maltreatment', 'rape', 'exposure', 'exposed', 'contact']);

/** Words that join the uncertain condition to the signs that follow it ("suspected covid with fever and cough"). */
const JOINERS = new Set(['with', 'w', 'because', 'given', 'due', 'presenting', 'presents', 'and']);

/** How a query with an uncertain diagnosis is cut. */
export interface UncertainReading {
  /** The uncertain wording as typed ("r o" for r/o). */
  marker: string;
  /** The uncertain condition's words ("MI"). */
  condition: string[];
  /**
   * Ways to read the signs and symptoms, most likely first; empty when the query names none
   * ("r/o pneumonia"). More than one only when the condition and the signs follow the marker
   * without a joining word ("r/o sepsis fever tachycardia"): the searcher keeps the first whose
   * best hit is a sign or symptom (`isSignOrSymptom`).
   */
  symptoms: string[][];
}

/**
 * Codes that report a sign or symptom: Chapter 18 (R00-R99), which "contains many, but not all,
 * codes for symptoms" (Guidelines Section I.B.4), and the symptom codes of other chapters the
 * Index sends common complaints to: pain in joint (M25.5-), pain in limb (M79.6-), dorsalgia
 * (M54.-), myalgia (M79.1-), lump in breast (N63.-), mastodynia (N64.4), gastrointestinal
 * hemorrhage (K92.-), rectal bleeding (K62.5), otalgia (H92.0-), ocular pain (H57.1-), visual
 * disturbances (H53.-), swelling of limb (M79.89).
 */
const SIGN_SYMPTOM = ['R', 'M255', 'M796', 'M54', 'M791', 'N63', 'N644', 'K92', 'K625', 'H920', 'H571', 'H53', 'M7989'];

/**
 * Conditions coded only when confirmed, in every setting (exceptions to Section II.H, FY2026):
 * the word that names them and the guideline that says so.
 */
export const CONFIRMED_ONLY: readonly { words: readonly string[]; section: string; instead: string }[] = [
  { words: ['hiv', 'aids'], section: 'I.C.1.a.1', instead: 'code the signs and symptoms' },
  { words: ['zika'], section: 'I.C.1.f.1', instead: 'code the reason for the visit (fever, rash, joint pain) or Z20.821, contact with and (suspected) exposure to Zika virus' },
  { words: ['covid', 'covid19', 'coronavirus', 'sars'], section: 'I.C.1.g.1.a', instead: 'code the signs and symptoms' },
  { words: ['avian', 'bird', 'h1n1', 'h3n2', 'h5n1', 'novel'], section: 'I.C.10.c', instead: 'code influenza due to unidentified influenza virus (J11)' },
];

/** The confirmed-only rule a condition falls under (CONFIRMED_ONLY), if any. */
export function confirmedOnly(condition: readonly string[]): (typeof CONFIRMED_ONLY)[number] | undefined {
  return CONFIRMED_ONLY.find((c) => condition.some((w) => c.words.includes(w)));
}

/** Whether a code (dotted or not) reports a sign or symptom (SIGN_SYMPTOM). */
export function isSignOrSymptom(code: string): boolean {
  const c = code.replace('.', '');
  return SIGN_SYMPTOM.some((p) => c.startsWith(p));
}

const phraseAt = (words: readonly string[], i: number, phrase: string): boolean => phrase.split(' ').every((p, k) => words[i + k] === p);
const content = (ws: readonly string[]): boolean => ws.some((w) => !['of', 'the', 'a', 'an', 'for', 'to', 'and', 'with', 'w', 'vs'].includes(w));

/**
 * Cut a query's lower-case words at its uncertain wording, or undefined when it has none (or
 * names no condition after it). Signs typed before the wording are the symptoms ("chest pain r/o
 * MI"); after it, the condition runs to a joining word and the signs follow ("suspected covid with
 * fever"); without a joining word, the condition is its first one to three words.
 */
export function uncertainReading(words: readonly string[]): UncertainReading | undefined {
  for (let i = 0; i < words.length; i++) {
    const marker = [...UNCERTAIN_MARKERS].sort((a, b) => b.length - a.length).find((m) => phraseAt(words, i, m));
    if (marker === undefined) continue;
    const before = words.slice(0, i);
    const after = words.slice(i + marker.split(' ').length);
    const j = after.findIndex((w) => JOINERS.has(w));
    const condition = j < 0 ? after : after.slice(0, j);
    const rest = j < 0 ? [] : after.slice(j + 1);
    if (!content(condition) || words.some((w) => CODED_AS_SUSPECTED.has(w))) return undefined;
    if (content(before)) return { marker, condition, symptoms: [[...before, ...rest]] };
    if (content(rest)) return { marker, condition, symptoms: [rest] };
    // "r/o sepsis fever tachycardia": the condition is the first one to three words.
    const cuts: string[][] = [];
    for (let k = 1; k <= Math.min(3, condition.length - 1); k++) cuts.push(condition.slice(k));
    return { marker, condition, symptoms: cuts };
  }
  return undefined;
}

/** The condition of a reading once its symptoms are chosen: what precedes the chosen signs. */
export function conditionOf(reading: UncertainReading, symptoms: readonly string[] | undefined): string[] {
  if (symptoms === undefined || reading.symptoms.length <= 1) return reading.condition;
  return reading.condition.slice(0, reading.condition.length - symptoms.length);
}
