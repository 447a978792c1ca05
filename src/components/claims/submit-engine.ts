/**
 * The teaching submission chain (999, 277CA, adjudication, 835), loaded the first time the
 * learner presses Submit: none of it is needed to show the form.
 */
export { scrubClaim } from '../../domain/claims/scrub.ts';
export { TEACHING_EDITS } from '../../domain/claims/teaching-edits.ts';
export { caseAccount, receiptDate, submitClaim } from '../../domain/acknowledgment/submit.ts';
export { describePendingErrors, submissionView } from '../../domain/acknowledgment/submission-view.ts';
export { X12_837P_LAYOUT } from '../../data/x12-layouts.ts';
export { gradeSubmissionPosting } from '../../domain/acknowledgment/submission-posting.ts';
