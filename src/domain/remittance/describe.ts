import { ANESTHESIA_PRICING_MODIFIERS, anesthesiaFromData, SUPERVISED_BASE_UNITS, type AnesthesiaComputation } from './anesthesia.ts';
import { REMARKS } from './codes.ts';
import { PLB_REASON_INFO, referenceLabel, type ProviderAdjustment } from './provider-adjustments.ts';
import type { Adjustment, ClaimPayment } from './types.ts';
import { usd } from '../text/money.ts';

/**
 * The one place where adjudication results become English: adjustments (group, CARC, rule
 * and data), remark codes and claim outcomes. The CLI, the 835 explained view, the EOB model
 * and later the UI all call these, so a biller reads one wording everywhere.
 */

type Data = Adjustment['data'];
const s = (d: Data, k: string): string => String(d[k] ?? '');
/** Group codes in plain words (X12 CAS01). */
export const GROUP_MEANING: Readonly<Record<Adjustment['group'], string>> = {
  CO: 'contractual obligation: the provider writes it off and may not bill the patient',
  PR: 'patient responsibility: bill the patient or the secondary payer',
  OA: 'other adjustment',
  PI: 'payer-initiated reduction',
};

const PROBLEMS: Record<string, string> = {
  'member-id': "the member ID (item 1a) is blank",
  diagnosis: 'there is no diagnosis in item 21',
  'replacement-not-accepted': 'this payer does not accept replacement or void claims (item 22 code 7 or 8); Medicare corrections go through a reopening, or a new claim after a return',
  'original-reference': 'item 22 has a replacement or void code but no original claim number',
  'original-not-found': 'item 22 names a claim this payer has no record of',
  'service-date': 'the date of service cannot be read',
  units: 'the units are not a number above zero',
  charge: 'the charge is not an amount above zero',
  pointer: 'the line points to no diagnosis (24E)',
  unreadable: 'part of the claim could not be read',
};

const tenths = (n: number): string => (n / 10).toFixed(1);
/** A conversion factor as authored: cents, or four decimals when it has them (20.3178). */
const factor = (dollars: number): string => `$${Math.abs(dollars * 100 - Math.round(dollars * 100)) < 1e-6 ? dollars.toFixed(2) : dollars.toFixed(4)}`;

/**
 * How an anesthesia line priced from minutes reached its amount, in one sentence:
 * "95 minutes / 15 = 6.3 time units + 7 base units (00790) = 13.3 units x $20.00 = $266.00 ...".
 */
export function describeAnesthesia(a: AnesthesiaComputation): string {
  const who = `${a.modifier}, ${ANESTHESIA_PRICING_MODIFIERS[a.modifier].role}`;
  const units = `${tenths(a.totalTenths)} units x ${factor(a.conversionFactor)} anesthesia conversion factor = ${usd(a.fullCents)}`;
  if (a.modifier === 'AD') return `Anesthesia ${a.code}, medically supervised (AD): ${SUPERVISED_BASE_UNITS} base units and no time units for the ${a.minutes} minutes = ${units}.`;
  const time = a.timeTenths === 0 && a.minutes > 0 ? `${a.minutes} minutes, no time units for ${a.code}` : `${a.minutes} minutes / 15 = ${tenths(a.timeTenths)} time units`;
  const start = `Anesthesia ${a.code}: ${time} + ${a.baseUnits} base units = ${units}`;
  return a.percent === 100 ? `${start} (${who}).` : `${start}; ${who}: paid at ${a.percent}% = ${usd(a.scheduleCents)}.`;
}

const ANESTHESIA_PROBLEMS: Record<string, (d: Data) => string> = {
  'anesthesia-minutes': (d) => `line ${s(d, 'line')} (${s(d, 'code')}) is an anesthesia service and this payer reads 24G as the anesthesia time in whole minutes, but 24G says "${s(d, 'value')}". Put the anesthesia time in minutes in 24G (start 10:02, end 11:37 is 95), not base plus time units: the payer works out the time units itself`,
  'anesthesia-modifier': (d) => `line ${s(d, 'line')} (${s(d, 'code')}) has no anesthesia pricing modifier${s(d, 'modifiers') ? ` (it has ${s(d, 'modifiers')})` : ''}, so the payer cannot tell whether it was personally performed (AA, QZ: 100%), medically directed (QK, QY, QX: 50%) or medically supervised (AD: 3 base units). Add the modifier that fits the anesthesia record`,
};

