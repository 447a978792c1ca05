/**
 * The shipped code-search index in shards (issue 16, item 7): a first search downloads the base
 * (codes, document lengths, index-entry structure, synonyms) plus the word shards of the letters
 * its words start with, and the Alphabetic Index terms only for the entries its hits came
 * through. Everything else is fetched when a query needs it.
 *
 * `splitSearchIndex` cuts the index the data build makes (`buildSearchIndex`) into these files and
 * `joinSearchIndex` puts them back together, exactly (tested), for Node callers that read all of
 * them. A sharded searcher (`createShardedSearcher` in search.ts) answers a query only when every
 * shard the query reads is loaded; otherwise it names the missing files and `outcomeWithShards`
 * loads them and asks again, so its results are those of the whole index.
 */
import type { SearchIndexData, SearchIndexPart } from './search.ts';
import { tokenize } from './search-words.ts';
import { DRUG_ROW_LEAD, leadTerm } from './search-drug-table.ts';
import { NEOPLASM_ROW_LEAD } from './search-neoplasm-table.ts';

/**
 * The words by which a main term is entered: its first word and the other forms of that word the
 * main term lists ("Infarct, infarction" -> "infarct infarction"; "Burn, burned, burning"), so a
 * query that says "infarction" names the main term "Infarct, infarction" as "infarct" does.
 */
export function leadWords(mainTerm: string): string {
  const words = tokenize(mainTerm);
  const first = words[0] ?? '';
  if (first.length < 4) return first;
  return [...new Set([first, ...words.slice(1).filter((w) => w.startsWith(first.slice(0, 4)))])].join(' ');
}

/** Folder of the search files under the ICD-10-CM data base ("icd10cm/fy2027/search/"). */
export const SEARCH_DIR = 'search';

/**
 * The most JSON bytes of words and postings in one word shard (about 8 kB gzip) before a letter is
 * cut at a two-letter prefix: the big letters (c, p, s: 53-57 kB gzip whole) made a query whose
 * readings touch many letters fetch over 600 kB before any result.
 */
export const WORD_SHARD_BYTES = 24_000;

/**
 * The key of the word shard that holds `w` if the vocabulary has it, among `keys` (each shard's
 * key, sorted): the last key at or before `w` with the same first letter; undefined when its letter
 * has no shard (no word starts with it).
 */
export function wordShardKey(keys: readonly string[], w: string): string | undefined {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? '') <= w) lo = mid + 1;
    else hi = mid;
  }
  const key = keys[lo - 1];
  return key !== undefined && key.charAt(0) === w.charAt(0) ? key : undefined;
}

/** Index entries per terms chunk: about 4 kB gzip each, so a query fetches the terms near its hits and little else. */
export const TERMS_CHUNK = 1000;

/** What every search needs: search/base.json. */
export interface SearchBase {
  year: number;
  hcpcsRelease: string;
  /** `SearchIndexData.codes`, front-coded (`frontCode`): about a seventh of the gzip bytes. */
  codes: string;
  billable: string;
  /** `SearchIndexData.hcpcs`, front-coded. */
  hcpcs: string;
  lens: string;
  synonyms: Record<string, string[]>;
  /** Number of Alphabetic Index entries. */
  entryCount: number;
  /** Per entry, its depth in the Index tree (0 for a main term) as one character: code point - 48. Entries are in tree order, so the parent is the last entry one level up. */
  depths: string;
  /** Per entry, ICD code index as a signed delta from the previous entry's code, written by `encodeTargets` ("~" for none). */
  targets: string;
  /** Lead words of each main term (`leadWords`: its first word and the forms of it the main term lists, space-separated), in entry order: the words coders enter the Index by. */
  leads: string[];
  /** Vocabulary size. */
  vocabSize: number;
  /** Word shards in vocabulary order: [key (`SearchWordShard.char`), index of its first word in the sorted vocabulary, word count]. */
  wordShards: [string, number, number][];
  /** Entries per terms chunk. */
  termsChunk: number;
  /** `SearchIndexData.neoplasm`: the Neoplasm Table rows' cells (about 5 kB gzip). */
  neoplasm: { first: number; cells: string; nonessential: string };
  /**
   * The External Cause Index, shipped apart (`cause.json`, `cause-words-<c>.json`,
   * `cause-terms-<n>.json`) and read only by a query that reads as an external cause
   * (search-external-cause.ts): the words that make a query read it (`causeWords`), the words only
   * it has (so the speller leaves them alone: "hoverboard"), all space-separated; its entry count
   * and the first characters of its word shards. Its terms chunks hold `termsChunk` entries.
   */
  cause?: { words: string; only: string; entries: number; chars: string };
  /** `SearchIndexData.sevenths`: the Chapter 19 and 20 codes whose 7th characters are not A, D and S. */
  sevenths?: string;
}

