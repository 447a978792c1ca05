import type { QuizAnswers } from './types.ts';
import type { Quiz, QuizQuestion } from './quiz-schema.ts';

/** The input that earns full marks on a question (used by content tests and "show answer"). */
export function answerKeyFor(question: QuizQuestion): unknown {
  switch (question.kind) {
    case 'single':
      return question.options.find((o) => o.correct)?.id ?? null;
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => o.id);
    case 'sort':
      return Object.fromEntries(question.items.map((item) => [item.id, item.bucket]));
    case 'match':
      return Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id]));
    case 'fill':
      return question.accepted[0] ?? '';
  }
}

/** Full-marks answers for a whole quiz. */
export function answerKey(quiz: Quiz): QuizAnswers {
  return Object.fromEntries(quiz.questions.map((q) => [q.id, answerKeyFor(q)]));
}
