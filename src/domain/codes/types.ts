/**
 * Shared contract for code-set data. Everything that needs to know whether a code exists
 * (graders, scrubbers, content tests, islands) talks to a `CodeSetView`, never to files.
 */

/** Code systems ClaimLab knows. CPT numbers come only from our own teaching list. */
export type CodeSystem = 'icd10cm' | 'hcpcs' | 'cpt';

/** Status of a code on a date of service. */
export type CodeStatus =
  /** Valid for claims (billable) on that date. */
  | 'valid'
  /** Exists but is a header (category or subcategory): a more specific code must be used. */
  | 'header'
  /** Existed in an earlier year but was deleted before that date. */
  | 'deleted'
  /** Not a code in that year's set (includes codes added only in a later year). */
  | 'not-found'
  /** Not shaped like a code of that system at all. */
  | 'bad-syntax';

/** Result of checking one code for one date of service. */
export interface CodeCheck {
  /** Normalized code: upper case; ICD-10-CM dotted (E11.65); HCPCS five characters. */
  code: string;
  system: CodeSystem;
  status: CodeStatus;
  /** Official title (ICD-10-CM, HCPCS) or our own plain-language explanation (CPT). */
  title?: string;
  /** Fiscal or code-set year used for the check, e.g. 2027 for ICD-10-CM on 2026-10-01. */
  year: number;
  /** HCPCS only: the CMS quarterly release checked against, YYYY-MM. */
  release?: string;
}

/** An Excludes1 note that forbids reporting two codes together. */
export interface Excludes1Conflict {
  /** The code whose category carries the note. */
  code: string;
  /** The other code, which the note excludes. */
  excluded: string;
  /** The note text as printed. */
  note: string;
  /** Fiscal year of the tabular list the note was taken from (2025 or 2017). */
  sourceYear: number;
}

/** Read-only view over the code sets, for a given date of service passed per call. */
export interface CodeSetView {
  /** ICD-10-CM: FY2026 before 2026-10-01, FY2027 from then on. `date` is YYYY-MM-DD. */
  checkIcd(code: string, date: string): CodeCheck;
  /** HCPCS Level II procedure/supply/drug codes (not modifiers). */
  checkHcpcs(code: string, date: string): CodeCheck;
  /** CPT code numbers from ClaimLab's own teaching list (content/cpt/codes.yaml). */
  checkCpt(code: string, date: string): CodeCheck;
  /** HCPCS Level II modifier or CPT modifier number; undefined when unknown. */
  modifier(code: string): { code: string; title: string; system: 'hcpcs' | 'cpt' } | undefined;
  /**
   * Place of Service code (two digits), undefined when unassigned. `title` is a readable
   * title-case name; `description` the official CMS text.
   */
  placeOfService(code: string): { code: string; title: string; description?: string } | undefined;
  /** Known Excludes1 conflict between two ICD-10-CM codes, in either direction. */
  excludes1(a: string, b: string): Excludes1Conflict | undefined;
}
