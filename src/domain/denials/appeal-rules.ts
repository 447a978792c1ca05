/**
 * The follow-up rules a denial exercise grades against, kept as data with their sources so the
 * grader, the describer and the docs share one table. Dated: figures checked 2026-11-29.
 */

/** What caused a denial or short payment: the teaching payer's rule ids plus the patient's share. */
export const CAUSES = [
  'missing-information',
  'unprocessable',
  'related-cause',
  'coordination-of-benefits',
  'eligibility',
  'timely-filing',
  'duplicate',
  'procedure-age-sex',
  'diagnosis-age-sex',
  'place-of-service',
  'modifier-requirements',
  'diagnosis-procedure',
  'place-of-service-limits',
  'network',
  'prior-authorization',
  'exclusions',
  'fee-schedule',
  'medical-necessity',
  'ncci-ptp',
  'ncci-mue',
  'frequency',
  'capitation',
  'patient-share',
] as const;
export type Cause = (typeof CAUSES)[number];

/** Cause labels shown in the worklist's choice list. */
export const CAUSE_LABELS: Record<Cause, string> = {
  'missing-information': 'Missing or invalid claim information',
  unprocessable: 'Returned as unprocessable (Medicare)',
  'related-cause': 'Not a work or auto injury on the claim',
  'coordination-of-benefits': 'Primary payer not billed first',
  eligibility: 'Patient not covered on the date of service',
  'timely-filing': 'Filed after the timely filing limit',
  duplicate: 'Duplicate of a claim already processed',
  'procedure-age-sex': "Procedure code does not fit the patient's age or sex",
  'diagnosis-age-sex': "Diagnosis does not fit the patient's age or sex",
  'place-of-service': 'Procedure code does not fit the place of service',
  'modifier-requirements': 'Required modifier missing or inconsistent with the code',
  'diagnosis-procedure': 'Diagnosis inconsistent with the procedure',
  'place-of-service-limits': 'Plan does not pay for the service in that setting',
  network: 'Provider out of network',
  'prior-authorization': 'No prior authorization',
  exclusions: 'Service excluded from the benefit',
  'fee-schedule': 'Code not on the fee schedule',
  'medical-necessity': 'Diagnosis does not support medical necessity',
  'ncci-ptp': 'Bundled into another service (NCCI PTP)',
  'ncci-mue': 'Units over the medically unlikely edit',
  frequency: 'Frequency limit reached',
  capitation: 'Covered under a capitation agreement (paid per member per month)',
  'patient-share': 'Patient responsibility (deductible, coinsurance, copay)',
};

/** What the biller does next. */
export const ACTIONS = ['replacement-claim', 'reopening', 'new-claim', 'appeal', 'write-off', 'bill-patient', 'bill-secondary', 'no-action'] as const;
export type DenialAction = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<DenialAction, string> = {
  'replacement-claim': 'Correct and send a replacement claim (frequency code 7 with the payer claim number)',
  reopening: 'Request a reopening (Medicare clerical error)',
  'new-claim': 'Correct and send a new claim (frequency code 1)',
  appeal: 'Appeal',
  'write-off': 'Write off with an adjustment',
  'bill-patient': 'Bill the patient',
  'bill-secondary': 'Bill the secondary payer',
  'no-action': 'Post the denial and close (nothing to recover on this claim)',
};

/** Appeal levels: the five Medicare Part B levels and the commercial plan's own levels. */
export const APPEAL_LEVELS = ['redetermination', 'reconsideration', 'alj', 'council', 'federal-court', 'commercial-first-level'] as const;
export type AppealLevel = (typeof APPEAL_LEVELS)[number];

export interface AppealLevelRule {
  label: string;
  /** Days to file, counted from the date the notice is received; null = set by the contract. */
  days: number | null;
  /** Minimum amount in controversy in dollars (CY2026), when the level has one. */
  amountInControversy?: number;
  source: string;
}

