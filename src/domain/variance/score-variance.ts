import { parseLedgerCents } from '../billing/money.ts';
import { plainTyped } from '../text/typed-value.ts';
import { VARIANCE_ACTIONS, VARIANCE_AMOUNTS, type VarianceFinding, type VarianceInvalid, type VarianceRubric, type VarianceScore, type VarianceUserInput } from './variance-types.ts';

/**
 * Grades a variance review (Perseus shape). Rules:
 * - per line one point each for the expected allowed amount, the expected payment, the variance
 *   (expected payment - payment: positive underpaid, negative overpaid) and the action;
 * - amounts are read the way billers type them (`$1,234.50`, `1234.5`, `(51.80)`, `-51.80`:
 *   typed-value.ts, shared with posting); a blank amount counts as 0.00;
 * - a variance typed with the wrong sign is wrong and named as such (`variance-sign`);
 * - not graded (`invalid`): nothing typed at all, an amount that is not money, a line without an action.
 */

/** Whether the input is complete enough to grade. */
export function validateVariance(input: VarianceUserInput, rubric: VarianceRubric): VarianceInvalid | undefined {
  const lines = rubric.lines.map((_, i) => input.lines[i] ?? { expectedAllowed: '', expectedPaid: '', variance: '', action: '' });
  if (lines.every((l) => VARIANCE_AMOUNTS.every((f) => plainTyped(l[f]) === '') && plainTyped(l.action) === '')) return { reason: 'empty' };
  for (const [i, l] of lines.entries()) {
    for (const f of VARIANCE_AMOUNTS) if (parseLedgerCents(String(l[f] ?? '')) === undefined) return { reason: 'unreadable-amount', line: i + 1, field: f, text: String(l[f]) };
    if (plainTyped(l.action) === '') return { reason: 'action-missing', line: i + 1 };
  }
  return undefined;
}

/** The key as an attempt (each line's expected amounts, variance and action as the key has them): the full-marks answer. */
export function varianceKeyInput(rubric: VarianceRubric): VarianceUserInput {
  const money = (cents: number): string => (cents / 100).toFixed(2);
  return { lines: rubric.lines.map((l) => ({ expectedAllowed: money(l.expectedAllowedCents), expectedPaid: money(l.expectedPaidCents), variance: money(l.varianceCents), action: l.action })) };
}

/** Grades the input against the key (rules at the top of this file). */
export function scoreVariance(input: VarianceUserInput, rubric: VarianceRubric): VarianceScore {
  const invalid = validateVariance(input, rubric);
  if (invalid) return { type: 'invalid', ...invalid };
  const findings: VarianceFinding[] = [];
  let earned = 0;
  for (const [i, key] of rubric.lines.entries()) {
    const l = input.lines[i]!;
    const allowed = parseLedgerCents(l.expectedAllowed) ?? 0;
    const expectedPaid = parseLedgerCents(l.expectedPaid) ?? 0;
    const variance = parseLedgerCents(l.variance) ?? 0;
    if (allowed === key.expectedAllowedCents) earned++;
    else findings.push({ code: 'allowed-wrong', line: key.line, expectedCents: key.expectedAllowedCents, givenCents: allowed });
    if (expectedPaid === key.expectedPaidCents) earned++;
    else findings.push({ code: 'expected-paid-wrong', line: key.line, expectedCents: key.expectedPaidCents, givenCents: expectedPaid });
    if (variance === key.varianceCents) earned++;
    else findings.push({ code: variance !== 0 && variance === -key.varianceCents ? 'variance-sign' : 'variance-wrong', line: key.line, expectedCents: key.varianceCents, givenCents: variance });
    const action = plainTyped(l.action);
    if (action === key.action) earned++;
    else findings.push({ code: 'action-wrong', line: key.line, expectedAction: key.action, givenAction: (VARIANCE_ACTIONS as readonly string[]).includes(action) ? action : action.slice(0, 40) });
  }
  return { type: 'points', earned, total: rubric.lines.length * 4, findings };
}
