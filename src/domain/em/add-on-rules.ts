import type { EmFamily } from './em-table.ts';
import { familyCodes } from './em-table.ts';

/**
 * Time add-on codes an E/M exercise can grade, as data: for each add-on and payer rule, the
 * primary codes it goes with, the total minutes on the date at which the first unit starts, and
 * the minutes each further unit needs. Units = 0 below the start, else 1 + each full step beyond it.
 *
 * Sources (checked 2026-11-30; CPT and Medicare change these most Januaries):
 * - 99292 under CPT: 99291 covers the first hour (reportable from 30 minutes) and each further
 *   30-minute block counts once its midpoint is passed, so units start at 75, 105, 135 minutes: the
 *   time table in the AMA CPT critical care guidelines (as reproduced side by side with Medicare's
 *   in CodingIntel, "CPT and CMS rules for critical care differences"; check the current CPT book).
 * - 99292 under Medicare: only full 30-minute units beyond 74 minutes, so the first unit at 104
 *   minutes: Medicare Claims Processing Manual (Pub. 100-04) ch. 12 section 30.6.12; MLN Matters
 *   MM12982 (2022-11-17: the same 104 minutes for split/shared critical care); NGS Medicare's
 *   critical care FAQ ("not reported until at least 104 minutes").
 * - 99417 (office, home and office consultation) and 99418 (hospital, nursing facility, inpatient
 *   consultation) under CPT: each full 15 minutes beyond the highest code's minimum, when the level
 *   was chosen by time (AMA CPT E/M guidelines, prolonged services, 2023 and later).
 * - G2212 under Medicare: each full 15 minutes beyond the top of the old time range of 99205 (74)
 *   or 99215 (54), so 89 and 69 minutes (MLN006764, Evaluation and Management Services Guide; the
 *   G2212 descriptor in the CMS HCPCS file). Medicare does not pay 99417 or 99418.
 */

/** Whose counting rules a case follows: Medicare's, or CPT's (most commercial plans). */
export const PAYER_RULES = ['medicare', 'cpt'] as const;
/** One payer rule set. */
export type PayerRule = (typeof PAYER_RULES)[number];

/** One add-on's counting rule for one payer. */
export interface AddOnRule {
  /** The add-on code. */
  code: string;
  /** The payer whose counting this is. */
  payer: PayerRule;
  /** Primary code -> total minutes on the date at which the first unit is reached. */
  startsAt: Readonly<Record<string, number>>;
  /** Minutes each further unit needs. */
  step: number;
  /** True when the add-on counts only if the primary code's level was chosen by time (prolonged services). */
  needsTimeLevel: boolean;
  /** The rule in words, for feedback. */
  words: string;
}

/** The add-on rules, one per code and payer. */
export const ADD_ON_RULES: readonly AddOnRule[] = [
  { code: '99292', payer: 'cpt', startsAt: { '99291': 75 }, step: 30, needsTimeLevel: false, words: 'Under CPT counting, 99292 adds one unit from 75 minutes of critical care on the date, a second from 105, a third from 135 (each further half hour counts once its midpoint is passed).' },
  { code: '99292', payer: 'medicare', startsAt: { '99291': 104 }, step: 30, needsTimeLevel: false, words: 'Medicare counts 99292 only in full 30-minute units beyond the 74 minutes of 99291: the first unit at 104 minutes, the second at 134 (Pub. 100-04 ch. 12 section 30.6.12; MLN Matters MM12982).' },
  { code: '99417', payer: 'cpt', startsAt: { '99205': 75, '99215': 55, '99245': 70, '99345': 90, '99350': 75 }, step: 15, needsTimeLevel: true, words: "Under CPT counting, 99417 adds one unit for each full 15 minutes beyond the minimum time of the highest code (99205, 99215, 99245, 99345 or 99350), when time chose the level." },
  { code: '99418', payer: 'cpt', startsAt: { '99223': 90, '99233': 65, '99236': 100, '99255': 95, '99306': 65, '99310': 60 }, step: 15, needsTimeLevel: true, words: 'Under CPT counting, 99418 adds one unit for each full 15 minutes beyond the minimum time of the highest hospital, same-day, inpatient consultation or nursing facility code, when time chose the level.' },
  { code: 'G2212', payer: 'medicare', startsAt: { '99205': 89, '99215': 69 }, step: 15, needsTimeLevel: true, words: 'Medicare pays G2212 (not 99417) for each full 15 minutes beyond the top of the old time range of 99205 (74 minutes) or 99215 (54 minutes): the first unit at 89 or 69 minutes (MLN006764).' },
];

/**
 * Medicare's own prolonged codes for hospital, nursing facility and home visits (G0316, G0317,
 * G0318), by primary code. Not graded: CMS corrected their thresholds in March 2023 and published
 * summaries disagree (for 99236: 100 or 110 minutes), so the schema refuses a graded add-on on a
 * Medicare case with one of these primaries rather than key "none" where a unit may be due.
 */
export const MEDICARE_UNGRADED_ADD_ONS: Readonly<Record<string, string>> = { '99223': 'G0316', '99233': 'G0316', '99236': 'G0316', '99306': 'G0317', '99310': 'G0317', '99345': 'G0318', '99350': 'G0318' };

/** What a case's add-on should be: the code and units, or undefined when no add-on applies. */
export function expectedAddOn(primary: string, minutes: number | undefined, payer: PayerRule, timeChoseLevel: boolean): { code: string; units: number } | undefined {
  if (minutes === undefined) return undefined;
  for (const rule of ADD_ON_RULES) {
    const start = rule.startsAt[primary];
    if (rule.payer !== payer || start === undefined || (rule.needsTimeLevel && !timeChoseLevel) || minutes < start) continue;
    return { code: rule.code, units: 1 + Math.floor((minutes - start) / rule.step) };
  }
  return undefined;
}

/** The add-on codes offered for a family's visits (any payer), in a fixed order. */
export function addOnChoices(families: readonly EmFamily[]): string[] {
  const codes = new Set(families.flatMap((f) => familyCodes(f)));
  return [...new Set(ADD_ON_RULES.filter((r) => Object.keys(r.startsAt).some((c) => codes.has(c))).map((r) => r.code))];
}

/** The rule in words for an add-on code under a payer (or any payer when that one has none). */
export function addOnRuleWords(code: string, payer: PayerRule): string | undefined {
  return (ADD_ON_RULES.find((r) => r.code === code && r.payer === payer) ?? ADD_ON_RULES.find((r) => r.code === code))?.words;
}
