import type { PersonName } from './claim-schema.ts';
import { digitsOf, parseDate } from './normalize.ts';
import { isOrganisationName } from '../x12/entity-type.ts';
import { sumCents } from '../text/money.ts';

/**
 * Coordination of benefits on the 837P (005010X222A1): when a claim goes to a payer that is not
 * primary, it carries what the other payer decided, so the payer being billed can pay after it.
 *
 * - 2320 (one per other payer): SBR (SBR01 P: the other payer paid first; patient relationship
 *   to the other subscriber; group; SBR09 claim filing indicator), CAS for adjustments the other
 *   payer made at claim level only (never a copy of the line adjustments), AMT*D what it paid
 *   (0 is allowed), AMT*EAF the patient liability it left only when it gave claim-level
 *   information only (no 2430 line), OI (benefits assigned, release of information), MOA when
 *   that payer is Medicare (its claim-level remark codes).
 * - 2330A: the other subscriber (NM1*IL, MI member ID; N3/N4 when the address is known).
 * - 2330B: the other payer (NM1*PR, PI payer ID); DTP*573 the adjudication date only when no
 *   line is adjudicated in 2430 (the date is then sent per line).
 * - 2430 (per service line the other payer paid or adjusted): SVD (other payer ID, paid,
 *   procedure, units), CAS per adjustment, DTP*573, AMT*EAF the patient liability it left on
 *   the line. The remaining patient liability goes at line level when the other payer adjudicated
 *   the lines, at claim level (2320) only when it did not, never at both (X12 RFIs 1391 and 1517
 *   on 005010X222A1; it is sent even when zero, RFI 1515).
 * Balancing (the guide's COB balancing): per line, charge - line CAS = SVD02; per claim, CLM02 -
 * claim CAS - all line CAS = AMT*D, and the sum of SVD02 - claim CAS = AMT*D. `cobBalance`
 * reports any difference as data. Money in integer cents.
 */

/** One adjustment as the other payer's remittance gave it (835 CAS). */
export interface CobAdjustment {
  group: 'CO' | 'CR' | 'OA' | 'PI' | 'PR';
  carc: string;
  amountCents: number;
}

/** One service line as the other payer adjudicated it. */
export interface CobLine {
  /** The claim's line number (1-based) the payer adjudicated. */
  lineNumber: number;
  procedure: string;
  modifiers: readonly string[];
  units: number;
  paidCents: number;
  adjustments: readonly CobAdjustment[];
}

/** What the other payer decided on this claim: its remittance, as the practice posted it. */
export interface CobPayment {
  paidCents: number;
  lines: readonly CobLine[];
  /** Claim-level remark codes (sent in MOA when the other payer is Medicare). */
  remarks?: readonly string[];
  /** Adjustments the other payer made at claim level, not on a line (2320 CAS). */
  claimAdjustments?: readonly CobAdjustment[];
}

/** The other payer (primary) and its subscriber, with its adjudication. */
export interface OtherPayerAdjudication {
  payer: {
    name: string;
    /** The other payer's ID (2330B NM109 and 2430 SVD01). */
    payerId: string;
    /** Its claim filing indicator (2320 SBR09), e.g. 12 PPO, CI commercial, MB Medicare Part B. */
    claimFilingIndicator: string;
  };
  subscriber: {
    name: PersonName;
    /** Member ID on the other payer's card (2330A NM109). */
    memberId: string;
    address?: { street: string; city: string; state: string; zip: string } | undefined;
    /** The patient's relationship to the other subscriber (2320 SBR02). */
    relationship: 'self' | 'spouse' | 'child' | 'other';
    groupNumber?: string | undefined;
    groupName?: string | undefined;
  };
  /** The other payer's adjudication (or check) date, YYYY-MM-DD. */
  adjudicatedDate: string;
  payment: CobPayment;
  /**
   * 2000B SBR05 when Medicare is billed as secondary (required then): 12 working aged with an
   * employer group health plan, 13 ESRD, 14 no-fault, 15 workers' compensation, 16 public
   * health service, 41 black lung, 42 veterans, 43 disabled with a large group plan, 47 other liability.
   */
  medicareSecondaryType?: '12' | '13' | '14' | '15' | '16' | '41' | '42' | '43' | '47' | undefined;
  /**
   * The billed payer's own claim filing indicator (2000B SBR09) when item 1 cannot say it: a
   * supplemental plan billed from the Medicare claim's items 9-9d (remittance/bill-secondary.ts).
   */
  destinationFilingIndicator?: string | undefined;
}

