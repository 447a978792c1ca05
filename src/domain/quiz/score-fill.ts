import type { QuestionScore } from './types.ts';
import type { FillQuestion } from './quiz-schema.ts';
import { normalizeFillAnswer } from './normalize-fill.ts';
import { validateFill } from './validate-fill.ts';

/** One point when the answer equals any accepted answer after `normalizeFillAnswer`. */
export function scoreFill(input: unknown, question: FillQuestion): QuestionScore {
  const invalid = validateFill(input);
  if (invalid) return invalid;
  const typed = normalizeFillAnswer(input as string);
  const correct = question.accepted.some((answer) => normalizeFillAnswer(answer) === typed);
  return {
    type: 'points',
    earned: correct ? 1 : 0,
    total: 1,
    feedback: [{ kind: 'fill', correct, expected: question.accepted[0] ?? '', explanation: question.explanation }],
  };
}
