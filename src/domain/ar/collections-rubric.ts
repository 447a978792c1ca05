import type { Collections } from './collections-schema.ts';
import type { CollectionsRubric } from './ar-types.ts';
import { nextCollectionStep } from './next-collection-step.ts';

/** How the page and the feedback name an account: by its place on the worklist, never by the authoring id (ids can hint at the key). */
export const accountLabel = (index: number, patient: string): string => `Account ${index + 1} (${patient})`;

/** The key of a collections step: each account's next step and amount, computed from the written policy as of `asOf`. */
export function collectionsRubric(c: Collections, asOf: string): CollectionsRubric {
  return {
    accounts: c.accounts.map((a, i) => {
      const step = nextCollectionStep(c.policy, a, asOf);
      return { id: a.id, label: accountLabel(i, a.patient), action: step.action, reason: step.reason, notes: step.notes, ...(step.amountCents !== undefined ? { amount: (step.amountCents / 100).toFixed(2) } : {}) };
    }),
  };
}
