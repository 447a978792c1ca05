import { describe, expect, it } from 'vitest';
import { scoreSingle } from '../../../../src/domain/quiz/score-single.ts';
import { scoreMultiple } from '../../../../src/domain/quiz/score-multiple.ts';
import { scoreSort } from '../../../../src/domain/quiz/score-sort.ts';
import { scoreMatch } from '../../../../src/domain/quiz/score-match.ts';
import { scoreFill } from '../../../../src/domain/quiz/score-fill.ts';
import { normalizeFillAnswer } from '../../../../src/domain/quiz/normalize-fill.ts';
import { validateSingle } from '../../../../src/domain/quiz/validate-single.ts';
import { validateSort } from '../../../../src/domain/quiz/validate-sort.ts';
import { validateMatch } from '../../../../src/domain/quiz/validate-match.ts';
import { validateFill } from '../../../../src/domain/quiz/validate-fill.ts';
import type { QuestionScore } from '../../../../src/domain/quiz/types.ts';
import { question } from './fixtures.ts';

const points = (score: QuestionScore) => (score.type === 'points' ? [score.earned, score.total] : score.reason);

describe('single', () => {
  const q = question('q1', 'single');
  it('gives the point for the correct option only', () => {
    expect(points(scoreSingle('a', q))).toEqual([1, 1]);
    expect(points(scoreSingle('b', q))).toEqual([0, 1]);
  });
  it('is invalid with nothing chosen, and malformed with an unknown id', () => {
    expect(validateSingle(null, q)).toEqual({ type: 'invalid', reason: 'no-selection' });
    expect(points(scoreSingle(undefined, q))).toBe('no-selection');
    expect(points(scoreSingle('z', q))).toBe('malformed-input');
    expect(points(scoreSingle(['a'], q))).toBe('malformed-input');
  });
  it('reports every option with whether it was chosen and whether it is the answer', () => {
    const score = scoreSingle('b', q);
    if (score.type !== 'points') throw new Error('expected points');
    expect(score.feedback).toEqual([
      { kind: 'option', optionId: 'a', selected: false, isAnswer: true, correct: false, explanation: 'The 835 is the electronic remittance advice.' },
      { kind: 'option', optionId: 'b', selected: true, isAnswer: false, correct: false, explanation: 'The 837P is the professional claim.' },
      { kind: 'option', optionId: 'c', selected: false, isAnswer: false, correct: true, explanation: 'The 270 asks about eligibility.' },
    ]);
  });
});

describe('multiple (one point per correct option, minus one per wrong pick, floor 0)', () => {
  const q = question('q2', 'multiple');
  it('gives full marks for exactly the correct set, in any order', () => {
    expect(points(scoreMultiple(['d', 'a', 'b'], q))).toEqual([3, 3]);
  });
  it('gives partial credit for a subset with no wrong pick', () => {
    expect(points(scoreMultiple(['a', 'b'], q))).toEqual([2, 3]);
  });
  it('takes a point back for each wrong pick, so ticking everything is not full marks', () => {
    expect(points(scoreMultiple(['a', 'b', 'c', 'd'], q))).toEqual([2, 3]);
    expect(points(scoreMultiple(['a', 'c'], q))).toEqual([0, 3]);
    expect(points(scoreMultiple(['c'], q))).toEqual([0, 3]);
  });
  it('is invalid when empty, and malformed with unknown or repeated ids', () => {
    expect(points(scoreMultiple([], q))).toBe('no-selection');
    expect(points(scoreMultiple(['a', 'a'], q))).toBe('malformed-input');
    expect(points(scoreMultiple(['x'], q))).toBe('malformed-input');
    expect(points(scoreMultiple('a', q))).toBe('malformed-input');
  });
  it('marks a missed answer as incorrect in feedback', () => {
    const score = scoreMultiple(['a'], q);
    if (score.type !== 'points') throw new Error('expected points');
    expect(score.feedback.filter((f) => !f.correct).map((f) => (f.kind === 'option' ? f.optionId : ''))).toEqual(['b', 'd']);
  });
});

