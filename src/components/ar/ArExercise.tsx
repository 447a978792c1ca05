import { useEffect, useRef, useState } from 'react';
import { loadBillingKey } from '../../data/billing-key-browser.ts';
import type { ArExercise as ArExerciseData } from '../../domain/ar/ar-exercise-schema.ts';
import { AR_LESSON, describeArFinding } from '../../domain/ar/describe-ar.ts';
import type { ArRubric, ArScore, ArUserInput } from '../../domain/ar/ar-types.ts';
import { scoreAr } from '../../domain/ar/score-ar.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { LastResult } from '../denials/LastResult.tsx';
import { PointsResult } from '../denials/PointsResult.tsx';
import { ArAnswerForm } from './ArAnswerForm.tsx';
import { ArReport } from './ArReport.tsx';
import '../denials/denials.css';
import './ar.css';

const isRubric = (v: unknown): v is ArRubric => typeof v === 'object' && v !== null && Array.isArray((v as ArRubric).priority);

/** A/R follow-up: age the open claims, rank the work, compute the KPIs, grade. */
export default function ArExercise({ id, ex }: { id: string; ex: ArExerciseData }) {
  const [input, setInput] = useState<ArUserInput>({ buckets: {}, priority: [], daysInAr: '', netCollectionRate: '' });
  const [graded, setGraded] = useState<{ score: Extract<ArScore, { type: 'points' }>; rubric: ArRubric } | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement | null>(null);
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
        setStatus('Fill in at least one figure or rank, then grade.');
        return;
      }
      setGraded({ score, rubric });
      setStatus(`Graded: ${score.earned} of ${score.total} points.`);
      recordAttemptLater({ exerciseId: `ar/${id}`, kind: 'ar', earned: score.earned, total: score.total, topics: ex.topics, certifications: ex.certifications, answer: input });
    } catch {
      setStatus('The answer key could not be loaded. Check the connection and try again.');
    }
  }

  return (
    <form className="dl" onSubmit={grade} noValidate>
      <LastResult exerciseId={`ar/${id}`} kind="ar" />
      <ArReport ex={ex} />
      <p>
        The formulas are in the lesson <a href={AR_LESSON}>Patient balances and A/R</a>. Round days in A/R to one decimal; give the rate as a percentage.
      </p>
      <ArAnswerForm ex={ex} value={input} onChange={setInput} />
      <button type="submit" className="btn">
        Grade
      </button>
      <p role="status" className="dl-status">
        {status}
      </p>
      {graded && (
        <PointsResult id="ar-results" earned={graded.score.earned} total={graded.score.total} lines={graded.score.findings.map((f, i) => ({ key: String(i), ok: f.ok, text: describeArFinding(f, graded.rubric) }))} teachingPoints={graded.rubric.teachingPoints} headingRef={heading} />
      )}
    </form>
  );
}
