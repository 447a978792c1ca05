import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreQuiz, scoreQuestion, validateQuestion, questionTotal } from '../../../../src/domain/quiz/score-quiz.ts';
import { describeInvalidReason, describeQuestionScore } from '../../../../src/domain/quiz/quiz-messages.ts';
import { sampleKey, sampleQuiz } from './fixtures.ts';

describe('scoreQuiz', () => {
  it('gives full marks for the answer key', () => {
    const result = scoreQuiz(sampleQuiz, sampleKey);
    expect(result).toMatchObject({ earned: 11, total: 11, fullyCorrect: 5, invalid: 0, questionCount: 5 });
  });

  it('counts unanswered questions as invalid and worth nothing, but keeps them in the total', () => {
    const result = scoreQuiz(sampleQuiz, { q1: 'a' });
    expect(result).toMatchObject({ earned: 1, total: 11, fullyCorrect: 1, invalid: 4 });
    expect(result.questions['q5']).toEqual({ type: 'invalid', reason: 'empty-answer' });
  });

  it('treats a non-object answers value as no answers', () => {
    for (const answers of [null, undefined, 'a', 3, ['a']]) {
      expect(scoreQuiz(sampleQuiz, answers)).toMatchObject({ earned: 0, invalid: 5 });
    }
  });

  it('questionTotal agrees with the scorer totals', () => {
    for (const q of sampleQuiz.questions) {
      const score = scoreQuestion(q, (sampleKey as Record<string, unknown>)[q.id]);
      expect(score.type === 'points' && score.total).toBe(questionTotal(q));
      expect(validateQuestion(q, (sampleKey as Record<string, unknown>)[q.id])).toBeNull();
    }
  });
});

describe('scoring properties', () => {
  const questionIds = sampleQuiz.questions.map((q) => q.id);
  // Plausible inputs (ids and buckets drawn from the quiz) find more scoring paths than noise.
  const token = fc.constantFrom('a', 'b', 'c', 'd', 'x', 'p1', 'p2', 'p3', 'i1', 'coding', 'billing', '', 'E11.9', '__proto__', 'constructor');
  const plausible = fc.oneof(token, fc.array(token, { maxLength: 5 }), fc.dictionary(token, token), fc.string());
  const answers = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...questionIds, 'toString'), fc.oneof(plausible, fc.anything())));

  it('never throws and keeps every score within [0, total]', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = scoreQuiz(sampleQuiz, input);
        expect(result.earned).toBeGreaterThanOrEqual(0);
        expect(result.earned).toBeLessThanOrEqual(result.total);
        for (const score of Object.values(result.questions)) {
          if (score.type === 'points') {
            expect(Number.isInteger(score.earned)).toBe(true);
            expect(score.earned).toBeGreaterThanOrEqual(0);
            expect(score.earned).toBeLessThanOrEqual(score.total);
          }
          expect(describeQuestionScore(score)).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every question scored on its own never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sampleQuiz.questions), fc.oneof(plausible, fc.anything()), (q, input) => {
        const score = scoreQuestion(q, input);
        if (score.type === 'points') expect(score.earned).toBeLessThanOrEqual(score.total);
        else expect(describeInvalidReason(score.reason)).toMatch(/\.$/);
      }),
      { numRuns: 500 },
    );
  });

  it('a multiple-answer score only drops when a wrong option is added', () => {
    const q = sampleQuiz.questions[1];
    if (q?.kind !== 'multiple') throw new Error('fixture');
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'd'], { minLength: 1 }), (right) => {
        const base = scoreQuestion(q, right);
        const withWrong = scoreQuestion(q, [...right, 'c']);
        if (base.type !== 'points' || withWrong.type !== 'points') throw new Error('expected points');
        expect(base.earned).toBe(right.length);
        expect(withWrong.earned).toBe(Math.max(0, right.length - 1));
      }),
    );
  });
});

describe('describeQuestionScore', () => {
  it('words full, partial, zero and invalid results', () => {
    expect(describeQuestionScore({ type: 'points', earned: 1, total: 1, feedback: [] })).toBe('Correct.');
    expect(describeQuestionScore({ type: 'points', earned: 2, total: 3, feedback: [] })).toBe('Partly right: 2 of 3 points. Read the feedback below.');
    expect(describeQuestionScore({ type: 'points', earned: 0, total: 1, feedback: [] })).toBe('Not quite. Read the feedback below.');
    expect(describeQuestionScore({ type: 'invalid', reason: 'no-selection' })).toBe('Choose an answer before checking.');
  });
});
