import type { InvalidScore } from './types.ts';
import type { SingleQuestion } from './quiz-schema.ts';

/** Null when the input names one of the question's options; otherwise why it cannot be graded. */
export function validateSingle(input: unknown, question: Pick<SingleQuestion, 'options'>): InvalidScore | null {
  if (input === null || input === undefined || input === '') return { type: 'invalid', reason: 'no-selection' };
  if (typeof input !== 'string' || !question.options.some((o) => o.id === input)) {
    return { type: 'invalid', reason: 'malformed-input' };
  }
  return null;
}
