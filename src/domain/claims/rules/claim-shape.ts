import { claimSchema, type Claim } from '../claim-schema.ts';
import { finding, type ClaimFinding } from '../findings.ts';
import { itemForPath } from '../items.ts';

const ID = 'claim-shape';

/** Result of reading unknown input as a claim. */
export type ShapeResult = { ok: true; claim: Claim } | { ok: false; findings: ClaimFinding[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads anything (parsed JSON, YAML, form state) as a claim. Input that is not an object, or
 * an object with none of a claim's parts, gives ONE "not-a-claim" finding rather than a wall
 * of missing-field errors; a claim-like object gives one finding per schema problem.
 */
export function readClaim(input: unknown): ShapeResult {
  if (!isRecord(input) || !('form' in input || 'lines' in input || 'diagnoses' in input || 'patient' in input)) {
    const kind = Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input;
    return { ok: false, findings: [finding(ID, 'not-a-claim', 'claim', [], { kind }, { reference: 'ClaimLab claim format (docs/claim-format.md, public/schemas/claim.schema.json)' })] };
  }
  const parsed = claimSchema.safeParse(input);
  if (parsed.success) return { ok: true, claim: parsed.data };
  const findings = parsed.error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
    return finding(ID, issue.code === 'unrecognized_keys' ? 'unknown-field' : issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'missing-field' : 'wrong-shape', itemForPath(path), path, {
      detail: issue.message,
      keys,
    }, { reference: 'ClaimLab claim format (docs/claim-format.md)' });
  });
  return { ok: false, findings };
}
