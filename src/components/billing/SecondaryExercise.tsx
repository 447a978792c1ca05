import { useRef, useState, type FormEvent } from 'react';
import { loadSecondaryKey } from '../../data/posting-key-browser.ts';
import { describeSecondaryFinding, describeSecondaryInvalid } from '../../domain/billing/describe-billing.ts';
import { scoreSecondary } from '../../domain/billing/score-secondary.ts';
import type { SecondaryMoneyField, SecondaryPublicData, SecondaryRubric, SecondaryScore, SecondaryUserInput } from '../../domain/billing/secondary-types.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { EraPanel } from './EraPanel.tsx';
import { TeachingPoints } from './LineCells.tsx';
import './billing.css';

interface Props {
  exercise: SecondaryPublicData;
  topics: string[];
  certifications: string[];
}

const COB: { field: SecondaryMoneyField; label: string }[] = [
  { field: 'secondaryPaid', label: 'What the secondary pays' },
  { field: 'otherPayerAdjustment', label: 'OA-23 amount on the secondary\'s ERA' },
  { field: 'patientOwes', label: 'What the patient owes after both payers' },
];
const STATEMENT: { field: SecondaryMoneyField; label: string }[] = [
  { field: 'statementCharges', label: 'Total charges' },
  { field: 'statementPrimaryPaid', label: 'Paid by the primary payer' },
  { field: 'statementAdjustments', label: 'Adjustments (write-offs)' },
];

const EMPTY: SecondaryUserInput = { route: '', secondaryPaid: '', otherPayerAdjustment: '', patientOwes: '', statementCharges: '', statementPrimaryPaid: '', statementAdjustments: '' };

/** Secondary and patient billing: from the primary's ERA to the secondary and the patient statement. */
export default function SecondaryExercise({ exercise, topics, certifications }: Props) {
  const [answer, setAnswer] = useState<SecondaryUserInput>(EMPTY);
  const [result, setResult] = useState<SecondaryScore | null>(null);
  const [rubric, setRubric] = useState<SecondaryRubric | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const set = (field: keyof SecondaryUserInput, value: string) => setAnswer((a) => ({ ...a, [field]: value }));
  const id = exercise.id;

  async function grade(e: FormEvent) {
    e.preventDefault();
    setStatus('Grading…');
    try {
      const key = rubric ?? (await loadSecondaryKey(id));
      setRubric(key);
      const scored = scoreSecondary(answer, key);
      setResult(scored);
      if (scored.type === 'points') {
        setStatus(`Graded: ${scored.earned} of ${scored.total} points.`);
        recordAttemptLater({ exerciseId: id, kind: 'secondary', earned: scored.earned, total: scored.total, topics, certifications, answer });
        // Only a result has something to show; an incomplete answer keeps focus on the button while its status is announced.
        resultRef.current?.focus();
      } else setStatus(describeSecondaryInvalid(scored.reason));
    } catch {
      setStatus('The answer key could not be loaded. Check your connection and try again.');
    }
  }

  const money = (f: { field: SecondaryMoneyField; label: string }) => (
    <div key={f.field}>
      <label htmlFor={`s-${id}-${f.field}`}>{f.label}</label>
      <input id={`s-${id}-${f.field}`} inputMode="decimal" value={answer[f.field]} onChange={(e) => set(f.field, e.target.value)} />
    </div>
  );

  return (
    <div className="billing-exercise">
      <p>{exercise.scenario}</p>
      <EraPanel era={exercise.primaryEra} x835={exercise.x835} heading="Primary payer's remittance advice" headingLevel={2} />
      <form onSubmit={grade} noValidate className="secondary-fields">
        <fieldset>
          <legend>How does {exercise.secondaryPlan} get the claim?</legend>
          <label><input type="radio" name={`route-${id}`} value="crossover" checked={answer.route === 'crossover'} onChange={() => set('route', 'crossover')} /> The primary crossed it over: wait for the secondary&apos;s ERA</label>
          <label><input type="radio" name={`route-${id}`} value="send-claim" checked={answer.route === 'send-claim'} onChange={() => set('route', 'send-claim')} /> Send the secondary a claim with the primary&apos;s payment</label>
        </fieldset>
        <fieldset>
          <legend>Coordination of benefits (dollars)</legend>
          {COB.map(money)}
        </fieldset>
        <fieldset>
          <legend>Patient statement (dollars; the secondary payment and patient due come from above)</legend>
          {STATEMENT.map(money)}
        </fieldset>
        <button type="submit" className="btn">Grade my answer</button>
      </form>
      <div role="status" aria-live="polite" className="billing-status">{status}</div>
      <div ref={resultRef} tabIndex={-1} className="billing-result">
        {result?.type === 'points' && rubric && (
          <>
            <h2>Result: {result.earned} of {result.total} points</h2>
            {result.findings.length === 0 ? <p>Every amount right, and the statement balances.</p> : (
              <ul className="findings">{result.findings.map((f, i) => <li key={i}>{describeSecondaryFinding(f, rubric)}</li>)}</ul>
            )}
            <TeachingPoints points={rubric.teachingPoints} />
            <EraPanel era={rubric.secondaryEra} heading="The secondary payer's remittance advice" headingLevel={3} />
          </>
        )}
      </div>
    </div>
  );
}
