/**
 * Browser loader for the committed code-set data (public/data, served as /data/...). Fetches only
 * what a screen needs, once per file, and hands the parsed JSON to the pure functions in
 * src/domain/codes. No Node APIs: the fetch function and base URL can be swapped for tests.
 *
 * Signatures here are what the /codes UI builds on: extend, do not change (see docs/data.md).
 */
import { createIcdCodeSet, type IcdCodeSet, type IcdLookupResult, type IcdShard, type IcdBlocks } from '../domain/codes/icd-code-set.ts';
import type { IcdChanges } from '../domain/codes/fy-changes.ts';
import type { IndexShard } from '../domain/codes/alphabetic-index.ts';
import { notesFor, notesIndex, type IcdNotes, type IcdNotesShard } from '../domain/codes/notes.ts';
import { createShardedSearcher, outcomeWithShards, type SearchHint, type ShardedSearcher } from '../domain/codes/search.ts';
import type { SearchBase } from '../domain/codes/search-shards.ts';
import { SEARCH_DICTIONARY } from './search-dictionary.ts';
import { dotIcd, normalizeHcpcs, normalizeIcd } from '../domain/codes/normalize.ts';
import { expandShard, shardIdFor, type PackedIcdShard } from '../domain/codes/packed-shard.ts';
import { titleFileFor } from '../domain/codes/title-shards.ts';
import type { DrugTable, NeoplasmTable } from '../domain/codes/tables.ts';
import type { HcpcsShard } from '../domain/codes/reference-data.ts';
import { headerChoices, type HeaderChoices } from '../domain/codes/header-choices.ts';

/** The manifest written by scripts/data/build.ts (fields the browser uses). */
export interface BrowserManifest {
  icd10cm: {
    year: number;
    previousYear: number;
    effective: string;
    base: string;
    /** Code shard ids: a letter ("A") or, for large letters, letter + second character ("S7"). */
    shards: string[];
    indexLetters: string[];
    noteLetters?: string[];
    blocks?: string;
    /** The code-search base file (search/base.json); the shards are beside it. */
    search: string;
    /** Folder of the per-category title files the code search reads (title-shards.ts), relative to `base`. */
    titles?: string;
    /** Every code-search file (base, word shards, terms chunks), relative to `base`. */
    searchFiles?: string[];
    neoplasm?: string;
    drugs?: string;
  };
  hcpcs: { release: string; base: string; letters: string[] };
}