/** search/cause.json: the External Cause Index's entries as the base holds the Alphabetic Index's. */
export interface SearchCauseBase {
  entryCount: number;
  /** As `SearchBase.depths`. */
  depths: string;
  /** As `SearchBase.targets`. */
  targets: string;
  /** Word count per entry, one char each: code point - 48. */
  lens: string;
  /** As `SearchBase.leads`, for this index's main terms. */
  leads: string[];
}

/**
 * search/words-<key>.json: a run of the sorted vocabulary and its postings. A letter whose words
 * fit in WORD_SHARD_BYTES is one shard keyed by the letter; a bigger one is cut, between two-letter
 * prefixes only, into shards keyed by the letter (its first) and by the first two letters of each
 * later one's first word ("s", "sc", "sp"), so a word is in the last shard whose key sorts at or
 * before it, and every word that starts with the same two letters is in one shard.
 */
export interface SearchWordShard {
  /** The shard's key: its letter, or the two letters its first word starts with. */
  char: string;
  from: number;
  words: string[];
  /** Per word, the document ids it is in, written by `encodePostings`. */
  postings: string[];
}

/** search/terms-<n>.json: the Index terms of entries n*termsChunk .. (n+1)*termsChunk - 1. */
export interface SearchTermsChunk {
  chunk: number;
  terms: string[];
}

/** The kinds of search file. */
export interface SearchShards {
  base: SearchBase;
  words: SearchWordShard[];
  terms: SearchTermsChunk[];
  /** The External Cause Index's files, when the index has it. */
  cause?: { base: SearchCauseBase; words: SearchWordShard[]; terms: SearchTermsChunk[] };
}

/** File name (under SEARCH_DIR) of a word shard. */
export const wordShardFile = (char: string): string => `words-${char}.json`;

/** File name (under SEARCH_DIR) of a terms chunk. */
export const termsChunkFile = (chunk: number): string => `terms-${chunk}.json`;

/** File name (under SEARCH_DIR) of the External Cause Index's base. */
export const CAUSE_BASE_FILE = 'cause.json';

/** File name (under SEARCH_DIR) of an External Cause Index word shard. */
export const causeWordShardFile = (char: string): string => `cause-words-${char}.json`;

/** File name (under SEARCH_DIR) of an External Cause Index terms chunk. */
export const causeTermsChunkFile = (chunk: number): string => `cause-terms-${chunk}.json`;

/** Every file name under SEARCH_DIR, base first, the External Cause Index's last (for the manifest and the practice pack). */
export function searchShardFiles(base: Pick<SearchBase, 'wordShards' | 'entryCount' | 'termsChunk' | 'cause'>): string[] {
  const chunks = (entries: number, name: (i: number) => string): string[] => Array.from({ length: Math.ceil(entries / base.termsChunk) }, (_, i) => name(i));
  const { cause } = base;
  return [
    'base.json',
    ...base.wordShards.map(([c]) => wordShardFile(c)),
    ...chunks(base.entryCount, termsChunkFile),
    ...(cause === undefined ? [] : [CAUSE_BASE_FILE, ...[...cause.chars].map(causeWordShardFile), ...chunks(cause.entries, causeTermsChunkFile)]),
  ];
}

/**
 * Every file of a split index, read by name (under SEARCH_DIR) with `read`, for callers that load
 * them all (Node: the CLI, the bench, tests).
 */
export function readSearchShards(base: SearchBase, read: (file: string) => unknown): SearchShards {
  const files = searchShardFiles(base);
  const out: SearchShards = {
    base,
    words: files.filter((f) => f.startsWith('words-')).map((f) => read(f) as SearchWordShard),
    terms: files.filter((f) => f.startsWith('terms-')).map((f) => read(f) as SearchTermsChunk),
  };
  if (base.cause !== undefined) {
    out.cause = {
      base: read(CAUSE_BASE_FILE) as SearchCauseBase,
      words: files.filter((f) => f.startsWith('cause-words-')).map((f) => read(f) as SearchWordShard),
      terms: files.filter((f) => f.startsWith('cause-terms-')).map((f) => read(f) as SearchTermsChunk),
    };
  }
  return out;
}

