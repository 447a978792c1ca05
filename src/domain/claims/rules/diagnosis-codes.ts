import { serviceDates } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { normalizeIcd } from '../normalize.ts';

const ID = 'diagnosis-codes';
const HEADER_REF = 'ICD-10-CM Guidelines I.B.2 (level of detail) and IV.F.2';

/** Item 21 holds 1 to 12 ICD-10-CM codes, each valid (billable) on every date of service. */
export const diagnosisCodesRule: ClaimRule = {
  id: ID,
  summary: 'Item 21 has 1 to 12 diagnosis codes, each valid on the date of service (not a header, not deleted, no gaps).',
  check(claim, { codes, asOf }) {
    const out: ClaimFinding[] = [];
    const filled = claim.diagnoses.filter((c) => c.trim() !== '');
    if (filled.length === 0) return [finding(ID, 'none', '21', ['diagnoses'])];
    const lastFilled = claim.diagnoses.findLastIndex((c) => c.trim() !== '');
    claim.diagnoses.forEach((raw, i) => {
      const letter = 'ABCDEFGHIJKL'[i] ?? '?';
      if (raw.trim() === '') {
        if (i < lastFilled) out.push(finding(ID, 'gap', '21', ['diagnoses', i], { letter }));
        return;
      }
      const seen = claim.diagnoses.findIndex((c) => normalizeIcd(c) === normalizeIcd(raw));
      if (seen < i) {
        out.push(finding(ID, 'duplicate', '21', ['diagnoses', i], { letter, code: normalizeIcd(raw), first: 'ABCDEFGHIJKL'[seen] ?? '?' }, { severity: 'warning' }));
        return;
      }
      // A code is checked once per distinct date of service; a claim spanning 2026-09-30 and
      // 2026-10-01 crosses fiscal years and may be valid on one date only.
      const dates = serviceDates(claim);
      for (const date of dates.length ? dates : [asOf]) {
        const check = codes.checkIcd(raw, date);
        if (check.status === 'valid') continue;
        out.push(
          finding(ID, check.status, '21', ['diagnoses', i], { letter, code: check.code, date, year: check.year }, {
            reference: check.status === 'header' ? HEADER_REF : 'ICD-10-CM Guidelines I.B.2; CDC/NCHS ICD-10-CM code list for the fiscal year of the date of service',
          }),
        );
        break;
      }
    });
    return out;
  },
};
