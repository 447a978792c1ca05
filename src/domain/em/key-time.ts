import type { EmExercise } from './em-exercise-schema.ts';
import { codeChoices, codeForMinutes, FAMILY_TABLE, timeAllowed, type EmFamily } from './em-table.ts';

/**
 * The family whose codes and time thresholds level the visit: the case's own family, or the one
 * the claim is reported under when the payer does not pay it (a Medicare consultation is billed
 * as an office or hospital visit).
 */
export function levelFamily(c: { family: EmFamily; reportAs?: EmFamily | undefined }): EmFamily {
  return c.reportAs ?? c.family;
}

/**
 * The families whose time tables the time question offers. Usually the one that levels the visit;
 * when the claim is reported under another family (a Medicare consultation), every family the code
 * question offers, so the time choices do not give away which family the claim uses.
 */
export function timeFamilies(c: { family: EmFamily; reportAs?: EmFamily | undefined }): EmFamily[] {
  return c.reportAs === undefined ? [levelFamily(c)] : codeChoices(c.family).map((g) => g.family).filter((f) => timeAllowed(f));
}

/** The time element's choices (codes, lowest first per family), without "none". */
export function timeCodes(c: { family: EmFamily; reportAs?: EmFamily | undefined }): string[] {
  return timeFamilies(c).flatMap((f) => (FAMILY_TABLE[f].minutes ?? []).map((t) => t.code));
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
