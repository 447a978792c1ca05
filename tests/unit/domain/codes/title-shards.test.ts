import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../../src/data/code-set-node.ts';
import { expandShard, type PackedIcdShard } from '../../../../src/domain/codes/packed-shard.ts';
import { packTitleShards, titleCategory, titleFileFor, TITLES_DIR } from '../../../../src/domain/codes/title-shards.ts';

const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { icd10cm: { base: string; shards: string[]; titles?: string } };
const base = join(DATA_DIR, manifest.icd10cm.base);
const read = (rel: string) => JSON.parse(readFileSync(join(base, rel), 'utf8')) as PackedIcdShard;

describe('per-category title files', () => {
  it('names the file of a code by its category, dotted or not', () => {
    expect(titleCategory('r07.9')).toBe('R07');
    expect(titleFileFor('S72.001A')).toBe(`${TITLES_DIR}/S72.json`);
    expect(titleFileFor('S72001A')).toBe(`${TITLES_DIR}/S72.json`);
  });

  it('packs each category on its own, 7th characters folded and expanded back exactly', () => {
    const rows: [string, 0 | 1, string][] = [
      ['R07', 0, 'Pain in throat and chest'],
      ['R079', 1, 'Chest pain, unspecified'],
      ['S72001', 0, 'Fracture of unspecified part of neck of right femur'],
      ['S72001A', 1, 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture'],
      ['S72001D', 1, 'Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing'],
    ];
    const shards = packTitleShards(2027, rows);
    expect(shards.map((s) => s.id)).toEqual(['R07', 'S72']);
    expect(shards.flatMap((s) => expandShard(s).codes)).toEqual(rows);
  });

  it('the committed title files hold every code of the code shards with the same title and nothing else', () => {
    expect(manifest.icd10cm.titles).toBe(TITLES_DIR);
    const fromShards = manifest.icd10cm.shards.flatMap((id) => expandShard(read(`codes-${id}.json`)).codes);
    const files = readdirSync(join(base, TITLES_DIR)).sort();
    const fromTitles = files.flatMap((f) => {
      const s = read(`${TITLES_DIR}/${f}`);
      expect(`${s.id}.json`).toBe(f);
      const codes = expandShard(s).codes;
      for (const [code] of codes) expect(titleCategory(code), f).toBe(s.id);
      return codes;
    });
    const key = (r: readonly unknown[]) => JSON.stringify(r);
    expect(fromTitles.length).toBe(fromShards.length);
    expect(new Set(fromTitles.map(key))).toEqual(new Set(fromShards.map(key)));
  });
});
