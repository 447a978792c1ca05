import { pricedFromMinutes } from '../anesthesia.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';
import { denyAll, returnClaimUnprocessable } from './helpers.ts';

/**
 * Information the payer cannot adjudicate without. Medicare returns such a claim as
 * unprocessable (CO-16 with MA130: no appeal, send a new claim); other payers deny CO-16.
 * CARC 16's usage note asks for at least one remark code naming what is missing (PROBLEM_REMARK,
 * each with its source in codes.ts); the adjustment's data also names the missing item, which
 * describe.ts turns into words.
 */

/** The remark code that names each missing item (X12 RARC list; codes.ts has the sources). */
const PROBLEM_REMARK: Readonly<Record<string, string>> = {
  'member-id': 'N382',
  diagnosis: 'M76',
  pointer: 'M76',
  'service-date': 'M52',
  units: 'M53',
  charge: 'M79',
  'original-reference': 'M47',
};

/** Medicare's MA130 (unprocessable) first, then the remark naming the problem. */
export function missingInformationRemarks(problem: string, medicare: boolean): string[] {
  const remark = PROBLEM_REMARK[problem];
  return [...(medicare ? ['MA130'] : []), ...(remark ? [remark] : [])];
}

export const missingInformationRule: AdjudicationRule = {
  id: 'missing-information',
  summary: 'A claim without a member ID, a diagnosis, readable lines, or (for Medicare) with a replacement code is returned CO-16, with MA130 for Medicare.',
  carcs: ['16'],
  check(context) {
    const { claim, payer } = context;
    const medicare = payer.returnsUnprocessable;
    const claimLevel = (problem: string): LineDenial[] => denyAll(context, 'CO', '16', { problem }, missingInformationRemarks(problem, medicare));
    if (!claim.insuredId.trim()) return claimLevel('member-id');
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
      if (problem) out.push({ index: l.index, group: 'CO', carc: '16', data: { problem, line: l.index + 1 }, remarks: missingInformationRemarks(problem, medicare) });
    }
    return medicare ? returnClaimUnprocessable(context, out) : out;
  },
};
