import { pricedFromMinutes } from '../anesthesia.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';
import { denyAll } from './helpers.ts';

/**
 * Information the payer cannot adjudicate without. Medicare returns such a claim as
 * unprocessable (CO-16 with MA130: no appeal, send a new claim); other payers deny CO-16.
 * CARC 16's usage note asks for a remark code naming what is missing; ClaimLab adds only remark
 * codes it has a source for (codes.ts: MA130, N382 for a missing member ID) and otherwise names
 * the missing item in the adjustment's data, which describe.ts turns into words.
 */
export const missingInformationRule: AdjudicationRule = {
  id: 'missing-information',
  summary: 'A claim without a member ID, a diagnosis, readable lines, or (for Medicare) with a replacement code is returned CO-16, with MA130 for Medicare.',
  carcs: ['16'],
  check(context) {
    const { claim, payer } = context;
    const medicare = payer.returnsUnprocessable;
    const claimLevel = (problem: string, remark?: string): LineDenial[] =>
      denyAll(context, 'CO', '16', { problem }, [...(medicare ? ['MA130'] : []), ...(remark ? [remark] : [])]);
    if (!claim.insuredId.trim()) return claimLevel('member-id', 'N382');
    if (!claim.diagnoses.some((d) => d.trim())) return claimLevel('diagnosis');
    if (context.lines.length === 0) return [];
    const code = claim.resubmission?.code.trim();
    if (code === '7' || code === '8') {
      if (!payer.acceptsReplacementClaims) return claimLevel('replacement-not-accepted');
      if (!claim.resubmission?.originalRef?.trim()) return claimLevel('original-reference');
    }
    const out: LineDenial[] = [];
    for (const l of context.lines) {
      // 24G of a line priced from anesthesia minutes is judged by the anesthesia-reporting rule.
      const problem = !l.from ? 'service-date' : !pricedFromMinutes(payer, l.procedure) && !(l.units > 0) ? 'units' : !(l.chargeCents > 0) ? 'charge' : l.diagnoses.length === 0 ? 'pointer' : undefined;
      if (problem) out.push({ index: l.index, group: 'CO', carc: '16', data: { problem }, remarks: medicare ? ['MA130'] : [] });
    }
    // Medicare returns the whole claim when any line is unprocessable.
    return medicare && out.length > 0 ? claimLevel(String(out[0]?.data?.problem)) : out;
  },
};
