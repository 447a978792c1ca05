import { DOMAIN_LABELS } from './exam-domains.ts';
import type { BlueprintRow } from './exam-item-schema.ts';

/**
 * How a blueprint row is named to the learner. Kept apart from the zod schemas (type imports
 * only) so the exam page can draw a paper without downloading the schema bundle.
 */
export function rowLabel(row: BlueprintRow): string {
  return 'domain' in row ? DOMAIN_LABELS[row.domain] : row.label;
}
