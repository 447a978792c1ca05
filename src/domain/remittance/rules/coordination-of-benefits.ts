import type { AdjudicationRule } from '../types.ts';
import { denyAll } from './helpers.ts';

/** A secondary plan pays only after the primary: without the primary's payment it denies CO-22. */
export const coordinationOfBenefitsRule: AdjudicationRule = {
  id: 'coordination-of-benefits',
  summary: "A secondary or supplemental plan denies a claim sent without the primary payer's adjudication (CO-22).",
  carcs: ['22'],
  check(context) {
    return context.payer.secondary && !context.account.primaryPayment ? denyAll(context, 'CO', '22') : [];
  },
};
