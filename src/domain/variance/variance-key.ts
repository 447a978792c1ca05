import type { Claim } from '../claims/claim-schema.ts';
import { claimOf, medicareRecordsError, payerOf, startAccount, type BillingSources, type Built } from '../billing/build-case.ts';
import { parseLedgerCents } from '../billing/money.ts';
import { eraView } from '../billing/posting-key.ts';
import { feeCents, feeFor } from '../remittance/price.ts';
import { adjudicate } from '../remittance/adjudicate.ts';
import { remitAdjudication, type Remittance } from '../remittance/remit.ts';
import { usd } from '../text/money.ts';
import { applyPayerErrors, faultOf, lineOf, reportCuts, type AdjudicationInputs } from './payer-errors.ts';
import type { VarianceExercise } from './variance-exercise-schema.ts';
import type { ContractLine, SentLine, VarianceAction, VarianceCause, VarianceKeyLine, VariancePublicData, VarianceRubric } from './variance-types.ts';

/**
 * The variance key, computed, never authored: the claim goes to the teaching payer as the
 * contract says (expected allowed and payment per line) and through the exercise's errors (the
 * ERA the student reads). Per line, variance = expected payment - payment; the action follows:
 * no variance: accept; overpaid: refund (or let the payer recoup); underpaid by the payer's
 * error: ask it to reprocess; underpaid because our own claim was wrong: a corrected claim.
 */

export interface VarianceBuild {
  /** The claim as it should have been billed (the case with its changes). */
  claim: Claim;
  correct: Remittance;
  paid: Remittance;
  publicData: VariancePublicData;
  rubric: VarianceRubric;
}

const cents = (n: number): string => (n / 100).toFixed(2);

/** The teaching payer's remittance for the inputs, its ERA reporting any multiple procedure cut as CO-59. */
function remitInputs(i: AdjudicationInputs, asOf: string): Remittance {
  return remitAdjudication(i.claim, i.payer, i.account, asOf, reportCuts(adjudicate(i.claim, i.payer, i.account, asOf), i.cuts));
}

/** The action a line's variance and causes call for. */
export function actionFor(varianceCents: number, causes: readonly VarianceCause[]): VarianceAction {
  if (varianceCents === 0) return 'accept';
  if (varianceCents < 0) return 'refund';
  return causes.length > 0 && causes.every((c) => faultOf(c.error) === 'practice') ? 'corrected-claim' : 'reprocess';
}

function contractLines(inputs: AdjudicationInputs): ContractLine[] {
  const { claim, payer } = inputs;
  return claim.lines.map((l, i) => {
    const procedure = l.procedure.trim().toUpperCase();
    const mods = l.modifiers.map((m) => m.trim().toUpperCase());
    const row = feeFor(payer, procedure, mods, l.from);
    if (!row) return { line: i + 1, procedure, feePerUnitCents: 0, basis: payer.feeSchedule.unlisted === 'deny' ? 'not on the fee schedule' : `${payer.feeSchedule.unlistedPercent ?? 0}% of the charge (not on the fee schedule)` };
    // Medicare has no contract: an amount row is the fee schedule's (for a drug, the quarter's ASP pricing file).
    const basis = row.rvu !== undefined ? `${row.rvu} RVU x conversion factor ${payer.feeSchedule.conversionFactor ?? 0}` : payer.kind === 'medicare-part-b' ? 'fee schedule amount (a drug: the ASP pricing file for the quarter)' : 'contract amount';
    return { line: i + 1, procedure, ...(row.modifier ? { modifier: row.modifier } : {}), feePerUnitCents: feeCents(row, payer), basis };
  });
}

