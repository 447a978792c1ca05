import type { EmExercise } from './em-exercise-schema.ts';
import { codeForMinutes, timeAllowed } from './em-table.ts';

/**
 * The time element's key: the code the documented time supports, or "none" below the lowest
 * threshold. Apart from the schema so graders (and the SCORM player bundle) do not pull in zod.
 */
export function keyTimeChoice(ex: Pick<EmExercise, 'case'>): string | undefined {
  if (ex.case.totalMinutes === undefined || !timeAllowed(ex.case.family)) return undefined;
  return codeForMinutes(ex.case.family, ex.case.totalMinutes) ?? 'none';
}
