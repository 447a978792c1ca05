import type { QuestionScore } from './types.ts';
import type { MatchQuestion } from './quiz-schema.ts';
import { isRecord, ownString } from './input-guards.ts';
import { validateMatch } from './validate-match.ts';

/** One point per left side matched to its own right side. */
export function scoreMatch(input: unknown, question: MatchQuestion): QuestionScore {
  const invalid = validateMatch(input, question);
  if (invalid) return invalid;
  const matches = isRecord(input) ? input : {};
  const feedback = question.pairs.map((pair) => {
    const chosen = ownString(matches, pair.id) ?? '';
    return { kind: 'pair' as const, pairId: pair.id, chosen, correct: chosen === pair.id, explanation: pair.explanation };
  });
  return { type: 'points', earned: feedback.filter((f) => f.correct).length, total: question.pairs.length, feedback };
}
