import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from '@nanostores/react';
import type { WritableAtom } from 'nanostores';
import { assembleExam } from '../../domain/exams/assemble-exam.ts';
import type { ExamDefinition, ExamItem } from '../../domain/exams/exam-item-schema.ts';
import {
  crossedThreshold, remainingMs, startSession, tick,
  type ExamSession, type Transition,
} from '../../domain/exams/exam-session.ts';
import { refusalMessage, timeLeftMessage } from '../../domain/exams/exam-messages.ts';
import { scoreExam } from '../../domain/exams/score-exam.ts';
import { recordExamSessionLater, useSavedSittings } from './exam-progress.ts';
import { $noSession, hasSavedSession, sessionStore } from './exam-store.ts';
import { KEY_FAILED, LOAD_FAILED, loadKey, loadQuestions } from './exam-data.ts';
import { joinKeys, type ExamItemsFile } from '../../domain/exams/item-split.ts';
import { AttemptHistory } from './AttemptHistory.tsx';
import './exams.css';

// The question screen loads when a sitting starts or resumes; the start screen does not need it.
const ExamSitting = lazy(() => import('./ExamSitting.tsx'));
// The score report and review load when a sitting is finished.
const ExamReport = lazy(() => import('./ExamReport.tsx'));

/** The exam as the island needs it (format notes stay on the page). */
export type RunnerExam = Pick<ExamDefinition, 'id' | 'certification' | 'title' | 'minutes' | 'questionCount' | 'navigation' | 'codeBook' | 'passMark' | 'blueprint'>;

export interface ExamRunnerProps {
  exam: RunnerExam;
  /** The exam's questions file (no answers), fetched at start or when a sitting resumes. */
  itemsUrl: string;
  /** The exam's answer-key file, fetched at submission or to show a finished sitting's report. */
  keyUrl: string;
}


/** Runs one practice exam: start screen, one question per screen, timer, review and report. */
export default function ExamRunner({ exam, itemsUrl, keyUrl }: ExamRunnerProps): ReactNode {
  // The saved-session store (and the schema that checks it) loads when there is a session to
  // resume or one starts, so the start screen's first view stays light.
  const [$session, setSessionStore] = useState<WritableAtom<ExamSession | undefined> | undefined>(undefined);
  const session = useStore($session ?? $noSession);
  const sittings = useSavedSittings();
  const [hydrated, setHydrated] = useState(false);
  const [now, setNow] = useState(0);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [questions, setQuestions] = useState<ExamItemsFile | undefined>(undefined);
  const [bank, setBank] = useState<Map<string, ExamItem> | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const shown = useMemo(() => new Map((questions?.items ?? []).map((i) => [i.id, i])), [questions]);
  const codeDetails = questions?.codeDetails ?? {};
  const lastRemaining = useRef<number | undefined>(undefined);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setNow(Date.now());
    if (!hasSavedSession(exam.id)) {
      setHydrated(true);
      return;
    }
    sessionStore(exam.id).then(
      (store) => {
        setSessionStore(store);
        setHydrated(true);
      },
      () => setHydrated(true),
    );
  }, [exam.id]);

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
      void recordExamSessionLater({
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
    if (!bank || !session || session.status !== 'finished' || !sittings) return;
    if (!sittings.some((e) => e.id === `${session.examId}-${session.startedAt}`)) void finishSitting(session);
  }, [bank, session, sittings, finishSitting]);

  const apply = useCallback(
    (t: Transition) => {
      $session?.set(t.session);
      setNotice(t.ok ? '' : refusalMessage(t.reason));
      if (t.session.status === 'finished' && session?.status !== 'finished') {
        void finishSitting(t.session);
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
      const current = $session?.get();
      if (!current || current.status !== 'in-progress') return;
      const left = remainingMs(current, t);
      const crossed = lastRemaining.current === undefined ? undefined : crossedThreshold(lastRemaining.current, left);
      if (crossed !== undefined) setAnnouncement(timeLeftMessage(crossed));
      lastRemaining.current = left;
      const ticked = tick(current, t);
      if (ticked.status === 'finished') {
        $session?.set(ticked);
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
    let store = $session;
    if (!store) {
      try {
        store = await sessionStore(exam.id);
        setSessionStore(store);
      } catch {
        setNotice(LOAD_FAILED);
        return;
      }
    }
    const seed = Math.floor(Math.random() * 2 ** 31);
    const t = Date.now();
    const paper = assembleExam(exam, file.items, seed);
    lastRemaining.current = exam.minutes * 60_000;
    store.set(startSession(paper, { minutes: exam.minutes, navigation: exam.navigation }, t));
    setNow(t);
    setNotice('');
    setAnnouncement('');
  };

  const restart = (): void => {
    $session?.set(undefined);
    setNotice('');
  };

  useEffect(() => {
    if (session?.status === 'finished') reportHeading.current?.focus();
  }, [session?.status]);

  if (!hydrated) return <p className="muted">Loading the exam…</p>;

  const history = (sittings ?? []).filter((e) => e.examId === exam.id && e.finishedAt !== undefined);
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

  const scoring = (
    <section className="exam-report" aria-labelledby="exam-report-h">
      <h2 id="exam-report-h" ref={reportHeading} tabIndex={-1}>Score report</h2>
      <div role="status">{loadError ? <p>{loadError}</p> : <p>Scoring your answers…</p>}</div>
      {loadError && <button type="button" className="btn" onClick={() => void loadBank()}>Try again</button>}
    </section>
  );
  if (session.status === 'finished' && !bank) return scoring;

  if (session.status === 'finished' && bank) {
    return (
      <Suspense fallback={scoring}>
        <ExamReport exam={exam} session={session} bank={bank} notice={notice} onRestart={restart} history={historyBlock} />
      </Suspense>
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
  if (!$session) return null;
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
  return (
    <Suspense fallback={<p className="muted">Loading the question…</p>}>
      <ExamSitting
        exam={exam}
        session={session}
        $session={$session}
        item={item}
        details={codeDetails[item.id] ?? []}
        now={now}
        notice={notice}
        announcement={announcement}
        apply={apply}
      />
    </Suspense>
  );
}
