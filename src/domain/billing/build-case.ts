import type { Claim } from '../claims/claim-schema.ts';
import { applyChanges } from '../claims/apply-changes.ts';
import { newAccount } from '../remittance/adjudicate.ts';
import type { PayerProfile } from '../remittance/payer-schema.ts';
import { remit, type Remittance } from '../remittance/remit.ts';
import type { PatientAccount } from '../remittance/types.ts';
import type { AccountStart, ClaimSource, PostingExercise } from './billing-exercise-schema.ts';
import { parseLedgerCents } from './money.ts';

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
  return { ...account, accumulators: { year, deductibleMetCents: parseLedgerCents(start.deductibleMet) ?? 0, outOfPocketMetCents: parseLedgerCents(start.outOfPocketMet) ?? 0 } };
}

/** Whether the patient has another plan to bill (item 11d or items 9-9d). */
export function hasSecondaryPlan(claim: Claim): boolean {
  return claim.anotherPlan === true || claim.otherInsured !== undefined;
}

/** The remittance of a posting exercise, after any earlier claims. */
export function postingRemittance(ex: PostingExercise, sources: BillingSources): Built<{ claim: Claim; remittance: Remittance }> {
  const claim = claimOf(ex.claim, sources, 'claim');
  if (!claim.ok) return claim;
  const payer = payerOf(ex.payer, sources, 'payer');
  if (!payer.ok) return payer;
  let account = startAccount(ex.account, claim.value);
  for (const [i, earlier] of ex.earlierClaims.entries()) {
    const c = claimOf(earlier.claim, sources, `earlierClaims.${i}.claim`);
    if (!c.ok) return c;
    account = remit(c.value, payer.value, account, earlier.receivedDate).account;
  }
  return { ok: true, value: { claim: claim.value, remittance: remit(claim.value, payer.value, account, ex.receivedDate) } };
}
