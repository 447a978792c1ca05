import type { Claim } from './claim-schema.ts';
import type { ClaimFinding, RuleContext } from './findings.ts';
import { readClaim } from './rules/claim-shape.ts';
import { CLAIM_RULES } from './rules/index.ts';

/** What the scrubber returns: the parsed claim when it could be read, and the findings. */
export interface ScrubResult {
  claim?: Claim;
  findings: ClaimFinding[];
  /** Number of findings with severity error. */
  errors: number;
}

/**
 * Checks a claim the way a clearinghouse scrubber would, before it reaches the payer. Never
 * throws: a rule that fails on odd input reports an "internal" finding instead.
 */
export function scrubClaim(input: unknown, context: RuleContext): ScrubResult {
  const read = readClaim(input);
  if (!read.ok) return { findings: read.findings, errors: read.findings.filter((f) => f.severity === 'error').length };
  const findings: ClaimFinding[] = [];
  for (const rule of CLAIM_RULES) {
    try {
      findings.push(...rule.check(read.claim, context));
    } catch (error) {
      findings.push({ rule: rule.id, code: 'internal', item: 'claim', path: [], severity: 'error', data: { detail: String(error) }, reference: 'ClaimLab scrubber' });
    }
  }
  return { claim: read.claim, findings, errors: findings.filter((f) => f.severity === 'error').length };
}
