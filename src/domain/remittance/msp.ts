/**
 * Medicare as secondary payer (MSP), one service line, Part B services paid on the fee
 * schedule: 42 CFR 411.33(a) (eCFR text as in effect for 2026 dates of service; its
 * example in 411.33(b) is a unit test). Medicare pays the LOWEST of
 *   (1) the charge, or the amount the provider is obligated to accept as payment in full
 *       from the primary (OTAF) when that is less, minus the primary's payment;
 *   (2) what Medicare would pay as primary: (fee - unmet Part B deductible) x 80%;
 *   (3) the higher of the Medicare fee and the primary's allowed amount, minus the
 *       primary's payment;
 * and never less than zero. The Part B deductible is credited with the Medicare fee up to
 * what is left of it, as if Medicare had been primary, even though the primary paid those
 * expenses (Medicare Secondary Payer Manual, Pub. 100-05, Ch. 1, section 40, "Effect of GHP
 * payments on deductible, coinsurance and utilization"; wording from professional knowledge).
 *
 * What the provider may still collect from the patient: no more than the patient
 * responsibility the primary assigned, and no more than the amount the provider may collect
 * in all (OTAF when obligated, else the higher allowed amount) minus both payments (MAC MSP
 * guidance, e.g. Noridian "MSP Payment Calculation Examples": "Medicare's allowable is the
 * deciding factor when determining the patient's liability"). Money in integer cents.
 */
import type { Adjustment, LinePayment } from './types.ts';
import { sumCents } from '../text/money.ts';

/** One line's inputs: Medicare's fee, the primary's allowed and paid amounts, and what it left to the patient. */
export interface MspLineInput {
  chargeCents: number;
  /** Medicare's allowed amount for the line (fee schedule x units, capped at the charge). */
  medicareAllowedCents: number;
  /** Part B deductible still unmet before this line. */
  deductibleLeftCents: number;
  /** Medicare's coinsurance percent (20 for Part B). */
  coinsurancePercent: number;
  primaryAllowedCents: number;
  primaryPaidCents: number;
  /** The patient responsibility (PR) on the primary's remittance for the line. */
  primaryPatientCents: number;
  /** Whether the provider is obligated to accept the primary's allowed amount (a contract: the primary wrote off CO amounts). */
  obligatedToAccept: boolean;
}

/** The three amounts 411.33(a) compares, which was lowest, the payment and the patient's part. */
export interface MspLineResult {
  /** 411.33(a)(1): charge or OTAF minus the primary's payment. */
  chargeLimitCents: number;
  /** 411.33(a)(2): what Medicare would pay as primary. */
  asPrimaryCents: number;
  /** 411.33(a)(3): higher allowed amount minus the primary's payment. */
  higherAllowedCents: number;
  lowest: 'charge-limit' | 'as-primary' | 'higher-allowed';
  /** Medicare's secondary payment before sequestration (never negative). */
  paymentCents: number;
  /** Credited to the Part B deductible on this line. */
  deductibleCreditCents: number;
  /** What the provider may still collect from the patient. */
  patientCents: number;
}

/** Medicare's secondary payment on one line (42 CFR 411.33(a)). Pure; never throws. */
export function mspLine(input: MspLineInput): MspLineResult {
  const fee = Math.max(0, input.medicareAllowedCents);
  const paid = Math.max(0, input.primaryPaidCents);
  const obligatedCents = input.obligatedToAccept ? Math.min(input.chargeCents, input.primaryAllowedCents) : input.chargeCents;
  const deductibleCreditCents = Math.max(0, Math.min(fee, input.deductibleLeftCents));
  const chargeLimitCents = obligatedCents - paid;
  const asPrimaryCents = Math.round(((fee - deductibleCreditCents) * (100 - input.coinsurancePercent)) / 100);
  const higherAllowedCents = Math.max(fee, input.primaryAllowedCents) - paid;
  const candidates = [
    ['charge-limit', chargeLimitCents],
    ['as-primary', asPrimaryCents],
    ['higher-allowed', higherAllowedCents],
  ] as const;
  // The first of equal amounts wins, in the regulation's order, so the RA names one.
  const [lowest, lowestCents] = candidates.reduce((best, c) => (c[1] < best[1] ? c : best));
  const paymentCents = Math.max(0, lowestCents);
  const collectibleCents = Math.min(obligatedCents, Math.max(fee, input.primaryAllowedCents));
  const patientCents = Math.max(0, Math.min(input.primaryPatientCents, collectibleCents - paid - paymentCents));
  return { chargeLimitCents, asPrimaryCents, higherAllowedCents, lowest, paymentCents, deductibleCreditCents, patientCents };
}

/**
 * One line of an MSP claim from the primary's remittance line: the 411.33(a) result and the
 * line's adjustments before sequestration. The primary's payment is OA-23 (with the three amounts
 * for the RA's words); the patient keeps what the primary assigned to them, in the primary's own
 * PR codes, up to what may still be collected; the rest is CO-45.
 */
export function mspLineFromPrimary(
  primaryLine: LinePayment,
  primaryPayerId: string,
  medicare: Pick<MspLineInput, 'chargeCents' | 'medicareAllowedCents' | 'deductibleLeftCents' | 'coinsurancePercent'>,
): { result: MspLineResult; adjustments: Adjustment[] } {
  const charge = medicare.chargeCents;
  const primaryPr = primaryLine.adjustments.filter((a) => a.group === 'PR');
  const primaryPaid = Math.min(charge, Math.max(0, primaryLine.paidCents));
  const obligated = primaryLine.adjustments.some((a) => a.group === 'CO' && a.carc === '45' && a.amountCents > 0);
  const r = mspLine({
    ...medicare,
    primaryAllowedCents: primaryLine.allowedCents,
    primaryPaidCents: primaryPaid,
    primaryPatientCents: sumCents(primaryPr.map((a) => a.amountCents)),
    obligatedToAccept: obligated,
  });
  const adjustments: Adjustment[] = [];
  if (primaryPaid > 0) {
    adjustments.push({
      group: 'OA', carc: '23', amountCents: primaryPaid, rule: 'msp',
      data: { primaryPayer: primaryPayerId, primaryPaidCents: primaryPaid, primaryAllowedCents: primaryLine.allowedCents, medicareAllowedCents: medicare.medicareAllowedCents, chargeLimitCents: r.chargeLimitCents, asPrimaryCents: r.asPrimaryCents, higherAllowedCents: r.higherAllowedCents, lowest: r.lowest, paymentCents: r.paymentCents, deductibleCreditCents: r.deductibleCreditCents },
    });
  }
  let left = r.patientCents;
  for (const a of primaryPr) {
    const amount = Math.min(a.amountCents, left);
    left -= amount;
    if (amount > 0) adjustments.push({ group: 'PR', carc: a.carc, amountCents: amount, rule: 'msp', data: { primaryPayer: primaryPayerId } });
  }
  const writeOff = charge - primaryPaid - r.paymentCents - (r.patientCents - left);
  if (writeOff > 0) adjustments.push({ group: 'CO', carc: '45', amountCents: writeOff, rule: 'msp', data: { obligated } });
  return { result: r, adjustments };
}
