/**
 * Item analysis for the gradebook (issue 17 part 2): how the class did on each assigned item,
 * which codes and claim boxes were missed most, with the feedback the students saw, and the
 * score distribution the charts draw. Pure: reads the roster's regraded submissions only.
 */
import type { AssignmentItem, AssignmentItemKind } from './types.ts';
import type { RosterRow } from './gradebook.ts';

/** How the class did on one assigned item. */
export interface ItemStats {
  item: AssignmentItem;
  title: string;
  /** Points available (the largest total any regrade reported; 0 when nobody did it). */
  total: number;
  /** Students who did the item (it was regraded with points). */
  attempted: number;
  /** Students on the roster who did not do it, or whose answer could not be regraded. */
  notDone: number;
  /** Mean points over the students who did it; undefined when nobody did. */
  mean?: number;
  /** Mean as a percent of `total`, one decimal; undefined when nobody did it. */
  meanPercent?: number;
  /** Students who did it and scored below full marks. */
  missed: number;
}

/** One expected answer many students missed, grouped across the class. */
export interface MissGroup {
  item: AssignmentItem;
  itemTitle: string;
  /** Stable key within the item (e.g. "dx-2", "box-24e-line-1"). */
  key: string;
  prompt: string;
  expected: string;
  /** Students who missed it. */
  count: number;
  /** What they gave instead, most frequent first ("" is a blank). */
  given: { text: string; count: number }[];
  /** The feedback the students saw, each distinct text once, most frequent first. */
  feedback: string[];
}

/** Where a missed answer is shown: claim boxes apart from codes and other answers. */
export type MissArea = 'claim-boxes' | 'codes-and-answers';

/** The area of an item kind: a claim's misses are boxes on the CMS-1500, the rest are codes and answers. */
export function missArea(kind: AssignmentItemKind): MissArea {
  return kind === 'claim' ? 'claim-boxes' : 'codes-and-answers';
}

const itemKey = (i: AssignmentItem): string => `${i.kind}:${i.id}`;

/** Per-item statistics in the assignment's item order. */
export function itemStats(items: readonly AssignmentItem[], rows: readonly RosterRow[]): ItemStats[] {
  return items.map((item) => {
    const graded = rows.map((r) => r.submission.items.find((g) => itemKey(g.item) === itemKey(item)));
    const done = graded.filter((g) => g?.earned !== undefined && !g.problem);
    const total = Math.max(0, ...graded.map((g) => g?.total ?? 0));
    const title = graded.find((g) => g?.title)?.title ?? item.id;
    const stats: ItemStats = { item, title, total, attempted: done.length, notDone: rows.length - done.length, missed: done.filter((g) => (g?.earned ?? 0) < (g?.total ?? 0)).length };
    if (done.length) {
      const mean = done.reduce((sum, g) => sum + (g?.earned ?? 0), 0) / done.length;
      stats.mean = Math.round(mean * 100) / 100;
      if (total > 0) stats.meanPercent = Math.round((mean / total) * 1000) / 10;
    }
    return stats;
  });
}

const ranked = (m: Map<string, number>): { text: string; count: number }[] =>
  [...m].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));

/**
 * Misses grouped by item, key and expected answer across the class, most-missed first (ties in
 * the assignment's item order, then by key). `area` keeps claim boxes or codes and answers.
 */
export function mostMissed(items: readonly AssignmentItem[], rows: readonly RosterRow[], area?: MissArea): MissGroup[] {
  const order = new Map(items.map((i, n) => [itemKey(i), n]));
  const groups = new Map<string, { group: Omit<MissGroup, 'given' | 'feedback'>; given: Map<string, number>; feedback: Map<string, number> }>();
  for (const r of rows) {
    for (const g of r.submission.items) {
      if (!order.has(itemKey(g.item)) || (area && missArea(g.item.kind) !== area)) continue;
      for (const m of g.missed) {
        const k = `${itemKey(g.item)}\u0000${m.key}\u0000${m.expected}`;
        let entry = groups.get(k);
        if (!entry) {
          entry = { group: { item: g.item, itemTitle: g.title, key: m.key, prompt: m.prompt, expected: m.expected, count: 0 }, given: new Map(), feedback: new Map() };
          groups.set(k, entry);
        }
        entry.group.count += 1;
        const given = m.given.trim();
        entry.given.set(given, (entry.given.get(given) ?? 0) + 1);
        if (m.feedback.trim()) entry.feedback.set(m.feedback.trim(), (entry.feedback.get(m.feedback.trim()) ?? 0) + 1);
      }
    }
  }
  return [...groups.values()]
    .map(({ group, given, feedback }) => ({ ...group, given: ranked(given), feedback: ranked(feedback).map((f) => f.text) }))
    .sort((a, b) => b.count - a.count || (order.get(itemKey(a.item)) ?? 0) - (order.get(itemKey(b.item)) ?? 0) || a.key.localeCompare(b.key));
}

/** One bar of the score distribution. */
export interface ScoreBin {
  /** Inclusive lower bound, percent. */
  from: number;
  /** Inclusive upper bound, percent (the last bin includes 100). */
  to: number;
  /** How people read it: "90–100%". */
  label: string;
  count: number;
}

/**
 * Students per ten-point band of percent: 0–9, 10–19, ... 90–100. A percent is put in the band
 * of its whole number part, so 89.9 is in 80–89 and 100 is in 90–100.
 */
export function scoreDistribution(rows: readonly RosterRow[]): ScoreBin[] {
  const bins: ScoreBin[] = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, label: i === 9 ? '90–100%' : `${i * 10}–${i * 10 + 9}%`, count: 0 }));
  for (const r of rows) {
    const i = Math.min(9, Math.max(0, Math.floor(r.percent / 10)));
    const bin = bins[i];
    if (bin) bin.count += 1;
  }
  return bins;
}

/** Class summary: counted students, mean and median percent, passed and late counts. */
export interface ClassSummary {
  students: number;
  meanPercent?: number;
  medianPercent?: number;
  passed: number;
  late: number;
}

/** The line above the charts. */
export function classSummary(rows: readonly RosterRow[]): ClassSummary {
  const summary: ClassSummary = { students: rows.length, passed: rows.filter((r) => r.passed).length, late: rows.filter((r) => r.late).length };
  if (rows.length) {
    const p = rows.map((r) => r.percent).sort((a, b) => a - b);
    summary.meanPercent = Math.round((p.reduce((s, v) => s + v, 0) / p.length) * 10) / 10;
    const mid = Math.floor(p.length / 2);
    summary.medianPercent = p.length % 2 ? (p[mid] ?? 0) : Math.round((((p[mid - 1] ?? 0) + (p[mid] ?? 0)) / 2) * 10) / 10;
  }
  return summary;
}
