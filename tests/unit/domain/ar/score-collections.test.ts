import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arExerciseSchema, type ArExercise } from '../../../../src/domain/ar/ar-exercise-schema.ts';
import { arRubric } from '../../../../src/domain/ar/ar-rubric.ts';
import type { ArUserInput, CollectionLineInput } from '../../../../src/domain/ar/ar-types.ts';
import { describeArFinding } from '../../../../src/domain/ar/describe-ar.ts';
import { scoreAr } from '../../../../src/domain/ar/score-ar.ts';
import { formatZodIssues } from '../../../../src/domain/content-errors.ts';

/** A collections-only exercise: four accounts at a small practice on 2026-12-01. */
const raw = {
  title: 'Test collections',
  summary: 'Four patient accounts under a written policy.',
  difficulty: 'core',
  asOf: '2026-12-01',
  collections: {
    policy: { practice: 'Test Family Medicine', revised: '2026-07-01', statementEveryDays: 30, statementsBeforeFinalNotice: 3, finalNoticeWaitDays: 30, smallBalanceUnder: 10, agency: 'Test Recovery', paymentPlan: { minimumBalance: 200, minimumMonthly: 50, maxMonths: 12 } },
    accounts: [
      { id: 'pending', patient: 'Ann Able', coverage: 'Lakeshore PPO, then Prairie Mutual', owed: [{ dateOfService: '2026-10-20', what: 'Coinsurance', amount: 44 }], payerPending: 'Prairie Mutual (secondary) received the claim 11/12' },
      { id: 'plan', patient: 'Ben Baker', coverage: 'Lakeshore PPO', owed: [{ dateOfService: '2026-09-01', what: 'Deductible', amount: 1250 }], statements: ['2026-10-01'], requestsPlan: true },
      { id: 'notice', patient: 'Cara Cole', coverage: 'Lakeshore PPO', owed: [{ dateOfService: '2026-07-01', what: 'Deductible', amount: 180 }], statements: ['2026-08-01', '2026-08-31', '2026-09-30'] },
      { id: 'desk', patient: 'Dan Dunn', coverage: 'Prairie Mutual HMO', owed: [{ dateOfService: '2026-10-01', what: 'Copay not collected', amount: 25 }], statements: ['2026-11-01'], visitToday: { service: 'Office visit for a sore throat', copay: 25 } },
    ],
  },
};
const ex: ArExercise = arExerciseSchema.parse(raw);
const rubric = arRubric(ex);
const right: ArUserInput = {
  buckets: {},
  priority: [],
  daysInAr: '',
  netCollectionRate: '',
  collections: { pending: { action: 'hold', amount: '' }, plan: { action: 'payment-plan', amount: '105' }, notice: { action: 'final-notice', amount: '$180.00' }, desk: { action: 'collect-at-check-in', amount: '50.00' } },
};
const graded = (edit: Partial<Record<string, { action: string; amount: string }>>) => {
  const s = scoreAr(rubric, { ...right, collections: { ...right.collections, ...edit } as Record<string, CollectionLineInput> });
  if (s.type !== 'points') throw new Error('invalid');
  return s;
};
const words = (edit: Partial<Record<string, { action: string; amount: string }>>, target: string, code = 'collection-action') => describeArFinding(graded(edit).findings.find((f) => f.target === target && f.code === code)!, rubric);

describe('the collections key is computed from the written policy', () => {
  it('hold for a pending secondary; the plan at $105.00; the final notice for $180.00; $50.00 at the desk', () => {
    expect(rubric.collections!.accounts.map((a) => [a.action, a.amount ?? null])).toEqual([
      ['hold', null],
      ['payment-plan', '105.00'],
      ['final-notice', '180.00'],
      ['collect-at-check-in', '50.00'],
    ]);
    expect(rubric.buckets).toBeUndefined();
    expect(rubric.daysInAr).toBeUndefined();
  });
});

describe('scoring the collections step', () => {
  it('the right steps, with amounts typed as people type them, earn every point (and there are no report points)', () => {
    const s = graded({});
    expect([s.earned, s.total]).toEqual([7, 7]);
    expect(s.findings.every((f) => f.code.startsWith('collection-'))).toBe(true);
  });
  it('a wrong step loses its point and its amount point, even with the right figure typed', () => {
    const s = graded({ notice: { action: 'place-with-agency', amount: '180.00' } });
    expect(s.total - s.earned).toBe(2);
  });
  it('an amount one cent off is accepted; a dollar off is not', () => {
    expect(graded({ notice: { action: 'final-notice', amount: '180.01' } }).earned).toBe(7);
    expect(graded({ notice: { action: 'final-notice', amount: '181' } }).earned).toBe(6);
  });
  it('an empty attempt is not graded; choosing one step is', () => {
    expect(scoreAr(rubric, { buckets: {}, priority: [], daysInAr: '', netCollectionRate: '', collections: {} })).toEqual({ type: 'invalid', reason: 'empty' });
    expect(scoreAr(rubric, { buckets: {}, priority: [], daysInAr: '', netCollectionRate: '', collections: { pending: { action: 'hold', amount: '' } } })).toMatchObject({ type: 'points', earned: 1, total: 7 });
  });
  it('never throws and stays in range on anything a stored attempt may hold', () => {
    const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.record({ action: fc.oneof(fc.string(), fc.integer()), amount: fc.oneof(fc.string(), fc.double()) }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('pending', 'plan', 'notice', 'desk', '__proto__', 'constructor'), junk), (collections) => {
        const s = scoreAr(rubric, { buckets: {}, priority: [], daysInAr: '', netCollectionRate: '', collections } as unknown as ArUserInput);
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
        }
      }),
    );
  });
});

