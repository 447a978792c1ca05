import type { InvalidScore } from './types.ts';
import type { SortQuestion } from './quiz-schema.ts';
import { isRecord, ownString, ownValue } from './input-guards.ts';

/** Null when every item sits in one of the question's buckets. */
export function validateSort(input: unknown, question: Pick<SortQuestion, 'buckets' | 'items'>): InvalidScore | null {
  if (input === null || input === undefined) return { type: 'invalid', reason: 'unplaced-items' };
  if (!isRecord(input)) return { type: 'invalid', reason: 'malformed-input' };
  const buckets = new Set(question.buckets.map((b) => b.id));
  let unplaced = false;
  for (const item of question.items) {
    const raw = ownValue(input, item.id);
    if (raw === undefined || raw === null || raw === '') {
      unplaced = true;
      continue;
    }
    const bucket = ownString(input, item.id);
    if (bucket === undefined || !buckets.has(bucket)) return { type: 'invalid', reason: 'malformed-input' };
  }
  return unplaced ? { type: 'invalid', reason: 'unplaced-items' } : null;
}
