import { parseLedgerCents } from '../billing/money.ts';
import { usd } from '../text/money.ts';
import type { VarianceAction, VarianceCause, VarianceFinding, VarianceInvalid, VarianceKeyLine, VarianceRubric } from './variance-types.ts';

/**
 * The one place variance findings become words: what was wrong, the right figure, and why,
 * citing the contract term, the CMS manual section or the rule behind the action.
 */

/** Labels of the actions, as the page's select shows them. */
export const ACTION_LABEL: Record<VarianceAction, string> = {
  accept: 'Accept: paid as the contract says',
  reprocess: 'Ask the payer to reprocess or reconsider (payer error)',
  refund: 'Report the overpayment: refund it or let the payer recoup it',
  'corrected-claim': 'Send a corrected claim (our claim was wrong)',
};

const AMOUNT_LABEL = { expectedAllowed: 'expected allowed amount', expectedPaid: 'expected payment', variance: 'variance' } as const;

/** Why an invalid answer is not graded yet. */
export function describeVarianceInvalid(invalid: VarianceInvalid): string {
  switch (invalid.reason) {
    case 'empty':
      return 'Nothing to grade yet: fill in each line (expected allowed, expected payment, variance) and choose an action.';
    case 'unreadable-amount':
      return `Line ${invalid.line}: the ${AMOUNT_LABEL[invalid.field]} "${invalid.text}" is not an amount. Type dollars and cents, such as 51.80, -51.80 or $1,234.50.`;
    case 'action-missing':
      return `Line ${invalid.line}: choose an action.`;
  }
}

/** What the payer did (or what our claim lacked), and the contract term that shows it. */
export function describeCause(c: VarianceCause, line: VarianceKeyLine): string {
  const e = c.error;
  switch (e.kind) {
    case 'fee-amount':
      return `The payer ${e.story}. The contract fee for ${c.procedure} is ${usd(c.contractFeeCents)} a unit.`;
    case 'conversion-factor':
      return `The payer ${e.story}: it priced the RVU-based lines with a conversion factor of ${e.conversionFactor} instead of the contract's ${c.contractConversionFactor ?? 0}.`;
    case 'multiple-procedure-reduction':
      return `The payer cut ${c.procedure} by ${e.percent}% as if it were a second procedure of the session (the CO-59 on the ERA: charges adjusted based on multiple surgery rules). The multiple procedure reduction applies only to codes the fee schedule marks for it (Medicare: the multiple procedure indicator, 2 for surgical procedures in one session, Pub. 100-04 ch. 12, 40.6; other indicators set the imaging, therapy and endoscopy rules); an E/M visit (indicator 0), a drug or the highest-valued procedure is paid at 100% of its fee, ${usd(c.contractFeeCents)} here.`;
    case 'bilateral-rate':
      return `The payer paid the bilateral line at ${e.percent}% of the one-side fee (${usd(c.referenceCents ?? 0)}). The contract prices ${c.procedure}-50 at ${usd(c.contractFeeCents)}${c.referenceCents ? ` (${Math.round((c.contractFeeCents * 100) / c.referenceCents)}% of one side)` : ''}; Medicare pays 150% for codes with bilateral indicator 1 (Pub. 100-04 ch. 12, 40.7).`;
    case 'deductible-not-credited':
      return `The payer applied deductible (PR-1) because its accumulator showed ${usd(parseLedgerCents(e.payerShowsMet) ?? 0)} met; the patient had met ${usd(c.referenceCents ?? 0)} of the ${usd(c.planCents ?? 0)} deductible before this claim. Ask the payer to credit the earlier claims and reprocess; do not bill the patient that PR-1.`;
    case 'non-participating':
      return 'The payer priced the claim at its non-participating rate, but the billing provider is in its network: the participating fee schedule applies.';
    case 'modifier-ignored':
      return `Our claim carried modifier ${e.modifier} on line ${line.line}, but the payer processed ${c.procedure} without it (the ERA shows the code without ${e.modifier}), so its edit reduced or denied the line. The claim was right: ask for reprocessing as billed.`;
    case 'claim-missing-modifier':
      return `Our claim sent ${c.procedure} without modifier ${e.modifier}, which the record supports, so the payer paid correctly for what was billed. The error is ours.`;
  }
}