function priceWords(d: Data, a: Adjustment): string {
  const basis = s(d, 'basis');
  if (basis === 'limiting-charge') return `Non-participating provider, unassigned claim: the patient owes the difference up to the limiting charge (${usd(Number(d.limitingCents))}).`;
  if (basis === 'over-limiting-charge') return `Charge above the Medicare limiting charge (${usd(Number(d.limitingCents))}): the provider may not collect it from anyone.`;
  if (basis === 'out-of-network') return 'Out of network: no contract, so the amount over the allowed amount may be billed to the patient where the law allows.';
  if (basis === 'non-par-assigned') return 'Non-participating provider accepting assignment: paid on 95% of the fee schedule; the rest is written off.';
  if (basis === 'percent-of-charge') return `Code not on the fee schedule: allowed at ${s(d, 'percent')}% of the charge; the rest is written off.`;
  return a.group === 'CO' ? 'Charge above the fee schedule (contractual adjustment): write it off.' : 'Charge above the allowed amount.';
}

/** What a PR amount the primary left was, for the commercial COB sentences. */
const PR_WHAT: Record<string, string> = { '1': 'its deductible', '2': 'its coinsurance', '3': 'its copay', '45': 'above its allowed amount', '49': 'a routine exam it does not cover', '50': 'not medically necessary', '96': 'not covered', '204': 'not covered' };

