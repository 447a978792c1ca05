import { lazy, Suspense, useId } from 'react';
import { useClaimSubmission, type SubmissionInput } from './use-claim-submission.ts';
import { useConfirmStep } from '../site/use-confirm-step.ts';

const SubmissionResult = lazy(() => import('./SubmissionResult.tsx'));

/**
 * Teaching "Submit": sends the claim as filled to the case's payer. With scrubber errors on it,
 * the learner is warned first and may send it anyway: seeing the 999 or 277CA rejection (or the
 * denial on the 835) is the lesson. The latest result is saved in progress.
 */
export function SubmitPanel(props: SubmissionInput) {
  const uid = useId();
  const s = useClaimSubmission(props);
  // Focus lands on Send anyway (sending is the lesson, and it can be fixed and sent again); Escape
  // cancels. The warning's buttons vanish once chosen: hand focus back to Submit first, or a
  // keyboard user is left on the page body. They stay on screen while the claim is out, so a
  // second press (a double click, or Cancel after Send anyway) is ignored rather than sent twice or "Not sent".
  const warning = useConfirmStep(s.pendingErrors > 0, () => { if (!s.busy) s.cancel(); });
  const backToSubmit = (then: () => void) => () => {
    if (s.busy) return;
    warning.opener.current?.focus();
    then();
  };
  return (
    <section className="cl-case" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Send to the payer</h2>
      <p>Submit this claim to {props.payer.name} (a teaching payer) the way a clearinghouse would: the 999 checks the file, the 277CA the payer&apos;s front-end edits, then the payer adjudicates and an 835 comes back. A rejection never entered the payer&apos;s system (fix it and send again); a denial was adjudicated (correct it, or appeal). Then post the ERA to the patient ledger.</p>
      <div className="cl-actions">
        {/* aria-disabled, not disabled: a disabled button drops the focus of the key press that sent the claim. */}
        <button type="button" ref={warning.opener} aria-disabled={s.busy} onClick={() => { if (!s.busy) void s.submit(false); }}>Submit to payer</button>
      </div>
      {s.pendingErrors > 0 && (
        <div className="cl-confirm" role="group" aria-labelledby={`${uid}-warn`} ref={warning.panel}>
          <p id={`${uid}-warn`}><strong>Warning:</strong> the scrubber finds {s.pendingErrors} error(s). A real claim with errors gets rejected (front-end edits) or denied (what the payer judges); the status line says which.</p>
          <div className="cl-actions">
            <button type="button" ref={warning.choice} onClick={backToSubmit(() => void s.submit(true))}>Send anyway</button>
            <button type="button" onClick={backToSubmit(s.cancel)}>Cancel</button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" className="cl-submit-status">{s.status}</div>
      {s.view && (
        <Suspense fallback={<p className="cl-note">Loading the result…</p>}>
          <SubmissionResult id={`${uid}-result`} view={s.view} exerciseId={props.exerciseId} postStatus={s.postStatus} onPost={(rows) => void s.post(rows)} />
        </Suspense>
      )}
    </section>
  );
}
