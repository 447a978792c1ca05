import type { QuestionScore, QuizAnswers } from './types.ts';
import type { Quiz, QuizQuestion } from './quiz-schema.ts';
import { isRecord, ownValue } from './input-guards.ts';
import { scoreQuestion } from './registry.ts';

export { scoreQuestion, validateQuestion, graders } from './registry.ts';

/** Score of a whole quiz. */
export interface QuizScore {
  /** Question id -> that question's score, in quiz order. */
  questions: Record<string, QuestionScore>;
  /** Points earned over all gradable questions. */
  earned: number;
  /** Points available over the whole quiz (every question counts, answered or not). */
  total: number;
  /** Questions answered completely right. */
  fullyCorrect: number;
  /** Questions whose input could not be graded (unanswered or incomplete). */
  invalid: number;
  /** Number of questions. */
  questionCount: number;
}

/** Points a question is worth; matches what its scorer reports as `total`. */
export function questionTotal(question: QuizQuestion): number {
  switch (question.kind) {
    case 'single':
    case 'fill':
      return 1;
    case 'multiple':
      return question.options.filter((o) => o.correct).length;
    case 'sort':
      return question.items.length;
    case 'match':
      return question.pairs.length;
  }
}

/**
 * Score every question. Answers may be anything (stored attempts, tests): a missing or
 * malformed answer makes that question `invalid`, which earns nothing; it never throws.
 */
export function scoreQuiz(quiz: Quiz, answers: QuizAnswers | unknown): QuizScore {
  const record = isRecord(answers) ? answers : {};
  const questions: Record<string, QuestionScore> = {};
  let earned = 0;
  let total = 0;
  let fullyCorrect = 0;
  let invalid = 0;
  for (const question of quiz.questions) {
    const score = scoreQuestion(question, ownValue(record, question.id));
    questions[question.id] = score;
    total += questionTotal(question);
    if (score.type === 'invalid') {
      invalid += 1;
      continue;
    }
    earned += score.earned;
    if (score.earned === score.total) fullyCorrect += 1;
  }
  return { questions, earned, total, fullyCorrect, invalid, questionCount: quiz.questions.length };
}
