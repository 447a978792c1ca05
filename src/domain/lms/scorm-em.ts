import type { EmExercise, EmUserInput } from '../em/em-exercise-schema.ts';
import { keyTimeChoice } from '../em/key-time.ts';
import { codeChoices, ELEMENT_LEVELS, FAMILY_TABLE } from '../em/em-table.ts';

/**
 * E/M levelling exercises in a SCORM package: the same radio choices as the site's exercise
 * (a level per MDM element, the code the documented time supports when the note gives time, the
 * visit code), graded by the site's E/M grader (src/domain/em), no code set needed. In
 * cmi.suspend_data an attempt is five characters, one per field in EM_FIELDS order: the chosen
 * option's index in base 36, `_` for none (see suspend-data.ts).
 */

/** The fields of an attempt, in saved order. */
export const EM_FIELDS = ['problems', 'data', 'risk', 'time', 'code'] as const;
type EmField = (typeof EM_FIELDS)[number];

/** The options the player offers for one field of an exercise (time: none when the note gives no total time). */
export function emOptions(exercise: EmExercise, field: EmField): readonly string[] {
  switch (field) {
    case 'problems':
    case 'data':
    case 'risk':
      return ELEMENT_LEVELS[field];
    case 'time':
      return keyTimeChoice(exercise) === undefined ? [] : [...(FAMILY_TABLE[exercise.case.family].minutes ?? []).map((t) => t.code), 'none'];
    case 'code':
      return codeChoices(exercise.case.family).flatMap((g) => g.codes);
  }
}

const UNSET = '_';

/** The suspend_data token of an attempt; '' when nothing was chosen. */
export function encodeEm(exercise: EmExercise, input: EmUserInput | undefined): string {
  if (input === undefined) return '';
  const chars = EM_FIELDS.map((f) => {
    const at = emOptions(exercise, f).indexOf(input[f] ?? '');
    return at < 0 ? UNSET : at.toString(36);
  });
  return chars.every((c) => c === UNSET) ? '' : chars.join('');
}

/** Reads a token back; undefined when empty or not five characters. */
export function decodeEm(exercise: EmExercise, token: string): EmUserInput | undefined {
  if (token.length !== EM_FIELDS.length) return undefined;
  const input: EmUserInput = {};
  EM_FIELDS.forEach((f, i) => {
    const value = emOptions(exercise, f)[parseInt(token[i] ?? UNSET, 36)];
    if (value !== undefined) input[f] = value;
  });
  return input;
}

/** Longest token of an attempt. */
export const EM_WORST_CASE = EM_FIELDS.length;
