import type { AdjudicationRule } from '../types.ts';
import { memberKey } from './helpers.ts';

/**
 * A line the payer already adjudicated (same member, code, modifiers and date, on a claim that
 * was not reversed) is denied CO-18. A replacement claim is compared without the claim it replaces.
 */
export const duplicateRule: AdjudicationRule = {
  id: 'duplicate',
  summary: 'A line already adjudicated on an earlier claim for the same member, code, modifiers and date is denied CO-18.',
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
      return hit ? [{ index: l.index, group: 'CO' as const, carc: '18', data: { original: hit.payerClaimNumber } }] : [];
    });
  },
};
