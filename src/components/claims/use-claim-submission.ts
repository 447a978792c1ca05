import { useEffect, useState } from 'react';
import type { SubmissionView } from '../../domain/acknowledgment/submission-view.ts';
import { describeStage } from '../../domain/acknowledgment/describe-stage.ts';
import type { LedgerRowInput } from '../../domain/billing/posting-types.ts';
import type { Claim } from '../../domain/claims/claim-schema.ts';
import type { CodeSetView } from '../../domain/codes/types.ts';
import type { PayerProfile } from '../../domain/remittance/payer-schema.ts';
import type { OtherPayerAdjudication } from '../../domain/claims/x12-cob.ts';
import type { ProviderOnFile } from '../../domain/claims/provider-file.ts';
import { loadProgressStore } from '../../stores/progress-loader.ts';
import { hasSavedSubmission } from '../../stores/progress-sniff.ts';
import { fetchJsonOnce } from '../../data/fetch-json-once.ts';
import { addressedPayer } from '../../domain/acknowledgment/case-payer.ts';

/** The chain arrives on the first Submit (see submit-engine.ts). */
const loadSubmit = () => import('./submit-engine.ts');

/** The case's teaching payer as the page names it; the profile loads from `url` on the first Submit. */
export interface PayerRef {
  name: string;
  url: string;
  /** Medicare as secondary payer: the primary plan's adjudication of this claim, the EOB in the chart (computed at build time). */
  otherPayer?: OtherPayerAdjudication | undefined;
  /** Other payers the learner may address the claim to (the case's addressablePayers): payer ID, name and profile URL. */
  alternates?: { payerId: string; name: string; url: string }[] | undefined;
}

/** The payer profile (src/pages/claims/[id]/payer.json.ts), fetched once. */
const loadPayerProfile = (url: string): Promise<PayerProfile> => fetchJsonOnce<PayerProfile>(url);

/** What the Submit panel needs from the claim island. */
export interface SubmissionInput {
  exerciseId: string;
  payer: PayerRef;
  answer: Claim;
  dateOfService: string;
  /** The case's providers by NPI (its face sheet): the 837P names the rendering provider from them, not from item 31. */
  providers?: readonly ProviderOnFile[] | undefined;
  /** The claim as the learner filled it now. */
  claim: () => unknown;
  /** The code sets for the codes on the form. */
  codes: () => Promise<CodeSetView>;
}

/** The Submit loop's state: the latest result (restored from progress), a pending warning, a status line. */
export function useClaimSubmission(input: SubmissionInput) {
  const [view, setView] = useState<SubmissionView | undefined>();
  const [pendingErrors, setPendingErrors] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [postStatus, setPostStatus] = useState('');

  useEffect(() => {
    let stop = () => {};
    let live = true;
    // The store is fetched on first view only when there is a saved result to show.
    if (!hasSavedSubmission(() => window.localStorage, input.exerciseId)) return undefined;
    loadProgressStore().then((store) => {
      if (!live) return;
      stop = store.$progress.subscribe((p) => {
        const saved = p.submissions?.[input.exerciseId];
        if (saved) setView(saved);
      });
    }, () => undefined);
    return () => {
      live = false;
      stop();
    };
  }, [input.exerciseId]);

  /** Saves a result in progress; false when the browser would not keep it. */
  const save = async (next: SubmissionView): Promise<boolean> => {
    try {
      return (await loadProgressStore()).recordSubmission(input.exerciseId, next).saved;
    } catch {
      return false;
    }
  };

  /** Sends the claim; with errors on it, first asks (`force` sends anyway). */
  const submit = async (force: boolean) => {
    setBusy(true);
    try {
      const claim = input.claim();
      const alternate = input.payer.alternates ? addressedPayer(claim, input.payer.alternates) : undefined;
      const [engine, codes, payer, other] = await Promise.all([loadSubmit(), input.codes(), loadPayerProfile(input.payer.url), alternate ? loadPayerProfile(alternate.url) : undefined]);
      const asOf = engine.receiptDate(input.dateOfService);
      const context = { codes, asOf, edits: engine.TEACHING_EDITS };
      if (!force) {
        const pending = engine.describePendingErrors(engine.scrubClaim(claim, context).findings);
        if (pending.errors > 0) {
          setPendingErrors(pending.errors);
          setStatus(pending.sentence);
          return;
        }
      }
      setPendingErrors(0);
      const alternatePayers = other ? [{ payer: other, account: engine.caseAccount(other, input.dateOfService) }] : [];
      const sub = engine.submitClaim(claim, { ...context, payer, account: engine.caseAccount(payer, input.dateOfService), otherPayer: input.payer.otherPayer, alternatePayers, answer: input.answer, layout837p: engine.X12_837P_LAYOUT, providers: input.providers });
      const next = engine.submissionView(sub, { submittedAt: new Date().toISOString(), asOf, payerName: sub.billedPayer?.name ?? payer.name });
      setView(next);
      // Announce the outcome with the result itself; saving to progress only adds a note if it fails.
      setStatus(describeStage(next));
      setPostStatus('');
      if (!(await save(next))) setStatus(`${describeStage(next)} (This result could not be saved in this browser; it stays on the page until you leave.)`);
    } catch {
      setStatus('The submission could not run: the payer data or code sets did not load. Check your connection and try again; your claim is kept.');
    } finally {
      setBusy(false);
    }
  };

  /**
   * Grades the learner's posting of this claim's own ERA against the key computed from the
   * adjudication (the posting exercise's grader), and saves it with the submission.
   */
  const post = async (rows: LedgerRowInput[]) => {
    if (!view) return;
    setPostStatus('Grading…');
    try {
      const engine = await loadSubmit();
      const graded = engine.gradeSubmissionPosting(view, { rows }, new Date().toISOString());
      if (graded.type === 'invalid') {
        setPostStatus(graded.message);
        return;
      }
      setView(graded.view);
      const posted = graded.view.posting?.posted;
      const line = posted ? `Posting graded: ${posted.earned} of ${posted.total} points.` : 'Posting graded.';
      setPostStatus(line);
      if (!(await save(graded.view))) setPostStatus(`${line} (This posting could not be saved in this browser; it stays on the page until you leave.)`);
    } catch {
      setPostStatus('The grader could not load. Check your connection and try again; your ledger is kept.');
    }
  };

  const cancel = () => {
    setPendingErrors(0);
    setStatus('Not sent. Fix the findings, then submit again.');
  };

  return { view, pendingErrors, busy, status, submit, cancel, post, postStatus };
}
