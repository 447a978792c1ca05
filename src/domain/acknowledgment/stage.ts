import type { ClaimFinding } from '../claims/findings.ts';

/**
 * Where in the submission chain a scrubber error shows up. Syntax problems (a value the 837P
 * layout cannot carry: blank required items, unreadable dates and amounts, malformed codes) come
 * back on the clearinghouse's 999, except items the 837P has no value for (`notIn837p`). Front-end edits (codes that do not exist, manifestation or
 * external-cause codes first-listed, Excludes1 pairs, diagnosis/age-sex conflicts, whole units,
 * payer item rules such as Medicare items 4, 11, 11d, 32) come back on the 277CA: the claim never
 * entered the payer's system. What the PAYER judges in adjudication does not stop the claim: the
 * procedure code against the patient's age or sex (CARC 6/7), the place of service against the
 * code family (CARC 5) and the NCCI edits (CARC 97, 151) are denials on the 835, decided again by
 * the payer's own rules in src/domain/remittance/rules/ (the scrubber only warns the learner).
 * Warnings never stop a claim.
 */
export type RejectionStage = 'syntax' | 'front-end' | 'payer';

const SYNTAX_RULES: ReadonlySet<string> = new Set(['claim-shape', 'required-items', 'formats', 'length-limits', 'icd-indicator']);
const SYNTAX_CODES: ReadonlySet<string> = new Set(['bad-syntax', 'not-ten-digits', 'not-nine-digits', 'units', 'not-a-letter', 'letters-together', 'too-many']);

/**
 * Scrubber rules whose cause the payer decides in adjudication, with the adjudication rule that
 * decides it and the CARC it gives (tests check each pair: the scrubber finding and the denial
 * arise from the same claim).
 */
export const PAYER_JUDGED: Readonly<Record<string, { adjudicationRule: string; carcs: readonly string[] }>> = {
  'procedure-age-sex': { adjudicationRule: 'procedure-age-sex', carcs: ['6', '7'] },
  'place-of-service-family': { adjudicationRule: 'place-of-service', carcs: ['5'] },
  'ncci-ptp': { adjudicationRule: 'ncci-ptp', carcs: ['97'] },
  'ncci-mue': { adjudicationRule: 'ncci-mue', carcs: ['151'] },
};

/**
 * Items the 837P (005010X222A1) does not carry as a value a 999 could point at, so a blank or
 * malformed one is no syntax error of the file. Three become a valid code the payer's front end
 * can read and refuse (277CA): item 31 (CLM06 N when blank; the name and date are not sent), item
 * 12 (CLM09 I, the guide's code when no signature was collected) and item 27 (CLM07 C, not
 * assigned, whether the box is blank or NO: the file cannot tell them apart, so neither can the
 * payer; Medicaid refuses both, required-items.ts). Item 31's date and the patient's and insured's
 * phones (items 5 and 7: the 2010BA and 2010CA PER segments are for property and casualty claims
 * only) do not reach the payer at all: a real front end could not see them, and the teaching
 * chain shows the paper form's rule as a 277CA rejection (a simplification, docs/claim-format.md).
 * submit.ts adds a blank item whose element the written file fills (item 4 when the patient is the
 * subscriber: 2010BA is named from item 2).
 */
function notIn837p(f: ClaimFinding): boolean {
  if (f.item === '31' || f.item === '12' || f.item === '27') return true;
  return (f.item === '5' || f.item === '7') && f.path[f.path.length - 1] === 'phone';
}

/** The stage at which an error finding shows up: syntax (999), front-end (277CA) or payer (835 denial). */
export function rejectionStage(f: ClaimFinding): RejectionStage {
  if (notIn837p(f)) return 'front-end';
  if (SYNTAX_RULES.has(f.rule) || SYNTAX_CODES.has(f.code)) return 'syntax';
  return Object.hasOwn(PAYER_JUDGED, f.rule) ? 'payer' : 'front-end';
}

/** The 277CA claim status code for a front-end edit: 255 diagnosis, 454 procedure, else 21 missing or invalid information. */
export function claimStatusCode(f: ClaimFinding): string {
  if (f.item === '21' || f.rule.includes('diagnos') || f.rule === 'excludes1') return '255';
  if (f.item === '24D' || f.rule.startsWith('ncci') || f.rule === 'procedure-age-sex') return '454';
  return '21';
}
