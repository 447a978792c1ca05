import type { ExplainedSegment } from '../claims/x12-837p.ts';
import type { SECONDARY_FIELDS } from './billing-exercise-schema.ts';
import type { EraReason, EraView } from './posting-types.ts';

/** Secondary and patient billing in the Perseus shape (public data, rubric, user input). */

export type SecondaryField = (typeof SECONDARY_FIELDS)[number];
export type SecondaryRoute = 'crossover' | 'send-claim';
/**
 * supplement: a Medicare supplement on the primary's PR amounts; msp: Medicare as secondary payer
 * (42 CFR 411.33); cob: a commercial plan second under the NAIC standard method; non-duplication:
 * a commercial plan second under non-duplication (carve-out); medicaid: Medicaid as payer of last
 * resort, the lesser-of method with the rest written off.
 */
export type SecondaryBasis = 'supplement' | 'msp' | 'cob' | 'non-duplication' | 'medicaid';
export const MONEY_FIELDS = ['secondaryPaid', 'otherPayerAdjustment', 'patientOwes', 'statementCharges', 'statementPrimaryPaid', 'statementAdjustments'] as const;
export type SecondaryMoneyField = (typeof MONEY_FIELDS)[number];

/** What the page renders: the primary's ERA and 835, and the secondary plan's name. */
export interface SecondaryPublicData {
  id: string;
  title: string;
  scenario: string;
  secondaryPlan: string;
  primaryEra: EraView;
  x835: { text: string; segments: ExplainedSegment[] };
}

/** The key (key.json), with the secondary's ERA to show after the first attempt. */
export interface SecondaryRubric {
  id: string;
  route: SecondaryRoute;
  /** How the secondary pays: a supplement on the primary's PR amounts, Medicare as secondary payer (42 CFR 411.33), a commercial plan under COB (the NAIC standard method or non-duplication), or Medicaid as payer of last resort. Absent in keys made before MSP: supplement. */
  basis?: SecondaryBasis;
  amounts: Record<SecondaryMoneyField, number>;
  /** The primary's PR reasons the secondary paid, and those left to the patient. */
  coveredByPlan: EraReason[];
  leftToPatient: EraReason[];
  /** The primary's CO/OA/PI reasons (never billed to anyone). */
  writtenOff: EraReason[];
  primaryPatientCents: number;
  secondaryEra: EraView;
  teachingPoints: string[];
}

export interface SecondaryUserInput {
  route: SecondaryRoute | '';
  secondaryPaid: string;
  otherPayerAdjustment: string;
  patientOwes: string;
  statementCharges: string;
  statementPrimaryPaid: string;
  statementAdjustments: string;
}

export type SecondaryInvalid = { code: 'empty' } | { code: 'route-missing' } | { code: 'unreadable-amount'; field: SecondaryMoneyField; value: string };

export type SecondaryFinding =
  | { code: 'route-wrong'; expected: SecondaryRoute; entered: SecondaryRoute; crossoverTo: string }
  | { code: 'amount-wrong'; field: SecondaryMoneyField; expectedCents: number; enteredCents: number }
  | { code: 'statement-unbalanced'; chargeCents: number; postedCents: number };

export type SecondaryScore =
  | { type: 'invalid'; reason: SecondaryInvalid }
  | { type: 'points'; earned: number; total: number; findings: SecondaryFinding[] };
