import type { CodeSetView } from '../codes/types.ts';
import type { Claim } from './claim-schema.ts';
import type { ClaimPath } from './items.ts';
import type { EditTables } from './ncci.ts';

/** Values a finding carries for its message; words are made in describe.ts only. */
export type FindingData = Readonly<Record<string, string | number | boolean>>;

/**
 * One problem found on a claim, by the scrubber or the grader. It is data: `describeFinding`
 * turns it into a sentence, so the UI, CLI and tests share one wording.
 */
export interface ClaimFinding {
  /** Rule id, e.g. "npi-check-digit" (also the rule's file name). */
  rule: string;
  /** What exactly is wrong, within the rule, e.g. "bad-check-digit". */
  code: string;
  /** CMS-1500 item, e.g. "24J", "21", "33a". */
  item: string;
  /** Path into the claim object. */
  path: ClaimPath;
  severity: 'error' | 'warning';
  /** Values for the message. */
  data: FindingData;
  /** Where the requirement comes from, e.g. "NUCC 1500 Instruction Manual v12, item 24J". */
  reference: string;
}

/** Everything a rule may look at besides the claim. */
export interface RuleContext {
  codes: CodeSetView;
  /** Today, YYYY-MM-DD; rules never read the clock. */
  asOf: string;
  /** NCCI-style PTP and MUE tables (teaching table unless imported). */
  edits: EditTables;
}

/** A scrubber rule: one per file in rules/, pure. */
export interface ClaimRule {
  id: string;
  /** One sentence on what the rule checks, for docs and the UI. */
  summary: string;
  check(claim: Claim, context: RuleContext): ClaimFinding[];
}

/** The NUCC manual cited by item references. */
export const NUCC = 'NUCC 1500 Claim Form Reference Instruction Manual v12';

/** Reference string for a CMS-1500 item. */
export function nuccRef(item: string): string {
  return `${NUCC}, item ${item}`;
}

/** Shorthand used by rules to build a finding. */
export function finding(
  rule: string,
  code: string,
  item: string,
  path: ClaimPath,
  data: FindingData = {},
  options: { severity?: 'error' | 'warning'; reference?: string } = {},
): ClaimFinding {
  return { rule, code, item, path, severity: options.severity ?? 'error', data, reference: options.reference ?? nuccRef(item) };
}
