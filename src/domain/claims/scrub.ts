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

/** Longest text a finding carries: a 10 MB pasted value is reported, never echoed back whole. */
export const MAX_FINDING_TEXT = 200;

function clipData(f: ClaimFinding): ClaimFinding {
  const long = Object.entries(f.data).filter(([, v]) => typeof v === 'string' && v.length > MAX_FINDING_TEXT);
  if (long.length === 0) return f;
  const data = { ...f.data };
  for (const [k, v] of long) data[k] = `${(v as string).slice(0, MAX_FINDING_TEXT)}... (${(v as string).length} characters)`;
  return { ...f, data };
}

/**
 * Checks a claim the way a clearinghouse scrubber would, before it reaches the payer. Never
 * throws: a rule that fails on odd input reports an "internal" finding instead.
 */
export function scrubClaim(input: unknown, context: RuleContext): ScrubResult {
  const read = readClaim(input);
  if (!read.ok) return { findings: read.findings.map(clipData), errors: read.findings.filter((f) => f.severity === 'error').length };
  const findings: ClaimFinding[] = [];
  for (const rule of CLAIM_RULES) {
    try {
      findings.push(...rule.check(read.claim, context));
    } catch (error) {
      findings.push({ rule: rule.id, code: 'internal', item: 'claim', path: [], severity: 'error', data: { detail: String(error) }, reference: 'ClaimLab scrubber' });
    }
  }
  return { claim: read.claim, findings: findings.map(clipData), errors: findings.filter((f) => f.severity === 'error').length };
}