describe('sort', () => {
  const q = question('q3', 'sort');
  it('scores one point per item in its bucket', () => {
    expect(points(scoreSort({ i1: 'coding', i2: 'billing', i3: 'billing' }, q))).toEqual([3, 3]);
    expect(points(scoreSort({ i1: 'billing', i2: 'billing', i3: 'coding' }, q))).toEqual([1, 3]);
  });
  it('is invalid until every item is placed', () => {
    expect(points(scoreSort({ i1: 'coding' }, q))).toBe('unplaced-items');
    expect(points(scoreSort({}, q))).toBe('unplaced-items');
    expect(validateSort({ i1: 'coding', i2: '', i3: 'billing' }, q)).toEqual({ type: 'invalid', reason: 'unplaced-items' });
  });
  it('rejects unknown buckets and inherited keys', () => {
    expect(points(scoreSort({ i1: 'coding', i2: 'billing', i3: 'nowhere' }, q))).toBe('malformed-input');
    expect(points(scoreSort(Object.create({ i1: 'coding', i2: 'billing', i3: 'billing' }), q))).toBe('unplaced-items');
    expect(points(scoreSort(['coding'], q))).toBe('malformed-input');
  });
  it('tells where the item was placed and where it belongs', () => {
    const score = scoreSort({ i1: 'billing', i2: 'billing', i3: 'billing' }, q);
    if (score.type !== 'points') throw new Error('expected points');
    expect(score.feedback[0]).toEqual({ kind: 'item', itemId: 'i1', placedIn: 'billing', expected: 'coding', correct: false, explanation: 'Translating documentation into codes is coding.' });
  });
});

describe('match', () => {
  const q = question('q4', 'match');
  it('scores one point per correct match, duplicates allowed but only one can be right', () => {
    expect(points(scoreMatch({ p1: 'p1', p2: 'p2', p3: 'p3' }, q))).toEqual([3, 3]);
    expect(points(scoreMatch({ p1: 'p2', p2: 'p1', p3: 'p3' }, q))).toEqual([1, 3]);
    expect(points(scoreMatch({ p1: 'p1', p2: 'p1', p3: 'p1' }, q))).toEqual([1, 3]);
  });
  it('is invalid until every left side is matched', () => {
    expect(validateMatch({ p1: 'p1' }, q)).toEqual({ type: 'invalid', reason: 'unmatched-pairs' });
    expect(points(scoreMatch(null, q))).toBe('unmatched-pairs');
    expect(points(scoreMatch({ p1: 'p1', p2: 'p2', p3: 'p9' }, q))).toBe('malformed-input');
  });
});

describe('fill', () => {
  const q = question('q5', 'fill');
  it('normalizes case, spaces and one trailing period', () => {
    expect(normalizeFillAnswer('  E11.9.  ')).toBe('e11.9');
    expect(normalizeFillAnswer('Explanation   of\tbenefits')).toBe('explanation of benefits');
    for (const typed of ['E11.9', 'e11.9', ' E11.9 ', 'E11.9.']) expect(points(scoreFill(typed, q))).toEqual([1, 1]);
  });
  it('takes a dotted ICD-10-CM answer typed without its dot (the 837P form), and keeps other periods significant', () => {
    expect(points(scoreFill('E119', q))).toEqual([1, 1]);
    expect(points(scoreFill('E11.9', { ...q, accepted: ['E119'] }))).toEqual([0, 1]);
    expect(points(scoreFill('E11.90', q))).toEqual([0, 1]);
    expect(points(scoreFill('E11.9..', q))).toEqual([0, 1]);
  });
  it('accepts any listed answer and shows the first as the model answer', () => {
    const multi = { ...q, accepted: ['Explanation of benefits', 'EOB'] };
    const score = scoreFill('eob', multi);
    expect(points(score)).toEqual([1, 1]);
    expect(score.type === 'points' && score.feedback[0]).toEqual({ kind: 'fill', correct: true, expected: 'Explanation of benefits', explanation: q.explanation });
  });
  it('is invalid when blank, malformed when not text', () => {
    expect(validateFill('   ')).toEqual({ type: 'invalid', reason: 'empty-answer' });
    expect(validateFill('.')).toEqual({ type: 'invalid', reason: 'empty-answer' });
    expect(points(scoreFill(42, q))).toBe('malformed-input');
  });
});

describe('stableOrder', () => {
  it('is deterministic, keeps every item and never returns the authored order', async () => {
    const { stableOrder } = await import('../../../../src/domain/quiz/stable-order.ts');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 8 }), fc.string(), (ids, seed) => {
        const once = stableOrder(ids, seed, (x) => x);
        expect(stableOrder(ids, seed, (x) => x)).toEqual(once);
        expect([...once].sort()).toEqual([...ids].sort());
        expect(once).not.toEqual(ids);
      }),
    );
  });
});
