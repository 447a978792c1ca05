import type { RecordFinding, RecordReviewRubric, RecordReviewScore } from './record-review-types.ts';
import { readChoices, validateRecordReview } from './validate-record-review.ts';

/**
 * Scoring rules (mirrored in docs/record-review.md): one point per item whose chosen id is the
 * key's. A blank item, a wrong choice or an id that is not in the item's choice set scores 0 and
 * becomes a finding with its feedback. An attempt with no choice at all is invalid ('empty').
 * Never throws: the input may come from storage or a submission file.
 */
export function scoreRecordReview(rubric: RecordReviewRubric, input: unknown): RecordReviewScore {
  const invalid = validateRecordReview(rubric, input);
  if (invalid) return invalid;
  const chosen = readChoices(rubric, input);
  const findings: RecordFinding[] = rubric.items.map((item) => {
    const given = chosen[item.id] ?? '';
    return { itemId: item.id, ok: given === item.answer, expected: item.answer, given };
  });
  return { type: 'points', earned: findings.filter((f) => f.ok).length, total: findings.length, findings };
}
