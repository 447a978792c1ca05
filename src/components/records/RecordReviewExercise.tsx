import { useEffect, useRef, useState } from 'react';
import { loadRecordReviewKey } from '../../data/billing-key-browser.ts';
import { decodeRecordReviewDraft } from '../../domain/drafts/record-review-draft.ts';
import { describeRecordFinding } from '../../domain/records/describe-record-review.ts';
import type { RecordReviewPublicData, RecordReviewRubric, RecordReviewScore } from '../../domain/records/record-review-types.ts';
import { scoreRecordReview } from '../../domain/records/score-record-review.ts';
import { recordAttemptLater } from '../../stores/record.ts';
import { LastResult } from '../denials/LastResult.tsx';
import { PointsResult } from '../denials/PointsResult.tsx';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { useExerciseDraft } from '../drafts/use-exercise-draft.ts';
import { RecordExhibits } from './RecordExhibits.tsx';
import { RecordReviewForm } from './RecordReviewForm.tsx';
import '../denials/denials.css';
import './records.css';

const isRubric = (v: unknown): v is RecordReviewRubric => typeof v === 'object' && v !== null && Array.isArray((v as RecordReviewRubric).items) && typeof (v as RecordReviewRubric).labels === 'object';

const EMPTY = { choices: {} as Record<string, string> };

/** Record review: read the scenario and exhibits, decide each item, grade against the key. */
export default function RecordReviewExercise({ id, ex }: { id: string; ex: RecordReviewPublicData }) {
  const exerciseId = `records/${id}`;
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [graded, setGraded] = useState<{ score: Extract<RecordReviewScore, { type: 'points' }>; rubric: RecordReviewRubric } | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement | null>(null);
  const itemIds = ex.items.map((i) => i.id);
  // After each grade, focus moves to the result heading (once it is rendered) so screen readers land on it.
  useEffect(() => {
    if (graded) heading.current?.focus();
  }, [graded]);
  const draft = useExerciseDraft({
    exerciseId,
    kind: 'records',
    value: { choices },
    initial: EMPTY,
    decode: (data) => decodeRecordReviewDraft(data, itemIds),
    restore: (v) => {
      setChoices(v.choices);
      setGraded(null);
    },
  });

  async function grade(e: React.FormEvent) {
    e.preventDefault();
    try {
      const rubric = await loadRecordReviewKey(id, isRubric);
      const score = scoreRecordReview(rubric, { choices });
      if (score.type === 'invalid') {
        setStatus('Choose an answer for at least one item, then grade.');
        return;
      }
      setGraded({ score, rubric });
      setStatus(`Graded: ${score.earned} of ${score.total} points.`);
      recordAttemptLater({ exerciseId, kind: 'records', earned: score.earned, total: score.total, topics: ex.topics, certifications: ex.certifications, answer: { choices } });
    } catch {
      setStatus('The answer key could not be loaded. Check the connection and try again.');
    }
  }

  return (
    <form className="dl rr" onSubmit={grade} noValidate>
      <LastResult exerciseId={exerciseId} kind="records" />
      <DraftNote restoredAt={draft.restoredAt} problem={draft.problem} onStartOver={draft.startOver} />
      <RecordExhibits ex={ex} />
      <RecordReviewForm ex={ex} value={choices} onChange={setChoices} />
      <button type="submit" className="btn">
        Grade
      </button>
      <p role="status" className="dl-status">
        {status}
      </p>
      {graded && (
        <PointsResult id="rr-results" earned={graded.score.earned} total={graded.score.total} lines={graded.score.findings.map((f) => ({ key: f.itemId, ok: f.ok, text: describeRecordFinding(f, graded.rubric) }))} teachingPoints={graded.rubric.teachingPoints} headingRef={heading} />
      )}
    </form>
  );
}
