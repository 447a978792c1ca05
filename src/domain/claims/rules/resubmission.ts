import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'resubmission';

/** Item 22 carries frequency code 7 or 8 with the payer's original reference number. */
export const resubmissionRule: ClaimRule = {
  id: ID,
  summary: 'A corrected (7) or voided (8) claim gives the original reference number in item 22; original claims leave it blank.',
  check(claim) {
    const r = claim.resubmission;
    if (!r) return [];
    const out: ClaimFinding[] = [];
    const code = r.code.trim();
    if (code === '' && (r.originalRef ?? '').trim() === '') return [];
    if (code !== '7' && code !== '8') out.push(finding(ID, 'bad-code', '22', ['resubmission', 'code'], { value: code }));
    if ((r.originalRef ?? '').trim() === '') out.push(finding(ID, 'missing-original', '22', ['resubmission', 'originalRef'], { code }));
    if (claim.insuranceType === 'medicare') {
      out.push(finding(ID, 'medicare', '22', ['resubmission'], {}, { severity: 'warning', reference: 'CMS Medicare Claims Processing Manual, Chapter 26, item 22 (leave blank; not required by Medicare)' }));
    }
    return out;
  },
};
