import { PLB_REASON_INFO, referenceLabel, type PlbReason } from '../remittance/provider-adjustments.ts';
import { usd } from '../text/money.ts';
import type { PostingFinding, PostingInvalid, PostingNote, ReconcileField } from './posting-finding.ts';
import type { EraReason, LedgerAmount, PlbDestination, Transfer } from './posting-types.ts';
import type { SecondaryBasis, SecondaryFinding, SecondaryInvalid, SecondaryMoneyField } from './secondary-types.ts';

/**
 * The one place where billing-exercise findings become English. Every sentence about an
 * amount cites the payer's group code and CARC and the posting rule behind it.
 */

const COLUMN: Record<LedgerAmount, string> = { paid: 'payment', adjustment: 'write-off', deductible: 'deductible', coinsurance: 'coinsurance', copay: 'copay', otherPatient: 'other patient responsibility' };
const TRANSFER: Record<Transfer, string> = { none: 'no transfer', secondary: 'transfer to the secondary payer', patient: 'transfer to the patient' };

/** The posting rule for one group code and CARC. */
export function ruleFor(r: Pick<EraReason, 'group' | 'carc'>): string {
  const code = `${r.group}-${r.carc}`;
  if (r.group === 'CO' && r.carc === '45') return `${code} is a contractual write-off: never bill it to the patient`;
  if (r.group === 'CO' && r.carc === '24') return `${code} is the capitation adjustment: the HMO pays the assigned practice per member per month instead of per claim, so post it as a contractual write-off; it is not a denial to appeal and never the patient's to pay (X12 CARC 24)`;
  if (r.group === 'CO' && r.carc === '253') return `${code} is Medicare sequestration: write it off, never bill it to the patient`;
  if (r.group === 'CO') return `${code} is a denial the provider is liable for: post it as an adjustment (and work the denial), never bill it to the patient`;
  if (r.group === 'OA' && r.carc === '23') return `${code} is what the primary payer already settled: adjust it off, it is nobody's balance`;
  if (r.group === 'OA' || r.group === 'PI') return `${code} is not billable to the patient: adjust it off`;
  if (r.carc === '1') return `${code} is the patient's deductible: post it as patient responsibility`;
  if (r.carc === '2') return `${code} is coinsurance: post it as patient responsibility`;
  if (r.carc === '3') return `${code} is the copay: post it as patient responsibility`;
  if (r.carc === '50') return `${code} is a non-covered service with a signed ABN (modifier GA): the patient owes it`;
  return `${code} is patient responsibility: the patient (or a secondary plan) owes it`;
}

const cite = (reasons: readonly EraReason[]): string =>
  reasons.length === 0 ? '' : ` ${reasons.map((r) => `${ruleFor(r)} (${usd(r.amountCents)}).`).join(' ')}`;

/** The sign rule of the 835 provider balancing, cited by every PLB sentence about an amount. */
export const PLB_SIGN_RULE = 'a positive PLB amount takes money out of the payment and a negative one adds to it (835 005010X221A1: BPR02 = sum of CLP04 - sum of PLB04)';

/** Where a PLB entry can be posted, in words. */
export function destinationLabel(d: PlbDestination | ''): string {
  if (d === 'interest') return 'interest income';
  if (d === 'forward-balance') return "the payer's forward balance (a provider-level account)";
  if (d.startsWith('account:')) return `patient account ${d.slice('account:'.length)}`;
  return 'nowhere';
}

const plbName = (f: { plb: number; reason: PlbReason; reference: string }): string => `PLB ${f.plb} (${f.reason}, ${PLB_REASON_INFO[f.reason].name}${f.reference ? `, ${referenceLabel(f)}` : ''})`;

