/**
 * The practice pack: the /data files a coding or claim exercise needs to search the code sets
 * and grade an attempt with no network (search index shards, every ICD-10-CM code and notes shard, the
 * HCPCS shards and modifiers, place-of-service codes, and ClaimLab's CPT lists, which the build
 * writes to /data/cpt/lists.json from content/cpt). The Alphabetic Index and the Neoplasm and
 * Drug tables are left out: they serve /codes/ browsing, not exercises. docs/offline.md gives the
 * policy and the sizes.
 */

/** ClaimLab's CPT lists under /data/ (src/pages/data/cpt/lists.json.ts); not in the data manifest. */
export const CPT_LISTS_FILE = 'cpt/lists.json';

/** The parts of data/manifest.json the pack is read from. */
export interface PackManifest {
  icd10cm: { base: string; shards: readonly string[]; search: string; searchFiles?: readonly string[]; blocks?: string; noteLetters?: readonly string[] };
  hcpcs: { base: string; letters: readonly string[]; modifiers?: string };
  pos?: { file: string };
  files?: readonly { path: string; bytes: number }[];
}

/** Paths (relative to /data/) of the practice pack, manifest first. */
export function practicePackFiles(m: PackManifest): string[] {
  const icd = m.icd10cm;
  const h = m.hcpcs;
  return [
    'manifest.json',
    ...(icd.searchFiles ?? [icd.search]).map((f) => `${icd.base}/${f}`),
    `${icd.base}/changes.json`,
    ...(icd.blocks === undefined ? [] : [`${icd.base}/${icd.blocks}`]),
    ...icd.shards.map((s) => `${icd.base}/codes-${s}.json`),
    ...(icd.noteLetters ?? []).map((l) => `${icd.base}/notes-${l}.json`),
    ...h.letters.map((l) => `${h.base}/hcpcs-${l}.json`),
    h.modifiers ?? `${h.base}/modifiers.json`,
    m.pos?.file ?? 'pos/place-of-service.json',
    CPT_LISTS_FILE,
  ];
}

/** Uncompressed size of the pack in bytes, from the manifest's file list (0 when it has none). */
export function practicePackBytes(m: PackManifest): number {
  const sizes = new Map((m.files ?? []).map((f) => [f.path, f.bytes]));
  return practicePackFiles(m).reduce((n, p) => n + (sizes.get(p) ?? 0), 0);
}
