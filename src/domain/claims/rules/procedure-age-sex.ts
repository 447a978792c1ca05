import { lineDate, procedureKey } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { ageOn, parseDate } from '../normalize.ts';

const ID = 'procedure-age-sex';

/** Preventive medicine visit age bands (new 99381-99387, established 99391-99397). */
const PREVENTIVE_BANDS: readonly { codes: [string, string]; min: number; max: number; band: string }[] = [
  { codes: ['99381', '99391'], min: 0, max: 0, band: 'under 1 year' },
  { codes: ['99382', '99392'], min: 1, max: 4, band: '1 through 4 years' },
  { codes: ['99383', '99393'], min: 5, max: 11, band: '5 through 11 years' },
  { codes: ['99384', '99394'], min: 12, max: 17, band: '12 through 17 years' },
  { codes: ['99385', '99395'], min: 18, max: 39, band: '18 through 39 years' },
  { codes: ['99386', '99396'], min: 40, max: 64, band: '40 through 64 years' },
  { codes: ['99387', '99397'], min: 65, max: 200, band: '65 years and older' },
];
const PREVENTIVE_SOURCE = 'AMA CPT preventive medicine services 99381-99397 (age bands by code number); CMS NCCI Policy Manual Ch. XI';

/** Clearly sex-specific HCPCS screening codes, from their CMS descriptors (a small teaching table). */
export const SEX_SPECIFIC: Readonly<Record<string, { sex: 'M' | 'F'; topic: string; source: string }>> = {
  G0101: { sex: 'F', topic: 'cervical or vaginal cancer screening with pelvic and breast exam', source: 'CMS HCPCS Level II G0101; Medicare Claims Processing Manual Ch. 18, section 30' },
  Q0091: { sex: 'F', topic: 'screening Pap smear collection', source: 'CMS HCPCS Level II Q0091; Medicare Claims Processing Manual Ch. 18, section 30' },
  G0102: { sex: 'M', topic: 'prostate cancer screening by digital rectal exam', source: 'CMS HCPCS Level II G0102; Medicare Claims Processing Manual Ch. 18, section 50' },
  G0103: { sex: 'M', topic: 'prostate cancer screening PSA test', source: 'CMS HCPCS Level II G0103; Medicare Claims Processing Manual Ch. 18, section 50' },
};

/** The preventive band of a code, if it is a preventive medicine visit. */
export function preventiveBand(code: string) {
  return PREVENTIVE_BANDS.find((b) => b.codes.includes(code));
}

/** Procedures fit the patient's age (preventive visits) and sex (sex-specific screenings). */
export const procedureAgeSexRule: ClaimRule = {
  id: ID,
  summary: 'Preventive medicine visits (99381-99397) match the patient\'s age band, and sex-specific screening codes match item 3.',
  check(claim) {
    const out: ClaimFinding[] = [];
    const birth = parseDate(claim.patient.birthDate);
    const sex = claim.patient.sex;
    claim.lines.forEach((line, i) => {
      const code = procedureKey(line);
      const path = ['lines', i, 'procedure'];
      const band = preventiveBand(code);
      const date = lineDate(line);
      if (band && birth && date && date >= birth) {
        const age = ageOn(birth, date);
        if (age < band.min || age > band.max) {
          const right = PREVENTIVE_BANDS.find((b) => age >= b.min && age <= b.max);
          const suggestion = right ? right.codes[band.codes.indexOf(code)] ?? '' : '';
          out.push(finding(ID, 'age', '24D', path, { line: i + 1, code, age, band: band.band, suggestion }, { reference: PREVENTIVE_SOURCE }));
        }
      }
      const sexRow = SEX_SPECIFIC[code];
      if (sexRow && sex && sex !== sexRow.sex) {
        out.push(finding(ID, 'sex', '24D', path, { line: i + 1, code, topic: sexRow.topic, expected: sexRow.sex, actual: sex }, { reference: sexRow.source }));
      }
    });
    return out;
  },
};
