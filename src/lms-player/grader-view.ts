/**
 * The coding grader's CodeSetView in a SCORM package, from the code-set files the package carries
 * under data/ (same paths and formats as the site's /data, see scripts/lib/scorm-build.ts
 * `graderDataFiles`). Fetches are relative to the launch page, since the LMS serves the package
 * from a subpath, and no file comes from outside the package. Like the site's loadGraderView, it
 * reads only the ICD-10-CM shards that cover the given codes and the HCPCS letters they start with.
 */
import type { CodeSetView } from '../domain/codes/types.ts';
import { createCodeSetView } from '../domain/codes/code-set-view.ts';
import { createIcdCodeSet, type IcdBlocks } from '../domain/codes/icd-code-set.ts';
import type { IcdChanges } from '../domain/codes/fy-changes.ts';
import { expandShard, shardIdFor, type PackedIcdShard } from '../domain/codes/packed-shard.ts';
import type { HcpcsData, HcpcsShard, PlaceOfService } from '../domain/codes/reference-data.ts';
import { CPT_LISTS_FILE } from '../domain/codes/practice-pack.ts';
import type { CptEntry } from '../domain/codes/code-set-view.ts';
import { bareCode } from '../domain/exercises/normalize-attempt.ts';

/** Reads one JSON file by its path relative to the package root ("data/manifest.json"). */
export type PackageFetch = (path: string) => Promise<unknown>;

/** The package's data folder, relative to index.html. */
export const PACKAGE_DATA_DIR = 'data';

interface PackageManifest {
  icd10cm: { base: string; shards: string[]; blocks?: string };
  hcpcs: { release: string; base: string; letters: string[]; modifiers?: string };
  pos?: { file: string };
}

/** `fetch` of a relative URL, as the player runs it. */
export const relativeFetch: PackageFetch = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
};

/** A CodeSetView that can check `codes` (and any code in the same shards) on any date of service. */
export async function packageGraderView(codes: readonly string[], get: PackageFetch = relativeFetch): Promise<CodeSetView> {
  const data = <T>(rel: string) => get(`${PACKAGE_DATA_DIR}/${rel}`) as Promise<T>;
  const m = await data<PackageManifest>('manifest.json');
  const bare = codes.map(bareCode).filter(Boolean);
  const shardIds = [...new Set(bare.filter((c) => /^[A-Z]\d/.test(c)).map((c) => shardIdFor(m.icd10cm.shards, c)).filter((id): id is string => id !== undefined))];
  const letters = [...new Set(bare.filter((c) => /^[A-V]\d{4}$/.test(c)).map((c) => c.charAt(0)))].filter((l) => m.hcpcs.letters.includes(l));
  const [changes, blocks, packed, shards, modifiers, pos, cpt] = await Promise.all([
    data<IcdChanges>(`${m.icd10cm.base}/changes.json`),
    m.icd10cm.blocks === undefined ? Promise.resolve(undefined) : data<IcdBlocks>(`${m.icd10cm.base}/${m.icd10cm.blocks}`),
    Promise.all(shardIds.map((id) => data<PackedIcdShard>(`${m.icd10cm.base}/codes-${id}.json`))),
    Promise.all(letters.map((l) => data<HcpcsShard>(`${m.hcpcs.base}/hcpcs-${l}.json`))),
    data<{ modifiers: HcpcsData['modifiers'] }>(m.hcpcs.modifiers ?? `${m.hcpcs.base}/modifiers.json`),
    data<PlaceOfService[]>(m.pos?.file ?? 'pos/place-of-service.json'),
    data<{ cpt: CptEntry[]; cptModifiers: CptEntry[] }>(CPT_LISTS_FILE),
  ]);
  const icd = createIcdCodeSet(packed.map(expandShard), changes, blocks, m.icd10cm.shards);
  const hcpcs: HcpcsData = { release: m.hcpcs.release, codes: shards.flatMap((s) => s.codes), modifiers: modifiers.modifiers };
  return createCodeSetView({ icd, hcpcs, cpt: cpt.cpt, cptModifiers: cpt.cptModifiers, pos });
}
