import { describe, expect, it } from 'vitest';
import { expandShard, packShard, shardIdFor } from '../../../../src/domain/codes/packed-shard.ts';
import { loadIcdCodeSet } from '../../../../src/data/code-set-node.ts';
import type { IcdShardRow } from '../../../../src/domain/codes/icd-code-set.ts';

describe('packed shards', () => {
  it('expand back to exactly the rows they were packed from, in order', () => {
    const rows: IcdShardRow[] = [];
    for (const [code, billable, title] of loadIcdCodeSet().rows()) if (code.startsWith('S') || code.startsWith('C44') || code.startsWith('T36')) rows.push([code, billable ? 1 : 0, title]);
    const packed = packShard(2027, 'X', rows);
    expect(packed.codes.length).toBeLessThan(rows.length / 3);
    expect(expandShard(packed).codes).toEqual(rows);
  });

  it('keeps codes whose title breaks the pattern as explicit rows', () => {
    const rows: IcdShardRow[] = [
      ['C4410', 0, 'Unspecified malignant neoplasm of skin of unspecified eyelid, including canthus'],
      ['C44102', 0, 'Unspecified malignant neoplasm of skin of right eyelid, including canthus'],
      ['C441021', 1, 'Unspecified malignant neoplasm of skin of right upper eyelid, including canthus'],
    ];
    expect(packShard(2027, 'C', rows).sevenths).toEqual([]);
    expect(expandShard(packShard(2027, 'C', rows)).codes).toEqual(rows);
  });

  it('finds the shard of a code', () => {
    expect(shardIdFor(['A', 'S7', 'S9'], 'S72001A')).toBe('S7');
    expect(shardIdFor(['A', 'S7'], 'A000')).toBe('A');
    expect(shardIdFor(['A'], 'B20')).toBeUndefined();
  });
});
