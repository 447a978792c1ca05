/**
 * The rule for "Mark lesson complete": a lesson with a quiz counts as complete only once its
 * quiz is passed at LESSON_PASS_PERCENT or more of its points (latest answer per question,
 * unanswered questions count 0). A lesson without a quiz can be marked complete after reading.
 * The rule is shown beside the button, so the learner knows what is asked.
 */

/** Share of a lesson's quiz points needed to mark the lesson complete. */
export const LESSON_PASS_PERCENT = 70;

/** A quiz in a lesson: its id and the points each question is worth. */
export interface LessonQuizSpec {
  id: string;
  questions: { id: string; total: number }[];
}

/** The latest score per quiz question, as the progress store keeps it. */
export type QuizAnswers = Readonly<Record<string, Readonly<Record<string, { earned: number; total: number }>>>>;

/** Whether the lesson may be marked complete, with the figures behind it. */
export type CompletionGate =
  | { status: 'no-quiz' }
  | { status: 'passed' | 'not-yet'; earned: number; total: number; percent: number; needed: number };

/** The quiz ids a lesson's MDX body embeds with <Quiz id="..." />, in order. */
export function quizIdsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Quiz\s+id=["']([a-z0-9-]+)["']/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** Applies the rule to the learner's saved quiz answers. */
export function lessonCompletionGate(quizzes: readonly LessonQuizSpec[], answers: QuizAnswers): CompletionGate {
  const total = quizzes.reduce((n, q) => n + q.questions.reduce((m, x) => m + x.total, 0), 0);
  if (total === 0) return { status: 'no-quiz' };
  let earned = 0;
  for (const q of quizzes) {
    for (const x of q.questions) earned += Math.min(x.total, Math.max(0, answers[q.id]?.[x.id]?.earned ?? 0));
  }
  const needed = Math.ceil((LESSON_PASS_PERCENT * total) / 100);
  const percent = Math.floor((earned * 100) / total);
  return { status: earned >= needed ? 'passed' : 'not-yet', earned, total, percent, needed };
}

const pts = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)} point${n === 1 ? '' : 's'}`;

/** The rule and where the learner stands, in one sentence. */
export function describeCompletionGate(gate: CompletionGate): string {
  if (gate.status === 'no-quiz') return 'This lesson has no quiz: mark it complete when you have read it.';
  const where = `you have ${pts(gate.earned)} of ${gate.total} (${gate.percent}%)`;
  return gate.status === 'passed'
    ? `Quiz passed: ${where}; ${LESSON_PASS_PERCENT}% is needed to mark the lesson complete.`
    : `To mark this lesson complete, score at least ${LESSON_PASS_PERCENT}% on its quiz (${pts(gate.needed)} of ${gate.total}): ${where} so far.`;
}
