import type { QuestionScore } from './types.ts';
import type { SingleQuestion } from './quiz-schema.ts';
import { validateSingle } from './validate-single.ts';

/** One point when the chosen option is the correct one. */
export function scoreSingle(input: unknown, question: SingleQuestion): QuestionScore {
  const invalid = validateSingle(input, question);
  if (invalid) return invalid;
  const feedback = question.options.map((option) => {
    const selected = option.id === input;
    return { kind: 'option' as const, optionId: option.id, selected, isAnswer: option.correct, correct: selected === option.correct, explanation: option.explanation };
  });
  const right = question.options.some((o) => o.correct && o.id === input);
  return { type: 'points', earned: right ? 1 : 0, total: 1, feedback };
}
