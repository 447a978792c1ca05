/**
 * Compact on-disk form of ICD-10-CM code shards. Most 7-character codes (51,000 of 98,000) are
 * their 6-character parent plus one 7th character whose title is the parent's title plus a
 * fixed suffix (", initial encounter for closed fracture"). Storing the parent once with a
 * shared list of allowed 7th characters, expanded on load, cuts the S and T shards by ~85%.
 * Codes whose title does not follow that pattern stay explicit rows, so expansion is exact.
 */
import type { IcdShard, IcdShardRow } from './icd-code-set.ts';

/** Allowed 7th characters of a parent: [character, title suffix appended after ", "]. */
export type SeventhSet = [char: string, suffix: string][];

/** A row: [dotless code, billable, title] plus, for a folded parent, the index of its 7th-character set. */
export type PackedRow = [code: string, billable: 0 | 1, title: string] | [code: string, billable: 0 | 1, title: string, seventh: number];

/** A packed shard as written to public/data/icd10cm/fy<year>/codes-<id>.json. */
export interface PackedIcdShard {
  year: number;
  /** Shard id: a letter ("A") or letter plus second character ("S7") for large letters. */
  id: string;
  sevenths: SeventhSet[];
  codes: PackedRow[];
}

/** Parent a 7-character code is folded into: its first six characters without placeholder X's, if present. */
function foldParent(code: string, has: (c: string) => boolean): string | undefined {
  let p = code.slice(0, 6);
  while (!has(p) && p.endsWith('X')) p = p.slice(0, -1);
  return has(p) ? p : undefined;
}

/** Pack rows (one shard's worth, tabular order) into the compact form. */
export function packShard(year: number, id: string, rows: readonly IcdShardRow[]): PackedIcdShard {
  const byCode = new Map(rows.map((r) => [r[0], r]));
  // A parent is folded only when every 7-character code under it follows the pattern, so that
  // expansion reproduces the original rows in their original order.
  const candidates = new Map<string, { set: SeventhSet; codes: string[]; all: boolean }>();
  for (const [code, billable, title] of rows) {
    if (code.length !== 7) continue;
    const p = foldParent(code, (c) => byCode.has(c));
    const parent = p === undefined ? undefined : byCode.get(p);
    if (p === undefined || !parent) continue;
    let c = candidates.get(p);
    if (!c) candidates.set(p, (c = { set: [], codes: [], all: true }));
    if (billable !== 1 || !title.startsWith(`${parent[2]}, `) || code !== p.padEnd(6, 'X') + code.charAt(6)) c.all = false;
    else {
      c.set.push([code.charAt(6), title.slice(parent[2].length + 2)]);
      c.codes.push(code);
    }
  }
  const folded = new Map<string, SeventhSet>();
  const foldedCodes = new Set<string>();
  for (const [p, c] of candidates) {
    if (!c.all) continue;
    folded.set(p, c.set);
    for (const code of c.codes) foldedCodes.add(code);
  }
  const sevenths: SeventhSet[] = [];
  const setIndex = new Map<string, number>();
  const codes: PackedRow[] = [];
  for (const [code, billable, title] of rows) {
    if (foldedCodes.has(code)) continue;
    const set = folded.get(code);
    if (!set) {
      codes.push([code, billable, title]);
      continue;
    }
    const key = JSON.stringify(set);
    let i = setIndex.get(key);
    if (i === undefined) {
      i = sevenths.length;
      setIndex.set(key, i);
      sevenths.push(set);
    }
    codes.push([code, billable, title, i]);
  }
  return { year, id, sevenths, codes };
}

/** Expand a packed shard to plain rows (tabular order: each parent followed by its 7th-character codes). */
export function expandShard(packed: PackedIcdShard): IcdShard {
  const codes: IcdShardRow[] = [];
  for (const row of packed.codes) {
    const [code, billable, title] = row;
    codes.push([code, billable, title]);
    if (row.length === 4) {
      const stem = code.padEnd(6, 'X');
      for (const [ch, suffix] of packed.sevenths[row[3]] ?? []) codes.push([stem + ch, 1, `${title}, ${suffix}`]);
    }
  }
  return { year: packed.year, letter: packed.id, codes };
}

/** Which shard holds a dotless code: the two-character id if there is one, else the letter. */
export function shardIdFor(ids: readonly string[], dotless: string): string | undefined {
  const two = dotless.slice(0, 2);
  if (ids.includes(two)) return two;
  const one = dotless.charAt(0);
  return ids.includes(one) ? one : undefined;
}
