import type { EmExercise } from './em-exercise-schema.ts';
import { codeForMinutes, timeAllowed, type EmFamily } from './em-table.ts';

/**
 * The family whose codes and time thresholds level the visit: the case's own family, or the one
 * the claim is reported under when the payer does not pay it (a Medicare consultation is billed
 * as an office or hospital visit).
 */
export function levelFamily(c: { family: EmFamily; reportAs?: EmFamily | undefined }): EmFamily {
  return c.reportAs ?? c.family;
}

/**
 * The time element's key: the code the documented time supports, or "none" below the lowest
 * threshold. Apart from the schema so graders (and the SCORM player bundle) do not pull in zod.
 */
export function keyTimeChoice(ex: Pick<EmExercise, 'case'>): string | undefined {
  const family = levelFamily(ex.case);
  if (ex.case.totalMinutes === undefined || !timeAllowed(family)) return undefined;
  return codeForMinutes(family, ex.case.totalMinutes) ?? 'none';
}
