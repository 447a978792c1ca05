import type { AdjudicationRule } from '../types.ts';
import { denyAll, isParticipating } from './helpers.ts';

/** A plan that pays nothing out of network (an HMO) denies a non-participating provider CO-242. */
export const networkRule: AdjudicationRule = {
  id: 'network',
  summary: 'A plan that pays nothing out of network (an HMO) denies claims from providers outside it (CO-242).',
  carcs: ['242'],
  check(context) {
    const p = context.payer.participation;
    return p.nonParticipating === 'out-of-network' && (p.outOfNetworkPercent ?? 0) === 0 && !isParticipating(context) ? denyAll(context, 'CO', '242') : [];
  },
};