/**
 * Medicare Part B appeal levels. Receipt of a notice is presumed 5 days after its date
 * (42 CFR 405.942(a)(2)), so the redetermination deadline is the RA date + 5 + 120 days.
 * CY2026 amounts in controversy: ALJ $200, federal court $1,960 (CMS annual adjustment notice
 * CMS-4209-N, Federal Register 2025-12-04).
 */
export const APPEAL_LEVEL_RULES: Record<AppealLevel, AppealLevelRule> = {
  redetermination: { label: 'Medicare redetermination (level 1, the MAC)', days: 120, source: '42 CFR 405.942; CMS Pub. 100-04 ch. 29 §310' },
  reconsideration: { label: 'Medicare reconsideration (level 2, the QIC)', days: 180, source: '42 CFR 405.962; CMS Pub. 100-04 ch. 29 §320' },
  alj: { label: 'Administrative law judge hearing (level 3)', days: 60, amountInControversy: 200, source: '42 CFR 405.1014; CMS Pub. 100-04 ch. 29 §330; CY2026 amount in controversy $200 (CMS-4209-N, Federal Register 2025-12-04)' },
  council: { label: 'Medicare Appeals Council review (level 4)', days: 60, source: '42 CFR 405.1102; CMS Pub. 100-04 ch. 29 §340' },
  'federal-court': { label: 'Judicial review in federal district court (level 5)', days: 60, amountInControversy: 1960, source: '42 CFR 405.1136; CMS Pub. 100-04 ch. 29 §345; CY2026 amount in controversy $1,960 (CMS-4209-N, Federal Register 2025-12-04)' },
  'commercial-first-level': { label: 'Commercial plan first-level appeal (per the provider contract)', days: null, source: 'Provider contract (teaching contract terms in the exercise)' },
};

/** Days added to a notice date before the appeal window starts (presumed receipt). */
export const PRESUMED_RECEIPT_DAYS = 5;

/** The rule each action follows and its source, quoted in feedback. */
export const ACTION_RULES: Record<DenialAction, { rule: string; source: string }> = {
  'replacement-claim': { rule: 'A commercial payer takes a corrected claim as a replacement: item 22 frequency code 7 and the payer claim number of the original.', source: 'NUCC 1500 Claim Form Reference Instruction Manual, item 22; X12 837P CLM05-3' },
  reopening: { rule: 'Medicare does not accept frequency code 7 from Part B providers: a clerical error on a processed claim is fixed by a reopening.', source: 'CMS Pub. 100-04 ch. 34 (reopenings); 42 CFR 405.980' },
  'new-claim': { rule: 'A claim returned as unprocessable (CO-16, or CO-4 for a modifier, with MA130) or one that never entered adjudication has no appeal rights: correct it and send a new claim.', source: 'CMS Pub. 100-04 ch. 1 §80.3.2' },
  appeal: { rule: 'A denial on the merits (medical necessity, coverage) is appealed at the next level within its deadline.', source: 'CMS Pub. 100-04 ch. 29; 42 CFR 405.942, 405.962' },
  'write-off': { rule: 'A CO (contractual obligation) amount may not be billed to the patient: post it as an adjustment.', source: 'Provider participation agreement; 835 CAS group CO (X12 005010X221A1)' },
  'bill-patient': { rule: 'Bill the patient only for PR (patient responsibility) amounts: deductible, coinsurance, copay, or a service the patient agreed to pay (ABN with GA).', source: '835 CAS group PR (X12 005010X221A1); CMS Pub. 100-04 ch. 30 §50 (ABN, modifiers GA/GZ)' },
  'no-action': { rule: 'A duplicate denial (CARC 18, group OA under X12\'s usage note) means the original claim is on file: check its status and post the duplicate with no payment; sending it again only adds duplicates.', source: 'CARC 18 (X12 Claim Adjustment Reason Codes)' },
  'bill-secondary': { rule: 'When the patient has another plan, send the primary\'s payment (the 835 or EOB) to the secondary before billing the patient.', source: 'NUCC item 9-9d and 11d; 42 CFR 411 subpart B (Medicare secondary payer)' },
};
