import { describe, expect, it } from 'vitest';
import { arExerciseIds, loadArExercise } from '../../src/data/billing-exercises-node.ts';
import { arRubric } from '../../src/domain/ar/ar-rubric.ts';
import { scoreAr } from '../../src/domain/ar/score-ar.ts';
import { describeArFinding } from '../../src/domain/ar/describe-ar.ts';
import { BUCKETS } from '../../src/domain/ar/ar-metrics.ts';
import type { ArRubric, ArUserInput } from '../../src/domain/ar/ar-types.ts';

const keyAttempt = (r: ArRubric): ArUserInput => ({
  buckets: Object.fromEntries(BUCKETS.map((b) => [b, r.buckets[b].toFixed(2)])),
  priority: [...r.priority],
  daysInAr: String(r.daysInAr),
  netCollectionRate: `${r.netCollectionRate}%`,
});

describe('A/R follow-up exercises', () => {
  it('has at least 3', () => expect(arExerciseIds().length).toBeGreaterThanOrEqual(3));

  describe.each(arExerciseIds())('%s', (id) => {
    const read = loadArExercise(id);
    it('parses against the schema', () => expect(read.ok ? '' : read.error).toBe(''));
    if (!read.ok) return;
    const ex = read.data;
    const rubric = arRubric(ex);

    it('has unique claim ids and deadlines on or after the date of service', () => {
      expect(new Set(ex.claims.map((c) => c.id)).size).toBe(ex.claims.length);
      for (const c of ex.claims) if (c.deadline) expect(c.deadline >= c.dateOfService, c.id).toBe(true);
      for (const c of ex.claims) expect(Boolean(c.deadline), c.id).toBe(Boolean(c.deadlineKind));
    });

    it('has realistic KPIs (days in A/R 15-90, net collection rate 80-100%)', () => {
      expect(rubric.daysInAr).toBeGreaterThan(15);
      expect(rubric.daysInAr).toBeLessThan(90);
      expect(rubric.netCollectionRate).toBeGreaterThan(80);
      expect(rubric.netCollectionRate).toBeLessThanOrEqual(100);
    });

    it('the key scores full marks', () => {
      const s = scoreAr(rubric, keyAttempt(rubric));
      expect(s.type === 'points' && s.earned === s.total).toBe(true);
    });

    it('an empty attempt is invalid', () => {
      expect(scoreAr(rubric, { buckets: {}, priority: [], daysInAr: '', netCollectionRate: '' })).toEqual({ type: 'invalid', reason: 'empty' });
    });

    it('ranking by balance alone loses points when a deadline should come first', () => {
      const byBalance = [...ex.claims].sort((a, b) => b.balance - a.balance).map((c) => c.id);
      const s = scoreAr(rubric, { ...keyAttempt(rubric), priority: byBalance.slice(0, ex.priorityTop) });
      if (s.type !== 'points') throw new Error('invalid');
      const hasLiveDeadline = ex.claims.some((c) => c.deadline && c.deadline >= ex.asOf);
      if (hasLiveDeadline) {
        expect(s.earned).toBeLessThan(s.total);
        const lost = s.findings.filter((f) => !f.ok);
        expect(describeArFinding(lost[0]!, rubric)).toMatch(/Deadlines first/);
      } else expect(s.earned).toBe(s.total);
    });

    it('the gross collection rate (payments / charges) is marked wrong with the formula', () => {
      const gross = ((ex.period.payments / ex.period.charges) * 100).toFixed(1);
      const s = scoreAr(rubric, { ...keyAttempt(rubric), netCollectionRate: gross });
      if (s.type !== 'points') throw new Error('invalid');
      const f = s.findings.find((x) => x.code === 'net-collection-rate')!;
      expect(f.ok).toBe(false);
      expect(describeArFinding(f, rubric)).toContain('payments / (charges - contractual adjustments)');
    });
  });
});
