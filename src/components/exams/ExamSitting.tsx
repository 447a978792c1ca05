import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { WritableAtom } from 'nanostores';
import {
  answer, canVisit, flaggedCount, formatClock, goTo, remainingMs, submit, toggleFlag, unansweredCount,
  type ExamSession, type Transition,
} from '../../domain/exams/exam-session.ts';
import { submitConfirmation } from '../../domain/exams/exam-messages.ts';
import type { PublicExamItem } from '../../domain/exams/item-split.ts';
import type { RunnerExam } from './ExamRunner.tsx';
import { useConfirmStep } from '../site/use-confirm-step.ts';

export interface ExamSittingProps {
  exam: RunnerExam;
  session: ExamSession;
  $session: WritableAtom<ExamSession | undefined>;
  /** The question on screen (no answer in it). */
  item: PublicExamItem;
  /** For exams without a code book: the title of each code in the question. */
  details: { code: string; title: string }[];
  now: number;
  notice: string;
  announcement: string;
  apply: (t: Transition) => void;
}

/** One question on screen with the timer, actions, submit confirmation and question map. */
export default function ExamSitting({ exam, session, $session, item, details, now, notice, announcement, apply }: ExamSittingProps): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  // Submitting cannot be undone, so the confirmation's focus starts on "Keep working".
  const confirm = useConfirmStep(confirming, () => setConfirming(false));
  const paperItem = session.items[session.current];

  // Keyboard: 1-4 choose, N/P next/previous, F flag.
  useEffect(() => {
    if (session.status !== 'in-progress') return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey || confirming) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text' || target.tagName === 'TEXTAREA')) return;
      const s = $session.get();
      if (!s || s.status !== 'in-progress') return;
      const t = Date.now();
      const key = e.key.toLowerCase();
      const paperItem = s.items[s.current];
      if (['1', '2', '3', '4'].includes(key) && paperItem) {
        const authored = paperItem.optionOrder[Number(key) - 1];
        if (authored !== undefined) apply(answer(s, authored, t));
        e.preventDefault();
      } else if (key === 'n' && s.current + 1 < s.items.length) {
        apply(goTo(s, s.current + 1, t));
        e.preventDefault();
      } else if (key === 'p' && s.current > 0) {
        apply(goTo(s, s.current - 1, t));
        e.preventDefault();
      } else if (key === 'f') {
        apply(toggleFlag(s, t));
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [session, confirming, $session, apply]);

  // Move focus to the new question's heading when the question changes.
  const currentIndex = session.status === 'in-progress' ? session.current : -1;
  useEffect(() => {
    if (currentIndex >= 0) questionHeading.current?.focus();
  }, [currentIndex]);

  if (!paperItem) return null;
  const left = remainingMs(session, now);
  const chosen = session.answers[session.current] ?? null;
  const flagged = session.flagged[session.current] ?? false;
  const at = session.current;
  const unanswered = unansweredCount(session);

  return (
    <section className="exam-run" aria-label={`${exam.title} in progress`}>
      <div className="exam-bar">
        <p className="exam-timer">
          Time left: <span className="exam-clock">{formatClock(left)}</span>
        </p>
        <p aria-live="polite" className="visually-hidden">{announcement}</p>
        <p>Question {at + 1} of {session.items.length} · {session.items.length - unanswered} answered</p>
      </div>
      <div role="status" className="exam-notice">{notice}</div>
      <form className="exam-question" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>
            <h2 ref={questionHeading} tabIndex={-1}>Question {at + 1}</h2>
          </legend>
          <p className="exam-stem">{item.stem}</p>
          {details.length > 0 && (
            <div className="exam-code-details">
              <h3>Code details</h3>
              <dl>
                {details.map((d) => (
                  <div key={d.code}>
                    <dt>{d.code}</dt>
                    <dd>{d.title}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
          <div className="exam-options">
            {paperItem.optionOrder.map((authored, shown) => {
              const option = item.options[authored];
              if (!option) return null;
              const id = `opt-${at}-${shown}`;
              return (
                <div key={id} className="exam-option">
                  <input
                    type="radio"
                    id={id}
                    name={`q-${at}`}
                    checked={chosen === authored}
                    onChange={() => apply(answer(session, authored, Date.now()))}
                  />
                  <label htmlFor={id}>
                    <span className="exam-letter" aria-hidden="true">{shown + 1}.</span> {option.text}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="exam-actions">
          {exam.navigation === 'free' && (
            <button type="button" className="btn secondary" disabled={at === 0} onClick={() => apply(goTo(session, at - 1, Date.now()))}>
              Previous
            </button>
          )}
          <button type="button" className="btn secondary" aria-pressed={flagged} onClick={() => apply(toggleFlag(session, Date.now()))}>
            {flagged ? 'Flagged for review' : 'Flag for review'}
          </button>
          <button type="button" className="btn secondary" disabled={at + 1 >= session.items.length} onClick={() => apply(goTo(session, at + 1, Date.now()))}>
            Next
          </button>
          <button type="button" className="btn" ref={confirm.opener} onClick={() => setConfirming(true)}>
            Submit exam
          </button>
        </div>
      </form>
      {confirming && (
        <div className="exam-confirm card" role="alertdialog" aria-labelledby="confirm-text" ref={confirm.panel}>
          <p id="confirm-text">{submitConfirmation(unanswered, flaggedCount(session))}</p>
          <button type="button" className="btn" onClick={() => apply(submit(session, Date.now()))}>
            Submit now
          </button>
          <button type="button" className="btn secondary" ref={confirm.choice} onClick={() => setConfirming(false)}>
            Keep working
          </button>
        </div>
      )}
      <nav className="exam-nav" aria-label="Questions">
        <h2 className="visually-hidden">All questions</h2>
        <p className="muted exam-legend">Filled: answered. ⚑: flagged. Outlined: this question.</p>
        <ol>
          {session.items.map((p, i) => {
            const answered = session.answers[i] !== null;
            const isFlagged = session.flagged[i] ?? false;
            const state = [answered ? 'answered' : 'not answered', isFlagged ? 'flagged' : '', i < at && !canVisit(session, i) ? 'locked' : ''].filter(Boolean).join(', ');
            return (
              <li key={p.itemId}>
                <button
                  type="button"
                  className={`exam-nav-item${answered ? ' answered' : ''}${isFlagged ? ' flagged' : ''}`}
                  aria-current={i === at ? 'step' : undefined}
                  aria-label={`Question ${i + 1}, ${state}`}
                  disabled={!canVisit(session, i)}
                  onClick={() => apply(goTo(session, i, Date.now()))}
                >
                  {i + 1}
                  {isFlagged && <span aria-hidden="true">⚑</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </section>
  );
}
