/**
 * The patient collection steps an A/R exercise grades, kept as data with their sources so the
 * decision engine (next-collection-step.ts), the describer and docs/billing-exercises-denials.md
 * share one table. Federal rules checked 2026-11-30 (sources named on each entry); the practice's
 * own figures (statement cycle, plan terms, sliding scale) come from the exercise's written policy.
 */

/** What the biller does next on a patient account. */
export const COLLECTION_ACTIONS = [
  'hold',
  'collect-at-check-in',
  'send-statement',
  'final-notice',
  'payment-plan',
  'financial-assistance',
  'small-balance-write-off',
  'place-with-agency',
  'bad-debt-recovery',
  'courtesy-waiver',
  'no-action',
] as const;
export type CollectionAction = (typeof COLLECTION_ACTIONS)[number];

/** The choice list as the account panel shows it. */
export const COLLECTION_ACTION_LABELS: Record<CollectionAction, string> = {
  hold: 'Hold: a payer or an assistance decision is still pending',
  'collect-at-check-in': 'Collect at check-in',
  'send-statement': 'Send a statement',
  'final-notice': 'Send the final notice',
  'payment-plan': 'Set up a payment plan',
  'financial-assistance': 'Apply the financial assistance discount',
  'small-balance-write-off': 'Write off as a small balance',
  'place-with-agency': 'Place with the collection agency and write off to bad debt',
  'bad-debt-recovery': 'Post the payment as a bad-debt recovery',
  'courtesy-waiver': 'Waive the balance as a courtesy',
  'no-action': 'Nothing today: the next step is not due',
};

/** What the amount of each action is, for the feedback ("the monthly payment is ..."); null when the action has none. */
export const COLLECTION_AMOUNT_NAMES: Record<CollectionAction, string | null> = {
  hold: null,
  'collect-at-check-in': 'amount to collect at check-in',
  'send-statement': 'balance due on the statement',
  'final-notice': 'balance due on the final notice',
  'payment-plan': 'monthly payment',
  'financial-assistance': 'assistance adjustment',
  'small-balance-write-off': 'small-balance adjustment',
  'place-with-agency': 'bad-debt adjustment',
  'bad-debt-recovery': 'bad-debt recovery',
  'courtesy-waiver': 'waiver',
  'no-action': null,
};

/** Why an account's next step is what it is: one entry per reason the engine gives, with its rule and source. */
export const COLLECTION_REASONS = [
  'payer-pending',
  'assistance-pending',
  'check-in',
  'placed',
  'recovery',
  'assistance',
  'plan-requested',
  'plan-current',
  'plan-default',
  'first-statement',
  'next-statement',
  'statement-not-due',
  'final-notice',
  'small-balance',
  'notice-wait',
  'place',
] as const;
export type CollectionReasonCode = (typeof COLLECTION_REASONS)[number];

const POLICY = "The practice's written financial policy, shown with the accounts";
const PR = '835 group code PR, patient responsibility (X12 005010X221A1)';
const ECA_SOURCE = '26 CFR 1.501(r)-6(b)-(c), as summarised by the IRS page "Billing and collections: section 501(r)(6)" (checked 2026-11-30)';