/** A segment before the writer joins it: loop, elements, explanation. */
export interface CobSegment {
  loop: string;
  elements: string[];
  explanation: string;
}

/** Cents as an X12 decimal: 10400 -> "104", 5488 -> "54.88", 250 -> "2.5". */
export function x12Cents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = Math.trunc(abs / 100);
  const rest = abs % 100;
  return `${sign}${rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`}`;
}

const RELATIONSHIP: Record<OtherPayerAdjudication['subscriber']['relationship'], string> = { self: '18', spouse: '01', child: '19', other: 'G8' };
const GROUP_WORDS: Record<CobAdjustment['group'], string> = {
  CO: 'CO contractual obligation (the provider writes it off)',
  CR: 'CR correction or reversal',
  OA: 'OA other adjustment',
  PI: 'PI payer-initiated reduction',
  PR: 'PR patient responsibility',
};

const money = (cents: number): string => `$${(cents / 100).toFixed(2)}`;
const text = (v: string | undefined): string => (v ?? '').replace(/[*~:^\r\n]/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
const id = (v: string): string => text(v).replace(/ /g, '');
const d8 = (v: string): string => (parseDate(v) ?? '').replace(/-/g, '');

/**
 * CAS segments for a list of adjustments: one segment per group code, up to six reason/amount
 * pairs each (CAS02-CAS19 holds six triplets), zero amounts left out.
 */
export function casSegments(adjustments: readonly CobAdjustment[]): { elements: string[]; group: CobAdjustment['group']; items: CobAdjustment[] }[] {
  const out: { elements: string[]; group: CobAdjustment['group']; items: CobAdjustment[] }[] = [];
  const groups = [...new Set(adjustments.map((a) => a.group))];
  for (const group of groups) {
    const items = adjustments.filter((a) => a.group === group && a.amountCents !== 0);
    for (let i = 0; i < items.length; i += 6) {
      const chunk = items.slice(i, i + 6);
      out.push({ group, items: chunk, elements: ['CAS', group, ...chunk.flatMap((a, k) => [text(a.carc), x12Cents(a.amountCents), ...(k < chunk.length - 1 ? [''] : [])])] });
    }
  }
  return out;
}

const casWords = (items: readonly CobAdjustment[]): string => items.map((a) => `${a.group}-${a.carc} ${money(a.amountCents)}`).join(', ');

/** The lines the other payer paid or adjusted: each gets a 2430 loop. */
export function adjudicatedLines(cob: OtherPayerAdjudication): CobLine[] {
  return cob.payment.lines.filter((l) => l.paidCents !== 0 || l.adjustments.some((a) => a.amountCents !== 0));
}

/** Remaining patient liability: what the other payer left to the patient (its PR adjustments), on the whole claim. */
export function remainingPatientLiability(cob: OtherPayerAdjudication): number {
  const all = [...(cob.payment.claimAdjustments ?? []), ...cob.payment.lines.flatMap((l) => l.adjustments)];
  return sumCents(all.filter((a) => a.group === 'PR').map((a) => a.amountCents));
}

/** What a Medicare secondary payer does with the remaining patient liability, said once. */
const EAF_FOR_MEDICARE = 'Medicare as secondary payer does not simply pay it: it works out its own payment from the primary\'s payment and adjustments (42 CFR 411.33(a)).';

/** 2320, 2330A and 2330B for one other payer, placed after 2310 and before the first 2400. */
export function cobClaimSegments(cob: OtherPayerAdjudication, claim: { insuranceType: string; insuredSignatureOnFile?: boolean | undefined; patientSignature?: { onFile: boolean } | undefined }): CobSegment[] {
  const out: CobSegment[] = [];
  const add = (loop: string, explanation: string, ...elements: string[]) => out.push({ loop, elements, explanation });
  const s = cob.subscriber;
  const group = text(s.groupNumber);
  const relationship = RELATIONSHIP[s.relationship];
  // Where the form holds the other subscriber: items 4, 6, 7, 11 on a Medicare MSP claim (Pub. 100-04 ch. 26), items 9-9a otherwise.
  const msp = claim.insuranceType === 'medicare' && cob.payer.claimFilingIndicator !== 'MB';
  add('2320', `Other subscriber information (SBR): P = this other payer paid first (it is primary), the patient is ${relationship === '18' ? 'the other subscriber (18 self)' : `the other subscriber's ${s.relationship} (${relationship})`}${msp ? ' (item 6)' : ''}, ${group ? `group number ${group} (${msp ? 'item 11' : 'item 9a'})` : 'no group number'}, claim filing indicator ${cob.payer.claimFilingIndicator} for the other payer. The payer being billed now reads this loop to know who paid before it.`,
    'SBR', 'P', relationship, group, group ? '' : text(s.groupName), '', '', '', '', text(cob.payer.claimFilingIndicator));
  for (const cas of casSegments(cob.payment.claimAdjustments ?? [])) {
    add('2320', `Claim-level adjustment by the other payer (CAS, ${GROUP_WORDS[cas.group]}): ${casWords(cas.items)}. Only adjustments the other payer made to the whole claim go here; its line adjustments go with each line (2430), never twice.`, ...cas.elements);
  }
  add('2320', `Amount the other payer paid on this claim (AMT*D): ${money(cob.payment.paidCents)}${cob.payment.paidCents === 0 ? ' (a zero payment is still reported: the claim was adjudicated)' : ''}. It must equal the total charge minus every adjustment the other payer made.`,
    'AMT', 'D', x12Cents(cob.payment.paidCents));
  if (adjudicatedLines(cob).length === 0) {
    const eaf = remainingPatientLiability(cob);
    add('2320', `Remaining patient liability (AMT*EAF): ${money(eaf)}, what the other payer left to the patient (its PR deductible, coinsurance and copay). Sent here, at claim level, because the other payer gave no line-level adjudication; with lines it goes on each line (2430), never at both levels.${msp ? ` ${EAF_FOR_MEDICARE}` : ' The secondary plan weighs it when it decides what it pays.'}`, 'AMT', 'EAF', x12Cents(eaf));
  }
  const assigned = claim.insuredSignatureOnFile ? 'Y' : 'N';
  const release = claim.patientSignature?.onFile ? 'Y' : 'I';
  add('2320', `Other insurance coverage (OI): benefits assigned to the provider for this other payer ${assigned === 'Y' ? 'Y yes' : 'N no'} (item 13), release of information ${release === 'Y' ? 'Y (signed statement on file, item 12)' : 'I (informed consent only, no signed statement)'}. OI04 stays empty: its only code, P, is for a signature the provider generated because the patient was not present.`,
    'OI', '', '', assigned, '', '', release);
  const remarks = (cob.payment.remarks ?? []).map(id).filter(Boolean).slice(0, 5);
  if (cob.payer.claimFilingIndicator === 'MB' && remarks.length) {
    add('2320', `Medicare outpatient adjudication information (MOA): the other payer is Medicare, so its claim-level remark codes go along (${remarks.join(', ')}).`, 'MOA', '', '', ...remarks);
  }
  const isPerson = !isOrganisationName(s.name);
  const otherIsMedicare = cob.payer.claimFilingIndicator === 'MB';
  const subscriberWords = otherIsMedicare
    ? "the Medicare beneficiary (Medicare's subscriber is always the beneficiary), MI = the Medicare number (MBI)"
    : `the person who holds the other payer's policy, ${isPerson ? '1 = person' : '2 = organisation'}, MI = member ID on the other payer's card (the CMS-1500 has no box for it)`;
  const noPlace = msp ? " The insured's birth date and sex (11a) and employer (11b) have no element in the 5010 837P's other-subscriber loop: only the paper claim carries them." : '';
  add('2330A', `Other subscriber name (NM1*IL${msp ? ', item 4' : otherIsMedicare ? '' : ', item 9'}): ${subscriberWords}.${noPlace}`,
    'NM1', 'IL', isPerson ? '1' : '2', text(s.name.last), isPerson ? text(s.name.first) : '', isPerson ? text(s.name.middleInitial) : '', '', isPerson ? text(s.name.suffix) : '', 'MI', id(s.memberId));
  if (s.address?.street.trim()) {
    add('2330A', `Other subscriber street address (sent when known${msp ? '; item 7' : ''}).`, 'N3', text(s.address.street));
    add('2330A', 'Other subscriber city, state, ZIP.', 'N4', text(s.address.city), text(s.address.state), digitsOf(s.address.zip));
  }
  add('2330B', `Other payer name (NM1*PR${msp ? ', item 11c' : otherIsMedicare ? '' : ', item 9d'}): ${text(cob.payer.name)}, PI = its payer ID ${id(cob.payer.payerId)}, the same ID each line's SVD01 names.`,
    'NM1', 'PR', '2', text(cob.payer.name), '', '', '', '', 'PI', id(cob.payer.payerId));
  if (adjudicatedLines(cob).length === 0) {
    add('2330B', 'Claim adjudication date (DTP*573): when the other payer decided the claim; sent here because no line carries its own date (no 2430 loop).', 'DTP', '573', 'D8', d8(cob.adjudicatedDate));
  }
  return out;
}

