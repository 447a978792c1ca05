import type { ArFinding, CollectionAccountKey, CollectionsRubric } from './ar-types.ts';
import { COLLECTION_ACTION_LABELS, COLLECTION_AMOUNT_NAMES, COLLECTION_RULES, IRS_501R, WRONG_CHOICE_NOTES, type CollectionAction } from './collection-rules.ts';
import type { CollectionPolicy } from './collections-schema.ts';
import type { CollectionNote, CollectionReason, WaitRule } from './next-collection-step.ts';

/** Where patient collections are taught; collection feedback links to it. */
export const COLLECTIONS_LESSON = '/learn/payment-and-ar/patient-collections/';

const usd = (cents: number): string => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const dollars = (n: number): string => usd(Math.round(n * 100));
const actionLabel = (a: string): string => (a in COLLECTION_ACTION_LABELS ? COLLECTION_ACTION_LABELS[a as CollectionAction] : a || 'nothing');
/** Authored text as a sentence: one final stop, whatever the author typed. */
const sentence = (text: string): string => `${text.trim().replace(/[.\s]+$/, '')}.`;
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

const WAIT_WORDS: Record<WaitRule, string> = {
  'final-notice': 'the date the final notice gave the patient',
  '501r-notice': `${IRS_501R.noticeDays} days after the written notice of extraordinary collection actions, under 501(r)`,
  '501r-notification': `${IRS_501R.notificationDays} days after the first post-discharge billing statement, 501(r)'s notification period`,
};

/** The account's facts that decided its step, in words ("Prairie Mutual has not finished: ..."). */
export function describeReason(r: CollectionReason): string {
  switch (r.code) {
    case 'payer-pending':
      return `A payer has not finished with the claim: ${sentence(r.payer)} The patient's share is not known yet.`;
    case 'assistance-pending':
      return `A financial assistance application came in on ${r.applied} and has not been decided.`;
    case 'check-in': {
      const prior = {
        included: `plus the ${usd(r.priorCents)} already billed on a statement`,
        none: 'with no earlier balance on the account',
        'payer-pending': `but not the ${usd(r.priorCents)} still pending with a payer`,
        'not-billed': `but not the ${usd(r.priorCents)} not yet billed on a statement (it goes on the next statement)`,
        'on-plan': `but not the ${usd(r.priorCents)} on the current payment plan (the plan collects it)`,
        'not-at-desk': `but not the earlier ${usd(r.priorCents)} (this policy leaves balances to the statements)`,
      }[r.prior];
      const visit = r.copayCents === 0 ? "No copay for today's visit (the eligibility response shows the plan covers it without cost sharing)" : `Collect the ${usd(r.copayCents)} copay for today's visit`;
      return `${visit}, ${prior}: ${usd(r.copayCents + (r.prior === 'included' ? r.priorCents : 0))}.`;
    }
    case 'placed':
      return `The account went to the agency on ${r.placed} and nothing has come in since.`;
    case 'recovery':
      return `The account was written off to bad debt when it went to the agency on ${r.placed}; the payment of ${r.paidOn} is a recovery of that write-off.`;
    case 'assistance':
      return `The application is decided: household income at ${r.percentFpl}% of the poverty guideline falls in the band up to ${r.upToPercentFpl}%, a ${r.discountPercent}% discount: ${usd(r.balanceCents)} x ${r.discountPercent}% = ${usd(Math.round((r.balanceCents * r.discountPercent) / 100))}.`;
    case 'plan-requested': {
      const t = r.terms;
      const split = t.spreadCents === r.balanceCents / r.maxMonths ? usd(t.spreadCents) : `${usd(r.balanceCents / r.maxMonths)}, rounded up to the whole dollar ${usd(t.spreadCents)}`;
      return `The patient asked for a plan and ${usd(r.balanceCents)} meets the minimum. ${usd(r.balanceCents)} / ${r.maxMonths} months = ${split}; the greater of that and the ${usd(r.minimumMonthlyCents)} minimum is ${usd(t.monthlyCents)} a month: ${t.months} payments${t.months > 1 && t.lastCents !== t.monthlyCents ? `, the last ${usd(t.lastCents)}` : ''}.`;
    }
    case 'plan-current':
      return `The plan is current (${r.missed} missed payment${r.missed === 1 ? '' : 's'}; default at ${r.allowed}).`;
    case 'plan-default':
      return `The plan has ${r.missed} missed payments; the policy treats ${r.allowed} as default, so the account goes to the final notice.`;
    case 'first-statement':
      return `Every payer has finished and no statement has gone out: the first statement shows ${usd(r.owedCents)} of patient responsibility${r.paidCents > 0 ? ` less the ${usd(r.paidCents)} already paid` : ''} = ${usd(r.owedCents - r.paidCents)}.`;
    case 'next-statement':
      return `The last statement went out on ${r.last} and the cycle came round on ${r.due}: this is statement ${r.number} of ${r.of}.`;
    case 'statement-not-due':
      return `The ${ordinal(r.sent)} statement went out on ${r.last}; the next is not due until ${r.due}.`;
    case 'final-notice':
      return `${r.statements} statements have gone unpaid, the last on ${r.last}, and a full cycle has passed (${r.due}): the next step is the final notice.`;
    case 'small-balance':
      return `The balance of ${usd(r.balanceCents)} is under the policy's ${usd(r.underCents)} and has reached ${r.at === 'final-notice' ? 'the final-notice step' : 'the placement step'}: it is written off as a small balance instead.`;
    case 'notice-wait':
      return `The final notice went out on ${r.notice}; the account may not be placed before ${r.until} (${WAIT_WORDS[r.by]}).`;
    case 'place':
      return `The final notice of ${r.notice} has run its course (placement allowed from ${r.from}, ${WAIT_WORDS[r.by]}) with the balance still open and no plan or application: place the account and write the balance off to bad debt.`;
  }
}

