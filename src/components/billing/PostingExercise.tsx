import { useRef, useState, type FormEvent } from 'react';
import { loadPostingKey } from '../../data/posting-key-browser.ts';
import { describePostingFinding, describePostingInvalid, describePostingNote } from '../../domain/billing/describe-billing.ts';
import type { PostingScore } from '../../domain/billing/posting-finding.ts';
import type { CreditInput, LedgerRowInput, PostingPublicData, PostingRubric, PostingUserInput, ProviderRowInput, ReconcileInput } from '../../domain/billing/posting-types.ts';
import { scorePosting } from '../../domain/billing/score-posting.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { BatchPostingFields } from './BatchPostingFields.tsx';
import { CreditFields } from './CreditFields.tsx';
import { EraPanel } from './EraPanel.tsx';
import { TeachingPoints } from './LineCells.tsx';
import { blankLedgerRow, LedgerTable } from './LedgerTable.tsx';
import './billing.css';

interface Props {
  exercise: PostingPublicData;
  topics: string[];
  certifications: string[];
}

/**
 * Payment posting: read the ERA, post each line to the ledger, grade against the payer's own
 * numbers. On a check to reconcile (several claims, provider-level adjustments) the student also
 * posts each PLB entry and reconciles the deposit; where the posting leaves a credit balance, the
 * student works it out and decides whom it is refunded to.
 */
export default function PostingExercise({ exercise, topics, certifications }: Props) {
  const lines = exercise.era.claims.flatMap((c) => c.lines.map((l) => ({ ...l, reversal: c.statusCode === '22' })));
  const batch = exercise.batch;
  const [rows, setRows] = useState<LedgerRowInput[]>(() => lines.map(blankLedgerRow));
  const [provider, setProvider] = useState<ProviderRowInput[]>(() => exercise.era.providerAdjustments.map(() => ({ effect: '', postTo: '' })));
  const [reconcile, setReconcile] = useState<ReconcileInput>({ claimsPaid: '', providerTotal: '', deposit: '' });
  const [credit, setCredit] = useState<CreditInput>({ amount: '', action: '' });
  const [result, setResult] = useState<PostingScore | null>(null);
  const [rubric, setRubric] = useState<PostingRubric | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);

  const set = (i: number, field: keyof LedgerRowInput, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const setPlb = (i: number, field: keyof ProviderRowInput, value: string) => setProvider((ps) => ps.map((p, j) => (j === i ? { ...p, [field]: value } : p)));
  const input: PostingUserInput = { rows, ...(batch ? { provider, reconcile } : {}), ...(exercise.credit ? { credit } : {}) };

  async function grade(e: FormEvent) {
    e.preventDefault();
    setStatus('Grading…');
    try {
      const key = rubric ?? (await loadPostingKey(exercise.id));
      setRubric(key);
      const scored = scorePosting(input, key);
      setResult(scored);
      if (scored.type === 'points') {
        setStatus(`Graded: ${scored.earned} of ${scored.total} points.`);
        recordAttemptLater({ exerciseId: exercise.id, kind: 'posting', earned: scored.earned, total: scored.total, topics, certifications, answer: input });
        // Only a result has something to show; an incomplete answer keeps focus on the button while its status is announced.
        resultRef.current?.focus();
      } else setStatus(describePostingInvalid(scored.reason));
    } catch {
      setStatus('The answer key could not be loaded. Check your connection and try again.');
    }
  }

  return (
    <div className="billing-exercise">
      <p>{exercise.scenario}</p>
      <EraPanel era={exercise.era} x835={exercise.x835} heading="Remittance advice (ERA)" headingLevel={2} />
      <form onSubmit={grade} noValidate>
        <LedgerTable idPrefix={`p-${exercise.id}`} legend="Post the ERA to the patient ledger" lines={lines.map((l) => ({ row: l.row, procedure: l.procedure, billedCents: l.billedCents, reversal: l.reversal }))} rows={rows} onChange={set} holdOpen />
        {batch && (
          <BatchPostingFields idPrefix={`p-${exercise.id}`} accounts={batch.accounts} plbs={exercise.era.providerAdjustments} provider={provider} reconcile={reconcile}
            onProvider={setPlb} onReconcile={(field, value) => setReconcile((r) => ({ ...r, [field]: value }))} />
        )}
        {exercise.credit && <CreditFields idPrefix={`p-${exercise.id}`} credit={exercise.credit} value={credit} onChange={(field, value) => setCredit((c) => ({ ...c, [field]: value }))} />}
        <button type="submit" className="btn">Grade my posting</button>
      </form>
      <div role="status" aria-live="polite" className="billing-status">{status}</div>
      <div ref={resultRef} tabIndex={-1} className="billing-result">
        {result?.type === 'points' && (
          <>
            <h2>Result: {result.earned} of {result.total} points</h2>
            {result.findings.length === 0 ? <p>{batch ? 'Every line and provider-level adjustment posted correctly, and the check reconciles to the deposit.' : 'Every line posted correctly and balanced.'}</p> : (
              <ul className="findings">{result.findings.map((f, i) => <li key={i}>{describePostingFinding(f)}</li>)}</ul>
            )}
            {result.notes.length > 0 && <ul className="notes">{result.notes.map((n) => <li key={n.row}>{describePostingNote(n)}</li>)}</ul>}
            {rubric && <TeachingPoints points={rubric.teachingPoints} />}
          </>
        )}
      </div>
    </div>
  );
}
