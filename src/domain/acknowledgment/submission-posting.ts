import { describePostingFinding, describePostingInvalid } from '../billing/describe-billing.ts';
import type { PostingRubric, PostingUserInput } from '../billing/posting-types.ts';
import { scorePosting } from '../billing/score-posting.ts';
import { SUBMISSION_LIMITS, type SavedLedgerRow, type SubmissionView } from './submission-view.ts';

/**
 * Grading the learner's posting of their own claim's ERA, with the posting exercise's grader
 * (billing/score-posting.ts) against the key computed from the adjudication. Pure: the caller
 * passes the time; the result is the view with `posting.posted` filled, ready to save.
 */

export type LoopPostingResult =
  | { type: 'invalid'; message: string }
  | { type: 'graded'; view: SubmissionView };

const clip = (v: string): string => v.slice(0, SUBMISSION_LIMITS.amount);

/** The rubric of a submission's ERA (none for a rejected claim). */
export function submissionRubric(view: SubmissionView): PostingRubric | undefined {
  return view.posting ? { id: 'submission', rows: view.posting.key, teachingPoints: [] } : undefined;
}

/** Grades a posted ledger and returns the view with the posting saved. */
export function gradeSubmissionPosting(view: SubmissionView, input: PostingUserInput, postedAt: string): LoopPostingResult {
  const rubric = submissionRubric(view);
  if (!rubric || !view.posting) return { type: 'invalid', message: 'Nothing to post: only an adjudicated claim has an ERA.' };
  const score = scorePosting(input, rubric);
  if (score.type === 'invalid') return { type: 'invalid', message: describePostingInvalid(score.reason) };
  const rows: SavedLedgerRow[] = input.rows.slice(0, SUBMISSION_LIMITS.lines).map((r) => ({
    paid: clip(r.paid), adjustment: clip(r.adjustment), deductible: clip(r.deductible), coinsurance: clip(r.coinsurance), copay: clip(r.copay), otherPatient: clip(r.otherPatient), transfer: r.transfer,
  }));
  const findings = score.findings.slice(0, SUBMISSION_LIMITS.reasons).map((f) => {
    const text = describePostingFinding(f);
    return text.length > SUBMISSION_LIMITS.explanation ? `${text.slice(0, SUBMISSION_LIMITS.explanation - 3)}...` : text;
  });
  return { type: 'graded', view: { ...view, posting: { ...view.posting, posted: { postedAt, rows, earned: score.earned, total: score.total, findings } } } };
}
