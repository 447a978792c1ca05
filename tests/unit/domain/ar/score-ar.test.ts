import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreAr, readNumber } from '../../../../src/domain/ar/score-ar.ts';
import { arRubric } from '../../../../src/domain/ar/ar-rubric.ts';
import { bucketOf, daysInAr, netCollectionRate, priorityOrder } from '../../../../src/domain/ar/ar-metrics.ts';
import type { ArExercise } from '../../../../src/domain/ar/ar-exercise-schema.ts';

const ex: ArExercise = {
  title: 'Test practice',
  summary: 'A small test practice.',
  certifications: ['CPB'],
  difficulty: 'intro',
  topics: [],
  asOf: '2026-10-31',
  priorityTop: 3,
  teachingPoints: [],
  period: { days: 90, charges: 9000, payments: 5000, contractualAdjustments: 3000 },
  claims: [
    { id: 'big', patient: 'A B', payer: 'PPO', dateOfService: '2026-06-01', billedOn: '2026-06-02', balance: 2000, status: 'open' },
    { id: 'late', patient: 'C D', payer: 'HMO', dateOfService: '2026-08-20', billedOn: '2026-08-22', balance: 100, status: 'open', deadline: '2026-11-18', deadlineKind: 'timely-filing' },
    { id: 'gone', patient: 'E F', payer: 'HMO', dateOfService: '2026-07-01', billedOn: '2026-07-02', balance: 900, status: 'open', deadline: '2026-09-29', deadlineKind: 'timely-filing' },
    { id: 'new', patient: 'G H', payer: 'PPO', dateOfService: '2026-10-20', billedOn: '2026-10-21', balance: 1000, status: 'open' },
  ],
};

describe('A/R metrics', () => {
  it('buckets by days since billing: 30 is 0-30, 31 is 31-60, 121 is 120+', () => {
    expect(bucketOf('2026-10-01', '2026-10-31')).toBe('0-30');
    expect(bucketOf('2026-09-30', '2026-10-31')).toBe('31-60');
    expect(bucketOf('2026-07-02', '2026-10-31')).toBe('120+');
  });
  it('days in A/R = total A/R / (charges / days): 4000 / 100 = 40', () => expect(daysInAr(ex)).toBe(40));
  it('net collection rate = payments / (charges - contractual): 5000 / 6000 = 83.3%', () => expect(netCollectionRate(ex)).toBeCloseTo(83.33, 2));
  it('puts a live deadline first and a passed deadline among the balances', () => expect(priorityOrder(ex)).toEqual(['late', 'big', 'new', 'gone']));
});

describe('scoreAr', () => {
  const rubric = arRubric(ex);
  it('reads each figure with the unit its box asks for, and no other', () => {
    expect(readNumber('$1,234.50', 'dollars')).toBe(1234.5);
    expect(readNumber('83.3%', 'percent')).toBe(83.3);
    expect(readNumber('83.3 percent', 'percent')).toBe(83.3);
    expect(readNumber('40.2 days', 'days')).toBe(40.2);
    expect(readNumber('abc', 'dollars')).toBeNaN();
    expect(readNumber('40%', 'days')).toBeNaN();
    expect(readNumber('$83.3', 'percent')).toBeNaN();
    expect(readNumber('83.3 days', 'percent')).toBeNaN();
    expect(readNumber('40 days', 'dollars')).toBeNaN();
  });
  it('grades days in A/R within half a day', () => {
    const base = { buckets: {}, priority: [], netCollectionRate: '' };
    const ok = (v: string) => (scoreAr(rubric, { ...base, daysInAr: v }) as { findings: { code: string; ok: boolean }[] }).findings.find((f) => f.code === 'days-in-ar')!.ok;
    expect(ok('40.4')).toBe(true);
    expect(ok('40.6')).toBe(false);
  });
  it('never throws and keeps the score in range for any input', () => {
    fc.assert(
      fc.property(fc.record({ buckets: fc.dictionary(fc.constantFrom('0-30', '31-60', '61-90', '91-120', '120+'), fc.string()), priority: fc.array(fc.string(), { maxLength: 6 }), daysInAr: fc.string(), netCollectionRate: fc.string() }), (input) => {
        const s = scoreAr(rubric, input);
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
        }
      }),
    );
  });
});
