import type { Address, Claim } from '../claim-schema.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { itemForPath, type ClaimPath } from '../items.ts';
import { isZip, parseDate, parseMoneyCents, parsePhone } from '../normalize.ts';
import { parseShortDate } from '../short-date.ts';

const ID = 'formats';

/** Values of one format kind found on the claim, with their paths. */
function collect(claim: Claim) {
  const dates: [ClaimPath, string | undefined][] = [
    [['patient', 'birthDate'], claim.patient.birthDate],
    [['insured', 'birthDate'], claim.insured.birthDate],
    [['patientSignature', 'date'], claim.patientSignature?.date],
    [['currentIllness', 'date'], claim.currentIllness?.date],
    [['otherDate', 'date'], claim.otherDate?.date],
    [['unableToWork', 'from'], claim.unableToWork?.from],
    [['unableToWork', 'to'], claim.unableToWork?.to],
    [['hospitalization', 'from'], claim.hospitalization?.from],
    [['hospitalization', 'to'], claim.hospitalization?.to],
    [['providerSignature', 'date'], claim.providerSignature.date],
  ];
  const money: [ClaimPath, string | undefined][] = [
    [['totalCharge'], claim.totalCharge],
    [['amountPaid'], claim.amountPaid],
    [['outsideLab', 'charges'], claim.outsideLab?.charges],
  ];
  claim.lines.forEach((line, i) => {
    dates.push([['lines', i, 'from'], line.from], [['lines', i, 'to'], line.to]);
    money.push([['lines', i, 'charge'], line.charge]);
  });
  const addresses: [ClaimPath, Address | undefined][] = [
    [['payer', 'address'], claim.payer.address],
    [['patient', 'address'], claim.patient.address],
    [['insured', 'address'], claim.insured.address],
    [['serviceFacility', 'address'], claim.serviceFacility?.address],
    [['billingProvider', 'address'], claim.billingProvider.address],
  ];
  const phones: [ClaimPath, string | undefined][] = [
    [['patient', 'phone'], claim.patient.phone],
    [['insured', 'phone'], claim.insured.phone],
    [['billingProvider', 'phone'], claim.billingProvider.phone],
  ];
  return { dates, money, addresses, phones };
}

const filled = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/** 2026-10-14 as 10/14/2026, the way the form shows a date. */
const usDate = (iso: string): string => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/** Dates, ZIP codes, states, phones, money and NDCs are written the way the 1500 expects. */
export const formatsRule: ClaimRule = {
  id: ID,
  summary: 'Dates are real dates, ZIP codes 5 or 9 digits, states two letters, phones 10 digits, money in dollars and cents, NDCs 11 digits, IDs in 9a, 11 and 23 without hyphens or spaces.',
  check(claim) {
    const out: ClaimFinding[] = [];
    const { dates, money, addresses, phones } = collect(claim);
    for (const [path, v] of dates) {
      if (!filled(v) || parseDate(v)) continue;
      const short = parseShortDate(v);
      // A six-digit date is a real date: the paper form allows it outside birth dates (short-date.ts), the grader
      // reads it, and the words must not call it unreal; it stays an error because the 837P needs the full year.
      const code = short === undefined ? 'date' : path.at(-1) === 'birthDate' ? 'birth-date-six-digit' : 'date-six-digit';
      out.push(finding(ID, code, itemForPath(path), path, short === undefined ? { value: v } : { value: v, reads: usDate(short) }));
    }
    for (const [path, v] of money) {
      if (filled(v) && parseMoneyCents(v) === undefined) out.push(finding(ID, 'money', itemForPath(path), path, { value: v }));
    }
    for (const [path, v] of phones) {
      if (filled(v) && !parsePhone(v)) out.push(finding(ID, 'phone', itemForPath(path), path, { value: v }));
    }
    for (const [path, a] of addresses) {
      if (!a) continue;
      if (filled(a.zip) && !isZip(a.zip)) out.push(finding(ID, 'zip', itemForPath(path), [...path, 'zip'], { value: a.zip }));
      if (filled(a.state) && !/^[A-Za-z]{2}$/.test(a.state.trim())) out.push(finding(ID, 'state', itemForPath(path), [...path, 'state'], { value: a.state }));
    }
    const accidentState = claim.conditionRelatedTo.autoAccidentState;
    if (filled(accidentState) && !/^[A-Za-z]{2}$/.test(accidentState.trim())) {
      out.push(finding(ID, 'state', '10b', ['conditionRelatedTo', 'autoAccidentState'], { value: accidentState }));
    }
    // NUCC items 9a, 11 and 23: no hyphen or space as a separator inside the number.
    const ids: [ClaimPath, string | undefined][] = [
      [['insured', 'policyGroup'], claim.insured.policyGroup],
      [['otherInsured', 'policyGroup'], claim.otherInsured?.policyGroup],
      [['priorAuthorization'], claim.priorAuthorization],
    ];
    for (const [path, v] of ids) {
      if (filled(v) && /[\s-]/.test(v.trim())) out.push(finding(ID, 'id-separator', itemForPath(path), path, { value: v }, { severity: 'warning' }));
    }
    claim.lines.forEach((line, i) => {
      const s = line.supplemental;
      if (s?.qualifier !== 'N4') return;
      const path = ['lines', i, 'supplemental'];
      if (!/^\d{11}$/.test(s.value.trim())) out.push(finding(ID, 'ndc', '24', [...path, 'value'], { value: s.value }));
      if (!s.unit || !filled(s.quantity) || !/^\d+(\.\d{1,3})?$/.test(s.quantity.trim()) || Number(s.quantity) <= 0) {
        out.push(finding(ID, 'ndc-quantity', '24', [...path, 'quantity'], { value: s.quantity ?? '' }));
      }
    });
    return out;
  },
};