function contractTerms(inputs: AdjudicationInputs): string[] {
  const { payer, account, claim } = inputs;
  const cs = payer.costShare;
  const codes = new Set(claim.lines.map((l) => l.procedure.trim().toUpperCase()));
  const noShare = [...codes].filter((c) => cs.exemptCodes.includes(c) || claim.lines.some((l) => l.procedure.trim().toUpperCase() === c && feeFor(payer, c, l.modifiers, l.from)?.patientCostShare === false));
  const copayHere = [...codes].filter((c) => cs.copayCodes.includes(c));
  return [
    'Allowed amount: the lesser of the charge and the fee per unit times the units.',
    ...(cs.deductible > 0 ? [`Deductible ${usd(Math.round(cs.deductible * 100))} a calendar year; the patient had met ${usd(account.accumulators.deductibleMetCents)} before this claim.`] : ['No deductible.']),
    ...(cs.copay > 0 ? [`Copay ${usd(Math.round(cs.copay * 100))} once a visit, on ${copayHere.length > 0 ? copayHere.join(', ') : 'office visit codes (none on this claim)'}.`] : []),
    ...(cs.coinsurancePercent > 0 ? [`Coinsurance ${cs.coinsurancePercent}% of the allowed amount left after any copay and deductible.`] : ['No coinsurance.']),
    ...(noShare.length > 0 ? [`No cost sharing on ${noShare.join(', ')}.`] : []),
    ...(payer.sequestrationPercent > 0 ? [`Sequestration: ${payer.sequestrationPercent}% of the payment after cost sharing is withheld (CO-253).`] : []),
  ];
}

function sentLines(inputs: AdjudicationInputs): SentLine[] {
  return inputs.claim.lines.map((l, i) => ({ line: i + 1, date: l.from, procedure: l.procedure.trim().toUpperCase(), modifiers: l.modifiers.map((m) => m.trim().toUpperCase()).filter(Boolean), units: Number(l.units) || 0, chargeCents: parseLedgerCents(l.charge) ?? 0 }));
}

function causeOf(error: VarianceExercise['errors'][number], inputs: AdjudicationInputs, lineIndex: number): VarianceCause {
  const { claim, payer, account } = inputs;
  const l = claim.lines[lineIndex];
  const procedure = l?.procedure.trim().toUpperCase() ?? '';
  const row = l ? feeFor(payer, procedure, l.modifiers, l.from) : undefined;
  const contractFeeCents = row ? feeCents(row, payer) : 0;
  if (error.kind === 'bilateral-rate') {
    const oneSide = l ? feeFor(payer, procedure, [], l.from) : undefined;
    return { error, procedure, contractFeeCents, referenceCents: oneSide ? feeCents(oneSide, payer) : 0 };
  }
  if (error.kind === 'deductible-not-credited') return { error, procedure, contractFeeCents, referenceCents: account.accumulators.deductibleMetCents, planCents: Math.round(payer.costShare.deductible * 100) };
  if (error.kind === 'conversion-factor') return { error, procedure, contractFeeCents, contractConversionFactor: payer.feeSchedule.conversionFactor ?? 0 };
  return { error, procedure, contractFeeCents };
}

/** Builds the exercise: the two adjudications, the page's data and the key. Errors name the field and the fix. */
export function buildVariance(id: string, ex: VarianceExercise, sources: BillingSources): Built<VarianceBuild> {
  const payer = payerOf(ex.payer, sources, 'payer');
  if (!payer.ok) return payer;
  const claim = claimOf(ex.claim, sources, 'claim');
  if (!claim.ok) return claim;
  const notMedicare = medicareRecordsError(ex.account, payer.value, 'account');
  if (notMedicare) return notMedicare;
  const inputs: AdjudicationInputs = { claim: claim.value, payer: payer.value, account: startAccount(ex.account, claim.value) };
  const practiceOnly = applyPayerErrors(inputs, ex.errors, 'practice');
  if (!practiceOnly.ok) return practiceOnly;
  const wrong = applyPayerErrors(inputs, ex.errors);
  if (!wrong.ok) return wrong;
  const practiceIndex = ex.errors.findIndex((e) => faultOf(e) === 'practice');
  if (practiceIndex >= 0 && !payer.value.acceptsReplacementClaims) {
    return { ok: false, field: `errors.${practiceIndex}.kind`, error: `payer "${payer.value.id}" takes no corrected (frequency 7) claims: a Medicare Part B claim paid on our own error is fixed by a reopening (42 CFR 405.980), which this exercise kind does not grade. Hint: use a commercial or Medicaid payer profile for a practice error.` };
  }
  const correct = remitInputs(inputs, ex.receivedDate);
  const paid = remitInputs(wrong.value, ex.receivedDate);
  const expectedLines = correct.adjudication.payment.lines;
  // The lines each error changes on its own: the causes the feedback names for a line.
  const touched = ex.errors.map((e) => {
    const one = applyPayerErrors(inputs, [e]);
    if (!one.ok) return new Set<number>();
    const lines = remitInputs(one.value, ex.receivedDate).adjudication.payment.lines;
    return new Set(expectedLines.flatMap((x, i) => (lines[i]?.paidCents !== x.paidCents || lines[i]?.allowedCents !== x.allowedCents ? [i] : [])));
  });
  const paidLines = paid.adjudication.payment.lines;
  const lines: VarianceKeyLine[] = expectedLines.map((e, i) => {
    const p = paidLines[i];
    const varianceCents = e.paidCents - (p?.paidCents ?? 0);
    const changed = varianceCents !== 0 || (p?.allowedCents ?? 0) !== e.allowedCents;
    const alone = ex.errors.filter((_, k) => touched[k]?.has(i));
    const chosen = !changed ? [] : alone.length > 0 ? alone : [...ex.errors];
    const causes = chosen.map((x) => causeOf(x, inputs, i));
    const action = actionFor(varianceCents, causes);
    return {
      line: i + 1,
      procedure: e.procedure,
      expectedAllowedCents: e.allowedCents,
      expectedPaidCents: e.paidCents,
      allowedCents: p?.allowedCents ?? 0,
      paidCents: p?.paidCents ?? 0,
      varianceCents,
      action,
      ...(action === 'accept' ? {} : { fault: causes.length > 0 && causes.every((c) => faultOf(c.error) === 'practice') ? ('practice' as const) : ('payer' as const) }),
      causes,
    };
  });
  const publicData: VariancePublicData = {
    id,
    scenario: ex.scenario,
    payerName: payer.value.name,
    sent: sentLines(practiceOnly.value),
    contract: contractLines(inputs),
    terms: contractTerms(inputs),
    era: eraView(paid),
    x835: { text: paid.x835.text, segments: paid.x835.segments },
  };
  const rubric: VarianceRubric = { id, payer: { id: payer.value.id, name: payer.value.name, kind: payer.value.kind, acceptsReplacementClaims: payer.value.acceptsReplacementClaims }, lines, teachingPoints: ex.teachingPoints };
  return { ok: true, value: { claim: inputs.claim, correct, paid, publicData, rubric } };
}

