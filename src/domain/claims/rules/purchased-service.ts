import { finding, nuccRef, type ClaimRule } from '../findings.ts';
import { isBlank } from '../normalize.ts';

const ID = 'purchased-service';

/**
 * Item 20 "YES" with its charges on a claim of several lines. Item 20 holds one charge and does
 * not say which line was purchased, and the 837P carries it on that line (2400 PS1), so the export
 * leaves PS1 out (`ps1-which-line`). NUCC's item 20 reports each purchased service on a claim form
 * of its own (one charge), and Medicare each anti-markup test (Pub. 100-04 ch. 26, item 20). A
 * warning: the line under item 20 may be the only purchased one, and on the 837P Medicare accepts
 * several purchased tests, each with its own PS1.
 */
export const purchasedServiceRule: ClaimRule = {
  id: ID,
  summary: 'Item 20 YES with charges on a claim of several lines: which line was purchased is unclear (the 837P leaves PS1 out); NUCC and Medicare want each purchased service on a claim form of its own.',
  check(claim) {
    const lab = claim.outsideLab;
    if (!lab?.used || isBlank(lab.charges) || claim.lines.length < 2) return [];
    return [finding(ID, 'several-lines', '20', ['outsideLab', 'charges'], { charges: lab.charges?.trim() ?? '', lines: claim.lines.length }, { severity: 'warning', reference: `${nuccRef('20')}; CMS Medicare Claims Processing Manual, Chapter 26, item 20; 005010X222A1 loop 2400 PS1` })];
  },
};