describe('feedback says what was wrong and why, with the source', () => {
  it('a statement while the secondary is pending: the key is hold, because every payer must finish first', () => {
    const text = words({ pending: { action: 'send-statement', amount: '44' } }, 'pending');
    expect(text).toContain('you chose "Send a statement"');
    expect(text).toContain('Prairie Mutual (secondary) received the claim 11/12');
    expect(text).toMatch(/only after every payer has adjudicated/);
  });
  it('the amount the patient asked for is not the plan: the feedback shows the policy arithmetic', () => {
    const text = words({ plan: { action: 'payment-plan', amount: '40' } }, 'plan', 'collection-amount');
    expect(text).toContain('you gave 40; the monthly payment is $105.00');
    expect(text).toContain('$1,250.00 / 12 months = $104.17, rounded up to the whole dollar $105.00');
    expect(text).toContain('12 payments, the last $95.00');
  });
  it('a courtesy waiver is never the key: the feedback names the OIG fraud alert and the CMP law', () => {
    const text = words({ notice: { action: 'courtesy-waiver', amount: '180' } }, 'notice');
    expect(text).toContain('59 FR 65372');
    expect(text).toContain('1320a-7a');
    expect(text).toContain('The next step is "Send the final notice"');
  });
  it('at the desk: the billed balance is collected with the copay', () => {
    expect(words({ desk: { action: 'collect-at-check-in', amount: '25' } }, 'desk', 'collection-amount')).toContain('plus the $25.00 already billed on a statement: $50.00');
  });
});

describe('bad authoring input gets a message with the file, the field and the fix', () => {
  const problems = (mutate: (r: typeof raw) => void): string => {
    const copy = structuredClone(raw);
    mutate(copy);
    const parsed = arExerciseSchema.safeParse(copy);
    return parsed.success ? '' : formatZodIssues('content/exercises/ar/test.yaml', parsed.error);
  };
  it('a final notice before the third statement', () => {
    expect(problems((r) => Object.assign(r.collections.accounts[2]!, { statements: ['2026-08-01', '2026-08-31'], finalNotice: '2026-09-30' }))).toBe(
      'content/exercises/ar/test.yaml: collections.accounts[2].finalNotice: follows 2 statements, but the policy sends 3 first. Hint: add the missing statements, or give the account a defaulted plan.',
    );
  });
  it('an event after the exercise date, and statements out of order', () => {
    const text = problems((r) => Object.assign(r.collections.accounts[2]!, { statements: ['2026-08-31', '2026-08-01', '2026-12-05'] }));
    expect(text).toContain('collections.accounts[2].statements[1]: 2026-08-01 is not after the statement before it (2026-08-31). Hint: list statements oldest first.');
    expect(text).toContain('collections.accounts[2].statements[2]: 2026-12-05 is after the exercise date 2026-12-01. Hint: every event must have happened by asOf.');
  });
  it('a plan request where the policy offers none, and a balance already paid', () => {
    const text = problems((r) => {
      delete (r.collections.policy as Partial<typeof r.collections.policy>).paymentPlan;
      Object.assign(r.collections.accounts[0]!, { paid: [{ date: '2026-11-01', amount: 44, how: 'Check' }] });
    });
    expect(text).toContain('collections.accounts[1].requestsPlan: the policy offers no payment plans. Hint: add policy.paymentPlan, or remove the request.');
    expect(text).toContain('collections.accounts[0].owed: leaves a balance of 0.00 after the payments, so there is nothing to collect.');
  });
  it('an amount in fractions of a cent, and an exercise with nothing to grade', () => {
    expect(problems((r) => (r.collections.accounts[0]!.owed[0]!.amount = 44.005))).toContain('collections.accounts[0].owed[0].amount: has more than two decimal places. Hint: write dollars and cents, e.g. 42.50.');
    expect(problems((r) => delete (r as Partial<typeof r>).collections)).toContain('claims: the exercise has nothing to grade. Hint: add claims and period (the A/R report), collections (the patient accounts), or both.');
  });
  it('an amount for a service after the last statement (never billed, but the engine would treat it as billed)', () => {
    expect(problems((r) => r.collections.accounts[2]!.owed.push({ dateOfService: '2026-10-15', what: 'Coinsurance, later visit', amount: 40 }))).toBe(
      "content/exercises/ar/test.yaml: collections.accounts[2].owed[1].dateOfService: 2026-10-15 is after the last statement (2026-09-30), so this amount was never billed, but the account's balance is treated as billed. Hint: keep one episode per account (give the later visit an account of its own), or add the statement that billed it.",
    );
  });
  it('a malformed date gets one message, not the story checks that would follow from it', () => {
    expect(problems((r) => Object.assign(r.collections.accounts[2]!, { statements: ['08/01/2026', '2026-08-31', '2026-09-30'] }))).toBe('content/exercises/ar/test.yaml: collections.accounts[2].statements[0]: a date as YYYY-MM-DD.');
  });
  it('a desk visit with nothing to collect', () => {
    expect(problems((r) => Object.assign(r.collections.accounts[3]!, { visitToday: { service: 'Annual preventive visit', copay: 0 }, statements: [], paid: [{ date: '2026-10-01', amount: 25, how: 'Cash' }] }))).toContain(
      'collections.accounts[3].visitToday: there is nothing to collect at check-in (no copay and no billed balance)',
    );
  });
});
