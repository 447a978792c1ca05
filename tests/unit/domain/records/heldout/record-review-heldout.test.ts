import { describe, expect, it } from 'vitest';
import { loadRecordReview } from '../../../../../src/data/record-review-node.ts';
import { describeRecordFinding } from '../../../../../src/domain/records/describe-record-review.ts';
import { recordReviewKeyInput, recordReviewRubric } from '../../../../../src/domain/records/record-review-rubric.ts';
import { scoreRecordReview } from '../../../../../src/domain/records/score-record-review.ts';

/**
 * Held-out-style answers to the real release-of-information queue: the key as a class submission
 * file may carry it (ids in capitals, stray spaces), and the slips an ROI specialist makes.
 */

const loaded = loadRecordReview('roi-monday-request-queue');
if (!loaded.ok) throw new Error(loaded.error);
const rubric = recordReviewRubric(loaded.data);
const key = recordReviewKeyInput(rubric).choices;

function grade(choices: Record<string, unknown>) {
  const r = scoreRecordReview(rubric, { choices });
  if (r.type !== 'points') throw new Error('invalid');
  return { lost: r.total - r.earned, text: r.findings.filter((f) => !f.ok).map((f) => describeRecordFinding(f, rubric)).join('\n') };
}

describe('record review held-out answers', () => {
  it('ids typed in capitals or with spaces around them are the same choices', () => {
    expect(grade({ ...key, 'r3-subpoena': ' NEED-ASSURANCE ', 'r5-accounting': 'Log' }).lost).toBe(0);
  });
  it('a subpoena without assurances or a court order treated as enough to release', () => {
    const r = grade({ ...key, 'r3-subpoena': 'release-permitted' });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('you chose Release: permitted without an authorization');
    expect(r.text).toContain('45 CFR 164.512(e)');
  });
  it('a label typed where an id belongs is named as not one of the choices, not a crash', () => {
    const r = grade({ ...key, 'r6-deadline': 'By 2026-12-09' });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('"by 2026-12-09" is not one of this item\'s choices');
  });
  it('an unanswered item costs its point and gives the answer', () => {
    const { 'r4-part2': _skipped, ...rest } = key;
    const r = grade(rest);
    expect(r.lost).toBe(1);
    expect(r.text).toContain('no choice made');
  });
  it('odd submissions are invalid or graded, never a crash', () => {
    for (const input of [null, 42, 'access', { choices: null }, { choices: ['access'] }, { choices: { 'r1-pcp': 7, 'r2-life-insurer': '\ud83d\ude42' } }]) {
      expect(() => scoreRecordReview(rubric, input)).not.toThrow();
    }
  });
});
