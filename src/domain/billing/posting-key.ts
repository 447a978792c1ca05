import type { Claim } from '../claims/claim-schema.ts';
import { describeAdjustment, describeRemark } from '../remittance/describe.ts';
import type { Remittance } from '../remittance/remit.ts';
import type { ClaimPayment } from '../remittance/types.ts';
import { hasSecondaryPlan } from './build-case.ts';
import type { EraView, PostingKeyRow, PostingPublicData, PostingRubric } from './posting-types.ts';

/**
 * The ERA view and the posting key, both computed from the same remittance: the key is what
 * the payer said, column by column. Rule: every line balances, charge = paid + adjustment +
 * patient responsibility; CO, OA and PI amounts are written off, PR amounts go to the
 * secondary plan (crossover or another plan on file) or to the patient.
 */

const STATUS: Record<string, string> = {
  '1': 'Processed as primary',
  '2': 'Processed as secondary',
  '4': 'Denied',
  '19': 'Processed as primary, forwarded to another payer',
  '22': 'Reversal of a previous payment',
};

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

function paymentsOf(r: Remittance): ClaimPayment[] {
  const { payment, reversal } = r.adjudication;
  return reversal && reversal !== payment ? [reversal, payment] : [payment];
}

/** The ERA as the student reads it: reasons and remarks, no verdicts. */
export function eraView(r: Remittance): EraView {
  let row = 0;
  return {
    payer: { name: r.advice.payer.name, payerId: r.advice.payer.payerId },
    payee: r.advice.payee,
    date: r.advice.date,
    traceNumber: r.advice.traceNumber,
    checkCents: r.x835.totalCents,
    claims: paymentsOf(r).map((p) => ({
      patient: `${p.patientName.last}, ${p.patientName.first}`,
      memberId: p.memberId,
      patientAccountNumber: p.patientAccountNumber,
      payerClaimNumber: p.payerClaimNumber,
      statusCode: p.statusCode,
      statusText: STATUS[p.statusCode] ?? p.statusCode,
      crossoverTo: p.crossoverTo?.name,
      remarks: p.remarks.map((code) => ({ code, text: describeRemark(code) })),
      lines: p.lines.map((l) => ({
        row: ++row,
        lineNumber: l.lineNumber,
        date: l.from,
        procedure: l.procedure,
        modifiers: l.modifiers,
        units: l.units,
        billedCents: l.chargeCents,
        allowedCents: l.allowedCents,
        paidCents: l.paidCents,
        reasons: l.adjustments.map((a) => ({ code: `${a.group}-${a.carc}`, group: a.group, carc: a.carc, amountCents: a.amountCents, text: describeAdjustment(a) })),
        remarks: l.remarks.map((code) => ({ code, text: describeRemark(code) })),
      })),
    })),
  };
}

/** The correct ledger, one row per ERA line in ERA order. */
export function postingKeyRows(r: Remittance, claim: Claim): PostingKeyRow[] {
  const era = eraView(r);
  return paymentsOf(r).flatMap((p, ci) =>
    p.lines.map((l, li): PostingKeyRow => {
      const pr = (carc?: string) => sum(l.adjustments.filter((a) => a.group === 'PR' && (carc === undefined || a.carc === carc)).map((a) => a.amountCents));
      const prTotal = pr();
      const reversal = p.statusCode === '22';
      const basis: PostingKeyRow['transferBasis'] = reversal ? 'reversal' : prTotal <= 0 ? 'nothing-owed' : p.crossoverTo ? 'crossover' : hasSecondaryPlan(claim) && p.statusCode !== '2' ? 'secondary-plan' : 'patient';
      return {
        row: era.claims[ci]?.lines[li]?.row ?? 0,
        procedure: l.procedure,
        chargeCents: l.chargeCents,
        reversal,
        paidCents: l.paidCents,
        adjustmentCents: sum(l.adjustments.filter((a) => a.group !== 'PR').map((a) => a.amountCents)),
        deductibleCents: pr('1'),
        coinsuranceCents: pr('2'),
        copayCents: pr('3'),
        otherPatientCents: prTotal - pr('1') - pr('2') - pr('3'),
        transfer: basis === 'crossover' || basis === 'secondary-plan' ? 'secondary' : basis === 'patient' ? 'patient' : 'none',
        transferBasis: basis,
        reasons: era.claims[ci]?.lines[li]?.reasons ?? [],
      };
    }),
  );
}

/** The page-safe part and the key of one posting exercise. */
export function splitPosting(id: string, ex: { title: string; scenario: string; teachingPoints: string[] }, r: Remittance, claim: Claim): { publicData: PostingPublicData; rubric: PostingRubric } {
  return {
    publicData: { id, title: ex.title, scenario: ex.scenario, era: eraView(r), x835: { text: r.x835.text, segments: r.x835.segments } },
    rubric: { id, rows: postingKeyRows(r, claim), teachingPoints: ex.teachingPoints },
  };
}
