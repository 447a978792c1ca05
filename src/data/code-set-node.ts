/**
 * Node loader for the committed code-set data (public/data) and ClaimLab's CPT teaching list
 * (content/cpt). Synchronous and cached so tests, content checks and scripts can call it freely.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CodeSetView } from '../domain/codes/types.ts';
import { createCodeSetView, type CptEntry } from '../domain/codes/code-set-view.ts';
import { createIcdCodeSet, type IcdBlocks, type IcdCodeSet } from '../domain/codes/icd-code-set.ts';
import { expandShard, type PackedIcdShard } from '../domain/codes/packed-shard.ts';
import type { IcdChanges } from '../domain/codes/fy-changes.ts';
import type { HcpcsData, HcpcsShard, PlaceOfService } from '../domain/codes/reference-data.ts';
import { notesIndex, type IcdNotesIndex, type IcdNotesShard } from '../domain/codes/notes.ts';
import type { SearchIndexData } from '../domain/codes/search.ts';
import { joinSearchIndex, readSearchShards, type SearchBase } from '../domain/codes/search-shards.ts';

/** Repository root (this file is src/data/code-set-node.ts). */
export const REPO_ROOT = findRepoRoot();

/**
 * The folder holding ClaimLab's package.json. Walks up from this file, because once Astro bundles
 * the site this module runs from a build folder (e.g. .astro/.prerender), not from src/data.
 */
function findRepoRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    for (;;) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg) && existsSync(join(dir, 'public/data/manifest.json'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
}
/** Where the data build writes, and the browser fetches from (`/data/...`). */
export const DATA_DIR = join(REPO_ROOT, 'public/data');

/** The manifest written by scripts/data/build.ts. */
export interface DataManifest {
  icd10cm: {
    year: number;
    previousYear: number;
    effective: string;
    letters: string[];
    shards: string[];
    base: string;
    /** The code-search base file, relative to `base` (search/base.json). */
    search: string;
    /** Every code-search file (base, word shards, terms chunks), relative to `base`. */
    searchFiles: string[];
    [k: string]: unknown;
  };
  hcpcs: { release: string; base: string; letters: string[]; modifiers: string };
  /** Edition (fiscal year) of the Official Guidelines text the lessons quote. */
  guidelines: { edition: number; source: string };
  pos: { file: string };
  remittance: { file: string };
  files: { path: string; bytes: number }[];
}

/** Read and parse a JSON file under public/data. */
export function readDataJson<T>(rel: string): T {
  const path = join(DATA_DIR, rel);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data:build\` (needs ../shared/data)`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

let manifestCache: DataManifest | undefined;
/** The data manifest (cached). */
export function loadManifest(): DataManifest {
  return (manifestCache ??= readDataJson<DataManifest>('manifest.json'));
}

let searchCache: SearchIndexData | undefined;
/** The whole code-search index, joined from its shards (search-shards.ts) (cached). */
export function loadSearchIndex(): SearchIndexData {
  if (searchCache) return searchCache;
  const m = loadManifest().icd10cm;
  const dir = `${m.base}/${m.search.replace(/[^/]+$/, '')}`;
  const base = readDataJson<SearchBase>(`${m.base}/${m.search}`);
  searchCache = joinSearchIndex(readSearchShards(base, (f) => readDataJson(`${dir}${f}`)));
  return searchCache;
}

let icdCache: IcdCodeSet | undefined;
/** The full ICD-10-CM code set, all letters loaded (cached). */
export function loadIcdCodeSet(): IcdCodeSet {
  if (icdCache) return icdCache;
  const m = loadManifest().icd10cm;
  const shards = m.shards.map((id) => expandShard(readDataJson<PackedIcdShard>(`${m.base}/codes-${id}.json`)));
  const changes = readDataJson<IcdChanges>(`${m.base}/changes.json`);
  const blocksPath = `${m.base}/blocks.json`;
  const blocks = existsSync(join(DATA_DIR, blocksPath)) ? readDataJson<IcdBlocks>(blocksPath) : undefined;
  icdCache = createIcdCodeSet(shards, changes, blocks, m.shards);
  return icdCache;
}

let notesCache: IcdNotesIndex | undefined;
/** All instructional notes (cached); empty when the build wrote none. */
export function loadNotes(): IcdNotesIndex {
  if (notesCache) return notesCache;
  const m = loadManifest().icd10cm;
  const letters = Array.isArray(m['noteLetters']) ? (m['noteLetters'] as string[]) : [];
  notesCache = notesIndex(letters.map((l) => readDataJson<IcdNotesShard>(`${m.base}/notes-${l}.json`)));
  return notesCache;
}

let hcpcsCache: HcpcsData | undefined;
/** HCPCS Level II codes and modifiers of the shipped release (cached). */
export function loadHcpcs(): HcpcsData {
  if (hcpcsCache) return hcpcsCache;
  const h = loadManifest().hcpcs;
  const codes = h.letters.flatMap((l) => readDataJson<HcpcsShard>(`${h.base}/hcpcs-${l}.json`).codes);
  hcpcsCache = { release: h.release, codes, modifiers: readDataJson<{ modifiers: HcpcsData['modifiers'] }>(h.modifiers).modifiers };
  return hcpcsCache;
}

/** Read a YAML list from content/ (CPT teaching list, CPT modifiers). */
export function loadCptYaml(rel: string): CptEntry[] {
  const list: unknown = parse(readFileSync(join(REPO_ROOT, rel), 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${rel} must be a YAML list`);
  return list.map((e: { code?: unknown; summary?: unknown; section?: unknown }) => {
    const entry: CptEntry = { code: String(e.code ?? ''), summary: String(e.summary ?? '') };
    if (typeof e.section === 'string') entry.section = e.section;
    return entry;
  });
}

let viewCache: CodeSetView | undefined;
/**
 * The shared code-set view (types.ts) over the committed data: ICD-10-CM FY2027 with FY2026
 * derivable, HCPCS Level II, CPT teaching list, modifiers, Place of Service, Excludes1 notes.
 */
export function loadCodeSetView(): CodeSetView {
  if (viewCache) return viewCache;
  const manifest = loadManifest();
  viewCache = createCodeSetView({
    icd: loadIcdCodeSet(),
    hcpcs: loadHcpcs(),
    cpt: loadCptYaml('content/cpt/codes.yaml'),
    cptModifiers: loadCptYaml('content/cpt/modifiers.yaml'),
    pos: readDataJson<PlaceOfService[]>(manifest.pos.file),
    notes: loadNotes(),
  });
  return viewCache;
}
