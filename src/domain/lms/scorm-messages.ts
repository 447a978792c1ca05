import type { RestoreResult } from './suspend-data.ts';
import type { ScormReport } from './scorm-status.ts';

/** The one place the SCORM player's states become words (the player and the tests share them). */

/** Said once at start: whether answers are saved and whether earlier ones came back. */
export function describeConnection(connected: boolean, restore: RestoreResult | null): string {
  if (!connected) return 'No learning management system found: you can practise here, but answers and scores are not saved or reported.';
  if (restore === null || (restore.ok && restore.state === null)) return 'Your answers are saved in your course as you go.';
  if (restore.ok) return 'Welcome back: your saved answers are restored.';
  return restore.reason === 'other-package'
    ? 'Saved answers belong to a different version of this activity and could not be restored; starting fresh.'
    : 'Saved answers could not be read; starting fresh.';
}

/** Counter beside the submit button. */
export function describeProgress(answered: number, total: number): string {
  return `${answered} of ${total} question${total === 1 ? '' : 's'} answered.${answered < total ? ' Unanswered questions count as wrong.' : ''}`;
}

/** The result line after submitting. */
export function describeReport(report: ScormReport, passMark: number | undefined, connected: boolean): string {
  const sent = connected ? ' Your score was sent to your course.' : '';
  if (!report.score) return 'Not submitted yet.';
  const verdict = report.lessonStatus === 'passed' ? ` Passed (pass mark ${passMark}%).` : report.lessonStatus === 'failed' ? ` Not passed yet (pass mark ${passMark}%).` : '';
  return `Your score: ${report.score.raw}%.${verdict}${sent}`;
}

/** When the state could not be written (the LMS refused it). */
export const SAVE_FAILED = 'Your course did not accept the saved answers; finish in one sitting or they may be lost.';

/** While a package with coding exercises loads its code-set files to grade. */
export const GRADING = 'Grading… (loading the code sets of this package)';

/** When the package's code-set files could not be loaded: nothing was submitted. */
export const DATA_FAILED = 'The code-set files of this package could not be loaded, so the coding cases could not be graded. Nothing was submitted: try again, or ask your course administrator to re-upload the package.';
