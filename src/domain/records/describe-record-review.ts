import type { RecordFinding, RecordReviewRubric } from './record-review-types.ts';

/** Where the record review exercises are listed. */
export const RECORDS_INDEX = '/records/';

/** The label of a choice, or the id in quotes when the set has no such choice. */
export function choiceLabel(rubric: RecordReviewRubric, set: string, id: string): string {
  return rubric.labels[set]?.[id] ?? `"${id}"`;
}

/** The only place record review findings become words. */
export function describeRecordFinding(f: RecordFinding, rubric: RecordReviewRubric): string {
  const item = rubric.items.find((i) => i.id === f.itemId);
  if (!item) return `${f.itemId}: this item is not in the exercise.`;
  const right = choiceLabel(rubric, item.choices, f.expected);
  const cite = ` (${item.cite})`;
  if (f.ok) return `${item.prompt}: ${right}. ${item.why}${cite}`;
  if (f.given === '') return `${item.prompt}: no choice made; the answer is ${right}. ${item.why}${cite}`;
  const feedback = item.mistakes[f.given];
  if (feedback === undefined) return `${item.prompt}: "${f.given}" is not one of this item's choices; the answer is ${right}. ${item.why}${cite}`;
  return `${item.prompt}: you chose ${choiceLabel(rubric, item.choices, f.given)}; the answer is ${right}. ${feedback}${cite}`;
}
