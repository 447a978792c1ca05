import type { LedgerRowInput, PostingKeyRow } from '../billing/posting-types.ts';
import { isDenial } from '../billing/ledger-totals.ts';
import { sumCents } from '../text/money.ts';
import { describeFinding } from '../claims/describe.ts';
import type { ClaimFinding } from '../claims/findings.ts';
import { rejectionStage } from './stage.ts';
import type { Submission, SubmissionStage } from './submit.ts';

/**
 * A submission as the learner sees it and as it is saved in progress (so it is still there after
 * a reload): plain data, sentences already made, every list and text capped so a saved result
 * stays small (limits in SUBMISSION_LIMITS).
 */

/** Caps on a saved submission. */
export const SUBMISSION_LIMITS = { reasons: 12, text: 600, segments: 120, segment: 400, explanation: 1200, lines: 12, amount: 20 } as const;

/** One explained segment as saved. */
export interface SavedSegment {
  segment: string;
  explanation: string;
}

/** One line of the remittance advice as saved. */
export interface SavedAdviceLine {
  procedure: string;
  billedCents: number;
  allowedCents: number;
  patientCents: number;
  paidCents: number;
  reasons: string[];
}

/** One ledger row as the learner posted it (the posting exercise's row, capped when saved). */
export type SavedLedgerRow = LedgerRowInput;

/**
 * Posting this claim's own ERA (the loop, issue 14 point 5): the key is computed from the
 * adjudication when the claim is submitted (billing/posting-key.ts), never written by hand;
 * `posted` is the learner's graded ledger, saved with the submission.
 */
export interface SubmissionPosting {
  key: PostingKeyRow[];
  posted?: {
    postedAt: string;
    rows: SavedLedgerRow[];
    earned: number;
    total: number;
    /** The grader's findings in words, each citing the group code and CARC. */
    findings: string[];
  } | undefined;
}

/** A submission result, ready to render and to save. */
export interface SubmissionView {
  /** When the learner sent it (ISO timestamp, from the page). */
  submittedAt: string;
  /** Date the payer received it, YYYY-MM-DD. */
  asOf: string;
  stage: SubmissionStage;
  payerName: string;
  /** Why it was rejected (rejections), or the warnings it carried. */
  reasons: string[];
  /** The acknowledgment that answered: the 999 for a syntax rejection, else the 277CA. */
  acknowledgment: { kind: '999' | '277CA'; accepted: boolean; segments: SavedSegment[] };
  /** Adjudicated claims only: the 835 and the remittance advice in numbers. */
  era?: {
    segments: SavedSegment[];
    payerClaimNumber: string;
    summary: string;
    chargeCents: number;
    paidCents: number;
    patientCents: number;
    /** Denied on this claim: CO/OA/PI amounts other than the contractual CO-45 and sequestration CO-253. */
    deniedCents?: number | undefined;
    lines: SavedAdviceLine[];
  } | undefined;
  /** Adjudicated claims: post this ERA to the ledger. */
  posting?: SubmissionPosting | undefined;
  /** What the answer claim is paid by the same payer, and what the learner's claim costs against it. */
  comparison?: { answerPaidCents: number; answerPatientCents: number; paidCents: number; lostCents: number } | undefined;
}

const cut = (v: string, n: number) => (v.length > n ? `${v.slice(0, n - 3)}...` : v);
const saved = (segments: readonly { segment: string; explanation: string }[]): SavedSegment[] =>
  segments.slice(0, SUBMISSION_LIMITS.segments).map((s) => ({ segment: cut(s.segment, SUBMISSION_LIMITS.segment), explanation: cut(s.explanation, SUBMISSION_LIMITS.explanation) }));

