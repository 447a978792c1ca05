import type { InvalidScore } from './types.ts';
import type { MatchQuestion } from './quiz-schema.ts';
import { isRecord, ownString, ownValue } from './input-guards.ts';

/** Null when every left side is matched to the right side of one of the question's pairs. */
export function validateMatch(input: unknown, question: Pick<MatchQuestion, 'pairs'>): InvalidScore | null {
  if (input === null || input === undefined) return { type: 'invalid', reason: 'unmatched-pairs' };
  if (!isRecord(input)) return { type: 'invalid', reason: 'malformed-input' };
  const ids = new Set(question.pairs.map((p) => p.id));
  let unmatched = false;
  for (const pair of question.pairs) {
    const raw = ownValue(input, pair.id);
    if (raw === undefined || raw === null || raw === '') {
      unmatched = true;
      continue;
    }
    const chosen = ownString(input, pair.id);
    if (chosen === undefined || !ids.has(chosen)) return { type: 'invalid', reason: 'malformed-input' };
  }
  return unmatched ? { type: 'invalid', reason: 'unmatched-pairs' } : null;
}
