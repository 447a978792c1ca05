import type { ExamItem } from './exam-item-schema.ts';

/**
 * The exam page loads items on demand in two parts: the questions when the learner starts (no
 * answers in them), and the answer key at submission. Splitting here keeps both files built
 * from the one bank, and `joinKeys` puts them back together for scoring and review.
 */

/** An item as shown during the exam: no right answer, no explanation. */
export type PublicExamItem = Omit<ExamItem, 'options' | 'explanation'> & { options: { text: string }[] };

/** The answer key of one item: the authored index of the right option and the explanation. */
export interface ItemKey {
  correct: number;
  explanation: string;
}

/** The questions file of an exam (/exams/<id>/items.json). */
export interface ExamItemsFile {
  examId: string;
  items: PublicExamItem[];
  /** For exams without a code book: the title of each code shown in an item, by item id. */
  codeDetails?: Record<string, { code: string; title: string }[]>;
}

/** The answer-key file of an exam (/exams/<id>/key.json). */
export interface ExamKeyFile {
  examId: string;
  keys: Record<string, ItemKey>;
}

/** The item without its answer. */
export function publicItem(item: ExamItem): PublicExamItem {
  const { options, explanation: _explanation, ...rest } = item;
  return { ...rest, options: options.map((o) => ({ text: o.text })) };
}

/** The item's answer key. */
export function itemKey(item: ExamItem): ItemKey {
  return { correct: item.options.findIndex((o) => o.correct === true), explanation: item.explanation };
}

/** Puts questions and keys back together; items without a key are left out (a stale cache). */
export function joinKeys(items: readonly PublicExamItem[], keys: Readonly<Record<string, ItemKey>>): ExamItem[] {
  return items.flatMap((item) => {
    const key = keys[item.id];
    if (!key) return [];
    const options = item.options.map((o, i) => (i === key.correct ? { text: o.text, correct: true as const } : { text: o.text }));
    return [{ ...item, options, explanation: key.explanation } as ExamItem];
  });
}
