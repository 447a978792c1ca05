import type { Claim } from '../claims/claim-schema.ts';
import { applyChanges } from '../claims/apply-changes.ts';
import { newAccount } from '../remittance/adjudicate.ts';
import type { PayerProfile } from '../remittance/payer-schema.ts';
import type { ProviderAdjustment } from '../remittance/provider-adjustments.ts';
import { remit } from '../remittance/remit.ts';
import { remitBatch, type BatchItem, type RemittanceBatch } from '../remittance/remit-batch.ts';
import type { ClaimPayment, PatientAccount } from '../remittance/types.ts';
import { payeeFromClaim } from '../remittance/x12-835.ts';
import type { AccountStart, ClaimSource, EarlierClaim, PostingExercise } from './billing-exercise-schema.ts';
import { parseLedgerCents } from './money.ts';
import { claimPaymentsCents, plbCents } from './ledger-totals.ts';
import { plainAmount, usd } from '../text/money.ts';

/**
 * Turns a billing exercise into the remittance the student reads: the claim case's answer
 * (with the exercise's changes) goes to the teaching payer. Pure; the caller supplies the claim
 * cases and payer profiles (Node loader at build time, or a test).
 */

/** Lookups a billing exercise needs. */
export interface BillingSources {
  claim(caseId: string): Claim | undefined;
  payer(id: string): PayerProfile | undefined;
}

export type Built<T> = { ok: true; value: T } | { ok: false; field: string; error: string };

/** The claim an exercise names, or an error naming the field and the fix. */
export function claimOf(source: ClaimSource, sources: BillingSources, field: string): Built<Claim> {
  const base = sources.claim(source.case);
  if (!base) return { ok: false, field: `${field}.case`, error: `there is no claim case "${source.case}". Hint: use a file name from content/exercises/claims without .yaml.` };
  return { ok: true, value: applyChanges(base, source.changes) };
}

/** A payer profile by id, or an error naming the field. */
export function payerOf(id: string, sources: BillingSources, field: string): Built<PayerProfile> {
  const payer = sources.payer(id);
  return payer ? { ok: true, value: payer } : { ok: false, field, error: `there is no payer profile "${id}". Hint: use a file name from content/payers without .yaml.` };
}

/** The account the payer starts from, in the claim's year. */
export function startAccount(start: AccountStart, claim: Claim): PatientAccount {
  const year = (claim.lines[0]?.from ?? '').slice(0, 4) || '2026';
  const account = newAccount(year);
  return {
    ...account,
    accumulators: { year, deductibleMetCents: parseLedgerCents(start.deductibleMet) ?? 0, outOfPocketMetCents: parseLedgerCents(start.outOfPocketMet) ?? 0 },
    ...(start.crossoverOnFile ? { crossoverOnFile: { ...start.crossoverOnFile } } : {}),
    ...(start.qmb ? { qmb: true } : {}),
  };
}

/** Medicare's records (crossover, QMB) on an account whose payer is not Medicare, which would silently do nothing. */
export function medicareRecordsError(start: AccountStart | undefined, payer: PayerProfile, field: string): Built<never> | undefined {
  const given = start ? (['crossoverOnFile', 'qmb'] as const).filter((k) => start[k] !== undefined) : [];
  if (given.length === 0 || payer.kind === 'medicare-part-b') return undefined;
  return { ok: false, field: `${field}.${given[0]}`, error: `only Medicare keeps this record (a crossover trading partner's eligibility file, or QMB status), and payer "${payer.id}" is not Medicare, so it would change nothing. Hint: remove ${given.join(' and ')}, or put it on the account of the Medicare claim.` };
}

/** A claim and the account the payer holds for its patient after the claims it adjudicated before. */
function itemOf(source: ClaimSource, start: AccountStart, earlier: readonly EarlierClaim[], receivedDate: string, payer: PayerProfile, sources: BillingSources, field: string): Built<BatchItem> {
  const claim = claimOf(source, sources, `${field}claim`);
  if (!claim.ok) return claim;
  const notMedicare = medicareRecordsError(start, payer, `${field}account`);
  if (notMedicare) return notMedicare;
  let account = startAccount(start, claim.value);
  for (const [i, e] of earlier.entries()) {
    const c = claimOf(e.claim, sources, `${field}earlierClaims.${i}.claim`);
    if (!c.ok) return c;
    account = remit(c.value, payer, account, e.receivedDate).account;
  }
  return { ok: true, value: { claim: claim.value, account, receivedDate } };
}

/** What a posting exercise shows and grades: the check, and the earlier claims its PLB entries refer to. */
export interface PostingBuild {
  batch: RemittanceBatch;
  /** Earlier paid claims a WO or 72 refers to, with the payer's payment (its CLP07 is the PLB reference). */
  originals: { claim: Claim; payment: ClaimPayment }[];
  /** The author's deposit, when the exercise reconciles one (it equals BPR02: the build checks). */
  depositCents?: number | undefined;
  /** The ERA's payer, and the names of the other payers a credit balance's payments come from. */
  payer: { id: string; name: string };
  payerNames: Record<string, string>;
}

const payeeKey = (claim: Claim): string => {
  const p = payeeFromClaim(claim);
  return `${p.npi}/${p.taxId}`;
};

/**
 * The check of a posting exercise: its claims (each after its own earlier claims) adjudicated by
 * the payer, the provider-level adjustments with their references resolved, the 835 and the
 * deposit check (BPR02 = sum of CLP04 - sum of PLB04 must equal the author's deposit). Every
 * error names the field and the fix.
 */
