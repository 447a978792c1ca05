import { isDenial } from './codes.ts';
import { describeAdjustment, describeAnesthesia, describeOutcome, describeProviderAdjustment, describeRemark } from './describe.ts';
import type { PayerProfile } from './payer-schema.ts';
import type { ProviderAdjustment } from './provider-adjustments.ts';
import type { ClaimPayment } from './types.ts';
import type { Payee } from './x12-835.ts';
import { sumCents } from '../text/money.ts';

/**
 * A human-readable remittance advice (the provider's EOB) as data, for a UI or a printout:
 * the same numbers as the 835, laid out the way billers read a paper RA, with every reason
 * already in words and a suggested next step per claim. Money stays in cents.
 */

/** One reason on a line: "CO-45 25.00" and its sentence. */
export interface AdviceReason {
  code: string;
  group: string;
  carc: string;
  amountCents: number;
  text: string;
}

/** One service line as an RA prints it. */
export interface AdviceLine {
  lineNumber: number;
  date: string;
  procedure: string;
  modifiers: string[];
  units: number;
  billedCents: number;
  allowedCents: number;
  deductibleCents: number;
  coinsuranceCents: number;
  copayCents: number;
  /** Other patient responsibility (PR-50 with an ABN, PR-45 up to the limiting charge...). */
  otherPatientCents: number;
  /** CO, OA and PI amounts: written off or settled elsewhere, never billed to the patient. */
  notBillableCents: number;
  paidCents: number;
  reasons: AdviceReason[];
  remarks: { code: string; text: string }[];
  /** How the allowed amount was computed, when the line is anesthesia priced from minutes. */
  pricing?: string | undefined;
}

/** What a biller does next with a claim, as a code a later exercise can grade. */
export type NextStep = 'post-and-close' | 'bill-patient' | 'bill-secondary' | 'crossed-over' | 'send-new-claim' | 'correct-or-appeal' | 'post-reversal';

/** One claim on the RA. */
export interface AdviceClaim {
  patient: string;
  memberId: string;
  patientAccountNumber: string;
  payerClaimNumber: string;
  status: string;
  statusCode: string;
  summary: string;
  lines: AdviceLine[];
  totals: Omit<AdviceLine, 'lineNumber' | 'date' | 'procedure' | 'modifiers' | 'units' | 'reasons' | 'remarks' | 'pricing'>;
  patientOwesCents: number;
  paidTo: 'provider' | 'patient';
  nextSteps: NextStep[];
  remarks: { code: string; text: string }[];
}

/** The whole RA. */
export interface RemittanceAdvice {
  payer: { name: string; payerId: string; phone: string };
  payee: { name: string; npi: string };
  date: string;
  traceNumber: string;
  /** Sum of claim payments (negative amounts are carried forward, see the 835 PLB). */
  claimsPaidCents: number;
  claims: AdviceClaim[];
  /** Provider-level adjustments (835 PLB), each with its sentence. */
  providerAdjustments: (ProviderAdjustment & { text: string })[];
  /** What the check or EFT carries: claim payments minus the provider-level adjustments (BPR02). */
  paymentCents: number;
}

function nextSteps(p: ClaimPayment, hasSecondary: boolean): NextStep[] {
  if (p.statusCode === '22') return ['post-reversal'];
  if (p.outcome === 'returned-unprocessable') return ['send-new-claim'];
  const steps: NextStep[] = [];
  const denied = p.lines.some((l) => l.adjustments.some(isDenial));
  if (denied) steps.push('correct-or-appeal');
  if (p.patientShare.totalCents > 0) steps.push(p.crossoverTo ? 'crossed-over' : hasSecondary ? 'bill-secondary' : 'bill-patient');
  if (steps.length === 0) steps.push('post-and-close');
  return steps;
}

/**
 * The RA for payments from one payer. `hasSecondary` tells whether the patient has another plan
 * to bill before the patient (the claim's item 11d), for every claim or per claim payment (a
 * check for several patients). `providerAdjustments` are the PLB entries the 835 carries.
 */
export function remittanceAdvice(payments: readonly ClaimPayment[], payer: PayerProfile, payee: Payee, info: { date: string; traceNumber: string; hasSecondary?: boolean | ((p: ClaimPayment) => boolean); providerAdjustments?: readonly ProviderAdjustment[] }): RemittanceAdvice {
  const secondary = (p: ClaimPayment): boolean => (typeof info.hasSecondary === 'function' ? info.hasSecondary(p) : info.hasSecondary ?? false);
  const adjustments = info.providerAdjustments ?? [];
  const claims = payments.map((p): AdviceClaim => {
    const lines = p.lines.map((l): AdviceLine => {
      const pr = (carc: string) => sumCents(l.adjustments.filter((a) => a.group === 'PR' && a.carc === carc).map((a) => a.amountCents));
      const prAll = sumCents(l.adjustments.filter((a) => a.group === 'PR').map((a) => a.amountCents));
      return {
        lineNumber: l.lineNumber,
        date: l.from,
        procedure: l.procedure,
        modifiers: l.modifiers,
        units: l.units,
        billedCents: l.chargeCents,
        allowedCents: l.allowedCents,
        deductibleCents: pr('1'),
        coinsuranceCents: pr('2'),
        copayCents: pr('3'),
        otherPatientCents: prAll - pr('1') - pr('2') - pr('3'),
        notBillableCents: sumCents(l.adjustments.filter((a) => a.group !== 'PR').map((a) => a.amountCents)),
        paidCents: l.paidCents,
        reasons: l.adjustments.map((a) => ({ code: `${a.group}-${a.carc}`, group: a.group, carc: a.carc, amountCents: a.amountCents, text: describeAdjustment(a) })),
        remarks: l.remarks.map((code) => ({ code, text: describeRemark(code) })),
        ...(l.anesthesia ? { pricing: describeAnesthesia(l.anesthesia) } : {}),
      };
    });
    const total = (k: keyof AdviceClaim['totals']) => sumCents(lines.map((l) => l[k]));
    return {
      patient: `${p.patientName.last}, ${p.patientName.first}`,
      memberId: p.memberId,
      patientAccountNumber: p.patientAccountNumber,
      payerClaimNumber: p.payerClaimNumber,
      status: p.outcome,
      statusCode: p.statusCode,
      summary: describeOutcome(p),
      lines,
      totals: {
        billedCents: total('billedCents'), allowedCents: total('allowedCents'), deductibleCents: total('deductibleCents'), coinsuranceCents: total('coinsuranceCents'),
        copayCents: total('copayCents'), otherPatientCents: total('otherPatientCents'), notBillableCents: total('notBillableCents'), paidCents: total('paidCents'),
      },
      patientOwesCents: p.patientShare.totalCents,
      paidTo: p.paidTo,
      nextSteps: nextSteps(p, secondary(p)),
      remarks: p.remarks.map((code) => ({ code, text: describeRemark(code) })),
    };
  });
  return {
    payer: { name: payer.name, payerId: payer.payerId, phone: payer.billingContactPhone },
    payee: { name: payee.name, npi: payee.npi },
    date: info.date,
    traceNumber: info.traceNumber,
    claimsPaidCents: sumCents(payments.map((p) => p.paidCents)),
    claims,
    providerAdjustments: adjustments.map((a) => ({ ...a, text: describeProviderAdjustment(a) })),
    paymentCents: sumCents(payments.map((p) => p.paidCents)) - sumCents(adjustments.map((a) => a.amountCents)),
  };
}
