import { serviceDates } from '../claim-facts.ts';
import { demographicEditsFor } from '../demographic-edits.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { ageOn, normalizeIcd, parseDate } from '../normalize.ts';

const ID = 'sex-age-diagnosis';

/** Sex- and age-specific diagnoses fit the patient in items 2 and 3 (table in demographic-edits.ts). */
export const sexAgeDiagnosisRule: ClaimRule = {
  id: ID,
  summary: 'Sex-specific and age-specific diagnoses (maternity, newborn, male or female organs) fit the patient.',
  check(claim) {
    const out: ClaimFinding[] = [];
    const birth = parseDate(claim.patient.birthDate);
    const date = serviceDates(claim)[0];
    const sex = claim.patient.sex;
    claim.diagnoses.forEach((raw, i) => {
      if (raw.trim() === '') return;
      const code = normalizeIcd(raw);
      for (const row of demographicEditsFor(code)) {
        const options = { severity: row.severity, reference: row.reference };
        if (row.sex && sex && row.sex !== sex) {
          out.push(finding(ID, 'sex', '21', ['diagnoses', i], { code, topic: row.topic, expected: row.sex, actual: sex }, options));
        }
        if (row.ages && birth && date) {
          const age = ageOn(birth, date);
          if (age < row.ages.min || age > row.ages.max) {
            out.push(finding(ID, 'age', '21', ['diagnoses', i], { code, topic: row.topic, age, min: row.ages.min, max: row.ages.max }, options));
          }
        }
      }
    });
    return out;
  },
};
