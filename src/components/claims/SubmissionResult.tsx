import { useState } from 'react';
import type { SavedSegment, SubmissionView } from '../../domain/acknowledgment/submission-view.ts';
import { describeStage } from '../../domain/acknowledgment/describe-stage.ts';
import { usd } from '../../domain/text/money.ts';
import type { LedgerRowInput } from '../../domain/billing/posting-types.ts';
import { blankLedgerRow, LedgerTable } from '../billing/LedgerTable.tsx';
import '../billing/billing.css';

/*
 * What a teaching Submit brought back (999/277CA, the 835 and the posting of it). Loaded with the
 * first result, not with the claim page: a page that is never submitted does not download it.
 */

const TITLES: Record<SubmissionView['stage'], string> = {
  'syntax-rejected': 'Rejected: 999 implementation acknowledgment',
  'front-end-rejected': 'Rejected: 277CA claim acknowledgment',
  adjudicated: 'Accepted and adjudicated: 835 remittance',
};

/** An X12 transaction and its meaning, folded. */
function Segments({ label, segments }: { label: string; segments: SavedSegment[] }) {
  return (
    <details className="cl-shaded">
      <summary>{label}</summary>
      {/* Scrolls sideways on a phone: the region takes focus so keyboard users can scroll it too. */}
      <div className="cl-scroll" role="region" aria-label={label} tabIndex={0}>
        <table className="cl-compare">
          <thead><tr><th scope="col">Segment</th><th scope="col">Meaning</th></tr></thead>
          <tbody>{segments.map((s, i) => <tr key={i}><td><code>{s.segment}</code></td><td>{s.explanation}</td></tr>)}</tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * The loop's last step: post this claim's own ERA to the patient ledger, graded by the posting
 * exercise's grader against the key computed from the adjudication; the graded ledger is saved
 * with the submission, so it is still there after a reload.
 */
function LoopPosting({ id, exerciseId, view, status, onPost }: { id: string; exerciseId: string; view: SubmissionView; status: string; onPost: (rows: LedgerRowInput[]) => void }) {
  const posting = view.posting!;
  const initial = () => posting.posted?.rows.map((r) => ({ ...r })) ?? posting.key.map(blankLedgerRow);
  const [rows, setRows] = useState<LedgerRowInput[]>(initial);
  // A new submission (a new ERA) starts a new ledger.
  const [shownFor, setShownFor] = useState(view.submittedAt);
  if (shownFor !== view.submittedAt) {
    setShownFor(view.submittedAt);
    setRows(initial());
  }
  const set = (i: number, field: keyof LedgerRowInput, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const submit = (e: { preventDefault(): void }) => {
    e.preventDefault();
    onPost(rows);
  };
  const posted = posting.posted;
  return (
    <section className="billing-exercise cl-loop-posting" aria-labelledby={id}>
      <h4 id={id}>Post this ERA to the patient ledger</h4>
      <p>Now do the biller&apos;s next job: post the payer&apos;s answer for your own claim, line by line. Payments and write-offs come from the group codes (CO, OA, PI are written off; PR is the patient&apos;s or the secondary&apos;s), and a denial is written off and worked, never billed to the patient unless the group is PR.</p>
      <form onSubmit={submit} noValidate>
        <LedgerTable idPrefix={`loop-${exerciseId}`} legend="Patient ledger for this claim" lines={posting.key.map((k) => ({ row: k.row, procedure: k.procedure, billedCents: k.chargeCents, reversal: k.reversal }))} rows={rows} onChange={set} />
        <button type="submit" className="btn">Grade my posting</button>
      </form>
      <div role="status" aria-live="polite" className="billing-status">{status}</div>
      {posted && (
        <div className="billing-result" data-posted>
          <h5>Posting result: {posted.earned} of {posted.total} points</h5>
          {posted.findings.length === 0 ? <p>Every line posted correctly and balanced.</p> : <ul className="findings">{posted.findings.map((f, i) => <li key={i}>{f}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}

/** What came back: the acknowledgment, and for an adjudicated claim the remittance and what the mistakes cost. */
export default function SubmissionResult({ id, view, exerciseId, postStatus, onPost }: { id: string; view: SubmissionView; exerciseId: string; postStatus: string; onPost: (rows: LedgerRowInput[]) => void }) {
  const era = view.era;
  const c = view.comparison;
  return (
    <section aria-labelledby={id} className="cl-submission" data-stage={view.stage}>
      <h3 id={id}>{TITLES[view.stage]}</h3>
      <p>{describeStage(view)}</p>
      <p className="cl-note">Sent to {view.payerName}, received {view.asOf} (teaching date: a week after the visit).</p>
      {view.reasons.length > 0 && (
        <>
          <h4>{view.stage === 'adjudicated' ? 'Warnings it carried' : 'Why it was rejected'}</h4>
          <ul className="cl-findings">{view.reasons.map((r, i) => <li key={i} className={view.stage === 'adjudicated' ? 'warning' : 'error'}>{r}</li>)}</ul>
        </>
      )}
      {era && (
        <>
          <h4>Remittance advice (EOB)</h4>
          <p>Payer claim number {era.payerClaimNumber}. {era.summary}</p>
          <div className="cl-scroll" role="region" aria-label="Remittance advice lines" tabIndex={0}>
            <table className="cl-compare">
              <thead><tr><th scope="col">Service</th><th scope="col">Billed</th><th scope="col">Allowed</th><th scope="col">Patient owes</th><th scope="col">Paid</th><th scope="col">Adjustments</th></tr></thead>
              <tbody>
                {era.lines.map((l, i) => (
                  <tr key={i}><th scope="row">{l.procedure}</th><td>{usd(l.billedCents)}</td><td>{usd(l.allowedCents)}</td><td>{usd(l.patientCents)}</td><td>{usd(l.paidCents)}</td><td>{l.reasons.join(' ')}</td></tr>
                ))}
              </tbody>
              <tfoot><tr><th scope="row">Claim</th><td>{usd(era.chargeCents)}</td><td /><td>{usd(era.patientCents)}</td><td data-paid>{usd(era.paidCents)}</td><td /></tr></tfoot>
            </table>
          </div>
        </>
      )}
      {era && (era.deniedCents ?? 0) > 0 && (
        <p className="cl-cost">Denied on this claim: {usd(era.deniedCents ?? 0)} the practice writes off (a CO denial may not be billed to the patient) unless a corrected claim or an appeal is paid.</p>
      )}
      {c && (
        <p className="cl-cost">
          {c.lostCents > 0
            ? `What the mistakes cost: the correct claim is paid ${usd(c.answerPaidCents)}; this one ${usd(c.paidCents)}, ${usd(c.lostCents)} less${view.stage === 'adjudicated' ? '' : ' (nothing is paid until a corrected claim is accepted)'}.`
            : c.lostCents < 0
              ? `This claim was paid ${usd(-c.lostCents)} more than the correct claim (${usd(c.answerPaidCents)}): an overpayment the practice would have to refund.`
              : `Paid the same as the correct claim (${usd(c.answerPaidCents)}).`}
        </p>
      )}
      <Segments label={view.acknowledgment.kind === '999' ? '999 (005010X231A1) segment by segment' : '277CA (005010X214) segment by segment'} segments={view.acknowledgment.segments} />
      {era && <Segments label="835 (005010X221A1) segment by segment" segments={era.segments} />}
      {view.posting && <LoopPosting id={`${id}-post`} exerciseId={exerciseId} view={view} status={postStatus} onPost={onPost} />}
    </section>
  );
}

