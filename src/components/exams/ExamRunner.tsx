import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from '@nanostores/react';
import { assembleExam } from '../../domain/exams/assemble-exam.ts';
import { DOMAIN_LABELS, type ExamDefinition, type ExamItem } from '../../domain/exams/exam-item-schema.ts';
import {
  answer, canVisit, crossedThreshold, formatClock, goTo, remainingMs, startSession, submit, tick, toggleFlag, unansweredCount,
  type ExamSession, type Transition,
} from '../../domain/exams/exam-session.ts';
import { refusalMessage, submitConfirmation, timeLeftMessage } from '../../domain/exams/exam-messages.ts';
import { scoreExam, type ExamScore } from '../../domain/exams/score-exam.ts';
import { recordExamSession } from '../../stores/progress.ts';
import { useProgress } from '../progress/use-progress.ts';
import { sessionStore } from './exam-store.ts';
import { KEY_FAILED, LOAD_FAILED, loadKey, loadQuestions } from './exam-data.ts';
import { joinKeys, type ExamItemsFile } from '../../domain/exams/item-split.ts';
import './exams.css';

/** The exam as the island needs it (format notes stay on the page). */
export type RunnerExam = Pick<ExamDefinition, 'id' | 'certification' | 'title' | 'minutes' | 'questionCount' | 'navigation' | 'codeBook' | 'passMark' | 'blueprint'>;

export interface ExamRunnerProps {
  exam: RunnerExam;
  /** The exam's questions file (no answers), fetched at start or when a sitting resumes. */
  itemsUrl: string;
  /** The exam's answer-key file, fetched at submission or to show a finished sitting's report. */
  keyUrl: string;
}

const minutesText = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};