/** Where and how to fetch. Tests pass a fetch that reads public/data from disk. */
export interface DataSource {
  /** URL prefix of public/data, default "/data". */
  baseUrl: string;
  fetch: (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
}

let source: DataSource = { baseUrl: '/data', fetch: (url) => globalThis.fetch(url) };
let cache = new Map<string, Promise<unknown>>();

/** Point the loader at another base URL or fetch function (tests, a CDN). Clears the cache. */
export function configureDataSource(next: Partial<DataSource>): void {
  source = { ...source, ...next };
  cache = new Map();
  icdState = undefined;
  searcher = undefined;
}

/** Fetch and parse one JSON file under the data base URL, once. */
export function fetchData<T>(rel: string): Promise<T> {
  let p = cache.get(rel);
  if (!p) {
    p = source.fetch(`${source.baseUrl}/${rel}`).then((r) => {
      if (!r.ok) throw new Error(`${source.baseUrl}/${rel}: HTTP ${r.status}`);
      return r.json();
    });
    // A failed request must not poison the cache: the next call retries.
    p.catch(() => cache.delete(rel));
    cache.set(rel, p);
  }
  return p as Promise<T>;
}

/** The data manifest. */
export function loadManifest(): Promise<BrowserManifest> {
  return fetchData<BrowserManifest>('manifest.json');
}

interface IcdState {
  loaded: Map<string, IcdShard>;
  set: IcdCodeSet | undefined;
}
let icdState: IcdState | undefined;

/**
 * The ICD-10-CM code set with the shards that cover `codes` loaded (plus any loaded before).
 * Lookups of codes from other shards throw `ShardNotLoadedError`.
 */
export async function loadIcdCodeSet(codes: readonly string[]): Promise<IcdCodeSet> {
  const m = (await loadManifest()).icd10cm;
  const state = (icdState ??= { loaded: new Map(), set: undefined });
  const ids = new Set<string>();
  for (const c of codes) {
    const id = shardIdFor(m.shards, c.replace('.', '').toUpperCase());
    if (id !== undefined && !state.loaded.has(id)) ids.add(id);
  }
  const [changes, blocks, packed] = await Promise.all([
    fetchData<IcdChanges>(`${m.base}/changes.json`),
    m.blocks === undefined ? Promise.resolve(undefined) : fetchData<IcdBlocks>(`${m.base}/${m.blocks}`),
    Promise.all([...ids].map((id) => fetchData<PackedIcdShard>(`${m.base}/codes-${id}.json`))),
  ]);
  for (const p of packed) if (!state.loaded.has(p.id)) state.loaded.set(p.id, expandShard(p));
  if (!state.set || packed.length > 0) state.set = createIcdCodeSet([...state.loaded.values()], changes, blocks, m.shards);
  return state.set;
}

/** Instructional notes that apply to a code, nearest level first, each with its source year. */
export interface CodeNotes {
  /** Dotted code that carries the notes (the code itself, a subcategory or the category). */
  code: string;
  notes: IcdNotes;
}

/** `IcdLookupResult` plus the instructional notes that apply (empty when none are known). */
export type IcdPageResult = IcdLookupResult & { notes: CodeNotes[] };

/** Notes for a code from its letter's notes shard; empty when that letter has none. */
export async function loadNotesFor(code: string): Promise<CodeNotes[]> {
  const n = normalizeIcd(code);
  if (!n.ok) return [];
  const m = (await loadManifest()).icd10cm;
  const letter = n.dotless.charAt(0);
  if (!(m.noteLetters ?? []).includes(letter)) return [];
  const shard = await fetchData<IcdNotesShard>(`${m.base}/notes-${letter}.json`);
  return notesFor(notesIndex([shard]), n.dotless).map((x) => ({ code: dotIcd(x.code), notes: x.notes }));
}

/**
 * Look up an ICD-10-CM code: hierarchy, block, chapter, change flags and instructional notes.
 * `date` (YYYY-MM-DD) picks FY2026 before 2026-10-01, FY2027 from then on; default FY2027.
 */
export async function lookupIcd(code: string, date?: string): Promise<IcdPageResult> {
  const n = normalizeIcd(code);
  const set = await loadIcdCodeSet(n.ok ? [n.dotless] : []);
  const r = n.ok ? set.lookup(n.code, date) : set.lookup(code, date);
  const notes = r.kind === 'found' ? await loadNotesFor(r.entry.code) : [];
  return { ...r, notes };
}

/** Answer of `lookupHcpcs`. */
export type HcpcsLookupResult =
  | { kind: 'found'; code: string; short: string; title: string; release: string }
  | { kind: 'not-found'; code: string; release: string }
  | { kind: 'bad-syntax'; input: string };

/** Look up a HCPCS Level II code (not a modifier) in the shipped quarterly release. */
export async function lookupHcpcs(code: string): Promise<HcpcsLookupResult> {
  const n = normalizeHcpcs(code);
  if (!n.ok) return { kind: 'bad-syntax', input: code };
  const m = await loadManifest();
  const letter = n.code.charAt(0);
  if (!m.hcpcs.letters.includes(letter)) return { kind: 'not-found', code: n.code, release: m.hcpcs.release };
  const shard = await fetchData<HcpcsShard>(`${m.hcpcs.base}/hcpcs-${letter}.json`);
  const row = shard.codes.find((c) => c[0] === n.code);
  return row ? { kind: 'found', code: n.code, short: row[1], title: row[2], release: m.hcpcs.release } : { kind: 'not-found', code: n.code, release: m.hcpcs.release };
}

/** Alphabetic Index tree for one letter (source year in `sourceYear`); undefined when the letter has no terms. */
export async function loadIndexLetter(letter: string): Promise<IndexShard | undefined> {
  const m = (await loadManifest()).icd10cm;
  const l = letter.trim().charAt(0).toUpperCase();
  if (!m.indexLetters.includes(l)) return undefined;
  return fetchData<IndexShard>(`${m.base}/index/index-${l}.json`);
}

/** The Neoplasm Table (FY2025 source, codes flagged when not valid in the shipped year). */
export async function loadNeoplasmTable(): Promise<NeoplasmTable> {
  const m = (await loadManifest()).icd10cm;
  if (m.neoplasm === undefined) throw new Error('this data build has no Neoplasm Table');
  return fetchData<NeoplasmTable>(`${m.base}/${m.neoplasm}`);
}

/** The Table of Drugs and Chemicals (FY2025 source, codes flagged when not valid in the shipped year). */
export async function loadDrugTable(): Promise<DrugTable> {
  const m = (await loadManifest()).icd10cm;
  if (m.drugs === undefined) throw new Error('this data build has no Table of Drugs and Chemicals');
  return fetchData<DrugTable>(`${m.base}/${m.drugs}`);
}

/** One search result. `via` is the Alphabetic Index path that led to an ICD-10-CM code. */
export interface CodeSearchResult {
  code: string;
  system: 'icd10cm' | 'hcpcs';
  title: string;
  billable: boolean;
  via?: string;
  /** How the query was read for this hit ("CAD read as coronary artery disease; Index: ..."). */
  why?: string;
}

let searcher: Promise<ShardedSearcher> | undefined;

/** Load the search index's base (search-shards.ts) and prepare it; shards load as queries need them. */
export function loadSearcher(): Promise<ShardedSearcher> {
  searcher ??= loadManifest().then(async (m) => createShardedSearcher(await fetchData<SearchBase>(`${m.icd10cm.base}/${m.icd10cm.search}`), SEARCH_DICTIONARY));
  return searcher;
}

/** Thrown by `searchCodesOutcome` when its `isStale` says a newer query has replaced it. */
export class StaleSearchError extends Error {
  constructor() {
    super('search replaced by a newer query');
    this.name = 'StaleSearchError';
  }
}

/** The outcome once the shards the query reads are fetched (stops early when the query went stale). */
async function shardedOutcome(query: string, limit: number, isStale: () => boolean) {
  const search = await loadSearcher();
  const m = (await loadManifest()).icd10cm;
  const dir = `${m.base}/${m.search.replace(/[^/]+$/, '')}`;
  return outcomeWithShards(search, query, limit, async (files) => {
    if (isStale()) throw new StaleSearchError();
    await Promise.all(files.map(async (f) => search.addFile(f, await fetchData<unknown>(dir + f))));
  });
}

/**
 * Titles of ICD-10-CM codes for search hits: from the small per-category title files when the
 * data has them (a few hundred bytes each, gzip), else from the code shards a code page uses.
 */
async function loadIcdTitles(codes: readonly string[], m: BrowserManifest['icd10cm']): Promise<(code: string) => string> {
  if (codes.length === 0) return () => '';
  const fromCodeShards = async () => {
    const set = await loadIcdCodeSet(codes);
    return (code: string) => set.check(code, m.effective)?.title ?? '';
  };
  // Offline, the practice pack (practice-pack.ts) holds the code shards, not the title files:
  // asking for those would only fail (and log a failed request per file).
  if (m.titles === undefined || (typeof navigator !== 'undefined' && navigator.onLine === false)) return fromCodeShards();
  const files = [...new Set(codes.map((c) => titleFileFor(c)))];
  let shards: PackedIcdShard[];
  try {
    shards = await Promise.all(files.map((f) => fetchData<PackedIcdShard>(`${m.base}/${f}`)));
  } catch {
    // A flaky network, or offline while the browser still says online.
    return fromCodeShards();
  }
  const titles = new Map<string, string>();
  for (const s of shards) for (const [code, , title] of expandShard(s).codes) titles.set(code, title);
  return (code) => titles.get(code.replace('.', '').toUpperCase()) ?? '';
}

/**
 * Search ICD-10-CM (codes, titles, Alphabetic Index, lay synonyms) and HCPCS Level II (codes,
 * titles). Titles are fetched for the hits only, from the same shards a code page uses.
 */
export async function searchCodes(query: string, options: { limit?: number } = {}): Promise<CodeSearchResult[]> {
  return (await searchCodesOutcome(query, options)).results;
}

/** Results plus the "did you mean" spelling and the hint for input that could not be read. */
export interface CodeSearchOutcome {
  results: CodeSearchResult[];
  didYouMean?: string;
  hint?: SearchHint;
}

/** `searchCodes` with the did-you-mean line and the hint the lookup shows. */
export async function searchCodesOutcome(query: string, options: { limit?: number; isStale?: () => boolean } = {}): Promise<CodeSearchOutcome> {
  const isStale = options.isStale ?? (() => false);
  const found = await shardedOutcome(query, options.limit ?? 10, isStale);
  // Titles come from code shards: not worth fetching for a query the user has typed past.
  if (isStale()) throw new StaleSearchError();
  const hits = found.hits;
  const icdCodes = hits.filter((h) => h.system === 'icd10cm').map((h) => h.code);
  const m = await loadManifest();
  const icdTitles = await loadIcdTitles(icdCodes, m.icd10cm);
  const hcpcsLetters = [...new Set(hits.filter((h) => h.system === 'hcpcs').map((h) => h.code.charAt(0)))];
  const hcpcsShards = await Promise.all(hcpcsLetters.map((l) => fetchData<HcpcsShard>(`${m.hcpcs.base}/hcpcs-${l}.json`)));
  const hcpcsTitles = new Map(hcpcsShards.flatMap((s) => s.codes.map((c) => [c[0], c[2]] as const)));
  const results = hits.map((h) => {
    let title = '';
    if (h.system === 'hcpcs') title = hcpcsTitles.get(h.code) ?? '';
    else title = icdTitles(h.code);
    const r: CodeSearchResult = { code: h.code, system: h.system, title, billable: h.billable };
    if (h.via !== undefined) r.via = h.via;
    if (h.why !== undefined) r.why = h.why;
    return r;
  });
  const out: CodeSearchOutcome = { results };
  if (found.didYouMean !== undefined) out.didYouMean = found.didYouMean;
  if (found.hint !== undefined) out.hint = found.hint;
  return out;
}

/**
 * What a header still needs (children and 7th characters), from the same lookup and notes a
 * code page shows; undefined for a code valid on a claim or one that is not found.
 */
export async function loadHeaderChoices(code: string): Promise<HeaderChoices | undefined> {
  const r = await lookupIcd(code);
  return r.kind === 'found' ? headerChoices(r.entry, r.notes) : undefined;
}