/** Word shards, entry depths, code targets, main terms' lead words and terms chunks of one part of the index. */
function splitPart(vocab: readonly string[], postings: readonly string[], entries: readonly [string, number, number][], termsChunk: number, shardBytes = Infinity) {
  const words: SearchWordShard[] = [];
  // Words by letter, and each letter's words by their first two letters.
  const letters: { char: string; groups: { from: number; words: string[]; postings: string[]; bytes: number }[] }[] = [];
  vocab.forEach((w, i) => {
    const c = w.charAt(0);
    let l = letters[letters.length - 1];
    if (l?.char !== c) letters.push((l = { char: c, groups: [] }));
    let g = l.groups[l.groups.length - 1];
    const two = w.slice(0, 2);
    if (g === undefined || (g.words[0] ?? '').slice(0, 2) !== two) l.groups.push((g = { from: i, words: [], postings: [], bytes: 0 }));
    const p = encodePostings(postings[i] ?? '');
    g.words.push(w);
    g.postings.push(p);
    g.bytes += w.length + p.length + 6;
  });
  for (const l of letters) {
    const total = l.groups.reduce((n, g) => n + g.bytes, 0);
    let s: (SearchWordShard & { bytes: number }) | undefined;
    for (const g of l.groups) {
      if (s === undefined || (total > shardBytes && s.bytes + g.bytes > shardBytes)) {
        if (s !== undefined) words.push({ char: s.char, from: s.from, words: s.words, postings: s.postings });
        s = { char: s === undefined ? l.char : (g.words[0] ?? '').slice(0, 2), from: g.from, words: [], postings: [], bytes: 0 };
      }
      s.words.push(...g.words);
      s.postings.push(...g.postings);
      s.bytes += g.bytes;
    }
    if (s !== undefined) words.push({ char: s.char, from: s.from, words: s.words, postings: s.postings });
  }
  const depths: number[] = [];
  entries.forEach(([, p], i) => {
    if (p >= i) throw new Error(`search index: entry ${i} comes before its parent ${p}`);
    depths.push(p < 0 ? 0 : (depths[p] ?? 0) + 1);
  });
  const leads: string[] = [];
  for (const [term, parent] of entries) {
    if (parent >= 0) continue;
    const lead = leadTerm(term);
    leads.push(lead === DRUG_ROW_LEAD || lead === NEOPLASM_ROW_LEAD ? lead : leadWords(lead));
  }
  const terms: SearchTermsChunk[] = [];
  for (let i = 0; i < entries.length; i += termsChunk) terms.push({ chunk: i / termsChunk, terms: entries.slice(i, i + termsChunk).map((e) => e[0]) });
  return {
    words,
    terms,
    entryCount: entries.length,
    depths: depths.map((d) => String.fromCharCode(48 + d)).join(''),
    targets: encodeTargets(entries.map(([, , t]) => t)),
    leads,
    vocabSize: vocab.length,
    wordShards: words.map((s): [string, number, number] => [s.char, s.from, s.words.length]),
    termsChunk,
  };
}

/** Cut a whole search index into its base, word shards and terms chunks (and the External Cause Index's). */
export function splitSearchIndex(data: SearchIndexData, termsChunk = TERMS_CHUNK): SearchShards {
  const { words, terms, ...main } = splitPart(data.vocab, data.postings, data.entries, termsChunk, WORD_SHARD_BYTES);
  const out: SearchShards = {
    base: {
      year: data.year,
      hcpcsRelease: data.hcpcsRelease,
      codes: frontCode(data.codes),
      billable: data.billable,
      hcpcs: frontCode(data.hcpcs),
      lens: data.lens,
      synonyms: data.synonyms,
      entryCount: main.entryCount,
      depths: main.depths,
      targets: main.targets,
      leads: main.leads,
      vocabSize: main.vocabSize,
      wordShards: main.wordShards,
      termsChunk,
      neoplasm: data.neoplasm,
      ...(data.sevenths === undefined ? {} : { sevenths: data.sevenths }),
    },
    words,
    terms,
  };
  const ext = data.external;
  if (ext !== undefined) {
    const cause = splitPart(ext.vocab, ext.postings, ext.entries, termsChunk);
    const known = new Set(data.vocab);
    out.base.cause = {
      words: ext.causeWords.join(' '),
      only: ext.vocab.filter((w) => !known.has(w)).join(' '),
      entries: ext.entries.length,
      chars: cause.words.map((w) => w.char).join(''),
    };
    out.cause = { base: { entryCount: cause.entryCount, depths: cause.depths, targets: cause.targets, lens: ext.lens, leads: cause.leads }, words: cause.words, terms: cause.terms };
  }
  return out;
}

