import type { Claim } from '../claims/claim-schema.ts';
import { digitsOf } from '../claims/normalize.ts';
import { claimRenderingNpi, patientControlNumber, x12Text, type ExplainedSegment } from '../claims/x12-837p.ts';
import { entityTypeQualifier } from '../x12/entity-type.ts';
import { x12FreeText } from '../x12/free-text.ts';
import { describeAdjustment, describeAnesthesia, describeOutcome, describeProviderAdjustment, describeRemark, GROUP_MEANING } from './describe.ts';
import { sumCents, usd } from '../text/money.ts';
import type { PayerProfile } from './payer-schema.ts';
import type { ProviderAdjustment } from './provider-adjustments.ts';
import type { Adjustment, ClaimPayment } from './types.ts';

/**
 * Export of claim payments as an X12 835 Health Care Claim Payment/Advice (005010X221A1), with a
 * plain-language explanation of every segment (the same ExplainedSegment shape as the 837P).
 * One payer, one payee, one transaction: one claim or a whole check of claims for several
 * patients, with provider-level adjustments (PLB). Segments follow the layout table in
 * src/data/x12/835.json (tests check every emitted segment against it).
 *
 * Balancing, which the tests prove for any claim and payer:
 * - each SVC: SVC02 charge - SVC03 paid = the line's CAS amounts;
 * - each CLP: CLP03 charge - CLP04 paid = the claim's CAS amounts (all at line level here);
 * - BPR02 = sum of CLP04 - sum of PLB04 (a positive PLB04 reduces the payment, a negative one,
 *   such as L6 interest, adds to it). A net negative total (a reversal or a WO recovery larger
 *   than the payments) is carried as a negative PLB forwarding balance (FB), so BPR02 is never
 *   negative.
 */

/** Who is paid (835 loop 1000B N1*PE). */
export interface Payee {
  name: string;
  npi: string;
  /** EIN, 9 digits. */
  taxId: string;
  address: { street: string; city: string; state: string; zip: string };
}

/** Envelope and payment values a payer's system would assign. */
export interface X835Options {
  senderId: string;
  receiverId: string;
  controlNumber: number;
  /** Production and payment date, YYYY-MM-DD: passed in, never read from the clock. */
  date: string;
  time: string;
  /** Check or EFT trace number (TRN02). */
  traceNumber: string;
  /** '1' + the payer's 9-digit EIN (TRN03); teaching payers use a made-up one. */
  originatorId: string;
  usage?: 'P' | 'T';
  /** Provider-level adjustments (PLB) the payer makes on this payment; FB is added when needed. */
  providerAdjustments?: readonly ProviderAdjustment[] | undefined;
}

/** Teaching defaults. */
export const DEFAULT_835_OPTIONS: Omit<X835Options, 'date' | 'traceNumber'> = {
  senderId: 'TEACHINGPAYER',
  receiverId: 'CLAIMLAB',
  controlNumber: 1,
  time: '1200',
  originatorId: '1999999999',
  usage: 'T',
};

/** The payee blocks of a claim: billing provider (item 33) and tax ID (item 25). */
export function payeeFromClaim(claim: Claim): Payee {
  const bp = claim.billingProvider;
  return { name: bp.name, npi: digitsOf(bp.npi ?? ''), taxId: digitsOf(claim.federalTaxId.id), address: bp.address };
}

