import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { isBlank } from '../normalize.ts';

const ID = 'medicare-items';
const MANUAL = 'CMS Medicare Claims Processing Manual, Chapter 26, section 10.2, item';

/**
 * Medicare's own readings of items 4 and 11 (Pub. 100-04 Ch. 26). A blank item 11, a missing
 * item 32 and items 9-9d when 11d is yes are already required-items findings; this rule checks
 * that items 4 and 11 agree:
 * - item 11 "NONE" says Medicare is primary, so item 4 stays blank;
 * - item 11 with a group number says another insurer is primary, so item 4 names that insured.
 */
export const medicareItemsRule: ClaimRule = {
  id: ID,
  summary: 'Medicare items 4 and 11 agree: 11 NONE means item 4 is blank; an insurer primary to Medicare in 11 means item 4 names its insured.',
  check(claim) {
    if (claim.insuranceType !== 'medicare') return [];
    const out: ClaimFinding[] = [];
    const item11 = (claim.insured.policyGroup ?? '').trim().toUpperCase();
    const item4Filled = !isBlank(claim.insured.name.last) || !isBlank(claim.insured.name.first);
    if (item11 === 'NONE' && item4Filled) {
      out.push(finding(ID, 'item-4-with-none', '4', ['insured', 'name'], {}, { severity: 'warning', reference: `${MANUAL} 4` }));
    }
    if (item11 !== '' && item11 !== 'NONE' && !item4Filled) {
      out.push(finding(ID, 'item-4-missing-msp', '4', ['insured', 'name', 'last'], { group: item11 }, { reference: `${MANUAL} 4 and 11` }));
    }
    return out;
  },
};
