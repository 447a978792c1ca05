import type { RecordReview } from './record-review-schema.ts';
import type { RecordReviewPublicData, RecordReviewRubric } from './record-review-types.ts';

/** The key of a record review exercise (served as key.json, fetched on the first grade). */
export function recordReviewRubric(ex: RecordReview): RecordReviewRubric {
  const labels = Object.fromEntries(Object.entries(ex.choiceSets).map(([set, choices]) => [set, Object.fromEntries(choices.map((c) => [c.id, c.label]))]));
  return {
    items: ex.items.map(({ id, prompt, choices, answer, why, mistakes, cite }) => ({ id, prompt, choices, answer, why, mistakes, cite })),
    labels,
    teachingPoints: ex.teachingPoints,
  };
}

/** The exercise without its key: what the page may render before the learner grades. */
export function recordReviewPublic(ex: RecordReview): RecordReviewPublicData {
  const { items, teachingPoints: _tp, ...rest } = ex;
  return { ...rest, items: items.map(({ id, prompt, details, choices }) => ({ id, prompt, details, choices })) };
}

/** The key as an attempt (every item answered as the key has it). */
export function recordReviewKeyInput(rubric: RecordReviewRubric): { choices: Record<string, string> } {
  return { choices: Object.fromEntries(rubric.items.map((i) => [i.id, i.answer])) };
}