function describeNote(n: CollectionNote): string {
  switch (n.code) {
    case 'over-scale':
      return `The assistance application was decided at ${n.percentFpl}% of the poverty guideline, above the scale's last discount band (${n.topPercentFpl}%), so there is no discount; the account follows the usual cycle (a plan is still open to the patient).`;
    case 'plan-below-minimum':
      return `The patient asked for a plan, but ${usd(n.balanceCents)} is under the policy's ${usd(n.minimumCents)} minimum for plans, so the usual cycle applies.`;
  }
}

/** The account's key step with its reason, rule and source, for a right answer or the key after a wrong one. */
function keyWords(key: CollectionAccountKey): string {
  const rule = COLLECTION_RULES[key.reason.code];
  const notes = key.notes.map(describeNote).join(' ');
  return [describeReason(key.reason), notes, `${rule.rule} (${rule.source})`].filter(Boolean).join(' ');
}

/** The only place collection findings become words (called by describe-ar.ts). */
export function describeCollectionFinding(f: ArFinding, rubric: CollectionsRubric): string {
  const key = rubric.accounts.find((a) => a.id === f.target);
  if (!key) return f.ok ? 'Right.' : 'Not the key.';
  const amountName = COLLECTION_AMOUNT_NAMES[key.action] ?? 'amount';
  if (f.code === 'collection-amount') {
    if (f.ok) return `Amount: ${dollars(Number(f.expected))}, the ${amountName}.`;
    const gave = f.given === '' ? 'no amount for the right step' : `you gave ${f.given}`;
    return `Amount: ${gave}; the ${amountName} is ${dollars(Number(f.expected))}. ${describeReason(key.reason)}`;
  }
  if (f.ok) return `${actionLabel(key.action)}. ${keyWords(key)}`;
  const given = f.given ? `you chose "${actionLabel(f.given)}". ${WRONG_CHOICE_NOTES[f.given as CollectionAction] ?? ''}` : 'no step chosen.';
  return `${given} The next step is "${actionLabel(key.action)}". ${keyWords(key)}`;
}

