import type { RecordReviewRubric } from './record-review-types.ts';

/** The chosen id of each item, reading any stored or submitted value defensively ('' when none). */
export function readChoices(rubric: RecordReviewRubric, input: unknown): Record<string, string> {
  const raw = typeof input === 'object' && input !== null ? (input as { choices?: unknown }).choices : undefined;
  const choices = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(rubric.items.map((i) => {
    const v = Object.hasOwn(choices, i.id) ? choices[i.id] : undefined;
    return [i.id, typeof v === 'string' ? v.trim().toLowerCase() : ''];
  }));
}

/** Is the attempt complete enough to grade? At least one item must have a choice. */
export function validateRecordReview(rubric: RecordReviewRubric, input: unknown): { type: 'invalid'; reason: 'empty' } | null {
  return Object.values(readChoices(rubric, input)).some((v) => v !== '') ? null : { type: 'invalid', reason: 'empty' };
}