/** 2430 for one service line (after the line's 2420 loops), or nothing when the other payer did not touch it. */
export function cobLineSegments(cob: OtherPayerAdjudication, lineNumber: number, medicareBilled = false): CobSegment[] {
  const line = adjudicatedLines(cob).find((l) => l.lineNumber === lineNumber);
  if (!line) return [];
  const out: CobSegment[] = [];
  const add = (explanation: string, ...elements: string[]) => out.push({ loop: '2430', elements, explanation });
  const mods = line.modifiers.map(text).filter(Boolean).slice(0, 4);
  add(`Line adjudication by the other payer (SVD): payer ${id(cob.payer.payerId)} paid ${money(line.paidCents)} on ${[line.procedure, ...mods].join('-')}, ${line.units} unit${line.units === 1 ? '' : 's'}. The line charge minus the CAS amounts below must equal this payment.`,
    'SVD', id(cob.payer.payerId), x12Cents(line.paidCents), ['HC', text(line.procedure), ...mods].join(':'), '', String(line.units));
  for (const cas of casSegments(line.adjustments)) {
    add(`Line adjustment by the other payer (CAS, ${GROUP_WORDS[cas.group]}): ${casWords(cas.items)}, copied from its remittance.`, ...cas.elements);
  }
  add('Line adjudication date (DTP*573): when the other payer decided this line.', 'DTP', '573', 'D8', d8(cob.adjudicatedDate));
  const eaf = sumCents(line.adjustments.filter((a) => a.group === 'PR').map((a) => a.amountCents));
  add(`Remaining patient liability on this line (AMT*EAF): ${money(eaf)}, what the other payer left to the patient on it (its PR amounts: deductible, coinsurance, copay)${eaf === 0 ? '; zero is still sent, the line was adjudicated' : ''}. It goes per line because the other payer adjudicated the lines, so loop 2320 carries none. ${medicareBilled ? EAF_FOR_MEDICARE : 'The secondary plan weighs it when it decides what it pays.'}`,
    'AMT', 'EAF', x12Cents(eaf));
  return out;
}

