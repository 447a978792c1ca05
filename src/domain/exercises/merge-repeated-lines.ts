import type { AttemptLine } from './normalize-attempt.ts';

/**
 * A service typed on several lines with the same code and the same modifiers (17003 on five
 * one-unit lines; 99213 twice) is one service: its units are added up and graded once, and each
 * repeat gets a warning saying to report it on one line with its total units. A repeated office
 * visit then costs the units penalty (2 units where 1 is right), so billing a service twice that
 * is billed once still loses points.
 *
 * Merged only when the code stands for exactly one key line. Not merged: a code the key does not
 * have (each copy of a wrong code is its own extra, so typing it twice never costs less than
 * typing it once more), a code the key lists on two or more lines (20610-RT and 20610-LT, a drug
 * and its JW waste: the second line is the learner's try at the other key line, graded as such),
 * and lines with unreadable units (they keep their own finding).
 */

/** A reported line and where it was typed. */
export interface PlacedLine {
  line: AttemptLine;
  /** Index in the attempt's lines, for finding paths. */
  index: number;
}

/** Merged lines (first occurrence's place) and the places of the repeats folded into them. */
export interface MergedLines {
  lines: PlacedLine[];
  repeats: { index: number; code: string; into: number }[];
}

const groupKey = (code: string, modifiers: readonly string[]): string => `${code}|${[...modifiers].sort().join(',')}`;

/** Merges repeated lines; `keyLinesFor(code)` is how many key lines the code stands for (exact or accepted alternate). */
export function mergeRepeatedLines(lines: readonly AttemptLine[], keyLinesFor: (code: string) => number): MergedLines {
  const firstOf = new Map<string, PlacedLine>();
  const out: PlacedLine[] = [];
  const repeats: MergedLines['repeats'] = [];
  lines.forEach((line, index) => {
    const g = groupKey(line.code, line.modifiers);
    const first = firstOf.get(g);
    const mergeable = line.unitsProblem === undefined && keyLinesFor(line.code) === 1;
    if (first !== undefined && mergeable) {
      first.line = { ...first.line, units: Math.round((first.line.units + line.units) * 1000) / 1000 };
      repeats.push({ index, code: line.code, into: first.index });
      return;
    }
    const placed = { line, index };
    if (mergeable && first === undefined) firstOf.set(g, placed);
    out.push(placed);
  });
  return { lines: out, repeats };
}