export function postingRemittance(ex: PostingExercise, sources: BillingSources): Built<PostingBuild> {
  const payer = payerOf(ex.payer, sources, 'payer');
  if (!payer.ok) return payer;
  const entries = [
    { source: ex.claim, start: ex.account, earlier: ex.earlierClaims, receivedDate: ex.receivedDate, field: '' },
    ...ex.moreClaims.map((c, i) => ({ source: c.claim, start: c.account, earlier: c.earlierClaims, receivedDate: c.receivedDate, field: `moreClaims.${i}.` })),
  ];
  const items: BatchItem[] = [];
  for (const e of entries) {
    const item = itemOf(e.source, e.start, e.earlier, e.receivedDate, payer.value, sources, e.field);
    if (!item.ok) return item;
    if (items[0] && payeeKey(item.value.claim) !== payeeKey(items[0].claim)) {
      return { ok: false, field: `${e.field}claim.case`, error: `this claim is billed by ${item.value.claim.billingProvider.name} (NPI/tax ID ${payeeKey(item.value.claim)}), but one check pays one payee: ${items[0].claim.billingProvider.name} (${payeeKey(items[0].claim)}). Hint: choose a claim case of the same billing provider.` };
    }
    items.push(item.value);
  }
  const originals: PostingBuild['originals'] = [];
  const adjustments: ProviderAdjustment[] = [];
  for (const [i, a] of ex.providerAdjustments.entries()) {
    const field = `providerAdjustments.${i}`;
    const amountCents = parseLedgerCents(a.amount) ?? 0;
    if (a.reason === 'L6') {
      const paid = a.claim === undefined ? undefined : items[a.claim - 1];
      if (!paid) return { ok: false, field: `${field}.claim`, error: 'names no claim on this check. Hint: 1 is claim, 2 the first of moreClaims.' };
      const payment = remit(paid.claim, payer.value, paid.account, paid.receivedDate).adjudication.payment;
      if (payment.paidCents <= 0) return { ok: false, field: `${field}.claim`, error: `the payer pays nothing on claim ${payment.payerClaimNumber}, so it owes no interest on it (interest is paid on the amount paid late). Hint: name a claim the payer pays.` };
      adjustments.push({ reason: 'L6', reference: payment.payerClaimNumber, amountCents });
      continue;
    }
    if (!a.original) return { ok: false, field: `${field}.original`, error: 'is required for WO and 72. Hint: name the earlier claim.' };
    const claim = claimOf(a.original.claim, sources, `${field}.original.claim`);
    if (!claim.ok) return claim;
    if (items[0] && payeeKey(claim.value) !== payeeKey(items[0].claim)) return { ok: false, field: `${field}.original.claim.case`, error: `the earlier claim was billed by ${claim.value.billingProvider.name}, not by the payee of this check (${items[0].claim.billingProvider.name}): a payer recovers from the provider it overpaid. Hint: choose a claim case of the same billing provider.` };
    const payment = remit(claim.value, payer.value, startAccount(a.original.account, claim.value), a.original.receivedDate).adjudication.payment;
    if (a.reason === 'WO' && amountCents > payment.paidCents) {
      return { ok: false, field: `${field}.amount`, error: `the WO recovers ${usd(amountCents)} but the payer paid only ${usd(payment.paidCents)} on claim ${payment.payerClaimNumber}: a recovery cannot exceed the overpaid claim's payment. Hint: write at most "${plainAmount(payment.paidCents)}".` };
    }
    if (!originals.some((o) => o.payment.payerClaimNumber === payment.payerClaimNumber)) originals.push({ claim: claim.value, payment });
    adjustments.push({ reason: a.reason, reference: payment.payerClaimNumber, amountCents });
  }
  const payerNames: Record<string, string> = {};
  for (const [i, p] of (ex.credit?.payments ?? []).entries()) {
    if (p.from === 'patient') continue;
    const other = payerOf(p.from, sources, `credit.payments.${i}.from`);
    if (!other.ok) return { ...other, error: `${other.error.replace(/\. Hint:.*/, '')}. Hint: write patient, or a file name from content/payers without .yaml.` };
    payerNames[p.from] = other.value.name;
  }
  if (ex.credit && ex.credit.refundTo !== 'patient' && ex.credit.refundTo !== ex.payer && !(ex.credit.refundTo in payerNames)) {
    return { ok: false, field: 'credit.refundTo', error: `"${ex.credit.refundTo}" is neither the patient, this ERA's payer (${ex.payer}) nor a payer in credit.payments. Hint: write patient, ${ex.payer}, or the from of the payment to refund.` };
  }
  const dates = items.map((it) => it.receivedDate).sort();
  const batch = remitBatch(items, payer.value, adjustments, { date: ex.paymentDate ?? dates[dates.length - 1] ?? ex.receivedDate });
  const depositCents = ex.deposit === undefined ? undefined : parseLedgerCents(ex.deposit);
  if (depositCents !== undefined && depositCents !== batch.x835.totalCents) {
    return { ok: false, field: 'deposit', error: `the 835 pays ${usd(batch.x835.totalCents)} (BPR02 = claim payments ${usd(claimPaymentsCents(batch.payments))} minus PLB amounts ${usd(plbCents(batch.x835.adjustments))}), but deposit says ${usd(depositCents)}. Hint: write deposit: "${plainAmount(batch.x835.totalCents)}", or correct the claims or providerAdjustments.` };
  }
  return { ok: true, value: { batch, originals, depositCents, payer: { id: payer.value.id, name: payer.value.name }, payerNames } };
}