/** The posting rule of each PLB reason code, with its source. */
export function plbRuleFor(reason: PlbReason, account: string, patient?: string): string {
  const whose = patient ? `${account} (${patient})` : account;
  switch (reason) {
    case 'WO':
      return `A WO takes back an earlier claim's overpayment, and PLB03-2 names that claim by the payer claim number it was paid under (X12 RFI 1976, 2370): post it to ${whose} as a negative payment on that claim (a take-back); never to a patient on this check. When the same ERA carries a 72 for that claim (the refund the practice sent), post the 72 there too: the pair cancels.`;
    case '72':
      return `A 72 (authorized return) acknowledges the refund the practice sent for that claim; it comes with a WO of the same amount (X12 RFI 1976, 325), so post both to ${whose}, where they cancel. The refund itself was posted when the check was written.`;
    case 'L6':
      return "L6 is interest the payer adds for paying late (for Medicare, a clean claim not paid within 30 days of receipt: Pub. 100-04 ch. 1, 80.2.2); the claim it was paid on shows it in AMT*I, for information only (X12 RFI 2123). It pays for no service: post it to interest income, never to a patient account, where it would make a credit balance nobody is owed.";
    case 'FB':
      return "A negative FB is not a recoupment (Noridian JF Part B, FB vs. WO): it carries what this check could not cover of the money taken back to the payer's next payment (X12 RFI 1756), so BPR02 is not below zero. It names no claim: its reference is this remittance's own trace number (TRN02, X12 RFI 1114). Keep it on the payer's forward-balance account until a later remittance takes it with a positive FB of the same reference (X12 RFI 2051); the WO or reversal on this remittance already took the whole amount from the patient's account.";
  }
}

const RECONCILE_LABEL: Record<ReconcileField, string> = { claimsPaid: 'claim payments total', providerTotal: 'provider-level adjustments total', deposit: 'deposit' };

/** One posting finding in words. */
export function describePostingFinding(f: PostingFinding): string {
  switch (f.code) {
    case 'plb-sign-reversed':
      return `${plbName(f)}: PLB04 is ${usd(f.amountCents)}, so its effect on the deposit is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}: ${PLB_SIGN_RULE}.`;
    case 'plb-amount-wrong':
      return `${plbName(f)}: its effect on the deposit is ${usd(f.expectedCents)} (the PLB amount ${usd(f.amountCents)} with the opposite sign), not ${usd(f.enteredCents)}: ${PLB_SIGN_RULE}.`;
    case 'plb-to-patient':
    case 'plb-wrong-account':
    case 'plb-destination-wrong': {
      const patient = f.code === 'plb-to-patient' ? undefined : f.patient;
      return `${plbName(f)} goes to ${destinationLabel(f.expected)}, not ${destinationLabel(f.entered)}. ${plbRuleFor(f.reason, destinationLabel(f.expected).replace(/^patient /, ''), patient)}`;
    }
    case 'claims-total-wrong':
      return `The claim payments on this check total ${usd(f.expectedCents)} (the sum of every CLP04, a reversal counting negative), not ${usd(f.enteredCents)}.`;
    case 'provider-total-wrong':
      return `The provider-level adjustments change the deposit by ${usd(f.expectedCents)} (the sum of the PLB amounts with the opposite sign), not ${usd(f.enteredCents)}: ${PLB_SIGN_RULE}.`;
    case 'deposit-wrong':
      return `The deposit is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}: claim payments ${usd(f.claimsPaidCents)} plus provider-level adjustments ${usd(f.providerCents)} = BPR02, the amount the bank must show for this check or EFT. If the bank shows another amount, stop and call the payer before posting.`;
    case 'batch-unbalanced':
      return `Your reconciliation does not add up: claim payments ${usd(f.claimsPaidCents)} + provider-level adjustments ${usd(f.providerCents)} = ${usd(f.claimsPaidCents + f.providerCents)}, but you entered a deposit of ${usd(f.depositCents)}. A check balances when deposit = claim payments + provider-level adjustments.`;
    case 'credit-amount-wrong':
      return `Credit balance: it is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}: the payments posted before this ERA (${usd(f.priorCents)}) minus what is owed on the claim as the payer adjudicated it now (${usd(f.owedCents)}: each line's charge minus its write-off and payment; a reversal's lines only cancel the earlier posting).`;
    case 'credit-not-refunded':
      return `Credit balance: the ${usd(f.creditCents)} credit is not the practice's money: refund it to ${f.toName}, who paid too much. ${CREDIT_RULE}`;
    case 'credit-refunded-to-wrong-party':
      return `Credit balance: the ${usd(f.creditCents)} credit goes back to ${f.toName}, whose payment made it, not to ${f.enteredName}: a refund returns money to the one who overpaid. ${CREDIT_RULE}`;
    default:
      return describeLineFinding(f);
  }
}

/** What every credit balance sentence rests on, hedged where the rule depends on the practice's state and contracts. */
const CREDIT_RULE = "Leaving a credit on the account for future visits, or applying it to another of the patient's balances, needs a written practice policy, the patient's agreement and a check of your state's rules (many states treat unrefunded credits as unclaimed property); a payer's overpayment is returned under the payer contract and state law, and a Medicare or Medicaid overpayment within 60 days of identifying it (Social Security Act section 1128J(d); 42 CFR 401.305 for Medicare Parts A and B).";

