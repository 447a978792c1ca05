import { finding, type ClaimRule } from '../findings.ts';

const ID = 'icd-indicator';

/** Item 21 indicator must be 0 (ICD-10-CM); 9 (ICD-9-CM) is not accepted for services after 2015-09-30. */
export const icdIndicatorRule: ClaimRule = {
  id: ID,
  summary: 'Item 21 ICD indicator is 0 (ICD-10-CM).',
  check(claim) {
    const v = claim.icdIndicator.trim();
    if (v === '0') return [];
    return [finding(ID, v === '' ? 'missing' : v === '9' ? 'icd-9' : 'unknown', '21', ['icdIndicator'], { value: v })];
  },
};
