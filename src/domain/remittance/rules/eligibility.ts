import type { AdjudicationRule, LineDenial } from '../types.ts';
import { findMember } from './helpers.ts';

/** Services before coverage starts are denied CARC 26, after it ends CARC 27. */
export const eligibilityRule: AdjudicationRule = {
  id: 'eligibility',
  summary: 'A service before the member was covered is denied CO-26; after coverage ended, CO-27.',
  carcs: ['26', '27'],
  check({ claim, payer, lines }) {
    const member = findMember(payer, claim.insuredId);
    const start = member ? member.start : payer.eligibility.planStart;
    const end = member ? member.end : payer.eligibility.planEnd;
    const out: LineDenial[] = [];
    for (const l of lines) {
      if (l.from < start) out.push({ index: l.index, group: 'CO', carc: '26', data: { start, date: l.from } });
      else if (end && l.from > end) out.push({ index: l.index, group: 'CO', carc: '27', data: { end, date: l.from } });
    }
    return out;
  },
};