/** A finding about one ledger row, in words. */
function describeLineFinding(f: Extract<PostingFinding, { row: number }>): string {
  const at = `Row ${f.row}`;
  switch (f.code) {
    case 'paid-wrong':
      return `${at}: the payment is ${usd(f.expectedCents)} (the ERA's paid amount for the line), not ${usd(f.enteredCents)}.`;
    case 'reversal-not-negative':
      return `${at}: this line is a reversal (claim status 22): post the ${COLUMN[f.field]} as ${usd(f.expectedCents)}, a negative amount that undoes the earlier posting.`;
    case 'negative-not-reversal':
      return `${at}: post the ${COLUMN[f.field]} as ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}: amounts on an ordinary line are entered as positive numbers; only a reversal (claim status 22) is posted negative.`;
    case 'contractual-billed-to-patient':
      return `${at}: ${COLUMN[f.field]} ${usd(f.enteredCents)} should be ${usd(f.expectedCents)}: part of a CO amount went to the patient.${cite(f.reasons)}`;
    case 'patient-share-written-off':
      return `${at}: ${COLUMN[f.field]} ${usd(f.enteredCents)} should be ${usd(f.expectedCents)}: a PR amount was written off; the patient or the secondary owes it.${cite(f.reasons)}`;
    case 'patient-share-misclassified':
      return `${at}: the patient total is right but the ${COLUMN[f.field]} is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}: split PR amounts by their CARC (1 deductible, 2 coinsurance, 3 copay).${cite(f.reasons)}`;
    case 'amount-wrong':
      return `${at}: the ${COLUMN[f.field]} is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}.${cite(f.reasons)}`;
    case 'denial-billed-to-patient':
      return `${at}: nothing goes to the patient for this line.${cite(f.reasons)} An in-network provider may not bill the patient for a CO denial.`;
    case 'denial-must-be-written-off': {
      const codes = f.reasons.map((r) => r.code).join(', ');
      const why = f.teachingPoint ?? 'Hold a denial open only when a corrected claim or an appeal can still win it; this exercise takes the write-off only.';
      return `${at}: the ${usd(f.deniedCents)} ${codes} denial on ${f.procedure} was left open, but this exercise accepts only writing it off: the write-off is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}. ${why}`;
    }
    case 'transfer-wrong': {
      const why =
        f.basis === 'crossover' ? 'the ERA shows claim status 19, a forwarding remark (MA18 to a supplemental insurer, MA07 to Medicaid) and the payer it went to: the payer crossed the claim over, so the balance waits for the secondary (do not bill the patient yet).'
        : f.basis === 'secondary-plan' ? 'the patient has another plan on file (item 11d): bill the secondary with this ERA before the patient.'
        : f.basis === 'patient' ? 'no other plan: the PR balance goes to the patient.'
        : f.basis === 'reversal' ? 'a reversal only undoes the earlier posting; the new claim on the ERA carries the balance.'
        : 'no patient responsibility on this line, so nothing moves.';
      return `${at}: ${TRANSFER[f.expected]}, not ${TRANSFER[f.entered]}: ${why}${cite(f.reasons)}`;
    }
    case 'unbalanced':
      return `${at} does not balance: the charge is ${usd(f.chargeCents)} but payment + write-off + patient responsibility = ${usd(f.postedCents)}. Every line must satisfy charge = paid + adjustments.`;
  }
}

/** A posting the grader accepted as one of two defensible ones, in words: what was done, the other choice, and the author's reasons. */
export function describePostingNote(n: PostingNote): string {
  const codes = n.reasons.map((r) => r.code).join(', ') || 'CO denial';
  const done = n.code === 'denial-held-open'
    ? `Row ${n.row}: leaving the ${usd(n.deniedCents)} ${codes} denial open on the account while the practice corrects or appeals the claim is accepted; writing it off now, and reversing the write-off if the claim is paid later, is accepted too.`
    : `Row ${n.row}: writing off the ${usd(n.deniedCents)} ${codes} denial is accepted; leaving it open on the account (not billed to the patient) while the practice corrects or appeals the claim is accepted too.`;
  return `${done} ${n.feedback}`;
}