const BY_RULE: Record<string, (d: Data, a: Adjustment) => string> = {
  'anesthesia-reporting/16': (d) => `Claim lacks information needed to price anesthesia: ${ANESTHESIA_PROBLEMS[s(d, 'problem')]?.(d) ?? s(d, 'problem')}. Correct it and submit again (Pub. 100-04 ch. 12, section 50).`,
  'missing-information/16': (d) => `Claim lacks information needed to adjudicate: ${s(d, 'line') ? `on line ${s(d, 'line')}, ` : ''}${PROBLEMS[s(d, 'problem')] ?? s(d, 'problem')}. Correct it and submit again.`,
  'related-cause/109': (d) => (s(d, 'need') === 'employment' ? "Not a workers' compensation claim: item 10a does not say the condition is work-related. Bill the patient's health plan." : 'Not an auto claim: item 10b does not say the condition comes from an auto accident. Bill the patient\'s health plan.'),
  'coordination-of-benefits/22': (d) => (s(d, 'primaryOnFile')
    ? `Medicare's records say ${s(d, 'primaryOnFile')} pays before Medicare, and this claim came without that plan's adjudication (on the 837P: SBR01 S with SBR05, the MSP type, and the other payer's loops 2320, 2330A, 2330B and 2430; on paper: the primary plan in items 4, 6, 7 and 11-11c with its EOB). Not billable to the patient: send a new claim to Medicare as secondary payer with the primary's payment, or, if Medicare really is primary on that date (the other coverage ended), have the patient ask Medicare's MSP contractor, the Benefits Coordination & Recovery Center, to correct the record, then send the claim again.`
    : s(d, 'cobPrimary')
      ? `This plan's coordination-of-benefits record says ${s(d, 'cobPrimary')} pays first for this patient (${s(d, 'cobReason')}), and the claim came to this plan as primary, without that plan's adjudication. Not billable to the patient: bill ${s(d, 'cobPrimary')} first, then send this plan the claim with the primary's payment unless the primary forwards it (a Medicare crossover needs no second claim) (on paper items 9, 9a, 9d and 11d name the other plan, with its EOB; on the 837P SBR01 S and the other payer's loops 2320, 2330A, 2330B and 2430). If the record is wrong (the other coverage ended), have the subscriber update the plan's COB record, then send the claim again.`
      : "This plan pays after another payer: send the claim with the primary payer's remittance (or let Medicare cross it over)."),
  'eligibility/26': (d) => `Service on ${s(d, 'date')} is before coverage started (${s(d, 'start')}). Check eligibility and bill the plan that covered that date.`,
  'eligibility/27': (d) => `Service on ${s(d, 'date')} is after coverage ended (${s(d, 'end')}). Check eligibility and bill the plan that covered that date.`,
  'timely-filing/29': (d) => `Received ${s(d, 'days')} days after the date of service; this payer's limit is ${s(d, 'limit')} days. Not billable to the patient; appeal only with proof of timely filing.`,
  'duplicate/18': (d) => `Duplicate of a line already processed on claim ${s(d, 'original')} (same patient, procedure code, modifiers and date of service). Not billable to the patient. If this claim only repeats that one, do not send it again: check the first claim's status. If it was meant to correct it, the correction must replace claim ${s(d, 'original')} (a replacement claim, frequency code 7 with that number, where the payer takes one; for Medicare, a reopening).`,
  'procedure-age-sex/6': (d) => `${s(d, 'code')} is a preventive visit code for patients ${s(d, 'band')}, and the patient was ${s(d, 'age')} on the date of service: the procedure code does not fit the patient's age. Not billable to the patient; send a corrected claim with the code for the patient's age band.`,
  'procedure-age-sex/7': (d) => `${s(d, 'code')} (${s(d, 'topic')}) is for ${s(d, 'expected') === 'F' ? 'female' : 'male'} patients and item 3 says ${s(d, 'actual') === 'F' ? 'female' : 'male'}: the procedure code does not fit the patient's sex. Check the code and item 3, then send a corrected claim. Not billable to the patient.`,
  'diagnosis-age-sex/10': (d) => `${s(d, 'code')} (${s(d, 'topic')}) is a diagnosis for ${s(d, 'expected') === 'F' ? 'female' : 'male'} patients and item 3 says ${s(d, 'actual') === 'F' ? 'female' : 'male'}: the diagnosis does not fit the patient's sex. Not billable to the patient. If registration entered the wrong sex, correct the patient's record and item 3; if the diagnosis is wrong, correct item 21 from the medical record; then send a corrected claim. If both are right, appeal with the record.`,
  'diagnosis-age-sex/9': (d) => `${s(d, 'code')} (${s(d, 'topic')}) fits patients aged ${s(d, 'min')} to ${s(d, 'max')}, and the patient was ${s(d, 'age')} on the date of service (birth date in item 3): the diagnosis does not fit the patient's age. Not billable to the patient. Check the birth date against the registration and the diagnosis against the medical record, correct whichever is wrong (item 3 or item 21) and send a corrected claim.`,
  'place-of-service/5': (d) => `${s(d, 'code')} is an ${s(d, 'family')} code, but item 24B says place of service ${s(d, 'pos')} (${s(d, 'place')}): the code and the place of service contradict each other. Not billable to the patient; correct whichever is wrong and send a corrected claim.`,
  'modifier-requirements/4': (d) => `${s(d, 'code')} on line ${s(d, 'line')} is paid only with modifier ${s(d, 'need').replace(/, ([^,]*)$/, ' or $1')}${s(d, 'with') ? ` when it is billed beside ${s(d, 'with')} (line ${s(d, 'withLine')}) on the same date` : ''} (${s(d, 'label')}), and the line has ${s(d, 'modifiers') ? `only ${s(d, 'modifiers')}` : 'none'}: the procedure code is inconsistent with the modifier used, or a required modifier is missing. Not billable to the patient. Check the record and add the modifier it supports (the side it documents; 25 only for a significant, separately identifiable E/M), then send the correction the way this payer takes it; never add a modifier the record does not support.`,
  'diagnosis-procedure/11': (d) => `${s(d, 'code')} on line ${s(d, 'line')} points to ${s(d, 'diagnoses')}, and this payer's edit expects a diagnosis starting ${s(d, 'expected')} for it (${s(d, 'label')}): the diagnosis is inconsistent with the procedure. Not billable to the patient. Check the record: if it documents a diagnosis that explains the service, correct the pointer (24E) or item 21 and send a corrected claim; if it does not, there is no coding error to fix: appeal with the record only when it documents a clinical reason the edit did not allow for, otherwise write it off. Never add or change a diagnosis the record does not support.`,
  'place-of-service-limits/58': (d) => `This plan pays ${s(d, 'code')} only in place of service ${s(d, 'allowed')} (${s(d, 'label')}), and item 24B says ${s(d, 'pos') ? `place of service ${s(d, 'pos')}` : 'nothing'}: the payer judged the setting inappropriate for the service. Not billable to the patient. If 24B was wrong, send a corrected claim with the real place of service; if the service really was given there, appeal with the records that show why that setting was needed.`,
  'network/242': () => 'The provider is outside this plan\'s network and the plan pays nothing out of network.',
  'prior-authorization/197': (d) => `${s(d, 'code')} needs prior authorization and item 23 is blank. Get a retro-authorization if the payer allows it, then correct and resubmit.`,
  'exclusions/49': (d) => s(d, 'reason'),
  'exclusions/96': (d) => s(d, 'reason'),
  'exclusions/109': (d) => s(d, 'reason'),
  'exclusions/204': (d) => s(d, 'reason'),
  'fee-schedule/96': (d) => `${s(d, 'code')} is not on this payer's fee schedule: a non-covered charge.`,
  'medical-necessity/50': (d, a) =>
    a.group === 'PR'
      ? `Not medically necessary under teaching coverage rule ${s(d, 'coverageRule')}; modifier GA says an ABN is on file, so the patient is liable.`
      : `Not medically necessary under teaching coverage rule ${s(d, 'coverageRule')}${s(d, 'abn') === 'GZ' ? '; modifier GZ says no ABN was signed, so the provider is liable' : ''}. Check the diagnosis pointers; appeal with records if the service was necessary.`,
  'ncci-ptp/97': (d) => `Bundled into ${s(d, 'column1')} on line ${s(d, 'line1')} (NCCI procedure-to-procedure edit, ${s(d, 'table')}). A modifier such as 59 or XS applies only when the services were truly separate.`,
  'ncci-mue/151': (d) => `${s(d, 'units')} units exceed the medically unlikely edit of ${s(d, 'max')} (${s(d, 'table')}).`,
  'frequency/119': (d) => `Benefit limit of ${s(d, 'max')} per ${s(d, 'per') === 'day' ? 'day' : 'calendar year'} already reached (${s(d, 'used')} used).`,
  'price/45': (d, a) => {
    const anesthesia = anesthesiaFromData(d);
    const words = priceWords(d, a);
    return anesthesia ? `${words} Allowed amount: ${describeAnesthesia(anesthesia)}` : words;
  },
  // A variance exercise's declared multiple procedure cut (src/domain/variance/payer-errors.ts, reportCuts): the payer's own claim about the line, right or wrong.
  'multiple-procedure/59': (d) => `Reduced under the payer's multiple procedure rules: paid as a second or later procedure of the session, at ${100 - Number(d.percent)}% of its fee. A contractual adjustment: not billable to the patient.`,
  'capitation/24': (d) => `${s(d, 'code')} is covered under the plan's capitation agreement: the member's assigned primary care practice is paid ${Number(d.perMemberPerMonthCents) > 0 ? `${usd(Number(d.perMemberPerMonthCents))} ` : ''}per member per month apart from this claim, so the line is paid $0 (encounter data). A contractual adjustment: write it off; do not appeal it and never bill it to the patient, who owes only the copay.`,
  'cost-share/1': () => 'Applied to the annual deductible: the patient (or a secondary plan) owes it.',
  'cost-share/2': (d) => `Coinsurance, ${s(d, 'percent')}% of the allowed amount after the deductible.`,
  'cost-share/3': () => 'Copay for the visit.',
  'sequestration/253': (d) => `Medicare sequestration: ${s(d, 'percent')}% taken from the payment by law. Not billable to the patient.`,
  'secondary/23': (d) => `Settled by the primary payer (${s(d, 'primaryPayer')} paid ${usd(Number(d.primaryPaidCents))} and wrote off the rest); this plan considers only the patient's share.`,
  'secondary/1': () => "The primary payer's deductible, which this plan does not cover: the patient owes it.",
  'secondary/2': () => 'Coinsurance this plan does not cover: the patient owes it.',
  'secondary/3': () => 'Copay this plan does not cover: the patient owes it.',
  'secondary/50': () => 'The primary payer found it not medically necessary with an ABN on file: the patient owes it.',
  'secondary/45': () => 'The amount up to the limiting charge from the primary payer: the patient owes it.',
  'secondary/49': () => 'A routine exam the primary payer does not cover, so this plan, which pays only after the primary, does not cover it either: the patient owes it.',
  'secondary/96': () => 'Not covered by the primary payer: the patient owes it.',
  'msp/23': (d) => {
    const names: Record<string, string> = { 'charge-limit': 'the charge (or the amount the provider agreed to accept from the primary) minus the primary payment', 'as-primary': 'what Medicare would pay as primary', 'higher-allowed': 'the higher allowed amount minus the primary payment' };
    const credit = Number(d.deductibleCreditCents) > 0 ? ` ${usd(Number(d.deductibleCreditCents))} of the Medicare fee was credited to the Part B deductible.` : '';
    return `Medicare is the secondary payer: ${s(d, 'primaryPayer')} paid ${usd(Number(d.primaryPaidCents))} first. Medicare pays the lowest of three amounts (42 CFR 411.33(a)): the charge or the amount the provider agreed to accept, minus the primary payment: ${usd(Number(d.chargeLimitCents))}; what Medicare would pay as primary, 80% of the fee ${usd(Number(d.medicareAllowedCents))} after any unmet deductible: ${usd(Number(d.asPrimaryCents))}; the higher of the Medicare fee and the primary's allowed amount (${usd(Number(d.primaryAllowedCents))}) minus the primary payment: ${usd(Number(d.higherAllowedCents))}. The lowest is ${names[s(d, 'lowest')] ?? s(d, 'lowest')}, so Medicare pays ${usd(Math.max(0, Number(d.paymentCents)))} before sequestration.${credit}`;
  },
  'msp/45': (d, a) => (a.group === 'PR' ? `The amount over the primary payer's (${s(d, 'primaryPayer')}) allowed amount that it left to the patient and Medicare did not cover: the patient owes it.` : d.obligated === true
    ? "More than the provider agreed to accept from the primary payer and Medicare together: write it off, never bill the patient."
    : 'More than the higher allowed amount of the two payers: write it off, never bill the patient.'),
  'msp/50': (d) => `Left to the patient by the primary payer (${s(d, 'primaryPayer')}) as not medically necessary, not covered by Medicare's secondary payment: the patient owes it.`,
  'msp/49': (d) => `A routine exam not covered by the primary payer (${s(d, 'primaryPayer')}) and not by Medicare's secondary payment: the patient owes it.`,
  'msp/96': (d) => `Not covered by the primary payer (${s(d, 'primaryPayer')}) and not by Medicare's secondary payment: the patient owes it.`,
  'msp/204': (d) => `Not covered by the primary payer (${s(d, 'primaryPayer')}) and not by Medicare's secondary payment: the patient owes it.`,
  'commercial-cob/23': (d) => `Settled by the primary payer (${s(d, 'primaryPayer')} paid ${usd(Number(d.primaryPaidCents))} and its contract wrote off the rest): as secondary, this plan considers only what the primary left to the patient${s(d, 'method') === 'non-duplication' ? `, and by non-duplication pays only what its own benefit (${usd(Number(d.normalBenefitCents))}) exceeds the primary's payment` : ''}.`,
  ...Object.fromEntries(
    (['1', '2', '3', '45', '49', '50', '96', '204'] as const).map((carc) => [
      `commercial-cob/${carc}`,
      (d: Data) => `Left to the patient by the primary payer (${s(d, 'primaryPayer')}, ${PR_WHAT[carc]}) and not covered by this plan's secondary payment, which is at most ${s(d, 'method') === 'non-duplication' ? 'what it would have paid as primary minus what the primary paid (non-duplication)' : 'what it would have paid as primary'}: the patient owes it.`,
    ]),
  ),
  'payer-of-last-resort/23': (d) => `Paid or written off by the payer before Medicaid (${s(d, 'primaryPayer')}, which paid ${usd(Number(d.primaryPaidCents))}): Medicaid pays last and considers only the cost sharing that payer left to the patient.`,
  'payer-of-last-resort/45': (d) => `Cost sharing the payer before Medicaid (${s(d, 'primaryPayer')}) left that Medicaid does not pay: Medicaid pays the lesser of that cost sharing (${usd(Number(d.unpaidCents))}) and its own allowed amount (${usd(Number(d.normalBenefitCents))}) minus what that payer paid (${usd(Number(d.primaryPaidCents))}), here ${usd(Number(d.paidCents))}. The two payments are payment in full: write the rest off, never bill the patient (42 CFR 447.15, 447.20(a); for a Qualified Medicare Beneficiary, Social Security Act 1902(n)(3)(B)).`,
  'msp/1': (d) => `The primary payer's (${s(d, 'primaryPayer')}) deductible that Medicare's secondary payment did not cover: the patient owes it.`,
  'msp/2': (d) => `The primary payer's (${s(d, 'primaryPayer')}) coinsurance that Medicare's secondary payment did not cover: the patient owes it.`,
  'msp/3': (d) => `The primary payer's (${s(d, 'primaryPayer')}) copay that Medicare's secondary payment did not cover: the patient owes it.`,
};

