import type { AdjudicationRule } from '../types.ts';
import { coordinationOfBenefitsRule } from './coordination-of-benefits.ts';
import { duplicateRule } from './duplicate.ts';
import { eligibilityRule } from './eligibility.ts';
import { exclusionsRule } from './exclusions.ts';
import { feeScheduleRule } from './fee-schedule.ts';
import { frequencyRule } from './frequency.ts';
import { medicalNecessityRule } from './medical-necessity.ts';
import { missingInformationRule } from './missing-information.ts';
import { ncciMueRule } from './ncci-mue.ts';
import { ncciPtpRule } from './ncci-ptp.ts';
import { networkRule } from './network.ts';
import { priorAuthorizationRule } from './prior-authorization.ts';
import { relatedCauseRule } from './related-cause.ts';
import { timelyFilingRule } from './timely-filing.ts';

/**
 * Denial rules in the order a payer applies them; the first rule that denies a line decides
 * its CARC (a line past timely filing is not also reviewed for medical necessity). Lines no
 * rule denies are priced (price.ts) and cost-shared (cost-share.ts).
 */
export const ADJUDICATION_RULES: readonly AdjudicationRule[] = [
  missingInformationRule,
  relatedCauseRule,
  coordinationOfBenefitsRule,
  eligibilityRule,
  timelyFilingRule,
  duplicateRule,
  networkRule,
  priorAuthorizationRule,
  exclusionsRule,
  feeScheduleRule,
  medicalNecessityRule,
  ncciPtpRule,
  ncciMueRule,
  frequencyRule,
];
