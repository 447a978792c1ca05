import type { CodeSetView } from '../domain/codes/types.ts';
import { createCodeSetView } from '../domain/codes/code-set-view.ts';
import type { HcpcsData, HcpcsShard, PlaceOfService } from '../domain/codes/reference-data.ts';
import { fetchData, loadIcdCodeSet, loadManifest } from './code-set-browser.ts';
import { bareCode } from '../domain/exercises/normalize-attempt.ts';
import { loadCptLists } from './cpt-lists-browser.ts';

/**
 * A `CodeSetView` for grading in the browser: downloads only the ICD-10-CM shards that cover
 * `codes` and the HCPCS letters they start with, so grading one exercise stays small.
 */
export async function loadGraderView(codes: readonly string[]): Promise<CodeSetView> {
  const bare = codes.map(bareCode).filter(Boolean);
  const icdLike = bare.filter((c) => /^[A-Z]\d/.test(c));
  const hcpcsLetters = [...new Set(bare.filter((c) => /^[A-V]\d{4}$/.test(c)).map((c) => c.charAt(0)))];
  const m = (await loadManifest()) as Awaited<ReturnType<typeof loadManifest>> & { hcpcs: { modifiers?: string } };
  const [icd, shards, modifiers, pos, cptLists] = await Promise.all([
    loadIcdCodeSet(icdLike),
    Promise.all(hcpcsLetters.filter((l) => m.hcpcs.letters.includes(l)).map((l) => fetchData<HcpcsShard>(`${m.hcpcs.base}/hcpcs-${l}.json`))),
    fetchData<{ modifiers: HcpcsData['modifiers'] }>(m.hcpcs.modifiers ?? `${m.hcpcs.base}/modifiers.json`),
    fetchData<PlaceOfService[]>('pos/place-of-service.json'),
    loadCptLists(),
  ]);
  const hcpcs: HcpcsData = { release: m.hcpcs.release, codes: shards.flatMap((s) => s.codes), modifiers: modifiers.modifiers };
  return createCodeSetView({ icd, hcpcs, cpt: cptLists.cpt, cptModifiers: cptLists.cptModifiers, pos });
}
