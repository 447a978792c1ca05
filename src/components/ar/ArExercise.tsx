import { useEffect, useRef, useState } from 'react';
import { loadBillingKey } from '../../data/billing-key-browser.ts';
import type { ArExercise as ArExerciseData } from '../../domain/ar/ar-exercise-schema.ts';
import { AR_LESSON, describeArFinding } from '../../domain/ar/describe-ar.ts';
import { COLLECTIONS_LESSON } from '../../domain/ar/describe-collections.ts';
import type { ArRubric, ArScore, ArUserInput, CollectionLineInput } from '../../domain/ar/ar-types.ts';
import { scoreAr } from '../../domain/ar/score-ar.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { LastResult } from '../denials/LastResult.tsx';
import { PointsResult } from '../denials/PointsResult.tsx';
import { ArAnswerForm } from './ArAnswerForm.tsx';
import { ArReport } from './ArReport.tsx';
import { CollectionAccountPanel } from './CollectionAccountPanel.tsx';
import { CollectionPolicyPanel } from './CollectionPolicyPanel.tsx';
import '../denials/denials.css';
import './ar.css';

const isRubric = (v: unknown): v is ArRubric => typeof v === 'object' && v !== null && Array.isArray((v as ArRubric).priority);
const blankLine: CollectionLineInput = { action: '', amount: '' };

/** A/R follow-up: age the open claims, rank the work, compute the KPIs, work the patient accounts, grade. */
export default function ArExercise({ id, ex }: { id: string; ex: ArExerciseData }) {
  const [input, setInput] = useState<ArUserInput>({ buckets: {}, priority: [], daysInAr: '', netCollectionRate: '', collections: {} });
  const [graded, setGraded] = useState<{ score: Extract<ArScore, { type: 'points' }>; rubric: ArRubric } | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement | null>(null);
  const hasReport = ex.period !== undefined && ex.claims.length > 0;
  const accounts = ex.collections?.accounts ?? [];
  // After each grade, focus moves to the result heading once React has rendered it (a
  // requestAnimationFrame could run before that render and leave focus on the button).
  useEffect(() => {
    if (graded) heading.current?.focus();
  }, [graded]);

  async function grade(e: React.FormEvent) {
    e.preventDefault();
    try {
      const rubric = await loadBillingKey('ar', id, isRubric);
      const score = scoreAr(rubric, input);
      if (score.type === 'invalid') {
        setStatus(hasReport ? 'Fill in at least one figure or rank, then grade.' : 'Choose a next step for at least one account, then grade.');
        return;
      }
      setGraded({ score, rubric });
      setStatus(`Graded: ${score.earned} of ${score.total} points.`);
      recordAttemptLater({ exerciseId: `ar/${id}`, kind: 'ar', earned: score.earned, total: score.total, topics: ex.topics, certifications: ex.certifications, answer: input });
    } catch {
      setStatus('The answer key could not be loaded. Check the connection and try again.');
    }
  }

  // Collection results are labelled with the account's place on the worklist, never its authoring id.
  const labelOf = (rubric: ArRubric, target: string): string | undefined => rubric.collections?.accounts.find((a) => a.id === target)?.label;

  return (
    <form className="dl" onSubmit={grade} noValidate>
      <LastResult exerciseId={`ar/${id}`} kind="ar" />
      {hasReport && (
        <>
          <ArReport ex={ex} />
          <p>
            The formulas are in the lesson <a href={AR_LESSON}>Patient balances and A/R</a>. Round days in A/R to one decimal; give the rate as a percentage.
          </p>
          <ArAnswerForm ex={ex} value={input} onChange={setInput} />
        </>
      )}
      {ex.collections && (
        <>
          <CollectionPolicyPanel policy={ex.collections.policy} />
          <p>
            Work each account as of {ex.asOf} under this written policy: choose the next step and, when the step has one, type its amount. Where each rule comes from is in the lesson <a href={COLLECTIONS_LESSON}>Patient collections</a>.
          </p>
          {accounts.map((a, i) => (
            <CollectionAccountPanel key={a.id} account={a} index={i} value={input.collections?.[a.id] ?? blankLine} onChange={(v) => setInput({ ...input, collections: { ...input.collections, [a.id]: v } })} />
          ))}
        </>
      )}
      <button type="submit" className="btn">
        Grade
      </button>
      <p role="status" className="dl-status">
        {status}
      </p>
      {graded && (
        <PointsResult
          id="ar-results"
          earned={graded.score.earned}
          total={graded.score.total}
          lines={graded.score.findings.map((f, i) => {
            const label = f.code === 'collection-action' || f.code === 'collection-amount' ? labelOf(graded.rubric, f.target) : undefined;
            return { key: String(i), ok: f.ok, text: describeArFinding(f, graded.rubric), ...(label !== undefined ? { label } : {}) };
          })}
          teachingPoints={graded.rubric.teachingPoints}
          headingRef={heading}
        />
      )}
    </form>
  );
}