/**
 * The written policy in the words the account panel shows, generated from the same figures the
 * key is computed from (so the policy the learner reads is the one the grader applies).
 */
export function describePolicy(p: CollectionPolicy): string[] {
  const lines = [
    `Statements: the first statement goes out once every payer has adjudicated the claim (never while a primary, secondary or crossover claim is pending); then one every ${p.statementEveryDays} days. A statement shows each date of service, the provider, the service in plain words, the charge, what each insurer paid and adjusted, what the patient paid, the balance due, the due date, how to pay and a number to call.`,
    `Final notice: ${p.statementEveryDays} days after the ${ordinal(p.statementsBeforeFinalNotice)} statement, if the balance is unpaid, a final notice says the account will go to ${p.agency} unless within ${p.finalNoticeWaitDays} days the patient pays in full, sets up a payment plan or applies for financial assistance.`,
  ];
  if (p.smallBalanceUnder > 0) lines.push(`Small balances: a balance under ${dollars(p.smallBalanceUnder)} is never sent a final notice or placed with the agency: when it reaches either step it is written off as a small-balance adjustment instead, the same way for every patient.`);
  lines.push(
    `Collection agency: once the final notice's date has passed with a balance still open (a partial payment does not stop it; a payment plan or a pending assistance application does), the account is placed with ${p.agency} and its balance written off to bad debt (its own adjustment code, not a contractual adjustment). The account is flagged; a later payment is posted as a bad-debt recovery.`,
  );
  if (p.irs501r)
    lines.push(
      `Extraordinary collection actions (IRC 501(r)): ${p.practice} is a nonprofit hospital facility, and ${p.agency} may report accounts to credit bureaus, an extraordinary collection action the hospital answers for. An account is therefore placed only on or after the later of ${IRS_501R.notificationDays} days from the first post-discharge billing statement and ${IRS_501R.noticeDays} days from the final notice (the written notice that names the actions, gives the date and carries the plain-language summary of the financial assistance policy). Applications are accepted for at least ${IRS_501R.applicationDays} days from the first statement.`,
    );
  if (p.paymentPlan) {
    const pp = p.paymentPlan;
    lines.push(`Payment plans: on request, for balances of ${dollars(pp.minimumBalance)} or more. Monthly payment: the balance divided by ${pp.maxMonths}, rounded up to the whole dollar, but at least ${dollars(pp.minimumMonthly)}; no interest or fees. While payments are current the account gets no statements, final notice or placement; ${pp.defaultAfterMissed} missed payments put the plan in default and the account goes to the final notice.`);
  }
  if (p.assistance) {
    const bands = [...p.assistance.bands].sort((a, b) => a.upToPercentFpl - b.upToPercentFpl);
    const words = bands.map((b, i) => `${i === 0 ? 'up to' : `${(bands[i - 1]?.upToPercentFpl ?? 0) + 1}% to`} ${b.upToPercentFpl}%: ${b.discountPercent}% off`).join('; ');
    lines.push(`Financial assistance: any patient may apply with proof of household income. Discount on the patient balance by household income as a percent of the federal poverty guidelines: ${words}; above ${bands.at(-1)?.upToPercentFpl ?? 0}%: none. Decided case by case on the application and kept with the account. While an application is being decided the account is on hold. An approved discount is applied before a payment plan is set up.`);
  }
  lines.push(
    `At check-in: collect the copay for today's visit as the eligibility response shows it${p.collectPriorBalanceAtCheckIn ? ', and any balance already billed on a statement (not one still pending with a payer, and not one on a current payment plan)' : '; earlier balances are left to the statements'}.`,
    'Waivers: no balance is reduced or waived outside this policy. A patient who cannot pay is offered the assistance application.',
  );
  return lines;
}
