import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'excludes1';

/** No two item 21 codes are joined by a known Excludes1 note. */
export const excludes1Rule: ClaimRule = {
  id: ID,
  summary: 'No two diagnosis codes in item 21 are forbidden together by an Excludes1 note.',
  check(claim, { codes }) {
    const out: ClaimFinding[] = [];
    const dx = claim.diagnoses.map((c) => c.trim()).filter((c) => c !== '');
    for (let i = 0; i < dx.length; i++) {
      for (let j = i + 1; j < dx.length; j++) {
        const a = dx[i] ?? '';
        const b = dx[j] ?? '';
        const hit = codes.excludes1(a, b);
        if (!hit) continue;
        out.push(
          finding(ID, 'conflict', '21', ['diagnoses', j], { code: hit.code, excluded: hit.excluded, note: hit.note, sourceYear: hit.sourceYear }, {
            reference: 'ICD-10-CM Guidelines I.A.12.a (Excludes1; exception when the conditions are unrelated)',
          }),
        );
      }
    }
    return out;
  },
};
