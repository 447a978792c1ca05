import type { Claim } from '../claims/claim-schema.ts';
import type { Fee, PayerProfile } from '../remittance/payer-schema.ts';
import { feeCents, feeFor } from '../remittance/price.ts';
import type { Adjudication, Adjustment, PatientAccount } from '../remittance/types.ts';
import { digitsOf } from '../claims/normalize.ts';
import { parseLedgerCents } from '../billing/money.ts';
import { plainAmount, usd } from '../text/money.ts';
import type { PayerError } from './variance-exercise-schema.ts';

/**
 * Processing errors as transformations of what the teaching payer adjudicates: the claim, the
 * payer profile (the contract) and the patient's account. `adjudicate` itself is never copied
 * or patched: an error changes its inputs, and the second adjudication shows what a payer that
 * made the error would have paid. Each error is the payer's fault except `claim-missing-modifier`,
 * where our own claim was wrong.
 */

/** What one adjudication reads. */
export interface AdjudicationInputs {
  claim: Claim;
  payer: PayerProfile;
  account: PatientAccount;
  /** Cuts the payer's ERA reports as CO-59 rather than inside CO-45 (see `reportCuts`). */
  cuts?: readonly ReportedCut[] | undefined;
}

/**
 * A multiple procedure cut as the ERA reports it: a real remittance shows the part of the fee a
 * multiple procedure rule removed as CARC 59 (X12: charges adjusted based on multiple surgery
 * rules), beside CO-45 for the charge above the full fee. The teaching payer prices the reduced
 * fee row and writes the whole difference as CO-45; `reportCuts` moves this part to CO-59.
 */
export interface ReportedCut {
  /** 0-based claim line. */
  index: number;
  /** Allowed amount before the cut minus after it (each the lesser of the charge and fee x units). */
  cents: number;
  percent: number;
}

export type Applied<T> = { ok: true; value: T } | { ok: false; field: string; error: string };

/** Whose fault an error is: the payer's (ask it to fix it) or the practice's (fix our claim). */
export type Fault = 'payer' | 'practice';

export function faultOf(e: PayerError): Fault {
  return e.kind === 'claim-missing-modifier' ? 'practice' : 'payer';
}

/** The claim line an error concerns (1-based), or undefined for an error of the whole claim. */
export function lineOf(e: PayerError): number | undefined {
  return 'line' in e ? e.line : undefined;
}

/** A fee row with another per-unit amount (an `rvu` row becomes an amount row). */
function withAmount(row: Fee, cents: number): Fee {
  const { rvu: _rvu, amount: _amount, ...rest } = row;
  return { ...rest, amount: cents / 100 };
}

/** The payer with one fee row replaced. */
function replaceRow(payer: PayerProfile, row: Fee, next: Fee): PayerProfile {
  return { ...payer, feeSchedule: { ...payer.feeSchedule, fees: payer.feeSchedule.fees.map((f) => (f === row ? next : f)) } };
}

const modifiersOf = (claim: Claim, index: number): string[] => (claim.lines[index]?.modifiers ?? []).map((m) => m.trim().toUpperCase()).filter(Boolean);
const codeOf = (claim: Claim, index: number): string => (claim.lines[index]?.procedure ?? '').trim().toUpperCase();
const dateOf = (claim: Claim, index: number): string => (claim.lines[index]?.from ?? '').trim();

/**
 * The fee row that prices a claim line, checked so that changing it changes that line only: no
 * other line of the claim may be priced by the same row.
 */
function rowOfLine(inputs: AdjudicationInputs, index: number, field: string): Applied<Fee> {
  const { claim, payer } = inputs;
  const code = codeOf(claim, index);
  const row = feeFor(payer, code, modifiersOf(claim, index), dateOf(claim, index));
  if (!row) return { ok: false, field, error: `payer "${payer.id}" has no fee row for ${code} on ${dateOf(claim, index)}, so there is no contract price to get wrong. Hint: choose a line whose code is on ${payer.id}'s fee schedule.` };
  const other = claim.lines.findIndex((_, j) => j !== index && feeFor(payer, codeOf(claim, j), modifiersOf(claim, j), dateOf(claim, j)) === row);
  if (other >= 0) return { ok: false, field, error: `line ${other + 1} is priced by the same fee row (${code}), so the error would change both lines. Hint: give the error to a code that appears on one line only.` };
  return { ok: true, value: row };
}

