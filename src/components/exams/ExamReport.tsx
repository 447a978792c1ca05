import { useEffect, useRef, useState, type ReactNode } from 'react';
import { filterReview, REVIEW_FILTER_LABELS, type ReviewFilter } from '../../domain/exams/review-filter.ts';
import { DOMAIN_LABELS } from '../../domain/exams/exam-domains.ts';
import type { ExamItem } from '../../domain/exams/exam-item-schema.ts';
import type { ExamSession } from '../../domain/exams/exam-session.ts';
import { scoreExam, type ExamScore } from '../../domain/exams/score-exam.ts';
import type { RunnerExam } from './ExamRunner.tsx';
import { minutesText } from './exam-format.ts';

export interface ExamReportProps {
  exam: RunnerExam;
  session: ExamSession;
  /** The full items (questions joined with the answer key). */
  bank: Map<string, ExamItem>;
  notice: string;
  onRestart: () => void;
  history: ReactNode;
}

/** The score report of a finished sitting: result, score by domain, and every question reviewed. */
export default function ExamReport({ exam, session, bank, notice, onRestart, history }: ExamReportProps): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const score = scoreExam(session, bank, exam.passMark);
  return (
    <section className="exam-report" aria-labelledby="exam-report-h">
      <h2 id="exam-report-h" ref={heading} tabIndex={-1}>Score report</h2>
      <div role="status">
        {notice && <p>{notice}</p>}
        <p className={`exam-result ${score.passed ? 'pass' : 'fail'}`}>
          <strong>{score.percent}%</strong> ({score.correct} of {score.total} correct): {score.passed ? 'pass' : 'not yet a pass'} against ClaimLab's practice mark of {exam.passMark}%.
        </p>
      </div>
      <p className="muted">{score.endReason === 'timeout' ? 'Submitted automatically when the time ran out' : 'Submitted by you'} after {minutesText(score.durationMs)}.</p>
      <DomainTable score={score} />
      <button type="button" className="btn" onClick={onRestart}>Start a new attempt</button>
      <Review score={score} bank={bank} session={session} />
      {history}
    </section>
  );
}

function DomainTable({ score }: { score: ExamScore }): ReactNode {
  return (
    <table className="exam-domains">
      <caption>Score by domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Correct</th>
          <th scope="col">Percent</th>
        </tr>
      </thead>
      <tbody>
        {score.domains.map((d) => (
          <tr key={d.domain}>
            <th scope="row">{DOMAIN_LABELS[d.domain]}</th>
            <td>{d.correct} / {d.total}</td>
            <td>
              <span className="exam-bar-track" aria-hidden="true">
                <span className={`exam-bar-fill${d.percent >= score.passMark ? ' pass' : ''}`} style={{ width: `${d.percent}%` }} />
              </span>
              {d.percent}%
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Review({ score, bank, session }: { score: ExamScore; bank: Map<string, ExamItem>; session: ExamSession }): ReactNode {
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const rows = filterReview(score.items, filter);
  const filters: ReviewFilter[] = ['all', 'wrong', 'flagged', 'wrong-or-flagged'];
  return (
    <section aria-labelledby="review-h" className="exam-review">
      <h2 id="review-h">Review the questions</h2>
      <fieldset className="exam-review-filter">
        <legend>Show</legend>
        {filters.map((f) => (
          <label key={f}>
            <input type="radio" name="review-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />{' '}
            {REVIEW_FILTER_LABELS[f]} ({filterReview(score.items, f).length})
          </label>
        ))}
      </fieldset>
      <p role="status" className="muted">{rows.length === score.items.length ? `Showing all ${rows.length} questions.` : `Showing ${rows.length} of ${score.items.length} questions.`}</p>
      <ol>
        {rows.map((row) => {
          const item = bank.get(row.itemId);
          const order = session.items[row.position]?.optionOrder ?? [];
          if (!item) return null;
          return (
            <li key={row.itemId} className={`card exam-review-item ${row.isCorrect ? 'right' : 'wrong'}`}>
              <h3>
                Question {row.position + 1}: {row.isCorrect ? 'correct' : row.chosen === null ? 'not answered' : 'wrong'}
                {row.flagged ? ' (flagged)' : ''}
              </h3>
              <p className="muted">{DOMAIN_LABELS[row.domain]} · time on question {minutesText(row.timeMs)}</p>
              <p className="exam-stem">{item.stem}</p>
              <ul className="exam-review-options">
                {order.map((authored, shown) => {
                  const option = item.options[authored];
                  if (!option) return null;
                  const marks = [authored === row.correctOption ? 'right answer' : '', authored === row.chosen ? 'your answer' : ''].filter(Boolean).join(', ');
                  return (
                    <li key={authored} className={authored === row.correctOption ? 'correct' : authored === row.chosen ? 'chosen' : ''}>
                      {shown + 1}. {option.text}
                      {marks && <strong> ({marks})</strong>}
                    </li>
                  );
                })}
              </ul>
              <p className="exam-explanation"><strong>Explanation:</strong> {item.explanation}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

