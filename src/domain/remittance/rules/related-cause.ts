import type { AdjudicationRule } from '../types.ts';
import { denyAll } from './helpers.ts';

/** Workers' compensation pays only work injuries (item 10a), auto only accidents (item 10b). */
export const relatedCauseRule: AdjudicationRule = {
  id: 'related-cause',
  summary: "A workers' compensation or auto payer denies a claim that item 10 does not relate to a work injury or an auto accident (CO-109).",
  carcs: ['109'],
  check(context) {
    const need = context.payer.requiresRelatedCause;
    if (!need) return [];
    const c = context.claim.conditionRelatedTo;
    const ok = need === 'employment' ? c.employment : c.autoAccident;
    return ok ? [] : denyAll(context, 'CO', '109', { need });
  },
};