/** Entry parents and code targets decoded from a base. */
export function decodeEntries(base: Pick<SearchBase, 'entryCount' | 'depths' | 'targets'>): { parents: Int32Array; targets: Int32Array } {
  const parents = new Int32Array(base.entryCount);
  // The last entry seen at each depth: an entry's parent is the one a level up.
  const open: number[] = [];
  for (let i = 0; i < base.entryCount; i++) {
    const depth = base.depths.charCodeAt(i) - 48;
    parents[i] = depth === 0 ? -1 : (open[depth - 1] ?? -1);
    open[depth] = i;
  }
  return { parents, targets: decodeTargets(base.targets, base.entryCount) };
}

/** Digits (base 32) of a number that more digits follow. */
const MORE = '0123456789abcdefghijklmnopqrstuv';
/** Its last digit: a number ends there, so no separator is needed. */
const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';
/** An entry with no code. */
const NONE = '~';

/**
 * Entries' code indices (-1 for none) as deltas from the previous code, each a signed number
 * folded to 0, 1, 2 ... (0, -1, 1, -2 ...) in base-32 digits, the last digit from its own
 * alphabet: the base's largest field in about 11% fewer gzip bytes than base-36 deltas joined by commas.
 */
export function encodeTargets(targets: readonly number[]): string {
  let prev = 0;
  let out = '';
  for (const t of targets) {
    if (t < 0) {
      out += NONE;
      continue;
    }
    const d = t - prev;
    prev = t;
    out += digits32(d >= 0 ? 2 * d : -2 * d - 1);
  }
  return out;
}

/** A number of 0 or more in base-32 digits, the last from LAST. */
function digits32(n: number): string {
  let z = n;
  let out = LAST.charAt(z % 32);
  z = Math.floor(z / 32);
  while (z > 0) {
    out = MORE.charAt(z % 32) + out;
    z = Math.floor(z / 32);
  }
  return out;
}

/**
 * A word's postings in a word shard: the ascending document ids as deltas, each in base-32 digits
 * with its last digit from its own alphabet (no separator). `SearchIndexData.postings` (base-36
 * deltas joined by ",") in about 7% fewer gzip bytes. Converts from that form.
 */
export function encodePostings(deltas36: string): string {
  const one = (part: string): string => (part === '' ? '' : part.split(',').map((d) => digits32(parseInt(d, 36))).join(''));
  // The documents with the word only in a nonessential modifier follow OPTIONAL, their deltas from 0.
  return deltas36.split(';').map(one).join(OPTIONAL);
}

/** What separates a word's own documents from those with it only in a nonessential modifier. */
const OPTIONAL = '|';

/** Ascending ids of one run of base-32 deltas (`encodePostings`). */
function idsOf(text: string): Int32Array {
  let count = 0;
  for (let k = 0; k < text.length; k++) if (LAST.includes(text.charAt(k))) count++;
  const ids = new Int32Array(count);
  let acc = 0;
  let z = 0;
  for (let k = 0, i = 0; k < text.length; k++) {
    const c = text.charAt(k);
    const last = LAST.indexOf(c);
    if (last < 0) {
      z = z * 32 + MORE.indexOf(c);
      continue;
    }
    acc += z * 32 + last;
    ids[i++] = acc;
    z = 0;
  }
  return ids;
}

/**
 * The document ids a word shard's postings hold (`encodePostings`), ascending: those that have
 * the word as their own, and those that have it only in a nonessential modifier.
 */
export function postingParts(text: string): { own: Int32Array; optional: Int32Array } {
  const cut = text.indexOf(OPTIONAL);
  if (cut < 0) return { own: idsOf(text), optional: new Int32Array(0) };
  return { own: idsOf(text.slice(0, cut)), optional: idsOf(text.slice(cut + 1)) };
}

