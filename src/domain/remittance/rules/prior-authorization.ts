import type { AdjudicationRule } from '../types.ts';

/** A code on the payer's prior-authorization list without an authorization number (item 23) is denied CO-197. */
export const priorAuthorizationRule: AdjudicationRule = {
  id: 'prior-authorization',
  summary: "A code on the payer's prior-authorization list, billed without an authorization number in item 23, is denied CO-197.",
  carcs: ['197'],
  check({ claim, payer, lines }) {
    if (claim.priorAuthorization?.trim()) return [];
    return lines.filter((l) => payer.priorAuthorization.includes(l.procedure)).map((l) => ({ index: l.index, group: 'CO' as const, carc: '197', data: { code: l.procedure } }));
  },
};
