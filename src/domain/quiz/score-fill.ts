import type { QuestionScore } from './types.ts';
import type { FillQuestion } from './quiz-schema.ts';
import { fillMatches } from './normalize-fill.ts';
import { validateFill } from './validate-fill.ts';

/** One point when the answer matches any accepted answer (`fillMatches`: case, spacing, numbers, dates, dotless ICD codes). */
export function scoreFill(input: unknown, question: FillQuestion): QuestionScore {
  const invalid = validateFill(input);
  if (invalid) return invalid;
  const correct = question.accepted.some((answer) => fillMatches(input as string, answer, question.prompt));
  return {
    type: 'points',
    earned: correct ? 1 : 0,
    total: 1,
    feedback: [{ kind: 'fill', correct, expected: question.accepted[0] ?? '', explanation: question.explanation }],
  };
}
