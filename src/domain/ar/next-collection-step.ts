import { IRS_501R, type CollectionAction } from './collection-rules.ts';
import type { CollectionAccount, CollectionPolicy } from './collections-schema.ts';
import { planTerms, type PlanTerms } from './payment-plan.ts';
import { addDays } from '../text/calendar-date.ts';

/** Why the next step is what it is, as data (describe-collections.ts puts it into words). */
export type CollectionReason =
  | { code: 'payer-pending'; payer: string }
  | { code: 'assistance-pending'; applied: string }
  | { code: 'check-in'; copayCents: number; priorCents: number; prior: 'included' | 'none' | 'payer-pending' | 'not-billed' | 'on-plan' | 'not-at-desk' }
  | { code: 'placed'; placed: string }
  | { code: 'recovery'; placed: string; paidOn: string }
  | { code: 'assistance'; percentFpl: number; upToPercentFpl: number; discountPercent: number; balanceCents: number }
  | { code: 'plan-requested'; balanceCents: number; terms: PlanTerms; minimumMonthlyCents: number; maxMonths: number }
  | { code: 'plan-current'; missed: number; allowed: number }
  | { code: 'plan-default'; missed: number; allowed: number }
  | { code: 'first-statement'; owedCents: number; paidCents: number }
  | { code: 'next-statement'; number: number; of: number; last: string; due: string }
  | { code: 'statement-not-due'; sent: number; last: string; due: string }
  | { code: 'final-notice'; statements: number; last: string; due: string }
  | { code: 'small-balance'; balanceCents: number; underCents: number; at: 'final-notice' | 'placement' }
  | { code: 'notice-wait'; notice: string; until: string; by: WaitRule }
  | { code: 'place'; notice: string; from: string; by: WaitRule };

/** Which wait decides the placement date: the practice's final-notice period, or one of 501(r)'s two periods. */
export type WaitRule = 'final-notice' | '501r-notification' | '501r-notice';

/** Something the learner should know that did not decide the step (an assistance band or plan minimum not met). */
export type CollectionNote = { code: 'over-scale'; percentFpl: number; topPercentFpl: number } | { code: 'plan-below-minimum'; balanceCents: number; minimumCents: number };

export interface CollectionStep {
  action: CollectionAction;
  /** In cents; present when the action carries an amount. */
  amountCents?: number;
  reason: CollectionReason;
  notes: CollectionNote[];
}

/** Dollars (as authored) to integer cents. */
export const toCents = (dollars: number): number => Math.round(dollars * 100);

export { addDays };

/** What the patient owes on the account now: patient responsibility posted less payments made, in cents. */
export function accountBalance(a: CollectionAccount): { owedCents: number; paidCents: number; balanceCents: number } {
  const owedCents = a.owed.reduce((s, o) => s + toCents(o.amount), 0);
  const paidCents = a.paid.reduce((s, p) => s + toCents(p.amount), 0);
  return { owedCents, paidCents, balanceCents: owedCents - paidCents };
}

/** The discount band a household income falls in, or undefined above the scale. */
export function assistanceBand(policy: CollectionPolicy, percentFpl: number): { upToPercentFpl: number; discountPercent: number } | undefined {
  return [...(policy.assistance?.bands ?? [])].sort((a, b) => a.upToPercentFpl - b.upToPercentFpl).find((b) => percentFpl <= b.upToPercentFpl);
}

/**
 * The first day the account may be placed after the final notice: the notice's own wait, and at a
 * nonprofit hospital (501(r)) also 30 days after that notice and 120 days after the first
 * statement, whichever is latest.
 */
export function placementDate(policy: CollectionPolicy, finalNotice: string, firstStatement: string | undefined): { from: string; by: WaitRule } {
  let from = addDays(finalNotice, policy.finalNoticeWaitDays);
  let by: WaitRule = 'final-notice';
  if (policy.irs501r) {
    const notice = addDays(finalNotice, IRS_501R.noticeDays);
    if (notice > from) [from, by] = [notice, '501r-notice'];
    const notification = addDays(firstStatement ?? finalNotice, IRS_501R.notificationDays);
    if (notification > from) [from, by] = [notification, '501r-notification'];
  }
  return { from, by };
}

/**
 * The next step on one patient account under the practice's written policy, as of `asOf`. The
 * rules, in the order they are tried (the policy describer words the same order):
 * 1. an account with the agency: post a later payment as a bad-debt recovery, otherwise nothing;
 * 2. a patient at the desk today: collect the copay, plus a balance already billed on a
 *    statement when the policy says so (not one a payer is still working, not one on a current plan);
 * 3. a payer still pending, or an assistance application not yet decided: hold;
 * 4. a decided application in a band of the sliding scale: the discount, before anything else;
 * 5. a plan in place: nothing while it is current, the final notice once it defaults (a notice
 *    from before the plan does not count; then the notice's wait and placement, as below);
 * 6. a plan asked for, on a balance at the policy's minimum: the plan's monthly payment;
 * 7. the statement cycle: first statement, the next each cycle, the final notice one cycle after
 *    the last routine statement, and placement with a bad-debt write-off once the final notice's
 *    wait (and 501(r)'s) is over; a small balance is written off at either of those two steps instead.
 */
