import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCodeSetView, REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { applyChanges, type PathChange } from '../../../../src/domain/claims/apply-changes.ts';
import { claimSchema, type Claim } from '../../../../src/domain/claims/claim-schema.ts';
import type { ClaimFinding, ClaimRule, RuleContext } from '../../../../src/domain/claims/findings.ts';
import { TEACHING_EDITS } from '../../../../src/domain/claims/teaching-edits.ts';

/** A clean commercial claim that passes every rule (tests/fixtures/claims/office-visit.json). */
export const BASE: Claim = claimSchema.parse(JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/claims/office-visit.json'), 'utf8')));

/** Real code sets, teaching edits, today fixed. */
export const CONTEXT: RuleContext = { codes: loadCodeSetView(), asOf: '2026-11-26', edits: TEACHING_EDITS };

/** The base claim with changes applied, parsed again so defaults hold. */
export function variant(changes: PathChange[]): Claim {
  return claimSchema.parse(applyChanges(BASE, changes));
}

/** Run one rule on a variant of the base claim. */
export function run(rule: ClaimRule, changes: PathChange[] = [], context: RuleContext = CONTEXT): ClaimFinding[] {
  return rule.check(variant(changes), context);
}

/** "rule/code@item" keys, easy to compare. */
export const keys = (findings: ClaimFinding[]): string[] => findings.map((f) => `${f.code}@${f.item}`);