/**
 * What `npm run check:content` says about a built exercise: the author's `expected` figures
 * must match the computed key, every line error must change its line, and the claims must
 * line up (same number of lines in both adjudications).
 */
export function varianceProblems(ex: VarianceExercise, build: VarianceBuild): string[] {
  const problems: string[] = [];
  const { lines } = build.rubric;
  if (build.paid.adjudication.payment.lines.length !== lines.length) problems.push(`errors: the ERA has ${build.paid.adjudication.payment.lines.length} lines and the contract's adjudication ${lines.length}. Hint: an error may change how a line is paid, not remove it.`);
  for (const [i, e] of ex.errors.entries()) {
    const n = lineOf(e);
    const key = n === undefined ? undefined : lines[n - 1];
    if (key && key.varianceCents === 0 && key.allowedCents === key.expectedAllowedCents) problems.push(`errors.${i}: the error changes nothing on line ${n} (${key.procedure}): allowed ${usd(key.allowedCents)} and paid ${usd(key.paidCents)} either way. Hint: choose an amount or line the error really changes.`);
  }
  if (ex.errors.some((e) => lineOf(e) === undefined) && lines.every((l) => l.varianceCents === 0)) problems.push('errors: the claim-wide error changes no payment. Hint: check account and the error\'s figures.');
  for (const [i, x] of ex.expected.entries()) {
    const key = lines[x.line - 1];
    if (!key) {
      problems.push(`expected.${i}.line: the claim has ${lines.length} lines, not ${x.line}. Hint: write a line from 1 to ${lines.length}.`);
      continue;
    }
    const check = (field: string, given: string | undefined, actual: number) => {
      if (given !== undefined && parseLedgerCents(given) !== actual) problems.push(`expected.${i}.${field}: line ${x.line} (${key.procedure}) computes ${cents(actual)}, but the file says ${given}. Hint: write "${cents(actual)}", or correct the claim, account or errors.`);
    };
    check('expectedAllowed', x.expectedAllowed, key.expectedAllowedCents);
    check('expectedPaid', x.expectedPaid, key.expectedPaidCents);
    check('paid', x.paid, key.paidCents);
    check('variance', x.variance, key.varianceCents);
    if (x.action !== undefined && x.action !== key.action) problems.push(`expected.${i}.action: line ${x.line} (${key.procedure}) computes ${key.action}, but the file says ${x.action}. Hint: write ${key.action}, or correct the errors.`);
  }
  return problems;
}
