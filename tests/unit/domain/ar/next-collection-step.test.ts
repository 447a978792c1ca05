import { describe, expect, it } from 'vitest';
import { collectionAccountSchema, collectionPolicySchema, type CollectionAccount, type CollectionPolicy } from '../../../../src/domain/ar/collections-schema.ts';
import { addDays, nextCollectionStep, placementDate } from '../../../../src/domain/ar/next-collection-step.ts';
import { planTerms } from '../../../../src/domain/ar/payment-plan.ts';

/** A practice policy written the way the exercises write one (zod fills the defaults). */
const policy: CollectionPolicy = collectionPolicySchema.parse({
  practice: 'Test Family Medicine',
  revised: '2026-07-01',
  statementEveryDays: 30,
  statementsBeforeFinalNotice: 3,
  finalNoticeWaitDays: 30,
  smallBalanceUnder: 10,
  agency: 'Test Recovery',
  paymentPlan: { minimumBalance: 200, minimumMonthly: 50, maxMonths: 12 },
  assistance: { bands: [{ upToPercentFpl: 100, discountPercent: 100 }, { upToPercentFpl: 150, discountPercent: 75 }, { upToPercentFpl: 200, discountPercent: 50 }] },
});
const ASOF = '2026-12-01';
const account = (facts: Partial<CollectionAccount>): CollectionAccount =>
  collectionAccountSchema.parse({ id: 'a', patient: 'Pat Test', coverage: 'Lakeshore PPO', owed: [{ dateOfService: '2026-08-03', what: 'Deductible (PR-1)', amount: 240 }], ...facts });
const next = (facts: Partial<CollectionAccount>, p: CollectionPolicy = policy, asOf = ASOF) => nextCollectionStep(p, account(facts), asOf);

describe('payment plan terms', () => {
  it('$1,250.00 over at most 12 months with a $50.00 minimum: $105.00 a month (104.17 rounded up), 12 payments, the last $95.00', () => {
    expect(planTerms(125_000, 5_000, 12)).toEqual({ spreadCents: 10_500, monthlyCents: 10_500, months: 12, lastCents: 9_500 });
  });
  it('a small balance pays the minimum: $240.00 at $50.00 is 5 payments, the last $40.00', () => {
    expect(planTerms(24_000, 5_000, 12)).toEqual({ spreadCents: 2_000, monthlyCents: 5_000, months: 5, lastCents: 4_000 });
  });
  it('a balance that divides evenly is not rounded up: $840.00 / 12 = $70.00', () => {
    expect(planTerms(84_000, 5_000, 12).monthlyCents).toBe(7_000);
  });
});

describe('the statement cycle', () => {
  it('sends the first statement, for the patient responsibility less what the patient paid, once every payer has finished', () => {
    const s = next({ owed: [{ dateOfService: '2026-10-02', what: 'Coinsurance', amount: 96.4 }, { dateOfService: '2026-10-02', what: 'Copay', amount: 30 }], paid: [{ date: '2026-10-02', amount: 30, how: 'Copay at check-in' }] });
    expect([s.action, s.amountCents]).toEqual(['send-statement', 9_640]);
  });
  it('holds the account while a payer has not finished, even with statements already sent', () => {
    expect(next({ payerPending: 'Prairie Mutual (secondary) since 11/12' }).action).toBe('hold');
    expect(next({ payerPending: 'Buckeye crossover pending', statements: ['2026-10-05'] }).action).toBe('hold');
  });
  it('waits for the cycle: statement 2 is due 30 days after statement 1, not a day sooner', () => {
    expect(next({ statements: ['2026-11-02'] }).action).toBe('no-action');
    expect(next({ statements: ['2026-11-01'] })).toMatchObject({ action: 'send-statement', amountCents: 24_000, reason: { code: 'next-statement', number: 2, of: 3 } });
  });
  it('sends the final notice one cycle after the third statement', () => {
    expect(next({ statements: ['2026-08-03', '2026-09-02', '2026-10-02'] })).toMatchObject({ action: 'final-notice', amountCents: 24_000 });
  });
  it('writes off a balance under the small-balance figure at the final-notice step instead, and only there', () => {
    const small = { owed: [{ dateOfService: '2026-07-01', what: 'Coinsurance', amount: 9.99 }] };
    expect(next({ ...small, statements: ['2026-08-03', '2026-09-02', '2026-10-02'] })).toMatchObject({ action: 'small-balance-write-off', amountCents: 999 });
    expect(next({ ...small, statements: ['2026-08-03', '2026-09-02'] }).action).toBe('send-statement');
    expect(next({ owed: [{ dateOfService: '2026-07-01', what: 'Coinsurance', amount: 10 }], statements: ['2026-08-03', '2026-09-02', '2026-10-02'] }).action).toBe('final-notice');
  });
  it('places the account with a bad-debt write-off once the final notice has run its 30 days', () => {
    const history = { statements: ['2026-07-03', '2026-08-02', '2026-09-01'], finalNotice: '2026-10-31' };
    expect(next(history, policy, '2026-11-29')).toMatchObject({ action: 'no-action', reason: { code: 'notice-wait', until: '2026-11-30' } });
    expect(next(history, policy, '2026-11-30')).toMatchObject({ action: 'place-with-agency', amountCents: 24_000 });
  });
});

