import type { EmExercise, EmUserInput } from '../em/em-exercise-schema.ts';
import { keyTimeChoice, levelFamily, timeCodes } from '../em/key-time.ts';
import { codeChoices, ELEMENT_LEVELS, usesMdm } from '../em/em-table.ts';
import { addOnChoices } from '../em/add-on-rules.ts';

/**
 * E/M levelling exercises in a SCORM package: the same radio choices as the site's exercise
 * (a level per MDM element, the code the documented time supports when the note gives time, the
 * visit code, and the add-on with its units when the key grades one), graded by the site's E/M
 * grader (src/domain/em), no code set needed. In cmi.suspend_data an attempt is one character per
 * field in EM_FIELDS order (five, or seven when the exercise grades an add-on): the chosen
 * option's index in base 36 (the add-on's in ADD_ON_TOKEN_CODES), `_` for none (see suspend-data.ts).
 */

/** The fields of an attempt, in saved order. */
export const EM_FIELDS = ['problems', 'data', 'risk', 'time', 'code', 'addOn', 'addOnUnits'] as const;
type EmField = (typeof EM_FIELDS)[number];

/**
 * Units offered for an add-on: 1 to 12, as many as the schema lets a key give (answer.addOn.units
 * max 12) and the site's units box accepts. Each is one base-36 character; new values go at the end.
 */
export const ADD_ON_UNITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/**
 * The add-on as saved: its index in this fixed list, not its place among the exercise's options.
 * Those follow ADD_ON_RULES, whose order is no contract, and a family that gains an add-on moves
 * "none" down its list; a package rebuilt after either would read a learner's saved add-on as
 * another. Append new codes at the end; never reorder or remove one (a package in an LMS may hold
 * learners' tokens). The order keeps every token saved by the per-exercise indexes used before
 * (2026-11-30 to 2026-12-01) from reading as another add-on the exercise offers: at worst unset.
 */
export const ADD_ON_TOKEN_CODES = ['99292', 'G2212', 'none', '99417', '99418'] as const;

/** The fields saved for an exercise: the add-on pair only when its key grades an add-on, so older five-character tokens still read. */
const fieldsOf = (exercise: EmExercise): readonly EmField[] => (exercise.answer.addOn === undefined ? EM_FIELDS.slice(0, 5) : EM_FIELDS);

/** The options the player offers for one field of an exercise (time: none when the note gives no total time). */
export function emOptions(exercise: EmExercise, field: EmField): readonly string[] {
  switch (field) {
    case 'problems':
    case 'data':
    case 'risk':
      return usesMdm(levelFamily(exercise.case)) ? ELEMENT_LEVELS[field] : [];
    case 'time':
      return keyTimeChoice(exercise) === undefined ? [] : [...timeCodes(exercise.case), 'none'];
    case 'code':
      return codeChoices(exercise.case.family).flatMap((g) => g.codes);
    case 'addOn':
      return exercise.answer.addOn === undefined ? [] : [...addOnChoices(codeChoices(exercise.case.family).map((g) => g.family)), 'none'];
    case 'addOnUnits':
      return exercise.answer.addOn === undefined ? [] : ADD_ON_UNITS;
  }
}

const UNSET = '_';

/** The list a field's saved index points into: the fixed add-on list, else the field's options. */
const savedList = (exercise: EmExercise, field: EmField): readonly string[] => (field === 'addOn' ? ADD_ON_TOKEN_CODES : emOptions(exercise, field));

/** The suspend_data token of an attempt; '' when nothing was chosen. */
export function encodeEm(exercise: EmExercise, input: EmUserInput | undefined): string {
  if (input === undefined) return '';
  const chars = fieldsOf(exercise).map((f) => {
    const value = input[f] ?? '';
    const at = emOptions(exercise, f).includes(value) ? savedList(exercise, f).indexOf(value) : -1;
    return at < 0 ? UNSET : at.toString(36);
  });
  return chars.every((c) => c === UNSET) ? '' : chars.join('');
}

/** Reads a token back; undefined when empty or not the exercise's length. A choice the exercise does not offer reads as unset. */
export function decodeEm(exercise: EmExercise, token: string): EmUserInput | undefined {
  const fields = fieldsOf(exercise);
  if (token.length !== fields.length) return undefined;
  const input: EmUserInput = {};
  fields.forEach((f, i) => {
    const value = savedList(exercise, f)[parseInt(token[i] ?? UNSET, 36)];
    if (value !== undefined && emOptions(exercise, f).includes(value)) input[f] = value;
  });
  return input;
}

/** Longest token of an attempt at one exercise. */
export const emWorstCase = (exercise: EmExercise): number => fieldsOf(exercise).length;