/** The sentence for an adjustment; on a reversal (negative amount) it says so. */
export function describeAdjustment(a: Adjustment): string {
  const words = BY_RULE[`${a.rule}/${a.carc}`]?.(a.data, a) ?? `${a.group}-${a.carc}.`;
  return a.amountCents < 0 ? `Reversal of the earlier ${a.group}-${a.carc}: ${words}` : words;
}

/** Whether an adjustment rule/CARC has its own wording (a test keeps this complete). */
export function hasAdjustmentWording(rule: string, carc: string): boolean {
  return `${rule}/${carc}` in BY_RULE;
}

/** One provider-level adjustment (PLB) in a sentence: what it is, what it refers to, which way it moves the payment. */
export function describeProviderAdjustment(a: ProviderAdjustment): string {
  const info = PLB_REASON_INFO[a.reason];
  const effect = a.amountCents > 0 ? `takes ${usd(a.amountCents)} out of this payment` : `adds ${usd(-a.amountCents)} to this payment`;
  return `${a.reason} (${info.name})${a.reference ? ` for ${referenceLabel(a)}` : ''}: ${effect}. ${info.use.charAt(0).toUpperCase()}${info.use.slice(1)}.`;
}

/** The meaning of a remark code, or the code itself. */
export function describeRemark(code: string): string {
  return REMARKS[code]?.text ?? code;
}