describe('a nonprofit hospital (501(r)) places no earlier than 120 days from the first statement and 30 from the notice', () => {
  const hospital = { ...policy, irs501r: true, statementEveryDays: 21, finalNoticeWaitDays: 20 };
  it('the 120-day notification period binds when the statements came fast', () => {
    expect(placementDate(hospital, '2026-10-01', '2026-07-30')).toEqual({ from: '2026-11-27', by: '501r-notification' });
    expect(addDays('2026-07-30', 120)).toBe('2026-11-27');
  });
  it('the 30-day notice binds when the practice\'s own wait is shorter', () => {
    expect(placementDate(hospital, '2026-10-01', '2026-05-01')).toEqual({ from: '2026-10-31', by: '501r-notice' });
  });
  it('a practice not bound by 501(r) uses its own wait only', () => {
    expect(placementDate({ ...hospital, irs501r: false }, '2026-10-01', '2026-07-30')).toEqual({ from: '2026-10-21', by: 'final-notice' });
  });
  it('so an account whose notice has run but whose first statement is 100 days old waits', () => {
    const s = next({ statements: ['2026-08-23', '2026-09-13', '2026-10-04'], finalNotice: '2026-10-25' }, hospital, '2026-12-01');
    expect(s).toMatchObject({ action: 'no-action', reason: { code: 'notice-wait', until: '2026-12-21', by: '501r-notification' } });
  });
});