/** Applies one error to the inputs; `field` names the error in messages (e.g. "errors.0"). */
export function applyPayerError(inputs: AdjudicationInputs, e: PayerError, field: string): Applied<AdjudicationInputs> {
  const { claim, payer, account } = inputs;
  const line = lineOf(e);
  if (line !== undefined && !claim.lines[line - 1]) return { ok: false, field: `${field}.line`, error: `the claim has ${claim.lines.length} line${claim.lines.length === 1 ? '' : 's'}, not ${line}. Hint: write a line number from 1 to ${claim.lines.length}.` };
  const index = (line ?? 1) - 1;
  switch (e.kind) {
    case 'fee-amount': {
      const row = rowOfLine(inputs, index, `${field}.line`);
      if (!row.ok) return row;
      const cents = parseLedgerCents(e.amount) ?? 0;
      if (cents === feeCents(row.value, payer)) return { ok: false, field: `${field}.amount`, error: `${usd(cents)} is the contract fee itself, so nothing would go wrong. Hint: write the amount the payer wrongly used.` };
      return { ok: true, value: { ...inputs, payer: replaceRow(payer, row.value, withAmount(row.value, cents)) } };
    }
    case 'multiple-procedure-reduction': {
      const row = rowOfLine(inputs, index, `${field}.line`);
      if (!row.ok) return row;
      const full = feeCents(row.value, payer);
      const cents = Math.round((full * (100 - e.percent)) / 100);
      const l = claim.lines[index];
      const units = Number(l?.units) || 0;
      const charge = parseLedgerCents(l?.charge ?? '') ?? 0;
      const cut = Math.min(charge, Math.round(full * units)) - Math.min(charge, Math.round(cents * units));
      const cuts = cut > 0 ? [...(inputs.cuts ?? []), { index, cents: cut, percent: e.percent }] : inputs.cuts;
      return { ok: true, value: { ...inputs, payer: replaceRow(payer, row.value, withAmount(row.value, cents)), cuts } };
    }
    case 'bilateral-rate': {
      if (!modifiersOf(claim, index).includes('50')) return { ok: false, field: `${field}.line`, error: `line ${line} (${codeOf(claim, index)}) has no modifier 50, so it is not billed as bilateral. Hint: name the line with modifier 50.` };
      const row = rowOfLine(inputs, index, `${field}.line`);
      if (!row.ok) return row;
      const oneSide = feeFor(payer, codeOf(claim, index), [], dateOf(claim, index));
      if (!oneSide || row.value.modifier !== '50') return { ok: false, field: `${field}.line`, error: `payer "${payer.id}" has no bilateral (50) row and one-side row for ${codeOf(claim, index)}, so its bilateral rate is not in the contract. Hint: add both rows to the payer profile, or choose another line.` };
      const cents = Math.round((feeCents(oneSide, payer) * e.percent) / 100);
      if (cents === feeCents(row.value, payer)) return { ok: false, field: `${field}.percent`, error: `${e.percent}% of the one-side fee is the contract's bilateral fee itself. Hint: write the percent the payer wrongly paid, e.g. 100.` };
      return { ok: true, value: { ...inputs, payer: replaceRow(payer, row.value, withAmount(row.value, cents)) } };
    }
    case 'conversion-factor': {
      const contract = payer.feeSchedule.conversionFactor;
      if (contract === undefined || !payer.feeSchedule.fees.some((f) => f.rvu !== undefined)) return { ok: false, field: `${field}.kind`, error: `payer "${payer.id}" prices from amounts, not RVUs, so no conversion factor applies. Hint: use fee-amount for this payer.` };
      if (contract === e.conversionFactor) return { ok: false, field: `${field}.conversionFactor`, error: `${e.conversionFactor} is the contract's own conversion factor. Hint: write the factor the payer wrongly used.` };
      return { ok: true, value: { ...inputs, payer: { ...payer, feeSchedule: { ...payer.feeSchedule, conversionFactor: e.conversionFactor } } } };
    }
    case 'deductible-not-credited': {
      const shows = parseLedgerCents(e.payerShowsMet) ?? 0;
      if (shows >= account.accumulators.deductibleMetCents) return { ok: false, field: `${field}.payerShowsMet`, error: `the patient had met ${usd(account.accumulators.deductibleMetCents)} before this claim (account.deductibleMet), so a payer showing ${usd(shows)} applied no deductible wrongly. Hint: write less than "${plainAmount(account.accumulators.deductibleMetCents)}", or raise account.deductibleMet.` };
      return { ok: true, value: { ...inputs, account: { ...account, accumulators: { ...account.accumulators, deductibleMetCents: shows } } } };
    }
    case 'non-participating': {
      const npi = digitsOf(claim.billingProvider.npi ?? '');
      if (!payer.participation.participatingNpis.includes(npi)) return { ok: false, field: `${field}.kind`, error: `the billing provider (NPI ${npi}) is not in payer "${payer.id}"'s network, so its non-participating rate is right. Hint: choose a claim from a participating practice.` };
      if (payer.participation.nonParticipating === 'same-as-participating') return { ok: false, field: `${field}.kind`, error: `payer "${payer.id}" pays non-participating providers the same fee, so this error would change nothing. Hint: use another kind of error for this payer.` };
      return { ok: true, value: { ...inputs, payer: { ...payer, participation: { ...payer.participation, participatingNpis: payer.participation.participatingNpis.filter((n) => n !== npi) } } } };
    }
    case 'modifier-ignored':
    case 'claim-missing-modifier': {
      const mods = claim.lines[index]?.modifiers ?? [];
      if (!mods.some((m) => m.trim().toUpperCase() === e.modifier)) return { ok: false, field: `${field}.modifier`, error: `line ${line} (${codeOf(claim, index)}) does not carry modifier ${e.modifier} in the exercise's claim, which is the claim as it should be. Hint: add it with claim.changes, or name the line that carries it.` };
      const lines = claim.lines.map((l, j) => (j === index ? { ...l, modifiers: l.modifiers.filter((m) => m.trim().toUpperCase() !== e.modifier) } : l));
      return { ok: true, value: { ...inputs, claim: { ...claim, lines } } };
    }
  }
}

