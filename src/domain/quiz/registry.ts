import type { InvalidScore, QuestionScore } from './types.ts';
import type { QuizKind, QuizQuestion } from './quiz-schema.ts';
import { validateSingle } from './validate-single.ts';
import { scoreSingle } from './score-single.ts';
import { validateMultiple } from './validate-multiple.ts';
import { scoreMultiple } from './score-multiple.ts';
import { validateSort } from './validate-sort.ts';
import { scoreSort } from './score-sort.ts';
import { validateMatch } from './validate-match.ts';
import { scoreMatch } from './score-match.ts';
import { validateFill } from './validate-fill.ts';
import { scoreFill } from './score-fill.ts';

/** Validator and scorer of one question kind. */
export interface QuestionGrader<Q extends QuizQuestion> {
  /** Is the input complete enough to grade? Null when it is. */
  validate(input: unknown, question: Q): InvalidScore | null;
  /** Grade the input; returns the validator's answer when it is not gradable. */
  score(input: unknown, question: Q): QuestionScore;
}

/** Kind -> grader; adding a question kind means adding one entry here (the type enforces it). */
export const graders: { [K in QuizKind]: QuestionGrader<Extract<QuizQuestion, { kind: K }>> } = {
  single: { validate: validateSingle, score: scoreSingle },
  multiple: { validate: validateMultiple, score: scoreMultiple },
  sort: { validate: validateSort, score: scoreSort },
  match: { validate: validateMatch, score: scoreMatch },
  fill: { validate: (input) => validateFill(input), score: scoreFill },
};

/** Grader for a question, typed to its kind. */
function graderFor<Q extends QuizQuestion>(question: Q): QuestionGrader<Q> {
  return graders[question.kind] as unknown as QuestionGrader<Q>;
}

/** Validate one question's input with the grader of its kind. */
export function validateQuestion(question: QuizQuestion, input: unknown): InvalidScore | null {
  return graderFor(question).validate(input, question);
}

/** Score one question's input with the grader of its kind. */
export function scoreQuestion(question: QuizQuestion, input: unknown): QuestionScore {
  return graderFor(question).score(input, question);
}