describe('plans, assistance and the desk', () => {
  it('sets up a requested plan on the written terms, not the requested amount', () => {
    expect(next({ owed: [{ dateOfService: '2026-09-01', what: 'Deductible', amount: 1250 }], requestsPlan: true, note: 'asks for $40 a month' })).toMatchObject({ action: 'payment-plan', amountCents: 10_500 });
  });
  it('a plan asked for on a balance under the minimum: the cycle goes on, with a note', () => {
    const s = next({ owed: [{ dateOfService: '2026-09-01', what: 'Coinsurance', amount: 150 }], requestsPlan: true });
    expect(s.action).toBe('send-statement');
    expect(s.notes).toEqual([{ code: 'plan-below-minimum', balanceCents: 15_000, minimumCents: 20_000 }]);
  });
  it('a current plan needs nothing; a defaulted plan goes to the final notice', () => {
    expect(next({ plan: { monthly: 50, since: '2026-08-01', missedPayments: 1 }, statements: ['2026-07-15'] }).action).toBe('no-action');
    expect(next({ plan: { monthly: 50, since: '2026-08-01', missedPayments: 2 }, statements: ['2026-07-15'] })).toMatchObject({ action: 'final-notice', reason: { code: 'plan-default' } });
  });
  it('a defaulted plan whose final notice has gone out waits for the notice, then is placed', () => {
    const defaulted = { plan: { monthly: 50, since: '2026-08-01', missedPayments: 2 }, statements: ['2026-07-15'], finalNotice: '2026-11-10' };
    expect(next(defaulted)).toMatchObject({ action: 'no-action', reason: { code: 'notice-wait', until: '2026-12-10' } });
    expect(next(defaulted, policy, '2026-12-10')).toMatchObject({ action: 'place-with-agency', amountCents: 24_000 });
  });
  it('a plan set up after a final notice, then defaulted, gets a new final notice: the old one was answered by the plan', () => {
    const answered = { statements: ['2026-06-01', '2026-07-01', '2026-07-31'], finalNotice: '2026-08-30', plan: { monthly: 50, since: '2026-09-15', missedPayments: 2 } };
    expect(next(answered)).toMatchObject({ action: 'final-notice', amountCents: 24_000, reason: { code: 'plan-default' } });
  });
  it('holds a pending application and applies a decided one by the sliding scale (band edges inclusive)', () => {
    expect(next({ assistance: { applied: '2026-11-20' }, statements: ['2026-08-03', '2026-09-02', '2026-10-02'] }).action).toBe('hold');
    expect(next({ assistance: { applied: '2026-11-20', percentFpl: 150 } })).toMatchObject({ action: 'financial-assistance', amountCents: 18_000 });
    expect(next({ assistance: { applied: '2026-11-20', percentFpl: 151 } })).toMatchObject({ action: 'financial-assistance', amountCents: 12_000 });
    expect(next({ assistance: { applied: '2026-11-20', percentFpl: 100 } }).amountCents).toBe(24_000);
  });
  it('above the scale there is no discount: the cycle goes on, with a note', () => {
    const s = next({ assistance: { applied: '2026-11-20', percentFpl: 240 } });
    expect(s.action).toBe('send-statement');
    expect(s.notes[0]).toEqual({ code: 'over-scale', percentFpl: 240, topPercentFpl: 200 });
  });
  it('at check-in collects the copay plus a billed balance, but not one a payer is working or one on a plan', () => {
    const desk = { visitToday: { service: 'Office visit for a new problem', copay: 30 } };
    expect(next({ ...desk, statements: ['2026-11-02'] }).amountCents).toBe(27_000);
    expect(next({ ...desk }).amountCents).toBe(3_000);
    expect(next({ ...desk, statements: ['2026-11-02'], payerPending: 'secondary pending' }).amountCents).toBe(3_000);
    expect(next({ ...desk, statements: ['2026-11-02'], plan: { monthly: 50, since: '2026-11-15', missedPayments: 0 } }).amountCents).toBe(3_000);
    // A plan in default no longer collects the balance, so the billed balance is collected with the copay.
    expect(next({ ...desk, statements: ['2026-08-02'], plan: { monthly: 50, since: '2026-08-15', missedPayments: 2 } })).toMatchObject({ amountCents: 27_000, reason: { prior: 'included' } });
    expect(next({ visitToday: { service: 'Annual preventive visit', copay: 0 }, statements: ['2026-11-02'] }).amountCents).toBe(24_000);
    expect(next({ ...desk, statements: ['2026-11-02'] }, { ...policy, collectPriorBalanceAtCheckIn: false }).amountCents).toBe(3_000);
  });
  it('after placement: a later payment is a bad-debt recovery of that amount; otherwise nothing', () => {
    const placed = { statements: ['2026-05-01', '2026-05-31', '2026-06-30'], finalNotice: '2026-07-30', placedWithAgency: '2026-09-01' };
    expect(next(placed).action).toBe('no-action');
    expect(next({ ...placed, paidAfterPlacement: { date: '2026-11-20', amount: 60, how: 'Check mailed to the practice' } })).toMatchObject({ action: 'bad-debt-recovery', amountCents: 6_000 });
  });
});
