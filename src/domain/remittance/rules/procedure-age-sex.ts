import { ageOn, parseDate } from '../../claims/normalize.ts';
import { preventiveBand, SEX_SPECIFIC } from '../../claims/rules/procedure-age-sex.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';
import { skipsSexEdit } from './helpers.ts';

/**
 * The payer's own code edits for the patient: a preventive medicine visit outside the patient's
 * age band (99381-99397) is denied CARC 6 (the X12 list: the procedure code does not fit the
 * patient's age), a sex-specific screening code for a patient of the other sex CARC 7 (does not
 * fit the patient's gender). Group CO: the provider billed the wrong code and may not bill the
 * patient; correct the code and send a corrected claim. These are adjudicated, so they come back
 * on the 835 as denials, never as 277CA rejections (issue 14, point 2). The tables are the
 * scrubber's (src/domain/claims/rules/procedure-age-sex.ts), so the scrubber warns about exactly
 * what the payer denies. Medicare's route for a beneficiary whose sex-specific care is right
 * although item 3 differs is modifier KX on the line (CMS Change Request 6638), so the Medicare
 * profile skips the sex check on a line with KX, as `diagnosis-age-sex` does; the age check stays.
 */
export const procedureAgeSexRule: AdjudicationRule = {
  id: 'procedure-age-sex',
  summary: "A preventive visit code outside the patient's age band is denied CO-6; a sex-specific screening code for a patient of the other sex CO-7 (Medicare: not on a line with KX).",
  carcs: ['6', '7'],
  check({ claim, lines, payer }) {
    const out: LineDenial[] = [];
    const birth = parseDate(claim.patient.birthDate);
    const sex = claim.patient.sex;
    for (const l of lines) {
      const band = preventiveBand(l.procedure);
      if (band && birth && l.from && l.from >= birth) {
        const age = ageOn(birth, l.from);
        if (age < band.min || age > band.max) {
          out.push({ index: l.index, group: 'CO', carc: '6', data: { code: l.procedure, age, band: band.band } });
          continue;
        }
      }
      const row = SEX_SPECIFIC[l.procedure];
      const sexOverride = skipsSexEdit(payer, l.modifiers);
      if (row && sex && sex !== row.sex && !sexOverride) out.push({ index: l.index, group: 'CO', carc: '7', data: { code: l.procedure, topic: row.topic, expected: row.sex, actual: sex } });
    }
    return out;
  },
};
