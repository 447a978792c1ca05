import type { CodingExercise } from './coding-exercise-schema.ts';

/**
 * A coding exercise in two parts, Perseus style: what is safe to put in the page before the
 * first attempt (`CodingExercisePublic`) and the rubric that holds the answer
 * (`CodingExerciseRubric`), which the island fetches when the student first grades.
 *
 * This keeps the key out of the page's HTML so it cannot be read by accident before an attempt.
 * It is not secrecy: grading runs in the browser, so anyone who opens the developer tools can
 * fetch the rubric (see docs/attempt-format.md).
 */

/** What the page embeds: everything but the answer, the alternates, the optional codes, the mistakes and the rationale. */
export type CodingExercisePublic = Omit<CodingExercise, 'answer' | 'alternates' | 'optional' | 'mistakes' | 'rationale'> & {
  /** True when the key has CPT/HCPCS lines or the task names cpt/hcpcs: the lines editor is shown. */
  asksForLines: boolean;
};

/**
 * The answer part of an exercise, served as /exercises/<id>/key.json. Its zod schema lives in
 * public-exercise-schema.ts so that this module (on the exercise page) does not ship zod.
 */
export type CodingExerciseRubric = Pick<CodingExercise, 'id' | 'answer' | 'alternates' | 'optional' | 'mistakes' | 'rationale'>;

/** Splits an authored exercise into the page-safe part and the rubric. */
export function splitExercise(exercise: CodingExercise): { exercise: CodingExercisePublic; rubric: CodingExerciseRubric } {
  const { answer, alternates, optional, mistakes, rationale, ...rest } = exercise;
  const asksForLines = exercise.task.codeSets.some((s) => s !== 'icd10cm') || (answer.lines ?? []).length > 0;
  const rubric: CodingExerciseRubric = { id: exercise.id, answer, mistakes, rationale, ...(alternates ? { alternates } : {}), ...(optional ? { optional } : {}) };
  return { exercise: { ...rest, asksForLines }, rubric };
}

/** Puts the two parts back together for grading; refuses a rubric of another exercise. */
export function joinExercise(exercise: CodingExercisePublic, rubric: CodingExerciseRubric): CodingExercise {
  if (rubric.id !== exercise.id) throw new Error(`the answer key is for "${rubric.id}", not for "${exercise.id}"`);
  const { asksForLines: _lines, ...rest } = exercise;
  return { ...rest, ...rubric };
}