/** Why a posting attempt was not graded. */
export function describePostingInvalid(r: PostingInvalid): string {
  switch (r.code) {
    case 'empty':
      return 'Post the ERA first: enter the amounts for each line and choose where each balance goes.';
    case 'unreadable-amount':
      return `Row ${r.row}: "${r.value}" in ${COLUMN[r.field]} is not an amount. Type dollars and cents such as 25.00 (negative for a reversal: -25.00).`;
    case 'transfer-missing':
      return `Row ${r.row}: choose where the balance goes (no transfer, secondary or patient).`;
    case 'row-count':
      return `The ledger has ${r.entered} rows but the ERA has ${r.expected} lines. Reload the page.`;
    case 'unreadable-plb':
      return `PLB ${r.plb}: "${r.value}" is not an amount. Type its effect on the deposit in dollars and cents, negative when it takes money out (-25.00).`;
    case 'post-to-missing':
      return `PLB ${r.plb}: choose where it is posted (a patient account, interest income or the payer's forward balance).`;
    case 'unreadable-reconcile':
      return `"${r.value}" in the ${RECONCILE_LABEL[r.field]} is not an amount. Type dollars and cents such as 52.00.`;
    case 'unreadable-credit':
      return `"${r.value}" in the credit balance is not an amount. Type dollars and cents such as 14.00.`;
    case 'credit-action-missing':
      return 'Credit balance: choose what to do with it (refund the patient or a payer, apply it, or leave it on the account).';
  }
}

const FIELD: Record<SecondaryMoneyField, string> = {
  secondaryPaid: 'secondary payment',
  otherPayerAdjustment: 'OA-23 amount on the secondary ERA',
  patientOwes: 'patient balance after both payers',
  statementCharges: 'statement charges',
  statementPrimaryPaid: 'primary payment on the statement',
  statementAdjustments: 'statement adjustments',
};

const FIELD_RULE: Record<SecondaryMoneyField, string> = {
  secondaryPaid: 'The secondary pays only the primary\'s PR amounts its benefit covers, never the CO amounts.',
  otherPayerAdjustment: 'OA-23 = charge - the primary\'s patient responsibility: everything the primary paid or wrote off.',
  patientOwes: 'After both payers the patient owes only the PR left on the secondary\'s ERA.',
  statementCharges: 'The statement starts from the full charges.',
  statementPrimaryPaid: "Copy the primary's payment from its ERA (after sequestration).",
  statementAdjustments: 'Adjustments = charges - both payments - patient due: the CO write-offs, which never appear as a patient balance.',
};

/** The rules that differ when Medicare is the secondary payer (MSP). */
const MSP_FIELD_RULE: Partial<Record<SecondaryMoneyField, string>> = {
  secondaryPaid: "Medicare as secondary payer pays the lowest of: the charge (or the amount the provider agreed to accept from the primary) minus the primary payment; what Medicare would pay as primary (80% of its fee after any unmet Part B deductible); the higher of Medicare's fee and the primary's allowed amount minus the primary payment (42 CFR 411.33(a)), less 2% sequestration (CO-253). The OA-23 line on Medicare's ERA shows all three amounts.",
  otherPayerAdjustment: "On the teaching Medicare contractor's MSP remittance OA-23 is the primary payer's payment and CO-45 the rest of the write-off; real contractors may split OA-23 and CO-45 differently, so read the amounts on the RA.",
  patientOwes: "The patient owes only what the primary left to them (its PR amounts), and only the part Medicare's secondary payment did not cover.",
};

/**
 * The rules that differ when a commercial plan pays second under coordination of benefits: the
 * NAIC Coordination of Benefits Model Regulation (MDL-120) standard method, as the teaching payer
 * applies it (remittance/secondary-plan-line.ts; summarised from professional knowledge 2026-11-30).
 */
const COB_FIELD_RULE: Partial<Record<SecondaryMoneyField, string>> = {
  secondaryPaid: "Under the NAIC model's standard COB method a commercial secondary pays the lesser of its normal benefit (what it would have paid as primary, its own fee less its own copay, deductible and coinsurance) and what the primary left unpaid (the primary's PR amounts); it never pays the primary's CO write-off.",
  patientOwes: "After both plans the patient owes only what the primary left to them (its PR amounts) minus the secondary's payment, as the PR left on the secondary's ERA; not the secondary's own copay, and never the primary's CO write-off.",
};

/**
 * The rules when the secondary plan coordinates by non-duplication (carve-out): it pays only what
 * its own benefit exceeds the primary's payment (remittance/secondary-plan-line.ts; definition as in
 * the ERI glossary, read 2026-12-01).
 */
