/**
 * Build-time helpers for the denial and A/R pages and their key.json routes: one place that turns
 * a collection entry into the page data and the rubric, so the page and the key always agree.
 */
import { worklistOf } from './billing-exercises-node.ts';
import { splitDenialExercise, type DenialPublicData } from '../domain/denials/split-denial.ts';
import type { DenialExercise } from '../domain/denials/denial-exercise-schema.ts';
import type { DenialRubric } from '../domain/denials/denial-types.ts';

/** Page data and rubric of a denial exercise; throws at build (with the file named) when the worklist cannot be built. */
export function denialPageData(id: string, exercise: DenialExercise): { publicData: DenialPublicData; rubric: DenialRubric } {
  const worklist = worklistOf(exercise);
  if (!worklist.ok) throw new Error(`content/exercises/denials/${id}.yaml: ${worklist.error}`);
  return splitDenialExercise(id, exercise, worklist.lines);
}
