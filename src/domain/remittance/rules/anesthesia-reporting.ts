import { anesthesiaModifier, pricedFromMinutes } from '../anesthesia.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';
import { returnClaimUnprocessable } from './helpers.ts';

/**
 * A payer that prices anesthesia from minutes (feeSchedule.anesthesia, the Medicare way: Pub.
 * 100-04 ch. 12, section 50) needs two facts on every anesthesia line it has base units for: the
 * anesthesia time in whole minutes in 24G (50.G), and a pricing modifier that says who furnished
 * it (AA, QZ, QK, QY, QX or AD; 50.I). Without them it cannot price the line: CO-16, and Medicare
 * returns the whole claim as unprocessable (MA130), as the missing-information rule does.
 * A blank or zero 24G on such a line is reported here, in anesthesia words, not as "units".
 */
/** MA130 for Medicare, and M53 when the minutes (24G) are what is missing (CARC 16 asks for a remark code). */
function anesthesiaRemarks(problem: string, medicare: boolean): string[] {
  return [...(medicare ? ['MA130'] : []), ...(problem === 'anesthesia-minutes' ? ['M53'] : [])];
}

export const anesthesiaReportingRule: AdjudicationRule = {
  id: 'anesthesia-reporting',
  summary: 'An anesthesia line to a payer that prices anesthesia from minutes needs whole minutes in 24G and a pricing modifier (AA, QZ, QK, QY, QX, AD); otherwise CO-16 (MA130 for Medicare).',
  carcs: ['16'],
  check(context) {
    const { payer, lines, claim } = context;
    const out: LineDenial[] = [];
    for (const l of lines) {
      if (!pricedFromMinutes(payer, l.procedure)) continue;
      const value = claim.lines[l.index]?.units.trim() ?? '';
      const problem = !(Number.isInteger(l.units) && l.units > 0) ? 'anesthesia-minutes' : !anesthesiaModifier(l.modifiers) ? 'anesthesia-modifier' : undefined;
      if (problem) out.push({ index: l.index, group: 'CO', carc: '16', data: { problem, line: l.index + 1, code: l.procedure, value, modifiers: l.modifiers.join(', ') }, remarks: anesthesiaRemarks(problem, payer.returnsUnprocessable) });
    }
    return payer.returnsUnprocessable ? returnClaimUnprocessable(context, out) : out;
  },
};
