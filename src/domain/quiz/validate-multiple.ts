import type { InvalidScore } from './types.ts';
import type { MultipleQuestion } from './quiz-schema.ts';

/** Null when the input is a non-empty list of the question's option ids, without repeats. */
export function validateMultiple(input: unknown, question: Pick<MultipleQuestion, 'options'>): InvalidScore | null {
  if (input === null || input === undefined) return { type: 'invalid', reason: 'no-selection' };
  if (!Array.isArray(input)) return { type: 'invalid', reason: 'malformed-input' };
  if (input.length === 0) return { type: 'invalid', reason: 'no-selection' };
  const ids = new Set(question.options.map((o) => o.id));
  const seen = new Set<unknown>();
  for (const value of input) {
    if (typeof value !== 'string' || !ids.has(value) || seen.has(value)) return { type: 'invalid', reason: 'malformed-input' };
    seen.add(value);
  }
  return null;
}
