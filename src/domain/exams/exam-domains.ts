/**
 * The exam content domains and certifications as plain constants, with no schema library, so
 * the exam page can name domains without loading the item schemas.
 */

/** Content domains an item is tagged with; exam blueprints count items per domain. */
export const EXAM_DOMAINS = [
  'icd10cm-conventions',
  'icd10cm-chapters',
  'cpt-em',
  'cpt-surgery',
  'cpt-ancillary',
  'hcpcs-modifiers',
  'medical-terminology-anatomy',
  'claims-cms1500',
  'revenue-cycle',
  'remittance-denials',
  'compliance-hipaa',
] as const;

/** One content domain. */
export type ExamDomain = (typeof EXAM_DOMAINS)[number];

/** Readable names of the domains, for score reports (one source of truth). */
export const DOMAIN_LABELS: Record<ExamDomain, string> = {
  'icd10cm-conventions': 'ICD-10-CM conventions and guidelines',
  'icd10cm-chapters': 'ICD-10-CM chapter-specific coding',
  'cpt-em': 'CPT evaluation and management',
  'cpt-surgery': 'CPT surgery',
  'cpt-ancillary': 'CPT radiology, laboratory and medicine',
  'hcpcs-modifiers': 'HCPCS Level II and modifiers',
  'medical-terminology-anatomy': 'Medical terminology and anatomy',
  'claims-cms1500': 'Claims and the CMS-1500',
  'revenue-cycle': 'Revenue cycle and insurance',
  'remittance-denials': 'Remittance, denials and appeals',
  'compliance-hipaa': 'Compliance, HIPAA and ethics',
};

/** Certifications an item helps prepare for. */
export const CERTIFICATIONS = ['CPC', 'CCA', 'CBCS', 'CPB'] as const;
