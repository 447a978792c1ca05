import { SCORM12_CMI, type LessonStatus } from './scorm12-spec.ts';

/**
 * What the package reports to the LMS (SCORM 1.2 RTE 3.4.4): the score as a percentage in
 * cmi.core.score.raw with min 0 and max 100, and cmi.core.lesson_status:
 * - `incomplete` until the learner submits (answers are saved as they go);
 * - after submitting, `passed` or `failed` against the pass mark when the package has one
 *   (the same number is the manifest's adlcp:masteryscore, so an LMS that judges by mastery
 *   score agrees), otherwise `completed`.
 * The score is reported only after submitting: a half-done attempt is not a grade.
 */

/** The values written to cmi.core.*. */
export interface ScormReport {
  lessonStatus: LessonStatus;
  /** Present once submitted. */
  score?: { raw: number; min: number; max: number };
}

/** Percentage of points earned, rounded to a whole number (an empty package scores 0). */
export function percentScore(earned: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((Math.min(Math.max(earned, 0), total) / total) * 100);
}

/** The report for an attempt. */
export function scormReport(attempt: { earned: number; total: number; submitted: boolean }, passMark: number | undefined): ScormReport {
  if (!attempt.submitted) return { lessonStatus: 'incomplete' };
  const raw = percentScore(attempt.earned, attempt.total);
  const lessonStatus: LessonStatus = passMark === undefined ? 'completed' : raw >= passMark ? 'passed' : 'failed';
  return { lessonStatus, score: { raw, min: SCORM12_CMI.scoreMin, max: SCORM12_CMI.scoreMax } };
}
