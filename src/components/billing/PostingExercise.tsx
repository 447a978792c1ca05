import { useRef, useState, type FormEvent } from 'react';
import { loadPostingKey } from '../../data/posting-key-browser.ts';
import { describePostingFinding, describePostingInvalid } from '../../domain/billing/describe-billing.ts';
import { usd } from '../../domain/billing/money.ts';
import type { PostingScore } from '../../domain/billing/posting-finding.ts';
import { LEDGER_AMOUNTS, type LedgerAmount, type LedgerRowInput, type PostingPublicData, type PostingRubric, type Transfer } from '../../domain/billing/posting-types.ts';
import { scorePosting } from '../../domain/billing/score-posting.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { EraPanel } from './EraPanel.tsx';
import './billing.css';

interface Props {
  exercise: PostingPublicData;
  topics: string[];
  certifications: string[];
}

const LABEL: Record<LedgerAmount, string> = { paid: 'Payment', adjustment: 'Write-off (CO/OA/PI)', deductible: 'Deductible', coinsurance: 'Coinsurance', copay: 'Copay', otherPatient: 'Other patient resp.' };
const TRANSFER_LABEL: Record<Transfer, string> = { none: 'No transfer', secondary: 'To secondary', patient: 'To patient' };
const blankRow = (): LedgerRowInput => ({ paid: '', adjustment: '', deductible: '', coinsurance: '', copay: '', otherPatient: '', transfer: '' });

/** Payment posting: read the ERA, post each line to the ledger, grade against the payer's own numbers. */
export default function PostingExercise({ exercise, topics, certifications }: Props) {
  const lines = exercise.era.claims.flatMap((c) => c.lines.map((l) => ({ ...l, reversal: c.statusCode === '22' })));
  const [rows, setRows] = useState<LedgerRowInput[]>(() => lines.map(blankRow));
  const [result, setResult] = useState<PostingScore | null>(null);
  const [rubric, setRubric] = useState<PostingRubric | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);

  const set = (i: number, field: keyof LedgerRowInput, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [field]: value } : r)));

  async function grade(e: FormEvent) {
    e.preventDefault();
    setStatus('Grading…');
    try {
      const key = rubric ?? (await loadPostingKey(exercise.id));
      setRubric(key);
      const scored = scorePosting({ rows }, key);
      setResult(scored);
      if (scored.type === 'points') {
        setStatus(`Graded: ${scored.earned} of ${scored.total} points.`);
        recordAttemptLater({ exerciseId: exercise.id, kind: 'posting', earned: scored.earned, total: scored.total, topics, certifications });
      } else setStatus(describePostingInvalid(scored.reason));
      resultRef.current?.focus();
    } catch {
      setStatus('The answer key could not be loaded. Check your connection and try again.');
    }
  }

  return (
    <div className="billing-exercise">
      <p>{exercise.scenario}</p>
      <EraPanel era={exercise.era} x835={exercise.x835} heading="Remittance advice (ERA)" headingLevel={2} />
      <form onSubmit={grade} noValidate>
        <fieldset>
          <legend>Post the ERA to the patient ledger</legend>
          <p className="muted">One row per ERA line. Amounts in dollars; a blank cell is 0.00; a reversal is posted with negative amounts (-25.00). Each line must balance: charge = payment + write-off + patient responsibility.</p>
          <div className="era-scroll">
            <table className="ledger">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Charge</th>
                  {LEDGER_AMOUNTS.map((f) => <th scope="col" key={f}>{LABEL[f]}</th>)}
                  <th scope="col">Balance goes</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr key={l.row}>
                    <th scope="row">{l.row} {l.procedure}{l.reversal ? ' (reversal)' : ''}</th>
                    <td>{usd(l.billedCents)}</td>
                    {LEDGER_AMOUNTS.map((f) => (
                      <td key={f}>
                        <label className="visually-hidden" htmlFor={`p-${exercise.id}-${l.row}-${f}`}>{`Row ${l.row} ${LABEL[f]}`}</label>
                        <input id={`p-${exercise.id}-${l.row}-${f}`} inputMode="decimal" size={8} value={rows[i]?.[f] ?? ''} onChange={(e) => set(i, f, e.target.value)} />
                      </td>
                    ))}
                    <td>
                      <label className="visually-hidden" htmlFor={`p-${exercise.id}-${l.row}-transfer`}>{`Row ${l.row} balance goes`}</label>
                      <select id={`p-${exercise.id}-${l.row}-transfer`} value={rows[i]?.transfer ?? ''} onChange={(e) => set(i, 'transfer', e.target.value)}>
                        <option value="">Choose…</option>
                        {(Object.keys(TRANSFER_LABEL) as Transfer[]).map((t) => <option key={t} value={t}>{TRANSFER_LABEL[t]}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
        <button type="submit" className="button">Grade my posting</button>
      </form>
      <div role="status" aria-live="polite" className="billing-status">{status}</div>
      <div ref={resultRef} tabIndex={-1} className="billing-result">
        {result?.type === 'points' && (
          <>
            <h2>Result: {result.earned} of {result.total} points</h2>
            {result.findings.length === 0 ? <p>Every line posted correctly and balanced.</p> : (
              <ul className="findings">{result.findings.map((f, i) => <li key={i}>{describePostingFinding(f)}</li>)}</ul>
            )}
            {rubric && rubric.teachingPoints.length > 0 && (
              <>
                <h3>Teaching points</h3>
                <ul>{rubric.teachingPoints.map((t) => <li key={t}>{t}</li>)}</ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
