/**
 * Pairs the learner's service lines (item 24) with the answer claim's lines before they are
 * compared. The NUCC manual does not fix the order of lines, so a learner who puts the drug line
 * before the injection line, or the procedure before the visit, has every line right; comparing
 * line 1 with line 1 would mark both lines wrong. Pairing is best fit: same procedure code,
 * modifier set and date of service first (one visit on two dates, typed latest first), then same
 * code and modifier set, then the same procedure code, then whatever is left, in order.
 * Deterministic: answer order, then the learner's order.
 */

import { pairInRounds } from '../exercises/pair-in-rounds.ts';
import { parseShortDate } from './short-date.ts';

/** What pairing reads from a line. */
export interface PairableLine {
  procedure: string;
  modifiers: readonly string[];
  /** Date of service from (item 24A); six- or eight-digit. */
  from?: string;
}

const code = (s: string): string => s.toUpperCase().replace(/[^0-9A-Z]/g, '');
/**
 * A line's modifiers as one comparable set: upper case, split at hyphens and spaces ("-25",
 * "RT 59" in one box), sorted. The grader compares item 24D modifiers with the same function.
 */
export const modifierSet = (m: readonly string[]): string => m.flatMap((x) => x.toUpperCase().split(/[^0-9A-Z]+/)).filter(Boolean).sort().join(',');
const day = (v: string | undefined): string => (v === undefined ? '' : (parseShortDate(v) ?? v.trim()));

/**
 * For each answer line, the index of the learner's line it is graded against (undefined when the
 * learner has fewer lines); learner lines left over are extras.
 */
export function pairLines(answer: readonly PairableLine[], student: readonly PairableLine[]): { pairs: (number | undefined)[]; extras: number[] } {
  const rounds: ((a: PairableLine, s: PairableLine) => boolean)[] = [
    (a, s) => code(a.procedure) === code(s.procedure) && modifierSet(a.modifiers) === modifierSet(s.modifiers) && day(a.from) === day(s.from),
    (a, s) => code(a.procedure) === code(s.procedure) && modifierSet(a.modifiers) === modifierSet(s.modifiers),
    (a, s) => code(a.procedure) === code(s.procedure),
  ];
  const { pairs, used } = pairInRounds(answer, student, rounds, (a) => code(a.procedure) === '');
  // Lines with no matching code keep their places: answer line i meets learner line i when free.
  answer.forEach((_, ai) => {
    if (pairs[ai] !== undefined) return;
    const si = !used.has(ai) && ai < student.length ? ai : student.findIndex((_, i) => !used.has(i));
    if (si < 0 || si === undefined) return;
    used.add(si);
    pairs[ai] = si;
  });
  return { pairs, extras: student.map((_, i) => i).filter((i) => !used.has(i)) };
}
