/**
 * Pairs each key line with a reported line, best fit first, so the order of lines never costs
 * points: with two key lines of the same code (20610-RT and 20610-LT; a drug given and its
 * discarded amount with JW), each reported line goes to the key line it matches, not to
 * whichever key line happens to come first.
 *
 * Rounds, each over all key lines in key order: same code, modifiers and units; then same code
 * and modifiers; then same code and units; then same code. Within each round the key's own code
 * is paired before an accepted alternate, so a code that is one key line's code and another's
 * alternate goes to the line it is the code of. Deterministic: key order, then typed order.
 */

import { pairInRounds } from './pair-in-rounds.ts';

/** What the matcher needs to know about a key line. */
export interface KeyLineFit {
  /** The key line's own code (normalized). */
  code: string;
  /** Is the reported code this key line's code or an accepted alternate? */
  codeFits: (reportedCode: string) => boolean;
  /** Are the reported modifiers the key's set or an accepted set? */
  modifiersFit: (reportedModifiers: readonly string[]) => boolean;
  /** Expected units. */
  units: number;
}

/** What the matcher needs to know about a reported line. */
export interface ReportedLineFit {
  code: string;
  modifiers: readonly string[];
  units: number;
}

/** Returns, for each key line, the index of its reported line, or undefined when none is left. */
export function matchLines(key: readonly KeyLineFit[], reported: readonly ReportedLineFit[]): (number | undefined)[] {
  const rounds: ((k: KeyLineFit, r: ReportedLineFit) => boolean)[] = [
    (k, r) => k.modifiersFit(r.modifiers) && k.units === r.units,
    (k, r) => k.modifiersFit(r.modifiers),
    (k, r) => k.units === r.units,
    () => true,
  ];
  const fits: ((k: KeyLineFit, r: ReportedLineFit) => boolean)[] = [(k, r) => k.code === r.code, (k, r) => k.codeFits(r.code)];
  // Within each round the key's own code is tried before an accepted alternate.
  return pairInRounds(key, reported, rounds.flatMap((round) => fits.map((fit) => (k: KeyLineFit, r: ReportedLineFit) => fit(k, r) && round(k, r)))).pairs;
}
