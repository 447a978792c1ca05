import type { ClaimFinding } from '../claims/findings.ts';

/**
 * Where in the submission chain a scrubber error stops a claim. Syntax problems (a value the
 * 837P layout cannot carry: blank required items, unreadable dates and amounts, malformed codes)
 * come back on the clearinghouse's 999; everything else a front-end edit checks (codes that do
 * not exist, NCCI, age/sex, place of service, payer item rules) comes back on the 277CA.
 * Warnings never stop a claim.
 */
export type RejectionStage = 'syntax' | 'front-end';

const SYNTAX_RULES: ReadonlySet<string> = new Set(['claim-shape', 'required-items', 'formats', 'length-limits', 'icd-indicator']);
const SYNTAX_CODES: ReadonlySet<string> = new Set(['bad-syntax', 'not-ten-digits', 'not-nine-digits', 'units', 'not-a-letter', 'too-many']);

/** The stage at which an error finding rejects the claim. */
export function rejectionStage(f: ClaimFinding): RejectionStage {
  return SYNTAX_RULES.has(f.rule) || SYNTAX_CODES.has(f.code) ? 'syntax' : 'front-end';
}

/** The 277CA claim status code for a front-end edit: 255 diagnosis, 454 procedure, else 21 missing or invalid information. */
export function claimStatusCode(f: ClaimFinding): string {
  if (f.item === '21' || f.rule.includes('diagnos') || f.rule === 'excludes1') return '255';
  if (f.item === '24D' || f.rule.startsWith('ncci') || f.rule === 'procedure-age-sex') return '454';
  return '21';
}
