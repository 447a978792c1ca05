/**
 * Sex- and age-specific diagnosis table, a small teaching subset in the spirit of the CMS
 * Medicare Code Editor (MCE) sex and age conflict edits. Each row names ICD-10-CM category
 * prefixes; a code matches a row when it starts with one of them.
 */

/** One row of the table. */
export interface DemographicEdit {
  /** Category prefixes, e.g. "C61" or "O" (the whole chapter). */
  prefixes: readonly string[];
  /** What the row is about, in our words. */
  topic: string;
  /** Sex the diagnoses apply to, when sex-specific. */
  sex?: 'M' | 'F';
  /** Inclusive age range in whole years on the date of service. */
  ages?: { min: number; max: number };
  /** error: cannot be right; warning: unusual, check the record. */
  severity: 'error' | 'warning';
  reference: string;
}

/** The table. Rows are facts of anatomy or of guideline text cited in `reference`. */
export const DEMOGRAPHIC_EDITS: readonly DemographicEdit[] = [
  { prefixes: ['C60', 'C61', 'C62', 'C63'], topic: 'cancer of a male genital organ (penis, prostate, testis, other)', sex: 'M', severity: 'error', reference: 'CMS Medicare Code Editor, sex conflict edit (teaching subset)' },
  { prefixes: ['N40', 'N41', 'N42', 'N43', 'N44', 'N45', 'N46', 'N47', 'N48', 'N49', 'N50', 'N51', 'N52', 'N53'], topic: 'disease of a male genital organ (N40-N53)', sex: 'M', severity: 'error', reference: 'CMS Medicare Code Editor, sex conflict edit (teaching subset)' },
  { prefixes: ['C51', 'C52', 'C53', 'C54', 'C55', 'C56', 'C57', 'C58'], topic: 'cancer of a female genital organ (vulva, vagina, cervix, uterus, ovary, other, placenta)', sex: 'F', severity: 'error', reference: 'CMS Medicare Code Editor, sex conflict edit (teaching subset)' },
  { prefixes: ['N70', 'N71', 'N72', 'N73', 'N74', 'N75', 'N76', 'N77', 'N80', 'N81', 'N82', 'N83', 'N84', 'N85', 'N86', 'N87', 'N88', 'N89', 'N90', 'N91', 'N92', 'N93', 'N94', 'N95', 'N96', 'N97', 'N98'], topic: 'disease of a female pelvic or genital organ (N70-N98), e.g. endometriosis N80', sex: 'F', severity: 'error', reference: 'CMS Medicare Code Editor, sex conflict edit (teaching subset)' },
  { prefixes: ['O'], topic: 'pregnancy, childbirth and the puerperium (chapter 15)', sex: 'F', ages: { min: 12, max: 55 }, severity: 'error', reference: 'ICD-10-CM Guidelines I.C.15.a.2 (maternal record only); CMS Medicare Code Editor maternity edit; ages 12-55 is this teaching table\'s range' },
  { prefixes: ['Z33', 'Z34'], topic: 'pregnant state or supervision of normal pregnancy', sex: 'F', ages: { min: 12, max: 55 }, severity: 'error', reference: 'CMS Medicare Code Editor, sex and maternity edits (teaching subset)' },
  // Chapter 16 codes may follow a patient for life (I.C.16.a.1), so this is only a prompt to check.
  { prefixes: ['P'], topic: 'condition originating in the perinatal period (chapter 16)', ages: { min: 0, max: 0 }, severity: 'warning', reference: 'ICD-10-CM Guidelines I.C.16.a.1 (chapter 16 codes may be used later in life only if the condition is still present)' },
];

/** The rows a dotted or undotted ICD-10-CM code matches. */
export function demographicEditsFor(code: string): DemographicEdit[] {
  const c = code.toUpperCase().replace('.', '');
  return DEMOGRAPHIC_EDITS.filter((row) => row.prefixes.some((p) => c.startsWith(p)));
}
