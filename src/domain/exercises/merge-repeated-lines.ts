import type { AttemptLine } from './normalize-attempt.ts';

/**
 * A service typed on several lines with the same code and the same modifiers (17003 on five
 * one-unit lines; 99213 twice) is one service: its units are added up and graded once, and each
 * repeat gets a warning saying to report it on one line with its total units. A repeated office
 * visit then costs the units penalty (2 units where 1 is right) instead of reading as a service
 * the documentation does not support.
 *
 * Not merged: lines with unreadable units (they keep their own finding), and codes the key itself
 * lists more than once with the same modifiers (the author wants separate lines there).
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

/** Merges repeated lines; `keyGroups` are the key's own code|modifiers groups with their counts. */
export function mergeRepeatedLines(lines: readonly AttemptLine[], keyLines: readonly { code: string; modifiers: readonly string[] }[]): MergedLines {
  const keyCount = new Map<string, number>();
  for (const k of keyLines) keyCount.set(groupKey(k.code, k.modifiers), (keyCount.get(groupKey(k.code, k.modifiers)) ?? 0) + 1);
  const firstOf = new Map<string, PlacedLine>();
  const out: PlacedLine[] = [];
  const repeats: MergedLines['repeats'] = [];
  lines.forEach((line, index) => {
    const g = groupKey(line.code, line.modifiers);
    const first = firstOf.get(g);
    const mergeable = line.unitsProblem === undefined && (keyCount.get(g) ?? 0) < 2;
    if (first !== undefined && mergeable && first.line.unitsProblem === undefined) {
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
