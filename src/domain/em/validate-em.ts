import type { EmExercise, EmUserInput } from './em-exercise-schema.ts';
import { keyTimeChoice } from './key-time.ts';

/** Why an E/M attempt cannot be graded yet. */
export type EmInvalid = { type: 'invalid'; reason: 'empty' } | { type: 'invalid'; reason: 'incomplete'; missing: ('problems' | 'data' | 'risk' | 'time' | 'code')[] };

/**
 * Is the attempt complete enough to grade? Every MDM element, the time element when the note
 * documents time, and the code must be chosen; nothing chosen at all is "empty".
 */
export function validateEm(exercise: EmExercise, input: EmUserInput): EmInvalid | undefined {
  const fields = ['problems', 'data', 'risk', ...(keyTimeChoice(exercise) === undefined ? [] : ['time' as const]), 'code'] as const;
  const given = (v: unknown): boolean => (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '';
  if (!fields.some((f) => given(input[f]))) return { type: 'invalid', reason: 'empty' };
  const missing = fields.filter((f) => !given(input[f]));
  return missing.length > 0 ? { type: 'invalid', reason: 'incomplete', missing } : undefined;
}
