/**
 * ClaimLab's own topic list: the fine-grained subjects every lesson, case and exam item is
 * counted under (exactly one primary topic each, so nothing is counted twice). Each
 * certification outline (content/blueprints/<cert>.yaml) maps its domains onto these topics,
 * which keeps tagging independent of any one exam's outline: a new lesson names one topic and
 * every readiness map and coverage table picks it up.
 */
export const TOPICS = {
  'cpt-conventions': 'CPT organisation, symbols, guidelines and unlisted codes',
  'cpt-surgery-general': 'CPT surgery: package, global periods and general rules',
  'cpt-integumentary': 'CPT surgery 10000 series: integumentary system',
  'cpt-musculoskeletal': 'CPT surgery 20000 series: musculoskeletal system',
  'cpt-respiratory-cardiovascular': 'CPT surgery 30000 series: respiratory, cardiovascular, hemic and lymphatic',
  'cpt-digestive': 'CPT surgery 40000 series: digestive system',
  'cpt-urinary-reproductive': 'CPT surgery 50000 series: urinary, reproductive, maternity and endocrine',
  'cpt-nervous-eye-ear': 'CPT surgery 60000 series: nervous system, eye and ear',
  anesthesia: 'Anesthesia',
  radiology: 'Radiology',
  'pathology-lab': 'Pathology and laboratory',
  medicine: 'Medicine section',
  em: 'Evaluation and management',
  terminology: 'Medical terminology',
  anatomy: 'Anatomy',
  'icd10cm-guidelines': 'ICD-10-CM structure, conventions and general guidelines',
  'icd10cm-chapters': 'ICD-10-CM chapter-specific coding',
  hcpcs: 'HCPCS Level II',
  modifiers: 'Modifiers',
  'icd10pcs': 'ICD-10-PCS inpatient procedure coding',
  'inpatient-coding': 'Inpatient facility coding (MS-DRG, UHDDS)',
  'health-records': 'Health records and documentation',
  'health-it': 'Health information technology',
  privacy: 'HIPAA privacy, security and confidentiality',
  compliance: 'Compliance programs, fraud and abuse, and ethics',
  'billing-regulations': 'Billing regulations and payer policy (NCD, LCD, Stark, debt collection)',
  'insurance-types': 'Types of insurance and payers',
  eligibility: 'Eligibility, benefits and prior authorization',
  'revenue-cycle': 'Revenue cycle and the coding profession',
  claims: 'Claims: CMS-1500 and 837P, UB-04 and 837I, scrubbing and submission',
  'reimbursement-methods': 'Reimbursement methods and fee schedules',
  'remittance-posting': 'Remittance advice and payment posting',
  'denials-appeals': 'Denials, corrected claims and appeals',
  collections: 'Patient accounts, A/R and collections',
  'case-analysis': 'Billing case analysis: whole-account scenarios across several steps',
  orientation: 'Careers, credentials and study skills (not an exam domain)',
} as const;

/** One ClaimLab topic id. */
export type Topic = keyof typeof TOPICS;

/** Every topic id, in display order. */
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];

/** Readable name of a topic (one source of truth). */
export function topicLabel(topic: Topic): string {
  return TOPICS[topic];
}
