import { parseLedgerCents } from './money.ts';
import { plainAmount as amount } from '../text/money.ts';
import { MONEY_FIELDS, type SecondaryFinding, type SecondaryInvalid, type SecondaryRubric, type SecondaryScore, type SecondaryUserInput } from './secondary-types.ts';

/**
 * Secondary and patient billing, graded per field: one point for the route (crossover or send
 * the claim), one per amount, and one for a statement that balances (charges = primary paid +
 * secondary paid + adjustments + patient due). Pure and total.
 * The statement's credits (the primary's payment and the adjustments) may be typed as negative
 * amounts, the way statements print credits ("-80.00" or "(80.00)"): they are read as the credit.
 */

/** Statement lines that are credits against the charges. */
const CREDITS: readonly (typeof MONEY_FIELDS)[number][] = ['statementPrimaryPaid', 'statementAdjustments'];

/** Is the answer complete enough to grade? */
export function validateSecondary(input: SecondaryUserInput): SecondaryInvalid | null {
  // Stored or submitted answers may be anything: a non-object is an empty attempt, never a crash.
  if (typeof input !== 'object' || input === null) return { code: 'empty' };
  if (!input.route && MONEY_FIELDS.every((f) => String(input[f] ?? '').trim() === '')) return { code: 'empty' };
  for (const f of MONEY_FIELDS) if (parseLedgerCents(input[f] ?? '') === undefined) return { code: 'unreadable-amount', field: f, value: String(input[f]) };
  return !input.route ? { code: 'route-missing' } : null;
}

export function scoreSecondary(input: SecondaryUserInput, rubric: SecondaryRubric): SecondaryScore {
  const invalid = validateSecondary(input);
  if (invalid) return { type: 'invalid', reason: invalid };
  const findings: SecondaryFinding[] = [];
  let earned = 0;
  if (input.route === rubric.route) earned += 1;
  else if (input.route !== '') findings.push({ code: 'route-wrong', expected: rubric.route, entered: input.route, crossoverTo: rubric.secondaryEra.payer.name });
  const got = Object.fromEntries(MONEY_FIELDS.map((f) => {
    const cents = parseLedgerCents(input[f] ?? '') ?? 0;
    return [f, CREDITS.includes(f) ? Math.abs(cents) : cents];
  })) as Record<(typeof MONEY_FIELDS)[number], number>;
  for (const f of MONEY_FIELDS) {
    if (got[f] === rubric.amounts[f]) earned += 1;
    else findings.push({ code: 'amount-wrong', field: f, expectedCents: rubric.amounts[f], enteredCents: got[f] });
  }
  const posted = got.statementPrimaryPaid + got.secondaryPaid + got.statementAdjustments + got.patientOwes;
  if (posted === got.statementCharges && got.statementCharges === rubric.amounts.statementCharges) earned += 1;
  else findings.push({ code: 'statement-unbalanced', chargeCents: rubric.amounts.statementCharges, postedCents: posted });
  return { type: 'points', earned, total: MONEY_FIELDS.length + 2, findings };
}

/** The key as a filled answer. */
export function secondaryKeyAsInput(rubric: SecondaryRubric): SecondaryUserInput {
  return {
    route: rubric.route,
    secondaryPaid: amount(rubric.amounts.secondaryPaid),
    otherPayerAdjustment: amount(rubric.amounts.otherPayerAdjustment),
    patientOwes: amount(rubric.amounts.patientOwes),
    statementCharges: amount(rubric.amounts.statementCharges),
    statementPrimaryPaid: amount(rubric.amounts.statementPrimaryPaid),
    statementAdjustments: amount(rubric.amounts.statementAdjustments),
  };
}
