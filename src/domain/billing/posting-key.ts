import type { Claim } from '../claims/claim-schema.ts';
import { describeAdjustment, describeRemark } from '../remittance/describe.ts';
import { PLB_REASON_INFO, type ProviderAdjustment } from '../remittance/provider-adjustments.ts';
import { eraPayments, hasSecondaryPlan, type Remittance } from '../remittance/remit.ts';
import type { RemittanceBatch } from '../remittance/remit-batch.ts';
import type { RemittanceAdvice } from '../remittance/remittance-advice.ts';
import type { ClaimPayment } from '../remittance/types.ts';
import type { X835 } from '../remittance/x12-835.ts';
import type { CreditBalanceSource, PostingAlternative } from './billing-exercise-schema.ts';
import { creditChoices, creditKeyOf } from './credit-balance.ts';
import { parseLedgerCents } from './money.ts';
import type { PostingBuild } from './build-case.ts';
import type { EraView, PlbDestination, PlbKeyRow, PostingAccount, PostingKeyRow, PostingPublicData, PostingRubric } from './posting-types.ts';
import { claimPaymentsCents, deniedCents } from './ledger-totals.ts';
import { sumCents } from '../text/money.ts';

/**
 * The ERA view and the posting key, both computed from the same remittance: the key is what
 * the payer said, column by column. Rule: every line balances, charge = paid + adjustment +
 * patient responsibility; CO, OA and PI amounts are written off, PR amounts go to the
 * secondary plan (crossover or another plan on file) or to the patient.
 *
 * On a check with provider-level adjustments (835 PLB) each PLB entry is posted too: a WO
 * recovery and a 72 authorized return against the account of the earlier claim their reference
 * names, L6 interest to interest income, a forwarding balance to the payer's forward-balance
 * account; never to a patient on this check. The deposit reconciles: claim payments (sum of
 * CLP04) plus the PLB effects (-PLB04 each) = BPR02 = the bank deposit.
 */

const STATUS: Record<string, string> = {
  '1': 'Processed as primary',
  '2': 'Processed as secondary',
  '4': 'Denied',
  '19': 'Processed as primary, forwarded to another payer',
  '22': 'Reversal of a previous payment',
};

/** What an ERA is drawn from: the advice, the 835 and the claim payments in ERA order with their claims. */
interface EraSource {
  advice: RemittanceAdvice;
  x835: X835;
  payments: { claim: Claim | undefined; payment: ClaimPayment }[];
}

function fromRemittance(r: Remittance, claim?: Claim): EraSource {
  return { advice: r.advice, x835: r.x835, payments: eraPayments(r.adjudication).map((p) => ({ claim, payment: p })) };
}

const fromBatch = (b: RemittanceBatch): EraSource => ({ advice: b.advice, x835: b.x835, payments: b.payments });

