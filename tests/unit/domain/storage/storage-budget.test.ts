import { describe, expect, test } from 'vitest';
import { checkWrite, describeWriteProblem, ORIGIN_QUOTA_CHARS, PLANNED_TOTAL_CHARS, STORAGE_AREAS } from '../../../../src/domain/storage/storage-budget.ts';
import * as keys from '../../../../src/domain/storage/storage-keys.ts';
import { readFileSync } from 'node:fs';

describe('storage budget', () => {
  test('the shares add up to the planned total, which leaves headroom under the quota', () => {
    const total = STORAGE_AREAS.reduce((sum, a) => sum + a.budget, 0);
    expect(total).toBeLessThanOrEqual(PLANNED_TOTAL_CHARS);
    expect(PLANNED_TOTAL_CHARS).toBeLessThan(ORIGIN_QUOTA_CHARS);
  });

  test('every key has exactly one area, and only drafts may be evicted', () => {
    expect(STORAGE_AREAS.map((a) => a.key).sort()).toEqual(Object.values(keys).sort());
    expect(STORAGE_AREAS.filter((a) => a.evictable).map((a) => a.key)).toEqual([keys.DRAFTS_KEY]);
  });

  test('docs/storage.md lists every key with its share', () => {
    const doc = readFileSync('docs/storage.md', 'utf8');
    for (const area of STORAGE_AREAS) {
      expect(doc).toContain(`\`${area.key}\``);
      expect(doc).toContain(area.budget.toLocaleString('en-US'));
    }
  });

  test('a write to an unplanned key or over its share is refused with a sentence', () => {
    const unknown = checkWrite('claimlab:whatever', '{}');
    expect(unknown).toEqual({ ok: false, problem: { code: 'unknown-key', key: 'claimlab:whatever' } });
    const big = checkWrite(keys.DRAFTS_KEY, 'x'.repeat(400_000));
    expect(big.ok).toBe(false);
    if (!big.ok) expect(describeWriteProblem(big.problem)).toBe('ClaimLab could not save your draft: it needs 400,015 characters, more than its share of 400,000. What was saved before is kept.');
    expect(checkWrite(keys.PROGRESS_KEY, '{}').ok).toBe(true);
  });

  test('a full browser is explained without blaming the learner', () => {
    expect(describeWriteProblem({ code: 'quota', key: keys.PROGRESS_KEY })).toBe("ClaimLab could not save your progress: this browser's storage for the site is full. What was saved before is kept.");
  });
});
