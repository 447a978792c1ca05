import { useRef, useState, type FormEvent } from 'react';
import { loadBillingKey } from '../../data/billing-key-browser.ts';
import { describeVarianceFinding, describeVarianceInvalid } from '../../domain/variance/describe-variance.ts';
import { scoreVariance } from '../../domain/variance/score-variance.ts';
import type { VarianceLineInput, VariancePublicData, VarianceRubric, VarianceScore } from '../../domain/variance/variance-types.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { EraPanel } from '../billing/EraPanel.tsx';
import { TeachingPoints } from '../billing/LineCells.tsx';
import { blankVarianceLine, VarianceLinesTable } from './VarianceLinesTable.tsx';
import { VarianceContractPanel } from './VarianceContractPanel.tsx';
import '../billing/billing.css';

interface Props {
  exercise: VariancePublicData;
  topics: string[];
  certifications: string[];
}

const isRubric = (x: unknown): x is VarianceRubric => typeof x === 'object' && x !== null && Array.isArray((x as { lines?: unknown }).lines) && typeof (x as { id?: unknown }).id === 'string';

/**
 * Payment variance review: read the claim, the contract and the ERA; per line type what the
 * contract says should have been allowed and paid, the variance, and the action. The key is
 * fetched at the first grade.
 */
export default function VarianceExercise({ exercise, topics, certifications }: Props) {
  const eraLines = exercise.era.claims.flatMap((c) => c.lines).map((l) => ({ line: l.lineNumber, procedure: l.procedure, paidCents: l.paidCents }));
  const [values, setValues] = useState<VarianceLineInput[]>(() => eraLines.map(blankVarianceLine));
  const [result, setResult] = useState<VarianceScore | null>(null);
  const [rubric, setRubric] = useState<VarianceRubric | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const set = (i: number, field: keyof VarianceLineInput, value: string) => setValues((vs) => vs.map((v, j) => (j === i ? { ...v, [field]: value } : v)));

  async function grade(e: FormEvent) {
    e.preventDefault();
    setStatus('Grading…');
    try {
      const key = rubric ?? (await loadBillingKey('variance', exercise.id, isRubric));
      setRubric(key);
      const scored = scoreVariance({ lines: values }, key);
      setResult(scored);
      if (scored.type === 'points') {
        setStatus(`Graded: ${scored.earned} of ${scored.total} points.`);
        recordAttemptLater({ exerciseId: `variance/${exercise.id}`, kind: 'variance', earned: scored.earned, total: scored.total, topics, certifications, answer: { lines: values } });
        resultRef.current?.focus();
      } else setStatus(describeVarianceInvalid(scored));
    } catch {
      setStatus('The answer key could not be loaded. Check your connection and try again.');
    }
  }

  return (
    <div className="billing-exercise">
      <p>{exercise.scenario}</p>
      <VarianceContractPanel data={exercise} />
      <EraPanel era={exercise.era} x835={exercise.x835} heading="Remittance advice (ERA) as paid" headingLevel={2} />
      <form onSubmit={grade} noValidate>
        <VarianceLinesTable idPrefix={`v-${exercise.id}`} lines={eraLines} values={values} onChange={set} />
        <button type="submit" className="btn">Grade my review</button>
      </form>
      <div role="status" aria-live="polite" className="billing-status">{status}</div>
      <div ref={resultRef} tabIndex={-1} className="billing-result">
        {result?.type === 'points' && rubric && (
          <>
            <h2>Result: {result.earned} of {result.total} points</h2>
            {result.findings.length === 0 ? <p>Every line checked correctly: the expected amounts, the variance and the action.</p> : (
              <ul className="findings">{result.findings.map((f, i) => <li key={i}>{describeVarianceFinding(f, rubric)}</li>)}</ul>
            )}
            <TeachingPoints points={rubric.teachingPoints} />
          </>
        )}
      </div>
    </div>
  );
}