/** A COB amount that does not balance, as data. */
export interface CobImbalance {
  /** `line`: charge - line CAS != SVD02; `claim-adjustments`: CLM02 - all CAS != AMT*D; `claim-lines`: sum of SVD02 - claim CAS != AMT*D. */
  code: 'line' | 'claim-adjustments' | 'claim-lines';
  lineNumber?: number;
  expectedCents: number;
  actualCents: number;
}

/**
 * The guide's COB balancing for a claim and the other payer's adjudication: per 2430 line,
 * SV102 - CAS = SVD02; per claim, CLM02 - 2320 CAS - 2430 CAS = AMT*D and the sum of SVD02 -
 * 2320 CAS = AMT*D. Empty when everything balances.
 */
export function cobBalance(lineChargesCents: readonly number[], cob: OtherPayerAdjudication): CobImbalance[] {
  const out: CobImbalance[] = [];
  const lines = adjudicatedLines(cob);
  const claimCas = sumCents((cob.payment.claimAdjustments ?? []).map((a) => a.amountCents));
  for (const l of lines) {
    const charge = lineChargesCents[l.lineNumber - 1] ?? 0;
    const expected = charge - sumCents(l.adjustments.map((a) => a.amountCents));
    if (expected !== l.paidCents) out.push({ code: 'line', lineNumber: l.lineNumber, expectedCents: expected, actualCents: l.paidCents });
  }
  const total = sumCents(lineChargesCents);
  const allLineCas = sumCents(lines.flatMap((l) => l.adjustments.map((a) => a.amountCents)));
  const byAdjustments = total - claimCas - allLineCas;
  if (byAdjustments !== cob.payment.paidCents) out.push({ code: 'claim-adjustments', expectedCents: byAdjustments, actualCents: cob.payment.paidCents });
  if (lines.length > 0) {
    const byLines = sumCents(lines.map((l) => l.paidCents)) - claimCas;
    if (byLines !== cob.payment.paidCents) out.push({ code: 'claim-lines', expectedCents: byLines, actualCents: cob.payment.paidCents });
  }
  return out;
}