function eraOf(src: EraSource): EraView {
  let row = 0;
  return {
    payer: { name: src.advice.payer.name, payerId: src.advice.payer.payerId },
    payee: src.advice.payee,
    date: src.advice.date,
    traceNumber: src.advice.traceNumber,
    checkCents: src.x835.totalCents,
    claims: src.payments.map(({ payment: p }) => ({
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
    providerAdjustments: src.x835.adjustments.map((a, i) => ({ plb: i + 1, reason: a.reason, reasonName: PLB_REASON_INFO[a.reason].name, reference: a.reference, amountCents: a.amountCents })),
  };
}

/** The ERA as the student reads it: reasons and remarks, no verdicts. */
export function eraView(r: Remittance): EraView {
  return eraOf(fromRemittance(r));
}

function keyRowsOf(src: EraSource): PostingKeyRow[] {
  const era = eraOf(src);
  return src.payments.flatMap(({ claim, payment: p }, ci) =>
    p.lines.map((l, li): PostingKeyRow => {
      const pr = (carc?: string) => sumCents(l.adjustments.filter((a) => a.group === 'PR' && (carc === undefined || a.carc === carc)).map((a) => a.amountCents));
      const prTotal = pr();
      const reversal = p.statusCode === '22';
      const otherPlan = claim !== undefined && hasSecondaryPlan(claim);
      const basis: PostingKeyRow['transferBasis'] = reversal ? 'reversal' : prTotal <= 0 ? 'nothing-owed' : p.crossoverTo ? 'crossover' : otherPlan && p.statusCode !== '2' ? 'secondary-plan' : 'patient';
      return {
        row: era.claims[ci]?.lines[li]?.row ?? 0,
        procedure: l.procedure,
        chargeCents: l.chargeCents,
        reversal,
        paidCents: l.paidCents,
        adjustmentCents: sumCents(l.adjustments.filter((a) => a.group !== 'PR').map((a) => a.amountCents)),
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

/** The correct ledger, one row per ERA line in ERA order. */
export function postingKeyRows(r: Remittance, claim: Claim): PostingKeyRow[] {
  return keyRowsOf(fromRemittance(r, claim));
}

const patientOf = (p: ClaimPayment): string => `${p.patientName.last}, ${p.patientName.first}`;

/** Where a PLB entry is posted: the referenced earlier claim's account, interest income or the forward balance. */
function destinationOf(a: ProviderAdjustment, build: PostingBuild): { postTo: PlbDestination; patient?: string } {
  if (a.reason === 'L6') return { postTo: 'interest' };
  if (a.reason === 'FB') return { postTo: 'forward-balance' };
  const original = build.originals.find((o) => o.payment.payerClaimNumber === a.reference)?.payment ?? build.batch.payments.find((p) => p.payment.payerClaimNumber === a.reference)?.payment;
  return original ? { postTo: `account:${original.patientAccountNumber}`, patient: patientOf(original) } : { postTo: 'forward-balance' };
}

/** The accounts a student may post PLB entries to: this check's patients, then the earlier claims referred to. */
function accountsOf(build: PostingBuild): PostingAccount[] {
  const out: PostingAccount[] = [];
  for (const { payment: p } of build.batch.payments) {
    if (!out.some((a) => a.patientAccountNumber === p.patientAccountNumber)) out.push({ patientAccountNumber: p.patientAccountNumber, patient: patientOf(p) });
  }
  for (const { payment: p } of build.originals) {
    const earlier = { payerClaimNumber: p.payerClaimNumber, serviceDate: p.lines[0]?.from ?? '', paidCents: p.paidCents, paidDate: p.receivedDate };
    const known = out.find((a) => a.patientAccountNumber === p.patientAccountNumber);
    if (known) known.earlier = earlier;
    else out.push({ patientAccountNumber: p.patientAccountNumber, patient: patientOf(p), earlier });
  }
  return out;
}

/**
 * Why an exercise's `alternatives` cannot apply, one `field: problem. Hint: fix.` each: the row
 * must exist and carry a CO denial (only a denial can be held open for an appeal).
 */
export function alternativeProblems(alternatives: readonly PostingAlternative[], rows: readonly PostingKeyRow[]): string[] {
  return alternatives.flatMap((a, i) => {
    const row = rows.find((r) => r.row === a.row);
    if (!row) return [`alternatives.${i}.row: the ERA has ${rows.length} row${rows.length === 1 ? '' : 's'}, no row ${a.row}. Hint: count the ledger rows in ERA order, a reversal's lines first.`];
    if (deniedCents(row) <= 0) {
      const codes = row.reasons.map((r) => r.code).join(', ') || 'no adjustments';
      return [`alternatives.${i}.row: row ${a.row} (${row.procedure}) has no CO denial to hold open (${codes}): a contractual CO-45, sequestration CO-253 or a PR amount has only one right posting. Hint: name the row with the CO denial, or remove the alternative.`];
    }
    return [];
  });
}

/** The page-safe part and the key of one posting exercise. */
export function splitPosting(id: string, ex: { title: string; scenario: string; teachingPoints: string[]; alternatives?: readonly PostingAlternative[] | undefined; credit?: CreditBalanceSource | undefined }, build: PostingBuild): { publicData: PostingPublicData; rubric: PostingRubric } {
  const src = fromBatch(build.batch);
  const rows = keyRowsOf(src).map((r) => {
    const alternative = ex.alternatives?.find((a) => a.row === r.row && a.accept === 'hold-open');
    const cents = deniedCents(r);
    return alternative && cents > 0 ? { ...r, holdOpen: { cents, feedback: alternative.feedback } } : r;
  });
  const nameOf = (from: string): string => (from === 'patient' ? 'Patient' : from === build.payer.id ? build.payer.name : (build.payerNames[from] ?? from));
  const choices = ex.credit ? creditChoices(build.payer, ex.credit, (pid) => build.payerNames[pid]) : [];
  const credit = ex.credit
    ? {
        publicData: { payments: ex.credit.payments.map((p) => ({ from: p.from, fromName: nameOf(p.from), amountCents: parseLedgerCents(p.amount) ?? 0, date: p.date, note: p.note })), choices },
        key: creditKeyOf(ex.credit, rows, choices),
      }
    : undefined;
  const reconciled = build.depositCents !== undefined;
  const provider = build.batch.x835.adjustments.map((a, i): PlbKeyRow => ({ plb: i + 1, reason: a.reason, reference: a.reference, amountCents: a.amountCents, effectCents: -a.amountCents, ...destinationOf(a, build) }));
  const claimsPaidCents = claimPaymentsCents(build.batch.payments);
  return {
    publicData: { id, title: ex.title, scenario: ex.scenario, era: eraOf(src), x835: { text: build.batch.x835.text, segments: build.batch.x835.segments }, ...(reconciled ? { batch: { accounts: accountsOf(build) } } : {}), ...(credit ? { credit: credit.publicData } : {}) },
    rubric: {
      id,
      rows,
      teachingPoints: ex.teachingPoints,
      ...(reconciled ? { batch: { provider, reconcile: { claimsPaidCents, providerCents: sumCents(provider.map((p) => p.effectCents)), depositCents: build.batch.x835.totalCents } } } : {}),
      ...(credit ? { credit: credit.key } : {}),
    },
  };
}
