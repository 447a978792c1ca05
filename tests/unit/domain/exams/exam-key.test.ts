import { expect, it } from 'vitest';
import type { ExamItem } from '../../../../src/domain/exams/exam-item-schema.ts';
import { examKeySchema, joinExamItems, splitExamItems } from '../../../../src/domain/exams/exam-key.ts';
import { submitConfirmation } from '../../../../src/domain/exams/exam-messages.ts';
import { filterReview } from '../../../../src/domain/exams/review-filter.ts';
import type { ItemReview } from '../../../../src/domain/exams/score-exam.ts';

const item: ExamItem = {
  id: 'icd-conv-001',
  domain: 'icd10cm-conventions',
  difficulty: 'easy',
  certifications: ['CPC'],
  kind: 'single',
  stem: 'Which convention means "not elsewhere classifiable"?',
  options: [{ text: 'NOS' }, { text: 'NEC', correct: true }, { text: 'Includes' }, { text: 'Excludes2' }],
  explanation: 'NEC means other specified: the classification has no more specific code; NOS is unspecified.',
} as ExamItem;

it('keeps the right option and the explanation out of the page part', () => {
  const { items, key } = splitExamItems([item]);
  expect(JSON.stringify(items)).not.toContain('correct');
  expect(JSON.stringify(items)).not.toContain('other specified');
  expect(key).toEqual({ 'icd-conv-001': { correct: 1, explanation: item.explanation } });
});

it('joins the fetched key back to the authored item', () => {
  const { items, key } = splitExamItems([item]);
  expect(joinExamItems(items, examKeySchema.parse(JSON.parse(JSON.stringify(key))))).toEqual([item]);
});

it('refuses a key that misses an item', () => {
  expect(() => joinExamItems(splitExamItems([item]).items, {})).toThrow('the exam key has no answer for item "icd-conv-001"');
});

it('the submit warning counts flagged questions too', () => {
  expect(submitConfirmation(0, 0)).toBe('All questions are answered. Submit the exam?');
  expect(submitConfirmation(0, 2)).toBe('All questions are answered. 2 questions are still flagged for review. Submit anyway?');
  expect(submitConfirmation(97, 1)).toBe('97 questions are unanswered and will be scored as wrong. 1 question is still flagged for review. Submit anyway?');
});

it('filters the report to wrong, flagged, or either', () => {
  const row = (position: number, isCorrect: boolean, flagged: boolean): ItemReview => ({ position, itemId: `i${position}`, domain: 'cpt-em', chosen: 0, correctOption: isCorrect ? 0 : 1, isCorrect, flagged, timeMs: 0 });
  const rows = [row(0, true, false), row(1, false, false), row(2, true, true), row(3, false, true)];
  expect(filterReview(rows, 'all').map((r) => r.position)).toEqual([0, 1, 2, 3]);
  expect(filterReview(rows, 'wrong').map((r) => r.position)).toEqual([1, 3]);
  expect(filterReview(rows, 'flagged').map((r) => r.position)).toEqual([2, 3]);
  expect(filterReview(rows, 'wrong-or-flagged').map((r) => r.position)).toEqual([1, 2, 3]);
});
