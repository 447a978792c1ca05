/**
 * Grading findings are data; `describe-finding.ts` is the one place that turns them into words,
 * so the UI, the CLI and the tests say the same thing.
 */

/** Kinds of findings the coding grader produces. */
export type CodingFindingCode =
  /** A key code (or key line) was reported exactly. */
  | 'correct'
  /** An accepted alternate was reported in place of a key code. */
  | 'alternate'
  /** An optional code was reported: no credit, no penalty; `why` says why it is optional. */
  | 'optional-code'
  /** Another defensible first-listed diagnosis was listed first; `why` says why. */
  | 'accepted-first'
  /** Another defensible modifier set was used on a key line; `why` says why. */
  | 'accepted-modifiers'
  /** A key code was not reported at all. */
  | 'missing-code'
  /** A reported code is not in the key. */
  | 'extra-code'
  /** The same code was reported twice. */
  | 'duplicate-code'
  /** The same service (code and modifiers) on more than one line; its units were added up and graded once. */
  | 'repeated-line'
  /** A code in the wrong list: a CPT/HCPCS code among the diagnoses, or a diagnosis on a procedure line. */
  | 'misplaced-code'
  /** A wrong code the exercise names as a common mistake in place of a key code: no credit for that item, no extra penalty. */
  | 'substituted'
  /** Right category, wrong subcategory or code. */
  | 'wrong-specificity'
  /** Right code but the 7th character (encounter, healing, sequela...) is wrong or missing. */
  | 'seventh-character'
  /** Right condition on the wrong side (right/left/bilateral). */
  | 'laterality'
  /** The placeholder X needed before a 7th character is missing. */
  | 'placeholder'
  /** Characters added after a complete code (M06.9X, M06.90, S13.4XXXA): not a code. */
  | 'extra-characters'
  /** The code is a header (category/subcategory), not valid on a claim. */
  | 'header-code'
  /** The code is not valid on the date of service (deleted, not yet in effect, or not a code). */
  | 'invalid-on-date'
  /** Not shaped like a code of its system at all. */
  | 'bad-syntax'
  /** Wrong first-listed diagnosis or wrong order. */
  | 'sequence'
  /** Two reported codes that an Excludes1 note forbids together. */
  | 'excludes1'
  /** Wrong modifiers on a line. */
  | 'modifier'
  /** A modifier that does not exist. */
  | 'unknown-modifier'
  /** Wrong units on a line. */
  | 'units'
  /** Units typed that are not a number of units ("-4", "abc", "4 mg"). */
  | 'unreadable-units'
  /** A listed common mistake matched but no other finding carried its feedback. */
  | 'mistake';

/** How much a finding matters. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** One observation about an attempt. */
export interface CodingFinding {
  /** What kind of observation. */
  code: CodingFindingCode;
  /** error: costs points or would reject a claim; warning: worth fixing; info: confirmation. */
  severity: FindingSeverity;
  /** Where in the attempt, e.g. "diagnoses[0]" or "lines[1].modifiers". */
  path: string;
  /** What the key expects (a code, modifiers joined by commas, or units). */
  expected?: string;
  /** What the student gave. */
  received?: string;
  /** For modifier/units findings: the code of the line concerned. */
  line?: string;
  /** For unreadable-units: why (negative, not-a-number, with-text, too-large). */
  problem?: 'negative' | 'not-a-number' | 'with-text' | 'too-large';
  /** For excludes1: the other reported code of the conflicting pair. */
  conflictsWith?: string;
  /**
   * For extra-code: why the extra is a known kind of over-coding (a symptom beside a confirmed
   * diagnosis). For bad-syntax and extra-code: 'words', a description typed where a code belongs.
   */
  reason?: 'symptom-of-confirmed' | 'words';
  /** Targeted feedback from a matching common mistake in the exercise. */
  feedback?: string;
  /** For alternate, optional-code, accepted-first and accepted-modifiers: the author's reason the answer is also acceptable. */
  why?: string;
  /** Guideline section the feedback cites. */
  guideline?: string;
  /** Official title of the received code when known, for the wording. */
  receivedTitle?: string;
  /** Official title of the expected code when known. */
  expectedTitle?: string;
  /** Points this finding gained (positive) or cost (negative) relative to its item. */
  points?: number;
}
