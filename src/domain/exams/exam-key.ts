import { z } from 'zod';
import type { ExamItem } from './exam-item-schema.ts';

/**
 * An exam's items in two parts: what the page embeds (stems and option texts, no right answer,
 * no explanation) and the key (right option and explanation per item), written at build as
 * /exams/<id>/key.json and fetched when the learner submits.
 *
 * Grading runs in the browser, so the key file is public: this keeps answers out of the first
 * page load, it cannot keep them secret (docs/attempt-format.md says so).
 */

/** An item as the page embeds it: no `correct` flag, no explanation. */
export type PublicExamItem = Omit<ExamItem, 'options' | 'explanation'> & { options: { text: string }[] };

/** The key of one exam form: item id -> authored index of the right option and the explanation. */
export const examKeySchema = z.record(
  z.string().min(1),
  z.object({ correct: z.number().int().min(0).max(3), explanation: z.string().min(1) }).strict(),
);

/** The key of one exam form. */
export type ExamKey = z.infer<typeof examKeySchema>;

/** Splits bank items into the page part and the key. */
export function splitExamItems(items: readonly ExamItem[]): { items: PublicExamItem[]; key: ExamKey } {
  const key: ExamKey = {};
  const out = items.map(({ options, explanation, ...rest }) => {
    key[rest.id] = { correct: options.findIndex((o) => o.correct === true), explanation };
    return { ...rest, options: options.map((o) => ({ text: o.text })) };
  });
  return { items: out, key };
}

/** Puts the key back on the items for scoring; refuses a key that misses an item. */
export function joinExamItems(items: readonly PublicExamItem[], key: ExamKey): ExamItem[] {
  return items.map((item) => {
    const k = key[item.id];
    if (k === undefined) throw new Error(`the exam key has no answer for item "${item.id}"`);
    return { ...item, explanation: k.explanation, options: item.options.map((o, i) => (i === k.correct ? { text: o.text, correct: true as const } : { text: o.text })) };
  });
}
