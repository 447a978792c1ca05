import { demographicEditsFor } from '../../claims/demographic-edits.ts';
import { ageOn, parseDate } from '../../claims/normalize.ts';
import { dotIcd } from '../../codes/normalize.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';
import { skipsSexEdit } from './helpers.ts';

/**
 * The payer's diagnosis edits for the patient: a line whose pointed diagnosis cannot be right
 * for the patient's sex (item 3) is denied CARC 10 (the X12 list: the diagnosis is inconsistent
 * with the patient's gender), one outside the diagnosis's age range (item 3 birth date, on the
 * line's date of service) CARC 9 (inconsistent with the patient's age). Group CO: the provider
 * sent data that contradict each other and may not bill the patient; either the registration
 * (item 3) or the diagnosis is wrong, and the corrected claim fixes whichever it is.
 *
 * The table is the scrubber's (claims/demographic-edits.ts, one source of truth), and only its
 * `error` rows deny: a `warning` row (chapter 16 perinatal codes after the first year, which
 * may follow a patient for life, ICD-10-CM I.C.16.a.1) is a prompt to check, never a denial.
 * The scrubber looks at every diagnosis in item 21; the payer judges a line by the diagnoses it
 * points to (24E), as it pays lines. A line with both conflicts gets CO-10: fixing the sex is
 * the first question. No remark code: ClaimLab ships only remark codes with a named source.
 * Medicare's route for a beneficiary whose sex-specific care is right although item 3 differs
 * (CMS Change Request 6638, summarised 2026-11-30): modifier KX on the professional claim line
 * (condition code 45 on institutional claims), so the Medicare profile skips the sex check on a
 * line with KX; the age check still applies. Commercial plans follow their own policy (appeal).
 */
export const diagnosisAgeSexRule: AdjudicationRule = {
  id: 'diagnosis-age-sex',
  summary: "A line whose diagnosis cannot be right for the patient's sex is denied CO-10, for the patient's age CO-9 (the scrubber's error rows only).",
  carcs: ['9', '10'],
  check({ claim, lines, payer }) {
    const out: LineDenial[] = [];
    const birth = parseDate(claim.patient.birthDate);
    const sex = claim.patient.sex;
    for (const l of lines) {
      const conflicts = l.diagnoses.flatMap((code) =>
        demographicEditsFor(code)
          .filter((row) => row.severity === 'error')
          .flatMap((row): LineDenial[] => {
            const dotted = dotIcd(code);
            const found: LineDenial[] = [];
            const sexOverride = skipsSexEdit(payer, l.modifiers);
            if (row.sex && sex && row.sex !== sex && !sexOverride) found.push({ index: l.index, group: 'CO', carc: '10', data: { code: dotted, topic: row.topic, expected: row.sex, actual: sex } });
            if (row.ages && birth && l.from && l.from >= birth) {
              const age = ageOn(birth, l.from);
              if (age < row.ages.min || age > row.ages.max) found.push({ index: l.index, group: 'CO', carc: '9', data: { code: dotted, topic: row.topic, age, min: row.ages.min, max: row.ages.max } });
            }
            return found;
          }),
      );
      const first = conflicts.find((d) => d.carc === '10') ?? conflicts[0];
      if (first) out.push(first);
    }
    return out;
  },
};