/** What the right action commits the practice to, for this payer. */
export function describeAction(action: VarianceAction, rubric: VarianceRubric): string {
  const medicare = rubric.payer.kind === 'medicare-part-b';
  const medicaid = rubric.payer.kind === 'medicaid';
  switch (action) {
    case 'accept':
      return 'paid exactly as the contract says: post it and close the line.';
    case 'reprocess':
      return medicare
        ? 'ask the contractor to correct its own error. For a processed Medicare claim that is a reopening (a party may ask within one year of the initial determination for any reason, 42 CFR 405.980(c)(1)); a refusal to reopen cannot itself be appealed, so if the contractor will not reopen, ask for a redetermination of the original payment within 120 days of receiving its remittance (42 CFR 405.942).'
        : `ask ${rubric.payer.name} to reprocess the line (a claim inquiry or written reconsideration, by the route ${medicaid ? 'the state provider manual' : 'the contract'} names), quoting the claim number, the line and the ${medicaid ? 'fee schedule row' : 'contract term'}; mind the time limit for payment disputes it sets.`;
    case 'refund':
      return medicare || medicaid
        ? `report and return the overpayment within 60 days of identifying it (Social Security Act section 1128J(d)${medicare ? '; 42 CFR 401.305, whose 60 days pause, for at most 180 days, only for a timely good-faith investigation of related overpayments' : '; the state sets the refund form or adjustment'}), or let the payer recoup it; never keep it, and never net it against an underpayment yourself.`
        : `tell ${rubric.payer.name}, then refund it or agree to a recoupment from a later payment, as the contract and state law provide; never keep it, and never net it against an underpayment yourself.`;
    case 'corrected-claim':
      return 'fix our own claim: send a corrected (replacement) claim, frequency code 7 in item 22 with the payer claim number, every line as it should have been. An appeal or reprocessing request would fail: the payer paid what was billed.';
  }
}

const because = (line: VarianceKeyLine): string => (line.causes.length > 0 ? ` ${line.causes.map((c) => describeCause(c, line)).join(' ')}` : '');

/** What a finding is about, as the page names it ("Line 2 (99213): variance"), for lists such as the gradebook's. */
export function varianceFindingPrompt(f: VarianceFinding, rubric: VarianceRubric): string {
  const line = rubric.lines.find((l) => l.line === f.line);
  const what = f.code === 'action-wrong' ? 'action' : f.code === 'allowed-wrong' ? AMOUNT_LABEL.expectedAllowed : f.code === 'expected-paid-wrong' ? AMOUNT_LABEL.expectedPaid : AMOUNT_LABEL.variance;
  return `Line ${f.line}${line ? ` (${line.procedure})` : ''}: ${what}`;
}

/** A finding in words. */
export function describeVarianceFinding(f: VarianceFinding, rubric: VarianceRubric): string {
  const line = rubric.lines.find((l) => l.line === f.line);
  if (!line) return `Line ${f.line}: ${f.code}.`;
  const at = `Line ${line.line} (${line.procedure})`;
  switch (f.code) {
    case 'allowed-wrong':
      return `${at}: the contract allows ${usd(f.expectedCents ?? 0)}, not ${usd(f.givenCents ?? 0)}: the lesser of the charge and the fee per unit times the units.${because(line)}`;
    case 'expected-paid-wrong':
      return `${at}: the payer should have paid ${usd(f.expectedCents ?? 0)}, not ${usd(f.givenCents ?? 0)}: the contract's allowed amount less the patient's share under the plan's terms (copay, deductible left, coinsurance)${rubric.payer.kind === 'medicare-part-b' ? ' and less 2% sequestration (CO-253)' : ''}.`;
    case 'variance-sign':
      return `${at}: the variance is ${usd(f.expectedCents ?? 0)}: expected payment ${usd(line.expectedPaidCents)} minus the payment ${usd(line.paidCents)}. The sign says which way: positive the payer owes the practice (underpaid), negative the practice owes the payer (overpaid). You typed ${usd(f.givenCents ?? 0)}.`;
    case 'variance-wrong':
      return `${at}: the variance is ${usd(f.expectedCents ?? 0)} (expected payment ${usd(line.expectedPaidCents)} minus the payment ${usd(line.paidCents)}), not ${usd(f.givenCents ?? 0)}.`;
    case 'action-wrong':
      return `${at}: the right action is "${ACTION_LABEL[f.expectedAction ?? line.action]}": ${describeAction(f.expectedAction ?? line.action, rubric)}${because(line)}${f.givenAction && f.givenAction in ACTION_LABEL ? ` You chose "${ACTION_LABEL[f.givenAction as VarianceAction]}".` : ''}`;
  }
}
