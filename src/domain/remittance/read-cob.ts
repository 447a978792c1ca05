import { parseMoneyCents } from '../claims/normalize.ts';
import { patientShareOf } from './adjudicate.ts';
import type { Adjustment, ClaimPayment, GroupCode, LinePayment } from './types.ts';
import { sumCents } from '../text/money.ts';

/**
 * The teaching payer reads the primary's adjudication from the claim it receives: the 837P's
 * coordination-of-benefits loops (2320 SBR/CAS/AMT*D, 2330A/2330B NM1, 2430 SVD/CAS/DTP*573,
 * written by claims/x12-cob.ts) become the `primaryPayment` a secondary payer or Medicare as
 * secondary payer adjudicates against. The first other payer (the first 2320) is read; a claim
 * without a 2320 loop has no other payer's adjudication and gives undefined.
 *
 * The 837P carries no allowed amount: the primary's allowed amount per line is the line charge
 * minus its CO, OA and PI reductions (CARC 253 sequestration aside, which cuts the payment, not
 * the allowed amount), as the teaching payers' 835 lines balance. Money in integer cents.
 */

const GROUPS: ReadonlySet<string> = new Set(['CO', 'OA', 'PI', 'PR']);
const cents = (v: string | undefined): number => parseMoneyCents(v ?? '') ?? 0;
const isoDate = (d8: string | undefined): string => (/^\d{8}$/.test(d8 ?? '') ? `${d8!.slice(0, 4)}-${d8!.slice(4, 6)}-${d8!.slice(6, 8)}` : '');

/** CAS01 + (reason, amount, quantity) triplets as adjustments; CR and unknown groups are left out. */
function casAdjustments(elements: readonly string[]): Adjustment[] {
  const group = elements[1] ?? '';
  if (!GROUPS.has(group)) return [];
  const out: Adjustment[] = [];
  for (let i = 2; i < elements.length; i += 3) {
    const carc = elements[i]?.trim();
    if (!carc) continue;
    out.push({ group: group as GroupCode, carc, amountCents: cents(elements[i + 1]), rule: 'other-payer', data: { fromClaim: true } });
  }
  return out;
}

/** The other (primary) payer's payment as the 837P reports it, or undefined without a 2320 loop. */
export function otherPayerPaymentFrom837p(text: string): ClaimPayment | undefined {
  const segments = text.split('~').map((s) => s.replace(/^[\r\n]+/, '').trim()).filter(Boolean).map((s) => s.split('*'));
  let inClaim = false;
  let loop: '' | '2320' | '2330A' | '2330B' | '2400' | '2430' = '';
  let seen2320 = false;
  let done = false;
  let lineNumber = 0;
  let lineCharge = 0;
  let paidCents = 0;
  let payerId = '';
  let memberId = '';
  let filing = '';
  let date = '';
  let account = '';
  const charges = new Map<number, number>();
  const lines = new Map<number, LinePayment>();
  for (const e of segments) {
    const id = e[0];
    if (id === 'CLM') {
      inClaim = true;
      account = e[1] ?? '';
      continue;
    }
    if (!inClaim || id === 'SE') continue;
    if (id === 'SBR') {
      // A second 2320 (a tertiary claim's second other payer) is not read.
      if (seen2320) done = true;
      seen2320 = true;
      loop = '2320';
      if (!done) filing = e[9] ?? '';
      continue;
    }
    if (id === 'NM1' && (loop === '2320' || loop === '2330A' || loop === '2330B')) {
      if (e[1] === 'IL') loop = '2330A';
      if (e[1] === 'PR') loop = '2330B';
      if (!done && e[1] === 'IL') memberId = e[9] ?? '';
      if (!done && e[1] === 'PR') payerId = e[9] ?? '';
      continue;
    }
    if (id === 'AMT' && loop === '2320' && e[1] === 'D' && !done) paidCents = cents(e[2]);
    if (id === 'DTP' && e[1] === '573' && loop === '2330B' && !done) date = isoDate(e[3]);
    if (id === 'LX') {
      loop = '2400';
      lineNumber = Number(e[1]) || lineNumber + 1;
      continue;
    }
    if (id === 'SV1' && loop === '2400') {
      lineCharge = cents(e[2]);
      charges.set(lineNumber, lineCharge);
      continue;
    }
    if (id === 'SVD') {
      loop = '2430';
      // Only the first other payer's lines (SVD01 names it).
      if (e[1] !== payerId || lines.has(lineNumber)) continue;
      const [, procedure = '', ...modifiers] = (e[3] ?? '').split(':');
      lines.set(lineNumber, { lineNumber, procedure, modifiers: modifiers.filter(Boolean), from: '', to: '', units: Number(e[5]) || 0, chargeCents: lineCharge, allowedCents: 0, paidCents: cents(e[2]), adjustments: [], remarks: [] });
      continue;
    }
    if (id === 'CAS' && loop === '2430') lines.get(lineNumber)?.adjustments.push(...casAdjustments(e));
    if (id === 'DTP' && e[1] === '573' && loop === '2430' && !date) date = isoDate(e[3]);
  }
  if (!seen2320 || !payerId) return undefined;
  // Allowed = charge - the reductions the payer made before paying (CO/OA/PI), sequestration
  // (CARC 253, a cut of the payment, not of the allowed amount) aside.
  const paidLines = [...lines.values()].map((l) => ({ ...l, allowedCents: l.chargeCents - sumCents(l.adjustments.filter((a) => a.group !== 'PR' && a.carc !== '253').map((a) => a.amountCents)) }));
  const patientShare = patientShareOf(paidLines.flatMap((l) => l.adjustments));
  const chargeCents = sumCents([...charges.values()]);
  return {
    payerId,
    payerClaimNumber: '',
    patientAccountNumber: account,
    memberId,
    patientName: { last: '', first: '' },
    providerNpi: '',
    statusCode: '1',
    outcome: paidCents > 0 ? 'paid' : patientShare.totalCents > 0 ? 'patient-responsibility' : 'denied',
    claimFilingIndicator: filing,
    facilityCode: '',
    frequencyCode: '1',
    chargeCents,
    paidCents,
    patientShare,
    remarks: [],
    lines: paidLines,
    paidTo: 'provider',
    receivedDate: date,
  };
}
