import type { EmExercise, EmUserInput } from './em-exercise-schema.ts';
import { keyTimeChoice, levelFamily } from './key-time.ts';
import { MDM_ELEMENTS, usesMdm } from './em-table.ts';

/** Why an E/M attempt cannot be graded yet. */
export type EmInvalid = { type: 'invalid'; reason: 'empty' } | { type: 'invalid'; reason: 'incomplete'; missing: ('problems' | 'data' | 'risk' | 'time' | 'code' | 'addOn' | 'addOnUnits')[] };

/**
 * Is the attempt complete enough to grade? Every MDM element (in families MDM levels), the time
 * element when the note documents time, the code, and the add-on when the key grades one (with
 * its units unless "none") must be chosen; nothing chosen at all is "empty".
 */
export function validateEm(exercise: EmExercise, input: EmUserInput): EmInvalid | undefined {
  const fields = [...(usesMdm(levelFamily(exercise.case)) ? MDM_ELEMENTS : []), ...(keyTimeChoice(exercise) === undefined ? [] : ['time' as const]), 'code' as const, ...(exercise.answer.addOn === undefined ? [] : ['addOn' as const])];
  const given = (v: unknown): boolean => (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '';
  if (!fields.some((f) => given(input[f]))) return { type: 'invalid', reason: 'empty' };
  const missing: Extract<EmInvalid, { reason: 'incomplete' }>['missing'] = fields.filter((f) => !given(input[f]));
  const addOn = input.addOn;
  if (exercise.answer.addOn !== undefined && given(addOn) && String(addOn).trim().toLowerCase() !== 'none' && !given(input.addOnUnits)) missing.push('addOnUnits');
  return missing.length > 0 ? { type: 'invalid', reason: 'incomplete', missing } : undefined;
}
