import type { ClaimRule } from '../findings.ts';
import { accidentDateRule } from './accident-date.ts';
import { diagnosisCodesRule } from './diagnosis-codes.ts';
import { diagnosisPointersRule } from './diagnosis-pointers.ts';
import { duplicateLinesRule } from './duplicate-lines.ts';
import { excludes1Rule } from './excludes1.ts';
import { firstListedDiagnosisRule } from './first-listed-diagnosis.ts';
import { formatsRule } from './formats.ts';
import { icdIndicatorRule } from './icd-indicator.ts';
import { lengthLimitsRule } from './length-limits.ts';
import { medicareItemsRule } from './medicare-items.ts';
import { modifiersRule } from './modifiers.ts';
import { ncciMueRule } from './ncci-mue.ts';
import { ncciPtpRule } from './ncci-ptp.ts';
import { npiCheckDigitRule } from './npi-check-digit.ts';
import { placeOfServiceRule } from './place-of-service.ts';
import { placeOfServiceFamilyRule } from './place-of-service-family.ts';
import { procedureAgeSexRule } from './procedure-age-sex.ts';
import { procedureCodesRule } from './procedure-codes.ts';
import { purchasedServiceRule } from './purchased-service.ts';
import { renderingNpiRule } from './rendering-npi.ts';
import { requiredItemsRule } from './required-items.ts';
import { resubmissionRule } from './resubmission.ts';
import { serviceDatesRule } from './service-dates.ts';
import { serviceFacilityRule } from './service-facility.ts';
import { sexAgeDiagnosisRule } from './sex-age-diagnosis.ts';
import { taxIdRule } from './tax-id.ts';
import { totalChargeRule } from './total-charge.ts';
import { unitsChargesRule } from './units-charges.ts';
import { wholeUnitsRule } from './whole-units.ts';

/** Every scrubber rule, in the order findings are listed. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  requiredItemsRule,
  medicareItemsRule,
  formatsRule,
  lengthLimitsRule,
  npiCheckDigitRule,
  renderingNpiRule,
  serviceFacilityRule,
  purchasedServiceRule,
  taxIdRule,
  icdIndicatorRule,
  diagnosisCodesRule,
  excludes1Rule,
  firstListedDiagnosisRule,
  sexAgeDiagnosisRule,
  diagnosisPointersRule,
  serviceDatesRule,
  accidentDateRule,
  placeOfServiceRule,
  placeOfServiceFamilyRule,
  procedureCodesRule,
  procedureAgeSexRule,
  modifiersRule,
  unitsChargesRule,
  wholeUnitsRule,
  totalChargeRule,
  duplicateLinesRule,
  ncciPtpRule,
  ncciMueRule,
  resubmissionRule,
];

/** Rule ids, including the shape check that runs before the rules. */
export const RULE_IDS: readonly string[] = ['claim-shape', ...CLAIM_RULES.map((r) => r.id)];
