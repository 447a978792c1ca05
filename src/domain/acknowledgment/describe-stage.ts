import type { SubmissionView } from './submission-view.ts';

/** One sentence on where the claim stopped and what to do, for the status region. */
export function describeStage(view: SubmissionView): string {
  switch (view.stage) {
    case 'syntax-rejected':
      return 'Rejected on the 999: the clearinghouse could not read the file (syntax). The claim never reached the payer. Fix the items below and submit again.';
    case 'front-end-rejected':
      return `Rejected on the 277CA: ${view.payerName}'s front-end edits refused the claim. A rejection never entered the payer's system, so there is nothing to appeal: fix it and submit again.`;
    case 'adjudicated': {
      const paid = view.era?.paidCents ?? 0;
      const denied = paid === 0 && (view.era?.patientCents ?? 0) === 0;
      return denied
        ? `Accepted (277CA) and adjudicated, but denied on the 835: a denial was processed, so you correct the claim or appeal.`
        : `Accepted (277CA) and adjudicated: ${view.payerName} paid $${(paid / 100).toFixed(2)} on the 835.`;
    }
  }
}

