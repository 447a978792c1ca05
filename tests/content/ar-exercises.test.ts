import { describe, expect, it } from 'vitest';
import { arExerciseIds, loadArExercise } from '../../src/data/billing-exercises-node.ts';
import { arRubric } from '../../src/domain/ar/ar-rubric.ts';
import { scoreAr } from '../../src/domain/ar/score-ar.ts';
import { describeArFinding } from '../../src/domain/ar/describe-ar.ts';
import { BUCKETS } from '../../src/domain/ar/ar-metrics.ts';
import { COLLECTION_ACTIONS, COLLECTION_RULES } from '../../src/domain/ar/collection-rules.ts';
import { describePolicy } from '../../src/domain/ar/describe-collections.ts';
import type { ArRubric, ArUserInput } from '../../src/domain/ar/ar-types.ts';
import { arKeyInput } from '../../src/domain/classkit/full-marks.ts';

const keyAttempt = (r: ArRubric): ArUserInput => ({
  buckets: Object.fromEntries(BUCKETS.map((b) => [b, r.buckets![b].toFixed(2)])),
  priority: [...r.priority],
  daysInAr: String(r.daysInAr),
  netCollectionRate: `${r.netCollectionRate}%`,
});

const points = (s: ReturnType<typeof scoreAr>) => {
  if (s.type !== 'points') throw new Error('invalid');
  return s;
};

const loaded = arExerciseIds().map((id) => [id, loadArExercise(id)] as const);
const withReport = loaded.filter(([, r]) => r.ok && r.data.period !== undefined).map(([id]) => id);
const withCollections = loaded.filter(([, r]) => r.ok && r.data.collections !== undefined).map(([id]) => id);

describe('A/R follow-up exercises', () => {
  it('has at least 3 with the report and at least 5 with patient collections', () => {
    expect(withReport.length).toBeGreaterThanOrEqual(3);
    expect(withCollections.length).toBeGreaterThanOrEqual(5);
  });

  it.each(loaded.map(([id, r]) => [id, r] as const))('%s parses against the schema', (_id, read) => expect(read.ok ? '' : read.error).toBe(''));

  describe.each(withReport)('%s: the report', (id) => {
    const read = loadArExercise(id);
    if (!read.ok) return;
    const ex = read.data;
    const period = ex.period!;
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
      const s = points(scoreAr(rubric, { ...keyAttempt(rubric), ...(rubric.collections ? { collections: arKeyInput(rubric).collections ?? {} } : {}) }));
      expect(s.earned).toBe(s.total);
    });

    it('an empty attempt is invalid', () => {
      expect(scoreAr(rubric, { buckets: {}, priority: [], daysInAr: '', netCollectionRate: '' })).toEqual({ type: 'invalid', reason: 'empty' });
    });

    it('ranking by balance alone loses points when a deadline should come first', () => {
      const byBalance = [...ex.claims].sort((a, b) => b.balance - a.balance).map((c) => c.id);
      const s = points(scoreAr(rubric, { ...keyAttempt(rubric), priority: byBalance.slice(0, ex.priorityTop) }));
      const lostRanks = s.findings.filter((f) => f.code === 'priority' && !f.ok);
      const hasLiveDeadline = ex.claims.some((c) => c.deadline && c.deadline >= ex.asOf);
      if (hasLiveDeadline) {
        expect(lostRanks.length).toBeGreaterThan(0);
        expect(describeArFinding(lostRanks[0]!, rubric)).toMatch(/Deadlines first/);
      } else expect(lostRanks).toEqual([]);
    });

    it('the gross collection rate (payments / charges) is marked wrong with the formula', () => {
      const gross = ((period.payments / period.charges) * 100).toFixed(1);
      const s = points(scoreAr(rubric, { ...keyAttempt(rubric), netCollectionRate: gross }));
      const f = s.findings.find((x) => x.code === 'net-collection-rate')!;
      expect(f.ok).toBe(false);
      expect(describeArFinding(f, rubric)).toContain('payments / (charges - contractual adjustments)');
    });
  });

  describe.each(withCollections)('%s: patient collections', (id) => {
    const read = loadArExercise(id);
    if (!read.ok) return;
    const ex = read.data;
    const collections = ex.collections!;
    const rubric = arRubric(ex);
    const key = rubric.collections!;
    const full = arKeyInput(rubric);

    it('the computed key scores full marks, and an empty attempt is not graded', () => {
      const s = points(scoreAr(rubric, full));
      expect(s.earned).toBe(s.total);
      expect(scoreAr(rubric, { buckets: {}, priority: [], daysInAr: '', netCollectionRate: '', collections: {} })).toEqual({ type: 'invalid', reason: 'empty' });
    });

    it('asks for at least three different steps, so no single answer fits every account', () => {
      expect(new Set(key.accounts.map((a) => a.action)).size).toBeGreaterThanOrEqual(3);
    });

    it('every other step on every account loses that account\'s point, says what the key is, and cites the rule\'s source', () => {
      for (const account of key.accounts) {
        for (const wrong of COLLECTION_ACTIONS.filter((a) => a !== account.action)) {
          const s = points(scoreAr(rubric, { ...full, collections: { ...full.collections, [account.id]: { action: wrong, amount: account.amount ?? '' } } }));
          expect(s.earned, `${account.label}: ${wrong}`).toBeLessThan(s.total);
          const lost = s.findings.find((f) => f.code === 'collection-action' && f.target === account.id)!;
          const words = describeArFinding(lost, rubric);
          expect(words).toContain('you chose');
          expect(words).toContain(COLLECTION_RULES[account.reason.code].source);
        }
      }
    });

    it('a wrong amount on the right step loses the amount point and shows the amount', () => {
      for (const account of key.accounts.filter((a) => a.amount !== undefined)) {
        const off = (Number(account.amount) + 5).toFixed(2);
        const s = points(scoreAr(rubric, { ...full, collections: { ...full.collections, [account.id]: { action: account.action, amount: off } } }));
        const f = s.findings.find((x) => x.code === 'collection-amount' && x.target === account.id)!;
        expect(f.ok).toBe(false);
        expect(describeArFinding(f, rubric)).toContain(`$${Number(account.amount).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
      }
    });

    it('the policy the page shows states the figures the key is computed from', () => {
      const text = describePolicy(collections.policy).join(' ');
      const p = collections.policy;
      expect(text).toContain(`every ${p.statementEveryDays} days`);
      expect(text).toContain(p.agency);
      if (p.paymentPlan) expect(text).toContain(`divided by ${p.paymentPlan.maxMonths}`);
      for (const b of p.assistance?.bands ?? []) expect(text).toContain(`${b.upToPercentFpl}%: ${b.discountPercent}% off`);
    });

    it('names accounts by their place on the worklist; no id is shown and no title gives a step away', () => {
      key.accounts.forEach((a, i) => expect(a.label).toBe(`Account ${i + 1} (${collections.accounts[i]!.patient})`));
      const shown = `${ex.title} ${ex.summary} ${id}`.toLowerCase();
      expect(shown).not.toMatch(/bad-debt recovery|write off to bad debt|courtesy/);
    });
  });
});
