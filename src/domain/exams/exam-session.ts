import type { ExamPaper, PaperItem } from './assemble-exam.ts';

/**
 * The exam session state machine. Pure: every transition takes the current session and `now`
 * (milliseconds since the epoch) and returns a new session, so the UI, the persisted copy and the
 * tests all run the same rules. The session is plain JSON so it survives a reload.
 */

/** How a finished session ended. */
export type EndReason = 'submitted' | 'timeout';

/** Rules a session runs under, copied from the exam definition at start. */
export interface SessionRules {
  minutes: number;
  navigation: 'free' | 'forward-only';
}

/** A running or finished exam session. */
export interface ExamSession {
  examId: string;
  seed: number;
  items: PaperItem[];
  rules: SessionRules;
  /** When the learner pressed Start (ms since the epoch). */
  startedAt: number;
  /** Index of the item on screen. */
  current: number;
  /** Since when the current item has been on screen; time per item is measured from it. */
  currentSince: number;
  /** Per paper position: the chosen authored option index, or null when unanswered. */
  answers: (number | null)[];
  flagged: boolean[];
  /** Per paper position: milliseconds spent on the item so far. */
  timeSpentMs: number[];
  status: 'in-progress' | 'finished';
  /** When the session ended, and how; set once finished. */
  endedAt?: number;
  endReason?: EndReason;
}

/** Why an action was refused: data, worded by exam-messages.ts. */
export type RefusalReason = 'forward-only' | 'out-of-range' | 'finished' | 'time-up' | 'bad-choice';

/** Result of a transition: the new session, or the (possibly auto-submitted) session and a reason. */
export type Transition = { ok: true; session: ExamSession } | { ok: false; reason: RefusalReason; session: ExamSession };

const MINUTE = 60_000;

/** When the time runs out (ms since the epoch). */
export function deadline(session: Pick<ExamSession, 'startedAt' | 'rules'>): number {
  return session.startedAt + session.rules.minutes * MINUTE;
}

/** Milliseconds left at `now`, never below zero; zero once finished. */
export function remainingMs(session: ExamSession, now: number): number {
  if (session.status === 'finished') return 0;
  return Math.max(0, deadline(session) - now);
}

/** Start a session on a paper. */
export function startSession(paper: ExamPaper, rules: SessionRules, now: number): ExamSession {
  const n = paper.items.length;
  return {
    examId: paper.examId,
    seed: paper.seed,
    items: paper.items,
    rules: { ...rules },
    startedAt: now,
    current: 0,
    currentSince: now,
    answers: Array.from({ length: n }, () => null),
    flagged: Array.from({ length: n }, () => false),
    timeSpentMs: Array.from({ length: n }, () => 0),
    status: 'in-progress',
  };
}

/** Add the time since `currentSince` (capped at the deadline) to the current item. */
function banked(session: ExamSession, now: number): ExamSession {
  const until = Math.min(now, deadline(session));
  const spent = Math.max(0, until - session.currentSince);
  const timeSpentMs = session.timeSpentMs.map((ms, i) => (i === session.current ? ms + spent : ms));
  return { ...session, timeSpentMs, currentSince: until };
}

function finish(session: ExamSession, now: number, reason: EndReason): ExamSession {
  const end = Math.min(now, deadline(session));
  return { ...banked(session, now), status: 'finished', endedAt: end, endReason: reason };
}

/**
 * Auto-submit when the time is up. Call it on every clock tick; every other transition calls it
 * first, so an answer given after the deadline is refused even if no tick ran in between.
 */
export function tick(session: ExamSession, now: number): ExamSession {
  if (session.status === 'in-progress' && now >= deadline(session)) return finish(session, now, 'timeout');
  return session;
}

/** Guard shared by all learner actions: finished or out of time sessions refuse. */
function guard(session: ExamSession, now: number): Transition | undefined {
  if (session.status === 'finished') return { ok: false, reason: 'finished', session };
  const ticked = tick(session, now);
  if (ticked.status === 'finished') return { ok: false, reason: 'time-up', session: ticked };
  return undefined;
}

/** Choose an option (authored index) for the current item; choosing again changes the answer. */
export function answer(session: ExamSession, optionIndex: number, now: number): Transition {
  const refused = guard(session, now);
  if (refused) return refused;
  const item = session.items[session.current];
  if (!item || !Number.isInteger(optionIndex) || !item.optionOrder.includes(optionIndex)) {
    return { ok: false, reason: 'bad-choice', session };
  }
  const answers = session.answers.map((a, i) => (i === session.current ? optionIndex : a));
  return { ok: true, session: { ...session, answers } };
}

/** Flag or unflag the current item for review. */
export function toggleFlag(session: ExamSession, now: number): Transition {
  const refused = guard(session, now);
  if (refused) return refused;
  const flagged = session.flagged.map((f, i) => (i === session.current ? !f : f));
  return { ok: true, session: { ...session, flagged } };
}

/** Whether the learner may move to item `index` (forward-only exams lock earlier items). */
export function canVisit(session: ExamSession, index: number): boolean {
  if (index < 0 || index >= session.items.length) return false;
  return session.rules.navigation === 'free' || index >= session.current;
}

/** Move to item `index`; refused with 'forward-only' for an earlier item in a forward-only exam. */
export function goTo(session: ExamSession, index: number, now: number): Transition {
  const refused = guard(session, now);
  if (refused) return refused;
  if (!Number.isInteger(index) || index < 0 || index >= session.items.length) return { ok: false, reason: 'out-of-range', session };
  if (!canVisit(session, index)) return { ok: false, reason: 'forward-only', session };
  if (index === session.current) return { ok: true, session };
  return { ok: true, session: { ...banked(session, now), current: index } };
}

/** Submit the exam. */
export function submit(session: ExamSession, now: number): Transition {
  const refused = guard(session, now);
  if (refused) return refused;
  return { ok: true, session: finish(session, now, 'submitted') };
}

/** How many items have no answer yet (shown in the submit confirmation). */
export function unansweredCount(session: ExamSession): number {
  return session.answers.filter((a) => a === null).length;
}

/** Questions still flagged for review. */
export function flaggedCount(session: ExamSession): number {
  return session.flagged.filter(Boolean).length;
}

/** Time thresholds (minutes left) at which the timer is announced to screen readers. */
export const ANNOUNCE_AT_MINUTES = [10, 1] as const;

/**
 * The announcement threshold crossed between two readings of the remaining time, if any
 * (e.g. 10 when it went from 10:00.4 to 9:59.9). The UI speaks it in a polite live region.
 */
export function crossedThreshold(previousMs: number, remaining: number): number | undefined {
  return ANNOUNCE_AT_MINUTES.find((m) => previousMs > m * MINUTE && remaining <= m * MINUTE);
}

/** Remaining time as m:ss or h:mm:ss for display. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (x: number): string => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