/** Cents as an X12 decimal: no trailing zeros, a leading minus when negative. */
export function x12Amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const rest = abs % 100;
  return `${sign}${rest === 0 ? whole : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`}`;
}

function seg(...elements: string[]): string {
  const out = [...elements];
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return `${out.join('*')}~`;
}

/** CAS segments for a list of adjustments: one per group, up to six reason/amount/units triplets each. */
function casSegments(adjustments: Adjustment[]): { elements: string[]; adjustments: Adjustment[] }[] {
  const out: { elements: string[]; adjustments: Adjustment[] }[] = [];
  const groups = [...new Set(adjustments.map((a) => a.group))];
  for (const group of groups) {
    const mine = adjustments.filter((a) => a.group === group && a.amountCents !== 0);
    for (let i = 0; i < mine.length; i += 6) {
      const chunk = mine.slice(i, i + 6);
      const elements = ['CAS', group];
      for (const a of chunk) elements.push(a.carc, x12Amount(a.amountCents), a.units ? String(a.units) : '');
      out.push({ elements, adjustments: chunk });
    }
  }
  return out;
}

const STATUS: Record<ClaimPayment['statusCode'], string> = {
  '1': 'processed as primary',
  '2': 'processed as secondary',
  '4': 'denied',
  '19': 'processed as primary and forwarded to the supplemental payer',
  '22': 'reversal of a previous payment',
};

/**
 * The claim's rendering provider as the 835 names it (005010X221A1 2100 NM1*82: "required when the
 * rendering provider is different from the payee", quoted in X12 RFI 1270, which also says it goes
 * at claim level unless the lines differ): the NPI most lines share (the earliest on a tie, as the
 * 837P's 2310B), undefined when that is the payee. `lineNpi` gives each line's 2110 REF*HPI, only
 * for a line whose rendering provider differs from the claim's (NM1*82, or the payee without one).
 */
export function renderingOnRemittance(p: ClaimPayment, payeeNpi: string): { claimNpi?: string; lineNpi: (l: ClaimPayment['lines'][number]) => string | undefined } {
  const claimNpi = claimRenderingNpi(p.lines.map((l) => l.renderingNpi ?? ''), payeeNpi);
  const reference = claimNpi ?? payeeNpi;
  return { ...(claimNpi ? { claimNpi } : {}), lineNpi: (l) => (l.renderingNpi && l.renderingNpi !== reference ? l.renderingNpi : undefined) };
}

/** What the 835 writer returns: the text, each segment explained, BPR02 and every PLB entry written. */
export interface X835 {
  text: string;
  segments: ExplainedSegment[];
  /** BPR02, the check or EFT amount. */
  totalCents: number;
  /** The provider-level adjustments in PLB order, including a forwarding balance the writer added. */
  adjustments: ProviderAdjustment[];
}

/**
 * The provider-level adjustments an 835 carries: the payer's own, then, when they and the claims
 * net below zero, a negative FB for the shortfall. Its PLB03-2 is this remittance's own trace
 * number (TRN02), not a claim number: the guide's balance forward process says so, and a later
 * 835 takes the balance back with a positive FB of the same reference (X12 RFI 1114, 2051).
 */
export function withForwardBalance(payments: readonly ClaimPayment[], adjustments: readonly ProviderAdjustment[], traceNumber: string): { adjustments: ProviderAdjustment[]; totalCents: number } {
  const net = sumCents(payments.map((p) => p.paidCents)) - sumCents(adjustments.map((a) => a.amountCents));
  if (net >= 0) return { adjustments: [...adjustments], totalCents: net };
  return { adjustments: [...adjustments, { reason: 'FB', reference: traceNumber, amountCents: net }], totalCents: 0 };
}

/**
 * Interest as the guide reports it: one PLB L6 for the net interest of the whole remittance
 * (X12 RFI 2123), its reference kept when every L6 names the same claim.
 */
function netInterest(adjustments: readonly ProviderAdjustment[]): ProviderAdjustment[] {
  const l6 = adjustments.filter((a) => a.reason === 'L6');
  if (l6.length < 2) return [...adjustments];
  const net = sumCents(l6.map((a) => a.amountCents));
  const refs = [...new Set(l6.map((a) => a.reference))];
  const others = adjustments.filter((a) => a.reason !== 'L6');
  return net === 0 ? others : [...others, { reason: 'L6', reference: refs.length === 1 ? (refs[0] ?? '') : '', amountCents: net }];
}

/** The 835 for some claim payments (a reversal first, then its replacement) and its explanation. */
export function paymentsTo835(payments: readonly ClaimPayment[], payer: PayerProfile, payee: Payee, options: X835Options): X835 {
  const out: ExplainedSegment[] = [];
  const add = (loop: string, explanation: string, ...elements: string[]) => out.push({ segment: seg(...elements), loop, explanation });
  const ctl = String(options.controlNumber).padStart(9, '0');
  const date8 = options.date.replace(/-/g, '');
  const pad = (v: string, n: number) => x12Text(v).slice(0, n).padEnd(n, ' ');
  const { adjustments, totalCents: total } = withForwardBalance(payments, netInterest(options.providerAdjustments ?? []), options.traceNumber);
  // The claim-level interest behind the L6 (2100 AMT*I, required when not zero; information only, not in CLP04).
  const interestOn = (p: ClaimPayment): number => -sumCents((options.providerAdjustments ?? []).filter((a) => a.reason === 'L6' && a.reference === p.payerClaimNumber).map((a) => a.amountCents));
  const netting = adjustments.length === 0 ? '' : ` (claim payments ${usd(sumCents(payments.map((p) => p.paidCents)))} minus provider-level adjustments ${usd(sumCents(adjustments.map((a) => a.amountCents)))}, see PLB)`;

  add('envelope', 'ISA interchange header: sender (the payer) and receiver IDs, date and time, the delimiters, control number, T test or P production.',
    'ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(options.senderId, 15), 'ZZ', pad(options.receiverId, 15), date8.slice(2), options.time, '^', '00501', ctl, '0', options.usage ?? 'T', ':');
  add('envelope', 'GS functional group header: HP = health care claim payment/advice; version 005010X221A1 is the 835 implementation guide.',
    'GS', 'HP', x12Text(options.senderId), x12Text(options.receiverId), date8, options.time, String(options.controlNumber), 'X', '005010X221A1');
  add('header', 'ST transaction set header: an 835, control number 0001.', 'ST', '835', '0001');
  if (total > 0) {
    add('header', `BPR financial information: I = remittance information only: the money moves separately from this 835, here ${usd(total)}${netting} credit (C) by check (CHK) dated ${options.date} (C would mean the payment and the remittance travel together through the banks).`,
      'BPR', 'I', x12Amount(total), 'C', 'CHK', '', '', '', '', '', '', '', '', '', '', '', date8);
  } else {
    add('header', `BPR financial information: H = notification only: BPR02 is ${usd(0)}${netting}, so no money moves (NON) and no check is written.`, 'BPR', 'H', '0', 'C', 'NON', '', '', '', '', '', '', '', '', '', '', '', date8);
  }
  add('header', 'TRN reassociation trace number: the check or EFT number that ties this remittance to the money, and the payer (1 + its tax ID).', 'TRN', '1', x12Text(options.traceNumber), options.originatorId);
  add('header', 'REF*EV receiver identification: the ID of the party this 835 was sent to.', 'REF', 'EV', x12Text(options.receiverId));
  add('header', 'DTM*405 production date: when the payer produced the remittance.', 'DTM', '405', date8);

  // N103/N104 (XV) hold the National Plan ID only when its use is mandated, which it is not (the HPID
  // rule was rescinded in 2019); the guide then names the payer by its payer ID in REF*2U.
  add('1000A', `Payer (N1*PR): ${payer.name}. No N103/N104: those hold a National Plan ID, which is not in use; the payer ID is in REF*2U below.`, 'N1', 'PR', x12FreeText(payer.name, 60));
  add('1000A', 'Payer street address.', 'N3', x12FreeText(payer.address.street, 55));
  add('1000A', 'Payer city, state, ZIP.', 'N4', x12FreeText(payer.address.city, 30), x12Text(payer.address.state), digitsOf(payer.address.zip));
  add('1000A', `REF*2U payer identification: ${payer.payerId}, the payer ID the claim was sent to (2010BB NM109).`, 'REF', '2U', payer.payerId);
  add('1000A', 'PER*BL payer technical contact (required): who to call about this remittance.', 'PER', 'BL', 'PROVIDER SERVICES', 'TE', payer.billingContactPhone);

  add('1000B', `Payee (N1*PE): ${payee.name}, identified by NPI (XX).`, 'N1', 'PE', x12FreeText(payee.name, 60), 'XX', payee.npi);
  add('1000B', 'Payee street address.', 'N3', x12FreeText(payee.address.street, 55));
  add('1000B', 'Payee city, state, ZIP.', 'N4', x12FreeText(payee.address.city, 30), x12Text(payee.address.state), digitsOf(payee.address.zip));
  add('1000B', 'REF*TJ payee federal tax ID.', 'REF', 'TJ', payee.taxId);

  add('2000', 'LX header number: starts the group of claims for this provider.', 'LX', '1');
  for (const p of payments) {
    add('2100', `CLP claim payment: account ${p.patientAccountNumber}, status ${p.statusCode} (${STATUS[p.statusCode]}), charge ${usd(p.chargeCents)}, paid ${usd(p.paidCents)}, patient responsibility ${usd(p.patientShare.totalCents)}, filing indicator ${p.claimFilingIndicator}, payer claim number ${p.payerClaimNumber}, place of service ${p.facilityCode}, frequency ${p.frequencyCode}. ${describeOutcome(p)}`,
      'CLP', patientControlNumber(p.patientAccountNumber), p.statusCode, x12Amount(p.chargeCents), x12Amount(p.paidCents), p.patientShare.totalCents !== 0 ? x12Amount(p.patientShare.totalCents) : '', p.claimFilingIndicator, p.payerClaimNumber, p.facilityCode, p.frequencyCode);
    if (p.subscriberName && p.memberId) {
      // The member ID is the subscriber's: it goes with NM1*IL; the patient (a dependent) is named without it.
      add('2100', 'NM1*QC patient: name (the patient is not the subscriber, so the member ID goes with the subscriber below).', 'NM1', 'QC', '1', x12FreeText(p.patientName.last, 60), x12FreeText(p.patientName.first, 35));
      const entity = entityTypeQualifier(p.subscriberName);
      add('2100', `NM1*IL subscriber: ${entity === '1' ? 'the person' : 'the organisation'} who holds the policy, with the member ID (MI).`, 'NM1', 'IL', entity, x12FreeText(p.subscriberName.last, 60), x12FreeText(p.subscriberName.first, 35), '', '', '', p.memberId ? 'MI' : '', x12Text(p.memberId));
    } else {
      add('2100', `NM1*QC patient: name${p.memberId ? ' and member ID (MI)' : ' (no member ID was on the claim)'}.`, 'NM1', 'QC', '1', x12FreeText(p.patientName.last, 60), x12FreeText(p.patientName.first, 35), '', '', '', p.memberId ? 'MI' : '', x12Text(p.memberId));
    }
    const rendering = renderingOnRemittance(p, payee.npi);
    if (rendering.claimNpi) add('2100', `NM1*82 rendering provider: NPI ${rendering.claimNpi} (XX), who performed the services; named because it is not the payee. Only the NPI is sent: the name is situational, and the NPI identifies the provider.`, 'NM1', '82', '1', '', '', '', '', '', 'XX', rendering.claimNpi);
    if (p.crossoverTo) add('2100', `NM1*TT crossover carrier: the claim was forwarded to ${p.crossoverTo.name}; do not bill that plan yourself.`, 'NM1', 'TT', '2', x12FreeText(p.crossoverTo.name, 60), '', '', '', '', 'PI', x12Text(p.crossoverTo.id).replace(/ /g, '').slice(0, 20));
    if (p.remarks.length > 0) add('2100', `MOA outpatient adjudication remark codes: ${p.remarks.map((r) => `${r} (${describeRemark(r)})`).join('; ')}`, 'MOA', '', '', ...p.remarks.slice(0, 5));
    add('2100', `DTM*050 received date: the payer received the claim on ${p.receivedDate}.`, 'DTM', '050', p.receivedDate.replace(/-/g, ''));
    const interest = interestOn(p);
    if (interest !== 0) add('2100', `AMT*I interest: ${usd(interest)} paid on this claim for paying it late. It is information only: not in CLP04 and not in the claim's balancing; the money is in the check through PLB L6, which carries the net interest of the remittance.`, 'AMT', 'I', x12Amount(interest));
    for (const l of p.lines) {
      const code = ['HC', x12Text(l.procedure), ...l.modifiers.map(x12Text)].join(':');
      add('2110', `SVC line ${l.lineNumber}: ${l.procedure}${l.modifiers.length ? ` with ${l.modifiers.join(', ')}` : ''}, charge ${usd(l.chargeCents)}, paid ${usd(l.paidCents)}, ${l.anesthesia ? `${l.units} minutes of anesthesia time (24G; SVC05 repeats them). ${describeAnesthesia(l.anesthesia)}` : `${l.units} unit(s).`}`,
        'SVC', code, x12Amount(l.chargeCents), x12Amount(l.paidCents), '', l.units > 0 && l.units !== 1 ? String(l.units) : '');
      if (l.from) {
        if (l.to && l.to !== l.from) {
          add('2110', `DTM*150 service period start ${l.from}.`, 'DTM', '150', l.from.replace(/-/g, ''));
          add('2110', `DTM*151 service period end ${l.to}.`, 'DTM', '151', l.to.replace(/-/g, ''));
        } else add('2110', `DTM*472 date of service ${l.from}.`, 'DTM', '472', l.from.replace(/-/g, ''));
      }
      for (const cas of casSegments(l.adjustments)) {
        const group = cas.adjustments[0]?.group ?? 'CO';
        add('2110', `CAS adjustments, group ${group} (${GROUP_MEANING[group]}): ${cas.adjustments.map((a) => `${a.carc} ${usd(a.amountCents)}: ${describeAdjustment(a)}`).join(' ')}`, ...cas.elements);
      }
      add('2110', 'REF*6R line item control number: the claim line this payment belongs to.', 'REF', '6R', String(l.lineNumber));
      const lineNpi = rendering.lineNpi(l);
      if (lineNpi) add('2110', `REF*HPI rendering provider of this line: NPI ${lineNpi}, not the claim's ${rendering.claimNpi ? 'rendering provider (NM1*82 above)' : 'payee'}.`, 'REF', 'HPI', lineNpi);
      if (l.allowedCents !== 0) add('2110', `AMT*B6 allowed amount ${usd(l.allowedCents)}.`, 'AMT', 'B6', x12Amount(l.allowedCents));
      for (const r of l.remarks) add('2110', `LQ*HE remark code ${r}: ${describeRemark(r)}`, 'LQ', 'HE', r);
    }
  }
  // Up to six reason/amount pairs per PLB (PLB03/04 ... PLB13/14), all for the payee's NPI.
  for (let i = 0; i < adjustments.length; i += 6) {
    const chunk = adjustments.slice(i, i + 6);
    const pairs = chunk.flatMap((a) => [a.reference ? `${a.reason}:${x12Text(a.reference)}` : a.reason, x12Amount(a.amountCents)]);
    add('footer', `PLB provider-level adjustments (not part of any claim above; PLB02 is the provider's fiscal year end, 31 December of this year when the payer does not know it). ${chunk.map(describeProviderAdjustment).join(' ')} A positive PLB amount reduces the payment, a negative one adds to it: BPR02 = sum of CLP04 - sum of PLB amounts.`,
      'PLB', payee.npi, `${options.date.slice(0, 4)}1231`, ...pairs);
  }
  const inTransaction = out.filter((s) => s.loop !== 'envelope').length + 1;
  add('trailer', `SE transaction set trailer: ${inTransaction} segments from ST to SE inclusive.`, 'SE', String(inTransaction), '0001');
  add('envelope', 'GE functional group trailer: 1 transaction.', 'GE', '1', String(options.controlNumber));
  add('envelope', 'IEA interchange trailer: 1 functional group, the same control number as ISA.', 'IEA', '1', ctl);
  return { text: out.map((s) => s.segment).join('\n'), segments: out, totalCents: total, adjustments };
}
