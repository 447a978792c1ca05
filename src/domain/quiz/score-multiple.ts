import type { QuestionScore } from './types.ts';
import type { MultipleQuestion } from './quiz-schema.ts';
import { validateMultiple } from './validate-multiple.ts';

/**
 * Partial credit rule: the question is worth one point per correct option; each correct option
 * ticked earns a point and each wrong option ticked takes one back, never below zero. Ticking
 * every box therefore earns nothing extra, while a learner who finds most answers and makes
 * no wrong pick still gets most of the credit.
 */
export function scoreMultiple(input: unknown, question: MultipleQuestion): QuestionScore {
  const invalid = validateMultiple(input, question);
  if (invalid) return invalid;
  const chosen = new Set<unknown>(input as readonly unknown[]);
  let hits = 0;
  let misses = 0;
  const feedback = question.options.map((option) => {
    const selected = chosen.has(option.id);
    if (selected && option.correct) hits += 1;
    if (selected && !option.correct) misses += 1;
    return { kind: 'option' as const, optionId: option.id, selected, isAnswer: option.correct, correct: selected === option.correct, explanation: option.explanation };
  });
  const total = question.options.filter((o) => o.correct).length;
  return { type: 'points', earned: Math.max(0, hits - misses), total, feedback };
}
