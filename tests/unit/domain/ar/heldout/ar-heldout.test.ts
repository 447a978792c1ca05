import { describe, expect, it } from 'vitest';
import { loadArExercise } from '../../../../../src/data/billing-exercises-node.ts';
import type { ArExercise } from '../../../../../src/domain/ar/ar-exercise-schema.ts';
import { BUCKETS } from '../../../../../src/domain/ar/ar-metrics.ts';
import { arRubric } from '../../../../../src/domain/ar/ar-rubric.ts';
import type { ArUserInput } from '../../../../../src/domain/ar/ar-types.ts';
import { describeArFinding } from '../../../../../src/domain/ar/describe-ar.ts';
import { scoreAr } from '../../../../../src/domain/ar/score-ar.ts';

/**
 * Held-out-style A/R answers on the real family-practice exercise (as of 2026-10-31: Okafor's
 * timely filing closes in 18 days, Lindqvist's appeal in 26, then Patel's 2,150.00 is the largest
 * balance), typed the ways a biller types figures, and one held-out variant with a tie.
 */

function exercise(): ArExercise {
  const loaded = loadArExercise('family-practice-october');
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.data;
}

function keyInput(ex: ArExercise): ArUserInput {
  const r = arRubric(ex);
  return { buckets: Object.fromEntries(BUCKETS.map((b) => [b, r.buckets![b].toFixed(2)])), priority: [...r.priority], daysInAr: r.daysInAr!.toFixed(1), netCollectionRate: r.netCollectionRate!.toFixed(1) };
}

function grade(ex: ArExercise, edits: Partial<ArUserInput>) {
  const rubric = arRubric(ex);
  const r = scoreAr(rubric, { ...keyInput(ex), ...edits });
  if (r.type !== 'points') throw new Error('invalid');
  return { lost: r.total - r.earned, text: r.findings.map((f) => describeArFinding(f, rubric)).join('\n') };
}

describe('A/R: the same figures typed differently earn full marks', () => {
  const ex = exercise();
  it('the key as computed: 36.0 days, 93.9%, work order okafor, lindqvist, patel', () => {
    const r = arRubric(ex);
    expect([r.daysInAr, r.netCollectionRate, r.priority]).toEqual([36, 93.9, ['okafor-hmo', 'lindqvist-medicare', 'patel-ppo']]);
    expect(grade(ex, {}).lost).toBe(0);
  });
  it.each([
    ['days with the unit', { daysInAr: '36 days' }],
    ['days rounded to a whole day', { daysInAr: '36' }],
    ['the rate with a percent sign and a space', { netCollectionRate: '93.9 %' }],
    ['the rate as the word percent', { netCollectionRate: '93.9 percent' }],
    ['the rate as a fraction', { netCollectionRate: '0.939' }],
    ['a bucket with a dollar sign and a thousands comma', { buckets: { ...keyInput(ex).buckets, '120+': '$2,560.00' } }],
  ] as const)('%s', (_name, edits) => {
    const r = grade(ex, edits as Partial<ArUserInput>);
    expect(r.lost, r.text).toBe(0);
  });
  it('says so when the rate was typed as a fraction', () => {
    expect(grade(ex, { netCollectionRate: '0.939' }).text).toContain('you typed it as the fraction 0.939, the same rate');
  });
});

describe('A/R: subtly wrong answers lose the point', () => {
  const ex = exercise();
  it('gross collection rate (payments / charges = 62.7%) in place of the net rate', () => {
    const r = grade(ex, { netCollectionRate: '62.7' });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('payments / (charges - contractual adjustments)');
  });
  it('the largest balance worked first, ahead of a timely-filing deadline 18 days away', () => {
    const r = grade(ex, { priority: ['patel-ppo', 'okafor-hmo', 'lindqvist-medicare'] });
    expect(r.lost).toBe(3);
    expect(r.text).toContain('Deadlines first');
  });
  it('a comma in the wrong place is not read as another number', () => {
    expect(grade(ex, { buckets: { ...keyInput(ex).buckets, '120+': '2,56' } }).lost).toBe(1);
  });
  it('the fraction typed with a percent sign is 0.939 percent, not 93.9 percent', () => {
    expect(grade(ex, { netCollectionRate: '0.939%' }).lost).toBe(1);
  });
  it('a figure typed with another box\'s unit: 36% for days in A/R, 93.9 days for the rate', () => {
    expect(grade(ex, { daysInAr: '36%' }).lost).toBe(1);
    expect(grade(ex, { netCollectionRate: '93.9 days' }).lost).toBe(1);
  });
  it('odd stored or submitted answers are graded or invalid, never a crash', () => {
    const rubric = arRubric(ex);
    for (const input of [null, 42, 'okafor-hmo', { priority: 'okafor-hmo', buckets: 'x', daysInAr: {}, netCollectionRate: ['93.9'] }, { priority: [7, null, 'okafor-hmo'] }]) {
      expect(() => scoreAr(rubric, input as unknown as ArUserInput)).not.toThrow();
    }
    expect(scoreAr(rubric, null as unknown as ArUserInput)).toEqual({ type: 'invalid', reason: 'empty' });
  });
});

describe('A/R: claims that tie may be worked in either order (held-out variant)', () => {
  // Okafor's and Lindqvist's deadlines both 18 days away: equals, the biller's choice.
  const base = exercise();
  const tied: ArExercise = { ...base, claims: base.claims.map((c) => (c.id === 'lindqvist-medicare' ? { ...c, deadline: '2026-11-18' } : c)) };
  it('either deadline first earns both ranks, and the feedback names the tie', () => {
    const key = arRubric(tied).priority;
    const swapped = [key[1] ?? '', key[0] ?? '', key[2] ?? ''];
    const r = grade(tied, { priority: swapped });
    expect(r.lost, r.text).toBe(0);
    expect(r.text).toContain('so either may be worked first');
  });
  it('naming one of the tied claims twice earns the rank once', () => {
    expect(grade(tied, { priority: ['okafor-hmo', 'okafor-hmo', 'patel-ppo'] }).lost).toBe(1);
  });
  it('a claim that does not tie still loses the rank', () => {
    expect(grade(tied, { priority: ['okafor-hmo', 'patel-ppo', 'lindqvist-medicare'] }).lost).toBe(2);
  });
});