/** All the document ids a word shard's postings hold (`encodePostings`), ascending. */
export function postingIds(text: string): Int32Array {
  const { own, optional } = postingParts(text);
  if (optional.length === 0) return own;
  const all = new Int32Array(own.length + optional.length);
  for (let i = 0, j = 0, k = 0; k < all.length; k++) all[k] = j >= optional.length || (i < own.length && (own[i] ?? 0) < (optional[j] ?? 0)) ? (own[i++] ?? 0) : (optional[j++] ?? 0);
  return all;
}

/** `SearchIndexData.postings`' form (base-36 deltas joined by ",", ";" before the optional ones) of a word shard's postings. */
function postingsBack(text: string): string {
  const back = (ids: Int32Array): string => {
    let prev = 0;
    return [...ids].map((id) => {
      const d = id - prev;
      prev = id;
      return d.toString(36);
    }).join(',');
  };
  const cut = text.indexOf(OPTIONAL);
  return cut < 0 ? back(idsOf(text)) : `${back(idsOf(text.slice(0, cut)))};${back(idsOf(text.slice(cut + 1)))}`;
}

/** The `n` code indices `encodeTargets` wrote. */
export function decodeTargets(text: string, n: number): Int32Array {
  const targets = new Int32Array(n).fill(-1);
  let prev = 0;
  let z = 0;
  let i = 0;
  for (let k = 0; k < text.length && i < n; k++) {
    const c = text.charAt(k);
    if (c === NONE) {
      targets[i++] = -1;
      continue;
    }
    const last = LAST.indexOf(c);
    if (last < 0) {
      z = z * 32 + MORE.indexOf(c);
      continue;
    }
    z = z * 32 + last;
    prev += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    targets[i++] = prev;
    z = 0;
  }
  return targets;
}

/** One part's vocabulary, postings and entries back from its files. */
function joinPart(base: Pick<SearchBase, 'entryCount' | 'depths' | 'targets'>, words: readonly SearchWordShard[], chunks: readonly SearchTermsChunk[]): Omit<SearchIndexPart, 'lens'> {
  const vocab: string[] = [];
  const postings: string[] = [];
  for (const s of [...words].sort((a, b) => a.from - b.from)) {
    vocab.push(...s.words);
    postings.push(...s.postings.map(postingsBack));
  }
  const { parents, targets } = decodeEntries(base);
  const terms = [...chunks].sort((a, b) => a.chunk - b.chunk).flatMap((c) => c.terms);
  return { vocab, postings, entries: terms.map((t, i) => [t, parents[i] ?? -1, targets[i] ?? -1]) };
}

/** Put a split index back together: the exact object `splitSearchIndex` was given. */
export function joinSearchIndex(parts: SearchShards): SearchIndexData {
  const { base } = parts;
  const main = joinPart(base, parts.words, parts.terms);
  const out: SearchIndexData = {
    year: base.year,
    hcpcsRelease: base.hcpcsRelease,
    codes: frontDecode(base.codes),
    billable: base.billable,
    hcpcs: frontDecode(base.hcpcs),
    entries: main.entries,
    lens: base.lens,
    vocab: main.vocab,
    postings: main.postings,
    synonyms: base.synonyms,
    neoplasm: base.neoplasm,
  };
  if (base.sevenths !== undefined) out.sevenths = base.sevenths;
  if (parts.cause !== undefined && base.cause !== undefined) {
    const ext = joinPart(parts.cause.base, parts.cause.words, parts.cause.terms);
    out.external = { entries: ext.entries, lens: parts.cause.base.lens, vocab: ext.vocab, postings: ext.postings, causeWords: base.cause.words === '' ? [] : base.cause.words.split(' ') };
  }
  return out;
}

/**
 * Front coding of a space-separated code list: each code as the number of leading characters it
 * shares with the one before (one digit, at most 9) and the rest ("A000 A001" -> "0A000 31").
 */
export function frontCode(list: string): string {
  if (list === '') return '';
  let prev = '';
  return list
    .split(' ')
    .map((c) => {
      let k = 0;
      while (k < 9 && k < c.length && k < prev.length && c[k] === prev[k]) k++;
      prev = c;
      return `${k}${c.slice(k)}`;
    })
    .join(' ');
}

/** The space-separated list `frontCode` was given. */
export function frontDecode(coded: string): string {
  if (coded === '') return '';
  let prev = '';
  return coded
    .split(' ')
    .map((t) => (prev = prev.slice(0, Number(t.charAt(0))) + t.slice(1)))
    .join(' ');
}