/** The view of a submission. `submittedAt` comes from the page (domain code never reads the clock). */
export function submissionView(sub: Submission, meta: { submittedAt: string; asOf: string; payerName: string }): SubmissionView {
  const findings = sub.stage === 'adjudicated' ? [...sub.payerJudged, ...sub.warnings] : sub.stoppedBy;
  const reasons = findings.slice(0, SUBMISSION_LIMITS.reasons).map((f) => cut(describeFinding(f), SUBMISSION_LIMITS.text));
  const ack = sub.stage === 'syntax-rejected' || !sub.ack277ca
    ? { kind: '999' as const, accepted: sub.ack999.accepted, segments: saved(sub.ack999.segments) }
    : { kind: '277CA' as const, accepted: sub.ack277ca.accepted, segments: saved(sub.ack277ca.segments) };
  const view: SubmissionView = { submittedAt: meta.submittedAt, asOf: meta.asOf, stage: sub.stage, payerName: meta.payerName, reasons, acknowledgment: ack };
  const r = sub.remittance;
  if (r) {
    const claim = r.advice.claims[r.advice.claims.length - 1];
    const payment = r.adjudication.payment;
    view.era = {
      segments: saved(r.x835.segments),
      payerClaimNumber: payment.payerClaimNumber,
      summary: cut(claim?.summary ?? '', SUBMISSION_LIMITS.text),
      chargeCents: payment.chargeCents,
      paidCents: payment.paidCents,
      patientCents: payment.patientShare.totalCents,
      // CO denials only (ledger-totals.ts): the OA-23 of a claim another payer decided first is no denial.
      deniedCents: sumCents(payment.lines.flatMap((l) => l.adjustments).filter(isDenial).map((a) => a.amountCents)),
      lines: (claim?.lines ?? []).slice(0, SUBMISSION_LIMITS.lines).map((l) => ({
        procedure: [l.procedure, ...l.modifiers].join('-'),
        billedCents: l.billedCents,
        allowedCents: l.allowedCents,
        patientCents: l.deductibleCents + l.coinsuranceCents + l.copayCents + l.otherPatientCents,
        paidCents: l.paidCents,
        // An anesthesia line's computation is shown even when no CO-45 reason carries it.
        reasons: [...(l.pricing && !l.reasons.some((x) => x.text.includes(l.pricing ?? '')) ? [l.pricing] : []), ...l.reasons.map((x) => `${x.code} $${(x.amountCents / 100).toFixed(2)}: ${x.text}`)]
          .slice(0, SUBMISSION_LIMITS.reasons).map((x) => cut(x, SUBMISSION_LIMITS.text)),
      })),
    };
  }
  if (sub.postingKey) {
    view.posting = {
      key: sub.postingKey.slice(0, SUBMISSION_LIMITS.lines).map((k) => ({
        ...k,
        procedure: cut(k.procedure, 60),
        reasons: k.reasons.slice(0, SUBMISSION_LIMITS.reasons).map((x) => ({ ...x, code: cut(x.code, 10), group: cut(x.group, 2), carc: cut(x.carc, 5), text: cut(x.text, SUBMISSION_LIMITS.text) })),
      })),
    };
  }
  const a = sub.answerRemittance?.adjudication.payment;
  if (a) {
    const paid = r?.adjudication.payment.paidCents ?? 0;
    view.comparison = { answerPaidCents: a.paidCents, answerPatientCents: a.patientShare.totalCents, paidCents: paid, lostCents: a.paidCents - paid };
  }
  return view;
}

// In its own file so the Submit panel can word a saved result without the finding sentences.
export { describeStage } from './describe-stage.ts';

/**
 * The warning before a claim with scrubber errors is sent: how many errors, and where each kind
 * would come back (999 or 277CA rejection, or a denial on the 835 for what the payer judges).
 */
export function describePendingErrors(findings: readonly ClaimFinding[]): { errors: number; sentence: string } {
  const errors = findings.filter((f) => f.severity === 'error');
  const rejected = errors.filter((f) => rejectionStage(f) !== 'payer').length;
  const denied = errors.length - rejected;
  const parts = [
    ...(rejected > 0 ? [`${rejected} would get it rejected (999 or 277CA: it never reaches the payer)`] : []),
    ...(denied > 0 ? [`${denied} the payer judges itself, so it would be accepted and then denied on the 835`] : []),
  ];
  return { errors: errors.length, sentence: `The scrubber finds ${errors.length} error(s) on this claim: ${parts.join('; ')}. Send it anyway to see what happens, or cancel and fix it first.` };
}