/** One sentence on the claim's outcome. */
export function describeOutcome(p: ClaimPayment): string {
  const words = outcomeWords(p);
  return p.lines.some((l) => l.adjustments.some((a) => a.group === 'CO' && a.carc === '24' && a.amountCents > 0)) ? `${words} Lines adjusted CO-24 are covered by the monthly capitation payment: nothing more is due from the plan for them.` : words;
}

function outcomeWords(p: ClaimPayment): string {
  const paid = usd(p.paidCents);
  const owes = usd(p.patientShare.totalCents);
  switch (p.outcome) {
    case 'returned-unprocessable': {
      // The returning CARC is 16 (information missing) or 4 (a required modifier missing): name the one sent.
      const first = p.lines.flatMap((l) => l.adjustments)[0];
      return `Returned as unprocessable (${first ? `${first.group}-${first.carc}` : 'CO-16'} with MA130): nothing was decided, so there is nothing to appeal. Correct the claim and send it as a new claim.`;
    }
    case 'reversed':
      return `Reversal (claim status 22) of claim ${p.payerClaimNumber}: the earlier payment of ${usd(-p.paidCents)} is taken back and its posting undone.`;
    case 'denied':
      return 'Denied: nothing paid and nothing owed by the patient. Read each line\'s reason to correct and resubmit, appeal, or write off.';
    case 'patient-responsibility':
      if (p.statusCode === '2' && p.patientShare.totalCents === 0) return 'Processed as secondary with no payment: the primary payment already covers what this payer would pay, and the patient owes $0.00.';
      return `Processed with no payment: the patient owes ${owes}${p.crossoverTo ? `, forwarded to ${p.crossoverTo.name}` : ''}.`;
    default:
      return `${p.outcome === 'paid' ? 'Paid' : 'Partly paid'} ${paid}${p.paidTo === 'patient' ? ' to the patient (unassigned claim)' : ''}; the patient owes ${owes}${p.crossoverTo ? `; forwarded to ${p.crossoverTo.name} (crossover)` : ''}.`;
  }
}
