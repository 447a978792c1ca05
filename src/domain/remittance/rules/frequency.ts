import type { AdjudicationRule, LineDenial } from '../types.ts';
import { memberKey } from './helpers.ts';

/**
 * Benefit frequency limits: units paid earlier in the period (history, then earlier lines of
 * this claim) count toward the limit; a line that would pass it is denied CO-119.
 */
export const frequencyRule: AdjudicationRule = {
  id: 'frequency',
  summary: 'A line that would pass a benefit frequency limit (per day or per calendar year) is denied CO-119.',
  carcs: ['119'],
  check({ claim, payer, account, lines }) {
    const out: LineDenial[] = [];
    const replaced = claim.resubmission?.originalRef?.trim();
    const reversed = new Set(account.history.filter((p) => p.statusCode === '22').map((p) => p.payerClaimNumber));
    const earlier = account.history
      .filter((p) => p.statusCode !== '22' && !reversed.has(p.payerClaimNumber) && p.payerClaimNumber !== replaced && memberKey(p.memberId) === memberKey(claim.insuredId))
      .flatMap((p) => p.lines.filter((pl) => pl.allowedCents > 0).map((pl) => ({ procedure: pl.procedure, from: pl.from, units: pl.units })));
    for (const limit of payer.frequencyLimits) {
      const used = [...earlier];
      for (const l of lines) {
        if (!limit.procedures.includes(l.procedure)) continue;
        const same = (d: string) => (limit.per === 'day' ? d === l.from : d.slice(0, 4) === l.from.slice(0, 4));
        const count = used.filter((u) => limit.procedures.includes(u.procedure) && same(u.from)).reduce((n, u) => n + u.units, 0);
        if (count + l.units > limit.max) out.push({ index: l.index, group: 'CO', carc: '119', data: { max: limit.max, per: limit.per, used: count } });
        else used.push({ procedure: l.procedure, from: l.from, units: l.units });
      }
    }
    return out;
  },
};
