import type { ResultGroup, ResultItem, ResultType } from './types.ts';

/** Group headings, in the order the dialog shows them. One place for the wording. */
export const GROUP_LABELS: Record<ResultType, string> = {
  lesson: 'Lessons',
  glossary: 'Glossary',
  exercise: 'Exercises',
  code: 'Codes',
};

const ORDER: ResultType[] = ['lesson', 'glossary', 'exercise', 'code'];

/**
 * Group ranked results by type in the fixed order Lessons, Glossary, Exercises, Codes, keeping
 * rank order inside each group and at most `perGroup` items per group. Empty groups are left out.
 */
export function groupResults(items: readonly ResultItem[], perGroup = 8): ResultGroup[] {
  return ORDER.map((type) => ({
    type,
    label: GROUP_LABELS[type],
    items: items.filter((i) => i.type === type).slice(0, perGroup),
  })).filter((g) => g.items.length > 0);
}

/** Every item of the groups in display order: the sequence ArrowUp/ArrowDown walks. */
export function flattenGroups(groups: readonly ResultGroup[]): ResultItem[] {
  return groups.flatMap((g) => g.items);
}

/** Words for the status region, e.g. "7 results for “revenue cycle”". */
export function resultCountMessage(count: number, query: string): string {
  const q = query.trim();
  if (q.length === 0) return '';
  if (count === 0) return `No results for “${q}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${q}”`;
}
