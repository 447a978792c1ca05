/**
 * Code titles in one small file per ICD-10-CM category (issue 16, item 7): a search's hits need
 * only their own titles, so the worker fetches the categories of the hits (a few hundred bytes
 * each, gzip) instead of the letter-wide code shards (about 10 kB each) a code page uses. Same
 * packed form as the code shards (packed-shard.ts), so the titles are the code shards' titles.
 */
import type { IcdShardRow } from './icd-code-set.ts';
import { packShard, type PackedIcdShard } from './packed-shard.ts';

/** Folder of the title files, under the fiscal year's folder (public/data/icd10cm/fy<year>/). */
export const TITLES_DIR = 'titles';

/** The 3-character category of a dotless or dotted ICD-10-CM code. */
export function titleCategory(code: string): string {
  return code.replace('.', '').slice(0, 3).toUpperCase();
}

/** The file (under the fiscal year's folder) holding the title of `code`. */
export function titleFileFor(code: string): string {
  return `${TITLES_DIR}/${titleCategory(code)}.json`;
}

/** One packed shard per category, in tabular order; each shard's id is its category. */
export function packTitleShards(year: number, rows: readonly IcdShardRow[]): PackedIcdShard[] {
  const byCategory = new Map<string, IcdShardRow[]>();
  for (const r of rows) {
    const cat = titleCategory(r[0]);
    let list = byCategory.get(cat);
    if (!list) byCategory.set(cat, (list = []));
    list.push(r);
  }
  return [...byCategory].map(([cat, list]) => packShard(year, cat, list));
}
