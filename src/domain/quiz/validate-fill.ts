import type { InvalidScore } from './types.ts';
import { normalizeFillAnswer } from './normalize-fill.ts';

/** Null when the learner typed something other than blanks. */
export function validateFill(input: unknown): InvalidScore | null {
  if (input === null || input === undefined) return { type: 'invalid', reason: 'empty-answer' };
  if (typeof input !== 'string') return { type: 'invalid', reason: 'malformed-input' };
  return normalizeFillAnswer(input) === '' ? { type: 'invalid', reason: 'empty-answer' } : null;
}
