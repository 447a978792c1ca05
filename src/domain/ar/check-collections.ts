import type { Collections } from './collections-schema.ts';
import { accountBalance, nextCollectionStep } from './next-collection-step.ts';

/** One authoring problem: where (a path under `collections`) and what, with the fix after "Hint:". */
export interface CollectionIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks that a collections step tells one consistent story as of `asOf`, so the computed key
 * means what the author meant: dates in order and not in the future, a balance to collect, and
 * facts that need a policy rule (a plan, an application) only where the policy has that rule.
 */
export function checkCollections(c: Collections, asOf: string): CollectionIssue[] {
  const issues: CollectionIssue[] = [];
  const say = (path: (string | number)[], message: string) => issues.push({ path: ['collections', ...path], message });
  const seen = new Set<string>();
  const { policy } = c;
  if (policy.paymentPlan && policy.paymentPlan.minimumBalance <= policy.paymentPlan.minimumMonthly) say(['policy', 'paymentPlan', 'minimumBalance'], 'is not above the minimum monthly payment, so a plan could be a single payment. Hint: raise minimumBalance (e.g. to 200.00)');
  const bands = policy.assistance?.bands ?? [];
  bands.forEach((b, i) => {
    const prev = bands[i - 1];
    if (prev && (b.upToPercentFpl <= prev.upToPercentFpl || b.discountPercent > prev.discountPercent)) say(['policy', 'assistance', 'bands', i], 'the bands must rise in income and fall (or stay level) in discount. Hint: list the lowest income band first, with the largest discount');
  });

  c.accounts.forEach((a, i) => {
    const at = (...p: (string | number)[]) => ['accounts', i, ...p];
    if (seen.has(a.id)) say(at('id'), `"${a.id}" is used by an earlier account. Hint: give every account its own id`);
    seen.add(a.id);
    const { balanceCents } = accountBalance(a);
    if (a.visitToday ? balanceCents < 0 : balanceCents <= 0) say(at('owed'), `leaves a balance of ${(balanceCents / 100).toFixed(2)} after the payments, so there is nothing to collect. Hint: the owed amounts must add up to more than the paid ones${a.visitToday ? ' (or the same, for a patient with no earlier balance)' : ''}`);
    const future = (path: (string | number)[], d: string | undefined) => {
      if (d !== undefined && d > asOf) say(path, `${d} is after the exercise date ${asOf}. Hint: every event must have happened by asOf`);
    };
    a.owed.forEach((o, j) => future(at('owed', j, 'dateOfService'), o.dateOfService));
    a.paid.forEach((p, j) => future(at('paid', j, 'date'), p.date));
    a.statements.forEach((s, j) => {
      future(at('statements', j), s);
      const prev = a.statements[j - 1];
      if (prev !== undefined && s <= prev) say(at('statements', j), `${s} is not after the statement before it (${prev}). Hint: list statements oldest first`);
    });
    const firstService = a.owed.map((o) => o.dateOfService).sort()[0];
    if (firstService && a.statements[0] !== undefined && a.statements[0] < firstService) say(at('statements', 0), `the first statement (${a.statements[0]}) is before the first date of service (${firstService}). Hint: a statement follows the service`);
    // The engine treats the whole balance as billed once a statement has gone out (the desk collects it, the final notice asks for it).
    const lastStatement = a.statements.at(-1);
    a.owed.forEach((o, j) => {
      if (lastStatement !== undefined && o.dateOfService > lastStatement) say(at('owed', j, 'dateOfService'), `${o.dateOfService} is after the last statement (${lastStatement}), so this amount was never billed, but the account's balance is treated as billed. Hint: keep one episode per account (give the later visit an account of its own), or add the statement that billed it`);
    });
    if (a.finalNotice) {
      future(at('finalNotice'), a.finalNotice);
      const last = a.statements.at(-1);
      if (last === undefined || a.finalNotice <= last) say(at('finalNotice'), 'must come after the last statement. Hint: add the statements that went before it, oldest first');
      else if (!a.plan && a.statements.length < policy.statementsBeforeFinalNotice) say(at('finalNotice'), `follows ${a.statements.length} statements, but the policy sends ${policy.statementsBeforeFinalNotice} first. Hint: add the missing statements, or give the account a defaulted plan`);
    }
    if (a.placedWithAgency) {
      future(at('placedWithAgency'), a.placedWithAgency);
      if (!a.finalNotice || a.placedWithAgency <= a.finalNotice) say(at('placedWithAgency'), 'an account goes to the agency only after a final notice. Hint: add finalNotice with an earlier date');
      if (a.payerPending || a.assistance || a.plan || a.visitToday || a.requestsPlan) say(at('placedWithAgency'), 'a placed account cannot also have a pending payer, an application, a plan, a plan request or a visit today. Hint: remove those facts, or the placement');
    }
    if (a.paidAfterPlacement) {
      future(at('paidAfterPlacement', 'date'), a.paidAfterPlacement.date);
      if (!a.placedWithAgency || a.paidAfterPlacement.date < a.placedWithAgency) say(at('paidAfterPlacement'), 'is a payment after placement, but the account was not placed before it. Hint: add placedWithAgency with an earlier date');
      else if (a.paidAfterPlacement.amount > balanceCents / 100) say(at('paidAfterPlacement', 'amount'), 'is more than the balance written off to bad debt. Hint: a recovery cannot exceed the balance placed');
    }
    if (a.assistance) {
      future(at('assistance', 'applied'), a.assistance.applied);
      if (!policy.assistance) say(at('assistance'), 'the policy has no financial assistance rule. Hint: add policy.assistance with its bands, or remove the application');
      if (a.visitToday) say(at('assistance'), 'a patient at the desk today with an application gives the desk two rules at once. Hint: keep the application for an account without visitToday');
    }
    if (a.plan) {
      future(at('plan', 'since'), a.plan.since);
      if (!policy.paymentPlan) say(at('plan'), 'the policy has no payment plan terms. Hint: add policy.paymentPlan');
      if (a.requestsPlan) say(at('requestsPlan'), 'the account already has a plan. Hint: remove requestsPlan or the plan');
    }
    if (a.requestsPlan && !policy.paymentPlan) say(at('requestsPlan'), 'the policy offers no payment plans. Hint: add policy.paymentPlan, or remove the request');
    if (a.visitToday) {
      if (a.requestsPlan) say(at('requestsPlan'), 'a plan request at the desk mixes two rules. Hint: keep the request for an account without visitToday');
      const step = nextCollectionStep(policy, a, asOf);
      if ((step.amountCents ?? 0) === 0) say(at('visitToday'), 'there is nothing to collect at check-in (no copay and no billed balance), so the step would be an amount of 0.00. Hint: give the visit a copay or the account a billed balance');
    }
  });
  return issues;
}
