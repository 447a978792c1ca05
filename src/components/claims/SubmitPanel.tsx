import { useEffect, useId, useRef } from 'react';
import type { SavedSegment, SubmissionView } from '../../domain/acknowledgment/submission-view.ts';
import { describeStage } from '../../domain/acknowledgment/describe-stage.ts';
import { useClaimSubmission, type SubmissionInput } from './use-claim-submission.ts';

const usd = (cents: number): string => `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toFixed(2)}`;

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
      <div className="cl-scroll">
        <table className="cl-compare">
          <thead><tr><th scope="col">Segment</th><th scope="col">Meaning</th></tr></thead>
          <tbody>{segments.map((s, i) => <tr key={i}><td><code>{s.segment}</code></td><td>{s.explanation}</td></tr>)}</tbody>
        </table>
      </div>
    </details>
  );
}

/** What came back: the acknowledgment, and for an adjudicated claim the remittance and what the mistakes cost. */
function SubmissionResult({ id, view }: { id: string; view: SubmissionView }) {
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
          <div className="cl-scroll">
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
    </section>
  );
}

/**
 * Teaching "Submit": sends the claim as filled to the case's payer. With scrubber errors on it,
 * the learner is warned first and may send it anyway: seeing the 999 or 277CA rejection (or the
 * denial on the 835) is the lesson. The latest result is saved in progress.
 */
export function SubmitPanel(props: SubmissionInput) {
  const uid = useId();
  const s = useClaimSubmission(props);
  const sendAnyway = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (s.pendingErrors > 0) sendAnyway.current?.focus();
  }, [s.pendingErrors]);
  return (
    <section className="cl-case" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Send to the payer</h2>
      <p>Submit this claim to {props.payer.name} (a teaching payer) the way a clearinghouse would: the 999 checks the file, the 277CA the payer&apos;s front-end edits, then the payer adjudicates and an 835 comes back. A rejection never entered the payer&apos;s system (fix it and send again); a denial was adjudicated (correct it, or appeal).</p>
      <div className="cl-actions">
        <button type="button" onClick={() => void s.submit(false)} disabled={s.busy}>Submit to payer</button>
      </div>
      {s.pendingErrors > 0 && (
        <div className="cl-confirm" role="group" aria-labelledby={`${uid}-warn`}>
          <p id={`${uid}-warn`}><strong>Warning:</strong> the scrubber finds {s.pendingErrors} error(s). A real claim with errors gets rejected or denied.</p>
          <div className="cl-actions">
            <button type="button" ref={sendAnyway} onClick={() => void s.submit(true)}>Send anyway</button>
            <button type="button" onClick={s.cancel}>Cancel</button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" className="cl-submit-status">{s.status}</div>
      {s.view && <SubmissionResult id={`${uid}-result`} view={s.view} />}
    </section>
  );
}