export function nextCollectionStep(policy: CollectionPolicy, a: CollectionAccount, asOf: string): CollectionStep {
  const notes: CollectionNote[] = [];
  const { owedCents, paidCents, balanceCents } = accountBalance(a);
  const step = (action: CollectionAction, reason: CollectionReason, amountCents?: number): CollectionStep => ({ action, reason, notes, ...(amountCents !== undefined ? { amountCents } : {}) });
  const smallCents = toCents(policy.smallBalanceUnder);
  const finalStep = (reason: CollectionReason): CollectionStep => (balanceCents < smallCents ? step('small-balance-write-off', { code: 'small-balance', balanceCents, underCents: smallCents, at: 'final-notice' }, balanceCents) : step('final-notice', reason, balanceCents));

  if (a.placedWithAgency) {
    return a.paidAfterPlacement
      ? step('bad-debt-recovery', { code: 'recovery', placed: a.placedWithAgency, paidOn: a.paidAfterPlacement.date }, toCents(a.paidAfterPlacement.amount))
      : step('no-action', { code: 'placed', placed: a.placedWithAgency });
  }
  const allowed = policy.paymentPlan?.defaultAfterMissed ?? 2;
  // A plan in default no longer collects the balance: the desk treats it as any billed balance.
  const planCurrent = a.plan !== undefined && a.plan.missedPayments < allowed;
  if (a.visitToday) {
    const copayCents = toCents(a.visitToday.copay);
    const prior = !policy.collectPriorBalanceAtCheckIn ? 'not-at-desk' : a.payerPending ? 'payer-pending' : planCurrent ? 'on-plan' : a.statements.length === 0 ? 'not-billed' : 'included';
    const priorCents = prior === 'included' ? balanceCents : 0;
    return step('collect-at-check-in', { code: 'check-in', copayCents, priorCents: balanceCents, prior: balanceCents <= 0 ? 'none' : prior }, copayCents + priorCents);
  }
  if (a.payerPending) return step('hold', { code: 'payer-pending', payer: a.payerPending });
  if (a.assistance && a.assistance.percentFpl === undefined) return step('hold', { code: 'assistance-pending', applied: a.assistance.applied });
  if (a.assistance?.percentFpl !== undefined) {
    const band = assistanceBand(policy, a.assistance.percentFpl);
    if (band && band.discountPercent > 0) {
      return step('financial-assistance', { code: 'assistance', percentFpl: a.assistance.percentFpl, ...band, balanceCents }, Math.round((balanceCents * band.discountPercent) / 100));
    }
    const top = Math.max(0, ...(policy.assistance?.bands ?? []).filter((b) => b.discountPercent > 0).map((b) => b.upToPercentFpl));
    notes.push({ code: 'over-scale', percentFpl: a.assistance.percentFpl, topPercentFpl: top });
  }
  if (a.plan) {
    const missed = a.plan.missedPayments;
    if (planCurrent) return step('no-action', { code: 'plan-current', missed, allowed });
    // A defaulted plan goes to the final notice; once that is sent, the notice's wait and placement follow as for any account.
    // A notice sent before the plan began does not count: the patient answered it by setting up the plan.
    if (!a.finalNotice || a.finalNotice < a.plan.since) return finalStep({ code: 'plan-default', missed, allowed });
  }
  if (a.requestsPlan && policy.paymentPlan) {
    const minimumCents = toCents(policy.paymentPlan.minimumBalance);
    if (balanceCents >= minimumCents) {
      const minimumMonthlyCents = toCents(policy.paymentPlan.minimumMonthly);
      const terms = planTerms(balanceCents, minimumMonthlyCents, policy.paymentPlan.maxMonths);
      return step('payment-plan', { code: 'plan-requested', balanceCents, terms, minimumMonthlyCents, maxMonths: policy.paymentPlan.maxMonths }, terms.monthlyCents);
    }
    notes.push({ code: 'plan-below-minimum', balanceCents, minimumCents });
  }

  const sent = a.statements.length;
  const last = a.statements[sent - 1];
  if (last === undefined) return step('send-statement', { code: 'first-statement', owedCents, paidCents }, balanceCents);
  if (!a.finalNotice) {
    const due = addDays(last, policy.statementEveryDays);
    if (asOf < due) return step('no-action', { code: 'statement-not-due', sent, last, due });
    if (sent < policy.statementsBeforeFinalNotice) return step('send-statement', { code: 'next-statement', number: sent + 1, of: policy.statementsBeforeFinalNotice, last, due }, balanceCents);
    return finalStep({ code: 'final-notice', statements: sent, last, due });
  }
  const { from, by } = placementDate(policy, a.finalNotice, a.statements[0]);
  if (asOf < from) return step('no-action', { code: 'notice-wait', notice: a.finalNotice, until: from, by });
  if (balanceCents < smallCents) return step('small-balance-write-off', { code: 'small-balance', balanceCents, underCents: smallCents, at: 'placement' }, balanceCents);
  return step('place-with-agency', { code: 'place', notice: a.finalNotice, from, by }, balanceCents);
}
