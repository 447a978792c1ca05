import type { QuestionScore } from './types.ts';
import type { SortQuestion } from './quiz-schema.ts';
import { isRecord, ownString } from './input-guards.ts';
import { validateSort } from './validate-sort.ts';

/** One point per item placed in its bucket. */
export function scoreSort(input: unknown, question: SortQuestion): QuestionScore {
  const invalid = validateSort(input, question);
  if (invalid) return invalid;
  const placements = isRecord(input) ? input : {};
  const feedback = question.items.map((item) => {
    const placedIn = ownString(placements, item.id) ?? '';
    return { kind: 'item' as const, itemId: item.id, placedIn, expected: item.bucket, correct: placedIn === item.bucket, explanation: item.explanation };
  });
  return { type: 'points', earned: feedback.filter((f) => f.correct).length, total: question.items.length, feedback };
}
