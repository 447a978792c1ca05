import type { AdjudicationRule } from '../types.ts';
import { anesthesiaReportingRule } from './anesthesia-reporting.ts';
import { coordinationOfBenefitsRule } from './coordination-of-benefits.ts';
import { diagnosisAgeSexRule } from './diagnosis-age-sex.ts';
import { diagnosisProcedureRule } from './diagnosis-procedure.ts';
import { duplicateRule } from './duplicate.ts';
import { eligibilityRule } from './eligibility.ts';
import { exclusionsRule } from './exclusions.ts';
import { feeScheduleRule } from './fee-schedule.ts';
import { frequencyRule } from './frequency.ts';
import { medicalNecessityRule } from './medical-necessity.ts';
import { missingInformationRule } from './missing-information.ts';
import { modifierRequirementsRule } from './modifier-requirements.ts';
import { ncciMueRule } from './ncci-mue.ts';
import { ncciPtpRule } from './ncci-ptp.ts';
import { placeOfServiceRule } from './place-of-service.ts';
import { placeOfServiceLimitsRule } from './place-of-service-limits.ts';
import { networkRule } from './network.ts';
import { priorAuthorizationRule } from './prior-authorization.ts';
import { procedureAgeSexRule } from './procedure-age-sex.ts';
import { relatedCauseRule } from './related-cause.ts';
import { timelyFilingRule } from './timely-filing.ts';

/**
 * Denial rules in the order a payer applies them; the first rule that denies a line decides
 * its CARC (a line past timely filing is not also reviewed for medical necessity). The code
 * edits on the patient and the setting (procedure vs age/sex CARC 6/7, diagnosis vs
 * age/sex CARC 9/10, place of service CARC 5, a required modifier missing CARC 4, a diagnosis
 * inconsistent with the procedure CARC 11) run before
 * network, authorization and coverage: a miscoded line is denied for the code first. The plan's
 * site-of-service limits (CARC 58) come next: a line whose code and POS agree may still be in a
 * setting the plan does not pay for, which prior authorization cannot cure. Lines no
 * rule denies are priced (price.ts) and cost-shared (cost-share.ts).
 */
export const ADJUDICATION_RULES: readonly AdjudicationRule[] = [
  missingInformationRule,
  anesthesiaReportingRule,
  relatedCauseRule,
  coordinationOfBenefitsRule,
  eligibilityRule,
  timelyFilingRule,
  duplicateRule,
  procedureAgeSexRule,
  diagnosisAgeSexRule,
  placeOfServiceRule,
  modifierRequirementsRule,
  diagnosisProcedureRule,
  placeOfServiceLimitsRule,
  networkRule,
  priorAuthorizationRule,
  exclusionsRule,
  feeScheduleRule,
  medicalNecessityRule,
  ncciPtpRule,
  ncciMueRule,
  frequencyRule,
];
