import { AR_TOLERANCE, type ArFinding, type CollectionLineInput, type CollectionsRubric } from './ar-types.ts';
import { readNumber } from './read-figure.ts';

/**
 * Scoring rules for the collections step (mirrored in docs/billing-exercises-denials.md): per
 * account 1 point for the next step and, when the key's step has an amount (a statement's balance,
 * a plan's monthly payment, an adjustment, what to collect at the desk, a recovery), 1 point for
 * the amount within $0.01. The amount follows the key, so a wrong step also loses its amount point.
 */
export function scoreCollections(rubric: CollectionsRubric, input: Record<string, CollectionLineInput>): ArFinding[] {
  const findings: ArFinding[] = [];
  for (const key of rubric.accounts) {
    const given = (Object.hasOwn(input, key.id) ? input[key.id] : undefined) ?? { action: '', amount: '' };
    const rightStep = given.action === key.action;
    findings.push({ code: 'collection-action', ok: rightStep, target: key.id, expected: key.action, given: given.action });
    if (key.amount !== undefined) {
      const typed = rightStep ? given.amount : '';
      const ok = Math.abs(readNumber(typed, 'dollars') - Number(key.amount)) <= AR_TOLERANCE.bucket + 1e-9;
      findings.push({ code: 'collection-amount', ok, target: key.id, expected: key.amount, given: typed });
    }
  }
  return findings;
}