/** Runs one practice exam: start screen, one question per screen, timer, review and report. */
export default function ExamRunner({ exam, itemsUrl, keyUrl }: ExamRunnerProps): ReactNode {
  const $session = useMemo(() => sessionStore(exam.id), [exam.id]);
  const session = useStore($session);
  const progress = useProgress();
  const [hydrated, setHydrated] = useState(false);
  const [now, setNow] = useState(0);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [questions, setQuestions] = useState<ExamItemsFile | undefined>(undefined);
  const [bank, setBank] = useState<Map<string, ExamItem> | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const shown = useMemo(() => new Map((questions?.items ?? []).map((i) => [i.id, i])), [questions]);
  const codeDetails = questions?.codeDetails ?? {};
  const lastRemaining = useRef<number | undefined>(undefined);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setHydrated(true);
    setNow(Date.now());
  }, []);

  /** Questions first, then the key: both files are needed to score and review. */
  const loadBank = useCallback(async (): Promise<Map<string, ExamItem> | undefined> => {
    try {
      const [q, k] = await Promise.all([loadQuestions(itemsUrl), loadKey(keyUrl)]);
      const full = new Map(joinKeys(q.items, k.keys).map((i) => [i.id, i]));
      setQuestions(q);
      setBank(full);
      setLoadError('');
      return full;
    } catch {
      setLoadError(KEY_FAILED);
      return undefined;
    }
  }, [itemsUrl, keyUrl]);

  /** Score a finished sitting (fetching the key) and save it to progress once. */
  const finishSitting = useCallback(
    async (done: ExamSession) => {
      const full = bank ?? (await loadBank());
      if (!full) return;
      const score = scoreExam(done, full, exam.passMark);
      recordExamSession({
        id: `${done.examId}-${done.startedAt}`,
        examId: done.examId,
        startedAt: new Date(done.startedAt).toISOString(),
        finishedAt: new Date(done.endedAt ?? done.startedAt).toISOString(),
        answers: Object.fromEntries(done.items.map((p, i) => [p.itemId, done.answers[i] ?? null])),
        earned: score.correct,
        total: score.total,
      });
    },
    [bank, loadBank, exam.passMark],
  );

  // A sitting in progress needs its questions; a finished one (after a reload) its key too.
  const status = session?.status;
  useEffect(() => {
    if (!hydrated || !status) return;
    if (status === 'finished') {
      if (!bank) void loadBank();
      return;
    }
    if (!questions) {
      loadQuestions(itemsUrl).then(
        (q) => {
          setQuestions(q);
          setLoadError('');
        },
        () => setLoadError(LOAD_FAILED),
      );
    }
  }, [hydrated, status, bank, questions, itemsUrl, loadBank]);

  // A sitting that finished while the key could not load is recorded once the key arrives.
  useEffect(() => {
    if (!bank || !session || session.status !== 'finished' || !progress) return;
    if (!progress.exams.some((e) => e.id === `${session.examId}-${session.startedAt}`)) void finishSitting(session);
  }, [bank, session, progress, finishSitting]);

  const apply = useCallback(
    (t: Transition) => {
      $session.set(t.session);
      setNotice(t.ok ? '' : refusalMessage(t.reason));
      if (t.session.status === 'finished' && session?.status !== 'finished') {
        void finishSitting(t.session);
        setConfirming(false);
      }
    },
    [$session, finishSitting, session?.status],
  );

  // The clock: once a second, announce thresholds and auto-submit at zero.
  useEffect(() => {
    if (!session || session.status !== 'in-progress') return undefined;
    const id = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      const current = $session.get();
      if (!current || current.status !== 'in-progress') return;
      const left = remainingMs(current, t);
      const crossed = lastRemaining.current === undefined ? undefined : crossedThreshold(lastRemaining.current, left);
      if (crossed !== undefined) setAnnouncement(timeLeftMessage(crossed));
      lastRemaining.current = left;
      const ticked = tick(current, t);
      if (ticked.status === 'finished') {
        $session.set(ticked);
        void finishSitting(ticked);
        setNotice(refusalMessage('time-up'));
      }
    }, 1000);
    return () => window.clearInterval(id);
  }, [session?.status, $session, finishSitting, session]);

  const begin = async (): Promise<void> => {
    let file = questions;
    if (!file) {
      setNotice('Loading the questions…');
      try {
        file = await loadQuestions(itemsUrl);
        setQuestions(file);
      } catch {
        setNotice(LOAD_FAILED);
        return;
      }
    }
    const seed = Math.floor(Math.random() * 2 ** 31);
    const t = Date.now();
    const paper = assembleExam(exam, file.items, seed);
    lastRemaining.current = exam.minutes * 60_000;
    $session.set(startSession(paper, { minutes: exam.minutes, navigation: exam.navigation }, t));
    setNow(t);
    setNotice('');
    setAnnouncement('');
  };

  const restart = (): void => {
    $session.set(undefined);
    setNotice('');
  };

  // Keyboard: 1-4 choose, N/P next/previous, F flag.
  useEffect(() => {
    if (!session || session.status !== 'in-progress') return undefined;
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
  const currentIndex = session?.status === 'in-progress' ? session.current : -1;
  useEffect(() => {
    if (currentIndex >= 0) questionHeading.current?.focus();
  }, [currentIndex]);
  useEffect(() => {
    if (session?.status === 'finished') reportHeading.current?.focus();
  }, [session?.status]);
  // The confirmation takes focus so keyboard users land on its choice.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!hydrated) return <p className="muted">Loading the exam…</p>;

  const history = (progress?.exams ?? []).filter((e) => e.examId === exam.id && e.finishedAt !== undefined);
  const historyBlock = <AttemptHistory attempts={history} passMark={exam.passMark} />;

  if (!session) {
    return (
      <section className="exam-start card" aria-labelledby="exam-rules">
        <h2 id="exam-rules">Rules of this practice exam</h2>
        <ul>
          <li>{exam.questionCount} single-choice questions, one per screen, {exam.minutes} minutes. The timer starts when you press Start and keeps running if you leave or reload the page.</li>
          <li>
            {exam.navigation === 'forward-only'
              ? 'Forward-only: once you move on, earlier questions are locked. You can still change the answer on the screen in front of you.'
              : 'Free navigation: go back to any question, and flag questions to review before you submit.'}
          </li>
          <li>{exam.codeBook === 'open' ? 'Open code book: keep your ICD-10-CM, CPT and HCPCS Level II books beside you.' : 'No code book: the title of every code in a question is shown under it.'}</li>
          <li>At zero the exam is submitted automatically. Unanswered questions count as wrong. ClaimLab's practice pass mark is {exam.passMark}%.</li>
          <li>Keyboard: 1-4 choose an option{exam.navigation === 'free' ? ', N and P next and previous' : ', N next'}, F flag for review.</li>
        </ul>
        <div role="status">{notice}</div>
        <button type="button" className="btn" onClick={() => void begin()}>Start the exam</button>
        {historyBlock}
      </section>
    );
  }

  if (session.status === 'finished' && !bank) {
    return (
      <section className="exam-report" aria-labelledby="exam-report-h">
        <h2 id="exam-report-h" ref={reportHeading} tabIndex={-1}>Score report</h2>
        <div role="status">{loadError ? <p>{loadError}</p> : <p>Scoring your answers…</p>}</div>
        {loadError && <button type="button" className="btn" onClick={() => void loadBank()}>Try again</button>}
      </section>
    );
  }

  if (session.status === 'finished' && bank) {
    const score = scoreExam(session, bank, exam.passMark);
    return (
      <section className="exam-report" aria-labelledby="exam-report-h">
        <h2 id="exam-report-h" ref={reportHeading} tabIndex={-1}>Score report</h2>
        <div role="status">
          {notice && <p>{notice}</p>}
          <p className={`exam-result ${score.passed ? 'pass' : 'fail'}`}>
            <strong>{score.percent}%</strong> ({score.correct} of {score.total} correct): {score.passed ? 'pass' : 'not yet a pass'} against ClaimLab's practice mark of {exam.passMark}%.
          </p>
        </div>
        <p className="muted">{score.endReason === 'timeout' ? 'Submitted automatically when the time ran out' : 'Submitted by you'} after {minutesText(score.durationMs)}.</p>
        <DomainTable score={score} />
        <button type="button" className="btn" onClick={restart}>Start a new attempt</button>
        <Review score={score} bank={bank} session={session} />
        {historyBlock}
      </section>
    );
  }

  if (session.status === 'finished') return null;
  if (!questions) {
    return (
      <div role="status">
        {loadError ? <p>{loadError}</p> : <p className="muted">Loading the questions…</p>}
      </div>
    );
  }
  const paperItem = session.items[session.current];
  const item = paperItem ? shown.get(paperItem.itemId) : undefined;
  if (!paperItem || !item) {
    return (
      <div role="alert">
        <p>This saved exam no longer matches the question bank (the questions were updated).</p>
        <button type="button" className="btn" onClick={restart}>Start again</button>
      </div>
    );
  }
  const left = remainingMs(session, now);
  const chosen = session.answers[session.current] ?? null;
  const flagged = session.flagged[session.current] ?? false;
  const at = session.current;
  const unanswered = unansweredCount(session);
  const details = codeDetails[item.id] ?? [];

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
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            Submit exam
          </button>
        </div>
      </form>
      {confirming && (
        <div className="exam-confirm card" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{submitConfirmation(unanswered)}</p>
          <button type="button" className="btn" ref={confirmButton} onClick={() => apply(submit(session, Date.now()))}>
            Submit now
          </button>
          <button type="button" className="btn secondary" onClick={() => setConfirming(false)}>
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
  return (
    <section aria-labelledby="review-h" className="exam-review">
      <h2 id="review-h">Review every question</h2>
      <ol>
        {score.items.map((row) => {
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

/** Earlier sittings of this exam from the progress store. */
export function AttemptHistory({ attempts, passMark }: { attempts: { id: string; startedAt: string; earned?: number | undefined; total?: number | undefined }[]; passMark: number }): ReactNode {
  if (attempts.length === 0) return <p className="muted">No finished attempts yet.</p>;
  return (
    <section aria-labelledby="history-h" className="exam-history">
      <h2 id="history-h">Your attempts</h2>
      <ul>
        {[...attempts].reverse().map((a) => {
          const pct = a.total ? Math.floor(((a.earned ?? 0) * 100) / a.total) : 0;
          return (
            <li key={a.id}>
              {new Date(a.startedAt).toLocaleString()}: {a.earned ?? 0} of {a.total ?? 0} ({pct}%) {pct >= passMark ? 'pass' : 'below the practice mark'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