const filled = (v: string | undefined): boolean => Boolean(v?.trim());

/**
 * Whether the claim as filled names the other payer that paid first, so the 837P can carry its
 * adjudication: on a Medicare claim, item 11 holds a primary plan's policy or group number (not
 * NONE) and item 4 its insured (Pub. 100-04 ch. 26, items 4 and 11); on other claims, item 11d
 * is yes and items 9 and 9a name the other insured and policy.
 */
export function claimNamesOtherPayer(claim: { insuranceType: string; insured: { name: PersonName; policyGroup?: string | undefined }; anotherPlan?: boolean | undefined; otherInsured?: { name: PersonName; policyGroup?: string | undefined } | undefined }): boolean {
  if (claim.insuranceType === 'medicare') {
    const group = claim.insured.policyGroup?.trim().toUpperCase() ?? '';
    return group !== '' && group !== 'NONE' && filled(claim.insured.name.last);
  }
  return claim.anotherPlan === true && filled(claim.otherInsured?.name.last) && filled(claim.otherInsured?.policyGroup);
}

/**
 * The other payer's subscriber as the claim reports it, over the chart's record: on a Medicare
 * MSP claim items 4 (name), 6 (relationship), 7 (address) and 11 (group); on other claims items 9
 * (name) and 9a (policy or group). The member ID is not on the form; it stays the chart's.
 */
export function otherPayerAsClaimed(
  claim: { insuranceType: string; relationship?: OtherPayerAdjudication['subscriber']['relationship'] | undefined; patient: { address: { street: string; city: string; state: string; zip: string } }; insured: { name: PersonName; address?: { street: string; city: string; state: string; zip: string } | undefined; policyGroup?: string | undefined; planName?: string | undefined }; otherInsured?: { name: PersonName; policyGroup?: string | undefined; planName?: string | undefined } | undefined },
  chart: OtherPayerAdjudication,
): OtherPayerAdjudication {
  if (claim.insuranceType === 'medicare') {
    const relationship = claim.relationship ?? 'self';
    return { ...chart, subscriber: { ...chart.subscriber, name: claim.insured.name, relationship, address: claim.insured.address ?? (relationship === 'self' ? claim.patient.address : undefined), groupNumber: claim.insured.policyGroup, groupName: claim.insured.planName } };
  }
  const other = claim.otherInsured;
  return other ? { ...chart, subscriber: { ...chart.subscriber, name: other.name, groupNumber: other.policyGroup, groupName: other.planName } } : chart;
}