const NON_DUPLICATION_FIELD_RULE: Partial<Record<SecondaryMoneyField, string>> = {
  secondaryPaid: "Under non-duplication (carve-out) the secondary pays the difference, if any, between its normal benefit (what it would have paid as primary: its own fee less its own copay, deductible and coinsurance) and what the primary paid, and never more than what the primary left unpaid. When the primary paid as much as the secondary's normal benefit or more, the secondary pays nothing. (The NAIC standard method would pay the lesser of the normal benefit and what the primary left unpaid.)",
  patientOwes: "After both plans the patient owes what the primary left to them minus the secondary's payment, as the PR left on the secondary's ERA; never the primary's CO write-off.",
};

/**
 * The rules when Medicaid pays last (payer of last resort): the lesser-of method and payment in
 * full (remittance/secondary-plan-line.ts; 42 CFR 433.139(b)(1), 447.15, 447.20(a); SSA 1902(n)).
 */
const MEDICAID_FIELD_RULE: Partial<Record<SecondaryMoneyField, string>> = {
  secondaryPaid: "Medicaid pays last and pays the lesser of what the other payer left to the patient (its PR amounts) and Medicaid's own allowed amount minus what the other payer paid; when the other payer paid Medicaid's rate or more, Medicaid pays nothing (42 CFR 433.139(b)(1); for Medicare cost sharing, Social Security Act 1902(n)(2)). The state plan sets the method: check the state's provider manual.",
  otherPayerAdjustment: "OA-23 on Medicaid's ERA is everything the other payer paid or wrote off (charge - the other payer's PR amounts); the cost sharing Medicaid does not pay is a separate CO-45.",
  patientOwes: "The patient owes nothing: a provider that bills Medicaid accepts the other payer's payment plus Medicaid's as payment in full (42 CFR 447.15, 447.20(a)), and a Qualified Medicare Beneficiary may never be billed Medicare deductibles or coinsurance (Social Security Act 1902(n)(3)(B)). The cost sharing Medicaid does not pay is written off (CO-45), and anything collected at check-in is refunded.",
  statementAdjustments: "Adjustments = charges - both payments - patient due: the other payer's write-offs plus the CO-45 of cost sharing Medicaid did not pay. With Medicaid last, patient due is 0.00.",
};

/** The rules that differ by how the secondary pays (a new basis must say which it uses). */
const FIELD_RULE_BY_BASIS: Readonly<Record<SecondaryBasis, Partial<Record<SecondaryMoneyField, string>>>> = {
  supplement: {},
  msp: MSP_FIELD_RULE,
  cob: COB_FIELD_RULE,
  'non-duplication': NON_DUPLICATION_FIELD_RULE,
  medicaid: MEDICAID_FIELD_RULE,
};

/** One secondary-billing finding in words; `context` supplies the reasons to cite and the basis (supplement, MSP, commercial COB, non-duplication or Medicaid). */
export function describeSecondaryFinding(f: SecondaryFinding, context: { coveredByPlan: EraReason[]; leftToPatient: EraReason[]; writtenOff: EraReason[]; basis?: SecondaryBasis | undefined }): string {
  switch (f.code) {
    case 'route-wrong':
      return f.expected === 'crossover'
        ? `The primary crossed the claim over to ${f.crossoverTo} (claim status 19 and remark MA18, or MA07 for Medicaid, on the ERA): do not send it again, a second claim is a duplicate.`
        : 'The primary ERA shows no crossover (status 1, no other payer named): send the secondary a claim with the primary\'s payment and adjustments.';
    case 'amount-wrong': {
      const reasons = f.field === 'secondaryPaid' ? context.coveredByPlan : f.field === 'patientOwes' ? context.leftToPatient : f.field === 'statementAdjustments' || f.field === 'otherPayerAdjustment' ? context.writtenOff : [];
      const rule = FIELD_RULE_BY_BASIS[context.basis ?? 'supplement'][f.field] ?? FIELD_RULE[f.field];
      return `The ${FIELD[f.field]} is ${usd(f.expectedCents)}, not ${usd(f.enteredCents)}. ${rule}${cite(reasons)}`;
    }
    case 'statement-unbalanced':
      return `The statement does not balance: charges ${usd(f.chargeCents)}, but primary + secondary + adjustments + patient due = ${usd(f.postedCents)}.`;
  }
}

/** Why a secondary attempt was not graded. */
export function describeSecondaryInvalid(r: SecondaryInvalid): string {
  if (r.code === 'empty') return 'Answer first: choose how the secondary gets the claim and fill in the amounts.';
  if (r.code === 'route-missing') return 'Choose how the secondary gets the claim (crossover or send the claim).';
  return `"${r.value}" in ${FIELD[r.field]} is not an amount. Type dollars and cents such as 25.00.`;
}