/** The rule behind each reason and where it comes from, quoted in feedback. */
export const COLLECTION_RULES: Record<CollectionReasonCode, { rule: string; source: string }> = {
  'payer-pending': { rule: 'The patient is billed only after every payer has adjudicated the claim: the secondary or the crossover may pay what the primary left, and a statement sent too early brings confused calls and refunds.', source: `${POLICY}; ${PR}` },
  'assistance-pending': { rule: 'While a financial assistance application is being decided, the account waits: no statement, final notice or placement until the decision.', source: `${POLICY}; for a nonprofit hospital, ${ECA_SOURCE}: collection actions are suspended while an application is processed` },
  'check-in': { rule: "At check-in the desk collects the copay for today's visit, as the eligibility response shows it, and any balance already billed on a statement; never a balance a payer has not finished with, and not a balance on a current payment plan.", source: `${POLICY}; the copay and any no-cost-sharing preventive benefit from the eligibility response (X12 271)` },
  placed: { rule: 'An account placed with the agency is the agency\'s to work: the practice only posts what comes in and answers the agency\'s questions.', source: POLICY },
  recovery: { rule: 'A payment on an account already written off to bad debt is posted as a bad-debt recovery (reversing that much of the write-off), not as an ordinary patient payment, so the bad-debt report stays true; the agency is told, as its contract requires.', source: POLICY },
  assistance: { rule: 'An approved financial assistance application reduces the balance by the policy\'s discount for the household\'s income, posted as a charity (assistance) adjustment, decided case by case and documented; only then is a plan set up for what remains.', source: `${POLICY}; a waiver of Medicare cost sharing after a good-faith, case-by-case finding of financial need is outside the beneficiary-inducement ban (42 U.S.C. 1320a-7a(i)(6)(A)); HRSA Health Center Program Compliance Manual ch. 9 for health centers' sliding fee discounts` },
  'plan-requested': { rule: 'A patient who asks for a payment plan gets one on the written terms when the balance meets the minimum; the monthly payment follows the policy, not the request.', source: POLICY },
  'plan-current': { rule: 'An account on a payment plan in good standing gets no statement run, final notice or placement: the plan is the arrangement.', source: POLICY },
  'plan-default': { rule: 'A plan that has missed the number of payments the policy allows is in default, and the account resumes the collection cycle at the final notice.', source: POLICY },
  'first-statement': { rule: 'Once every payer has finished, the first statement goes out for the patient responsibility less what the patient already paid.', source: `${POLICY}; ${PR}` },
  'next-statement': { rule: 'Statements follow the policy\'s cycle until the last routine statement.', source: POLICY },
  'statement-not-due': { rule: 'A statement goes out only when the cycle has run since the last one; sending them faster than the written cycle is not the same treatment for every patient.', source: POLICY },
  'final-notice': { rule: 'After the last routine statement goes unpaid for a full cycle, the final notice says when the account will go to the agency unless the patient pays, calls or applies for assistance.', source: POLICY },
  'small-balance': { rule: 'A balance under the policy\'s small-balance figure is written off when it reaches the final notice or placement instead of being escalated, the same way for every patient, after the routine statements: a small-balance adjustment, not a waiver.', source: `${POLICY}; a write-off after reasonable collection efforts fail is outside the beneficiary-inducement ban (42 U.S.C. 1320a-7a(i)(6)(A)(iii)(II))` },
  'notice-wait': { rule: 'The final notice promised the patient time to act: the account waits until that date (and, at a nonprofit hospital, until extraordinary collection actions are allowed).', source: `${POLICY}; ${ECA_SOURCE}` },
  place: { rule: 'When the final notice\'s date has passed with the balance still open, no plan and no pending application, the account is placed with the agency and its balance written off to bad debt: an adjustment of its own, not a contractual (CO) adjustment. The account is flagged so a later payment is posted as a recovery.', source: POLICY },
};

/**
 * Nonprofit hospital facilities (IRC 501(r)): no extraordinary collection action (ECA: credit
 * reporting, selling the debt, legal action, denying care over an old bill) before 120 days from
 * the first post-discharge billing statement, and not until at least 30 days after a written
 * notice naming the ECAs, giving a deadline and carrying the plain-language summary of the
 * financial assistance policy. An application filed in the application period (at least 240 days
 * from the first statement) suspends ECAs. A hospital answers for ECAs its agency takes.
 * Checked 2026-11-30 against the IRS's summary and secondary sources; verify details against the
 * current text of 26 CFR 1.501(r)-6 before relying on them.
 */
export const IRS_501R = {
  notificationDays: 120,
  noticeDays: 30,
  applicationDays: 240,
  source: '26 CFR 1.501(r)-6(c)(3)-(4) and 1.501(r)-1(b)(3) (application period); IRS, "Billing and collections: section 501(r)(6)" (checked 2026-11-30)',
} as const;

/**
 * What is wrong with each choice in general, shown when a learner picks it and the key does not:
 * the key's own reason then says what applies to this account.
 */
export const WRONG_CHOICE_NOTES: Record<CollectionAction, string> = {
  hold: 'Hold is for an account still waiting on a payer or on an assistance decision.',
  'collect-at-check-in': 'Check-in collection is for a patient at the desk today.',
  'send-statement': 'A statement goes out when every payer has finished and the next statement in the cycle is due.',
  'final-notice': "The final notice comes one cycle after the policy's last routine statement, or when a plan defaults.",
  'payment-plan': 'A plan is set up when the patient asks for one and the balance meets the minimum.',
  'financial-assistance': 'The discount needs a decided application at an income the sliding scale covers.',
  'small-balance-write-off': "The small-balance write-off is only for a balance under the policy's figure, when it reaches the final notice or placement.",
  'place-with-agency': 'Placement comes only after the final notice\'s date has passed, with no plan, no pending application, no payer still pending and a balance at or above the small-balance figure.',
  'bad-debt-recovery': 'A recovery is a payment on an account already written off to bad debt.',
  'courtesy-waiver': "Waiving a balance outside the written policy, with no documented finding of financial need, is the routine waiver the HHS OIG warns about: for Medicare and Medicaid patients it can be a prohibited beneficiary inducement under the civil monetary penalties law and can implicate the Anti-Kickback Statute, and a routine waiver can misstate the provider's actual charge on the claim (42 U.S.C. 1320a-7a(a)(5) and (i)(6); OIG Special Fraud Alert, 59 FR 65372, 1994-12-19). Payer contracts and state law may bar it for other patients too; check yours. A patient who cannot pay is offered the assistance application.",
  'no-action': 'Nothing-today fits only when no step is due: a statement cycle still running, a final notice still waiting, a current plan, or an account the agency holds.',
};