/**
 * The adjudication as the payer's ERA reports it: on each line with a multiple procedure cut,
 * that part of the line's CO-45 becomes CO-59 (the amounts, the allowed amount and the payment
 * do not change). A line whose price is not a CO-45 fee schedule adjustment (an out-of-network
 * PR-45, a denial) is left as it is.
 */
export function reportCuts(adjudication: Adjudication, cuts: readonly ReportedCut[] = []): Adjudication {
  if (cuts.length === 0) return adjudication;
  const lines = adjudication.payment.lines.map((l, i) => {
    const cut = cuts.filter((c) => c.index === i);
    const at = l.adjustments.findIndex((a) => a.group === 'CO' && a.carc === '45' && a.rule === 'price');
    const cents = cut.reduce((n, c) => n + c.cents, 0);
    const price = l.adjustments[at];
    if (cut.length === 0 || !price || price.amountCents < cents) return l;
    const rest: Adjustment[] = price.amountCents > cents ? [{ ...price, amountCents: price.amountCents - cents }] : [];
    const co59: Adjustment = { group: 'CO', carc: '59', amountCents: cents, rule: 'multiple-procedure', data: { percent: cut[0]!.percent } };
    return { ...l, adjustments: [...l.adjustments.slice(0, at), ...rest, co59, ...l.adjustments.slice(at + 1)] };
  });
  return { ...adjudication, payment: { ...adjudication.payment, lines } };
}

/** Applies every error in order (those of one fault only, when `only` is given). */
export function applyPayerErrors(inputs: AdjudicationInputs, errors: readonly PayerError[], only?: Fault): Applied<AdjudicationInputs> {
  let current = inputs;
  for (const [i, e] of errors.entries()) {
    if (only && faultOf(e) !== only) continue;
    const next = applyPayerError(current, e, `errors.${i}`);
    if (!next.ok) return next;
    current = next.value;
  }
  return { ok: true, value: current };
}
