import { attemptV2Schema, emptyProgress, type Attempt, type CardState, type ExamSession, type Progress, type SubmissionRecord } from './progress-schema.ts';

/**
 * Pure operations on progress. Each returns a new value (never mutates) stamped with `now`, so
 * stores stay thin and every rule is testable without a browser.
 */

/** Oldest attempts are dropped past this many, so a long-time learner's save stays well under localStorage limits. */
export const MAX_ATTEMPTS = 2000;

/** Marks a lesson complete; completing it again keeps the first date. */
export function completeLesson(progress: Progress, lessonId: string, now: Date): Progress {
  if (progress.lessons[lessonId]) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { completedAt: now.toISOString() } }, updatedAt: now.toISOString() };
}

/** Marks a lesson not complete (the learner pressed the button again). */
export function uncompleteLesson(progress: Progress, lessonId: string, now: Date): Progress {
  if (!progress.lessons[lessonId]) return progress;
  const { [lessonId]: _removed, ...lessons } = progress.lessons;
  return { ...progress, lessons, updatedAt: now.toISOString() };
}

/** What an island reports after grading; `at` defaults to `now`, tags and misses to none. */
export interface AttemptInput {
  exerciseId: string;
  kind: Attempt['kind'];
  earned: number;
  total: number;
  missed?: Attempt['missed'] | undefined;
  topics?: string[] | undefined;
  certifications?: string[] | undefined;
  at?: string | undefined;
}

/**
 * Appends a graded attempt. Throws on a malformed attempt (a programming error in the caller),
 * so bad data never reaches storage.
 */
export function addAttempt(progress: Progress, input: AttemptInput, now: Date): Progress {
  const attempt = attemptV2Schema.parse({
    exerciseId: input.exerciseId,
    kind: input.kind,
    earned: input.earned,
    total: input.total,
    at: input.at ?? now.toISOString(),
    missed: input.missed ?? [],
    topics: input.topics ?? [],
    certifications: input.certifications ?? [],
  });
  const attempts = [...progress.attempts, attempt].slice(-MAX_ATTEMPTS);
  return { ...progress, attempts, updatedAt: now.toISOString() };
}

/** Keeps the latest score of one quiz question. */
export function recordQuizAnswer(
  progress: Progress,
  answer: { quizId: string; questionId: string; earned: number; total: number },
  now: Date,
): Progress {
  const quiz = { ...(progress.quizAnswers[answer.quizId] ?? {}), [answer.questionId]: { earned: answer.earned, total: answer.total, at: now.toISOString() } };
  return { ...progress, quizAnswers: { ...progress.quizAnswers, [answer.quizId]: quiz }, updatedAt: now.toISOString() };
}

/** Stores the FSRS state of a card after a review. */
export function setCardState(progress: Progress, cardId: string, state: CardState, now: Date): Progress {
  return { ...progress, cards: { ...progress.cards, [cardId]: state }, updatedAt: now.toISOString() };
}

/** Adds or replaces a practice-exam sitting by id. */
export function saveExamSession(progress: Progress, session: ExamSession, now: Date): Progress {
  const exams = progress.exams.filter((e) => e.id !== session.id).concat(session);
  return { ...progress, exams, updatedAt: now.toISOString() };
}

/** Saves the latest teaching submission of a claim exercise (replacing the previous one). */
export function saveSubmission(progress: Progress, exerciseId: string, record: SubmissionRecord, now: Date): Progress {
  return { ...progress, submissions: { ...(progress.submissions ?? {}), [exerciseId]: record }, updatedAt: now.toISOString() };
}

/** Clean progress; what "Reset" leaves behind. */
export function resetProgress(now: Date): Progress {
  return emptyProgress(now);
}

const later = (a: string | undefined, b: string | undefined): boolean => (a ?? '') > (b ?? '');

/**
 * Combines two saves (e.g. this browser and a file from another device) without losing work:
 * lessons keep the earliest completion, attempts are the union (same exercise at the same
 * instant counted once), quiz answers and cards keep the most recently reviewed, exams the union
 * by id preferring a finished sitting, submissions the latest per exercise (the same submission:
 * the later posting of its ERA).
 */
export function mergeProgress(a: Progress, b: Progress, now: Date): Progress {
  const lessons = { ...a.lessons };
  for (const [id, record] of Object.entries(b.lessons)) {
    const mine = lessons[id];
    if (!mine || record.completedAt < mine.completedAt) lessons[id] = record;
  }

  const seen = new Set<string>();
  const attempts = [...a.attempts, ...b.attempts]
    .filter((attempt) => {
      const key = `${attempt.kind}\u0000${attempt.exerciseId}\u0000${attempt.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
    .slice(-MAX_ATTEMPTS);

  const quizAnswers: Progress['quizAnswers'] = {};
  for (const quizId of new Set([...Object.keys(a.quizAnswers), ...Object.keys(b.quizAnswers)])) {
    const merged = { ...(a.quizAnswers[quizId] ?? {}) };
    for (const [questionId, answer] of Object.entries(b.quizAnswers[quizId] ?? {})) {
      const mine = merged[questionId];
      if (!mine || later(answer.at, mine.at)) merged[questionId] = answer;
    }
    quizAnswers[quizId] = merged;
  }

  const cards = { ...a.cards };
  for (const [id, card] of Object.entries(b.cards)) {
    const mine = cards[id];
    if (!mine || later(card.lastReview, mine.lastReview)) cards[id] = card;
  }

  const exams = new Map(a.exams.map((e) => [e.id, e]));
  for (const exam of b.exams) {
    const mine = exams.get(exam.id);
    if (!mine || (!mine.finishedAt && exam.finishedAt)) exams.set(exam.id, exam);
  }

  const submissions = { ...(a.submissions ?? {}) };
  for (const [id, record] of Object.entries(b.submissions ?? {})) {
    const mine = submissions[id];
    // The same submission posted later (its ERA posted to the ledger) also wins.
    if (!mine || later(record.submittedAt, mine.submittedAt) || (record.submittedAt === mine.submittedAt && later(record.posting?.posted?.postedAt, mine.posting?.posted?.postedAt))) submissions[id] = record;
  }

  return { version: 3, lessons, attempts, quizAnswers, cards, exams: [...exams.values()], ...(Object.keys(submissions).length ? { submissions } : {}), updatedAt: now.toISOString() };
}
