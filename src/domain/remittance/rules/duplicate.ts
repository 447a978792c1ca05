import type { AdjudicationRule } from '../types.ts';
import { memberKey } from './helpers.ts';

/**
 * A line the payer already adjudicated (same member, code, modifiers and date, on a claim that
 * was not reversed) is denied OA-18. A replacement claim is compared without the claim it replaces.
 * Group OA: X12's CARC 18 reads "Exact duplicate claim/service" with the usage note "Use only with
 * Group Code OA except where state workers' compensation regulations requires CO" (as a Medicare
 * contractor quotes it: Palmetto GBA, "CARC 18" denial resolution page, published 2021-04-02, read
 * 2026-12-01; ClaimLab's CSV copy of the list still carries the older "Duplicate claim/service").
 * Either way the patient owes nothing for it.
 */
export const duplicateRule: AdjudicationRule = {
  id: 'duplicate',
  summary: 'A line already adjudicated on an earlier claim for the same member, code, modifiers and date is denied OA-18.',
  carcs: ['18'],
  check({ claim, account, lines }) {
    const replaced = claim.resubmission?.originalRef?.trim();
    const reversed = new Set(account.history.filter((p) => p.statusCode === '22').map((p) => p.payerClaimNumber));
    const prior = account.history.filter(
      (p) => p.statusCode !== '22' && p.outcome !== 'returned-unprocessable' && !reversed.has(p.payerClaimNumber) && p.payerClaimNumber !== replaced && memberKey(p.memberId) === memberKey(claim.insuredId),
    );
    return lines.flatMap((l) => {
      const key = `${l.procedure}|${l.modifiers.join(':')}|${l.from}`;
      const hit = prior.find((p) => p.lines.some((pl) => `${pl.procedure}|${pl.modifiers.join(':')}|${pl.from}` === key));
      return hit ? [{ index: l.index, group: 'OA' as const, carc: '18', data: { original: hit.payerClaimNumber } }] : [];
    });
  },
};
