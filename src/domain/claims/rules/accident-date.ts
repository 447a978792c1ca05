import { finding, nuccRef, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { isBlank } from '../normalize.ts';
import { isAccidentClaim } from '../x12-837p.ts';

const ID = 'accident-date';
/** The 837P rule both checks rest on (005010X222A1 2300 DTP*439, accident date). */
const DTP439 = '005010X222A1 loop 2300 DTP*439 (accident date): required when CLM11 (items 10a-10c) is AA or OA, or EM for an accident';

/**
 * Items 10a-10c and the accident date agree, as the 837P needs them:
 * - an item 15 date under qualifier 439 (accident) on a claim whose items 10a-10c say no accident
 *   is left out of the 837P (DTP*439 goes only with an accident claim), so the payer never sees it:
 *   a warning, the date's qualifier or items 10b/10c are wrong;
 * - 10b (auto) or 10c (other accident) yes with no accident date (item 14 under 431, the onset
 *   of the injury, or item 15 under 439) leaves out a date the guide requires with CLM11 AA or OA:
 *   an error, which a clearinghouse or the payer's front end rejects;
 * - 10a (employment) yes with an accident cause code (V00-X58) and no accident date: the guide
 *   wants DTP*439 with CLM11 EM when the claim is the result of an accident, and the export leaves
 *   it out (`dtp439-no-date`); a warning, since only the cause code says it was an accident.
 */
export const accidentDateRule: ClaimRule = {
  id: ID,
  summary: 'An item 15 accident date (439) needs items 10a-10c to say accident; 10b or 10c yes needs the accident date (item 14 qualifier 431 or item 15 qualifier 439), and so does 10a yes with an accident cause code (V00-X58).',
  check(claim) {
    const out: ClaimFinding[] = [];
    const c = claim.conditionRelatedTo;
    const other = claim.otherDate;
    const item15Accident = other?.qualifier === '439' && !isBlank(other.date);
    if (item15Accident && !isAccidentClaim(claim)) {
      out.push(finding(ID, 'date-without-accident', '15', ['otherDate', 'qualifier'], { date: other.date.trim(), employment: c.employment }, { severity: 'warning', reference: `${nuccRef('10a-10c and 15')}; ${DTP439}` }));
    }
    const onset = claim.currentIllness;
    const item14Onset = onset?.qualifier === '431' && !isBlank(onset.date);
    if ((c.autoAccident || c.otherAccident) && !item14Onset && !item15Accident) {
      out.push(finding(ID, 'accident-without-date', '14', ['currentIllness', 'date'], { box: c.autoAccident ? '10b' : '10c', kind: c.autoAccident ? 'auto accident' : 'other accident', onset484: onset?.qualifier === '484' }, { reference: `${nuccRef('14 and 15')}; ${DTP439}` }));
    } else if (!c.autoAccident && !c.otherAccident && isAccidentClaim(claim) && !item14Onset && !item15Accident) {
      out.push(finding(ID, 'work-accident-without-date', '14', ['currentIllness', 'date'], {}, { severity: 'warning', reference: `${nuccRef('14 and 15')}; ${DTP439}` }));
    }
    return out;
  },
};
