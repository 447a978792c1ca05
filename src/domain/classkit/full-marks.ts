import type { ArRubric, ArUserInput } from '../ar/ar-types.ts';
import { scoreAr } from '../ar/score-ar.ts';
import { recordReviewKeyInput } from '../records/record-review-rubric.ts';
import { scoreRecordReview } from '../records/score-record-review.ts';
import { keyAsInput, scorePosting } from '../billing/score-posting.ts';
import { scoreSecondary, secondaryKeyAsInput } from '../billing/score-secondary.ts';
import { gradeClaim } from '../claims/grade.ts';
import { LETTER_PARTS } from '../denials/letter-parts.ts';
import type { DenialRubric, DenialUserInput } from '../denials/denial-types.ts';
import { scoreDenial } from '../denials/score-denial.ts';
import { emKeyInput, gradeEm } from '../em/score-em.ts';
import { scoreVariance, varianceKeyInput } from '../variance/score-variance.ts';
import { answerKeyAttempt, gradeCodingExercise } from '../exercises/grade-coding.ts';
import type { ItemKey } from './item-keys.ts';

/** The denial key as an attempt (every line and letter part as the key has it). */
export function denialKeyInput(rubric: DenialRubric): DenialUserInput {
  const lines: DenialUserInput['lines'] = {};
  for (const l of rubric.lines) {
    lines[l.id] = { cause: l.key.cause, action: l.key.action, appealLevel: l.key.appealLevel ?? '', appealDeadline: l.key.appealDeadline ?? '', writeOff: l.key.writeOff ?? '', payerClaimNumber: l.payerClaimNumber };
  }
  const letter: DenialUserInput['letter'] = {};
  if (rubric.letter) for (const part of LETTER_PARTS) letter[part] = rubric.letter.parts[part].correct;
  return { lines, letter };
}

/** The A/R key as an attempt (the report's figures and each patient account's step and amount, where the exercise has them). */
export function arKeyInput(rubric: ArRubric): ArUserInput {
  return {
    buckets: Object.fromEntries(Object.entries(rubric.buckets ?? {}).map(([b, v]) => [b, v.toFixed(2)])),
    priority: [...rubric.priority],
    daysInAr: rubric.daysInAr === undefined ? '' : String(rubric.daysInAr),
    netCollectionRate: rubric.netCollectionRate === undefined ? '' : String(rubric.netCollectionRate),
    ...(rubric.collections ? { collections: Object.fromEntries(rubric.collections.accounts.map((a) => [a.id, { action: a.action, amount: a.amount ?? '' }])) } : {}),
  };
}

/**
 * Points an item is worth: the key graded by the same grader as an answer (so the total of an
 * item not done matches the total of one done). Undefined when it cannot be told.
 */
export function fullMarks(key: ItemKey): number | undefined {
  const points = (r: { type: string; total?: number }): number | undefined => (r.type === 'points' ? r.total : undefined);
  switch (key.kind) {
    case 'lesson':
      return 1;
    case 'coding':
      return points(gradeCodingExercise(key.exercise, answerKeyAttempt(key.exercise), key.codes));
    case 'claim':
      return points(gradeClaim(key.answer, key.answer, key.weights ?? {}));
    case 'em':
      return points(gradeEm(key.exercise, emKeyInput(key.exercise)));
    case 'posting':
      return points(scorePosting(keyAsInput(key.rubric), key.rubric));
    case 'secondary':
      return points(scoreSecondary(secondaryKeyAsInput(key.rubric), key.rubric));
    case 'denial':
      return points(scoreDenial(key.rubric, denialKeyInput(key.rubric)));
    case 'ar':
      return points(scoreAr(key.rubric, arKeyInput(key.rubric)));
    case 'records':
      return points(scoreRecordReview(key.rubric, recordReviewKeyInput(key.rubric)));
    case 'variance':
      return points(scoreVariance(varianceKeyInput(key.rubric), key.rubric));
    case 'exam':
      return key.questionCount;
  }
}
