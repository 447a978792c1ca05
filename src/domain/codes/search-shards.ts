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
import type { SearchIndexData } from './search.ts';
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
  /** Per entry, ICD code index as a signed base-36 delta from the previous entry's code ("" for none), joined by ",". */
  targets: string;
  /** Lead words of each main term (`leadWords`: its first word and the forms of it the main term lists, space-separated), in entry order: the words coders enter the Index by. */
  leads: string[];
  /** Vocabulary size. */
  vocabSize: number;
  /** Word shards: [first character, index of its first word in the sorted vocabulary, word count]. */
  wordShards: [string, number, number][];
  /** Entries per terms chunk. */
  termsChunk: number;
  /** `SearchIndexData.neoplasm`: the Neoplasm Table rows' cells (about 5 kB gzip). */
  neoplasm: { first: number; cells: string; nonessential: string };
}

/** search/words-<c>.json: the vocabulary words starting with one character and their postings. */
export interface SearchWordShard {
  char: string;
  from: number;
  words: string[];
  postings: string[];
}

/** search/terms-<n>.json: the Index terms of entries n*termsChunk .. (n+1)*termsChunk - 1. */
export interface SearchTermsChunk {
  chunk: number;
  terms: string[];
}

/** The three kinds of search file. */
export interface SearchShards {
  base: SearchBase;
  words: SearchWordShard[];
  terms: SearchTermsChunk[];
}

/** File name (under SEARCH_DIR) of a word shard. */
export const wordShardFile = (char: string): string => `words-${char}.json`;

/** File name (under SEARCH_DIR) of a terms chunk. */
export const termsChunkFile = (chunk: number): string => `terms-${chunk}.json`;

/** Every file name under SEARCH_DIR, base first (for the manifest and the practice pack). */
export function searchShardFiles(base: Pick<SearchBase, 'wordShards' | 'entryCount' | 'termsChunk'>): string[] {
  return ['base.json', ...base.wordShards.map(([c]) => wordShardFile(c)), ...Array.from({ length: Math.ceil(base.entryCount / base.termsChunk) }, (_, i) => termsChunkFile(i))];
}

/** Cut a whole search index into its base, word shards and terms chunks. */
export function splitSearchIndex(data: SearchIndexData, termsChunk = TERMS_CHUNK): SearchShards {
  const words: SearchWordShard[] = [];
  data.vocab.forEach((w, i) => {
    const c = w.charAt(0);
    let s = words[words.length - 1];
    if (s?.char !== c) words.push((s = { char: c, from: i, words: [], postings: [] }));
    s.words.push(w);
    s.postings.push(data.postings[i] ?? '');
  });
  let prev = 0;
  const targets = data.entries.map(([, , t]) => {
    if (t < 0) return '';
    const d = t - prev;
    prev = t;
    return d.toString(36);
  });
  const depths: number[] = [];
  data.entries.forEach(([, p], i) => {
    if (p >= i) throw new Error(`search index: entry ${i} comes before its parent ${p}`);
    depths.push(p < 0 ? 0 : (depths[p] ?? 0) + 1);
  });
  const leads: string[] = [];
  for (const [term, parent] of data.entries) {
    if (parent >= 0) continue;
    const lead = leadTerm(term);
    leads.push(lead === DRUG_ROW_LEAD || lead === NEOPLASM_ROW_LEAD ? lead : leadWords(lead));
  }
  const terms: SearchTermsChunk[] = [];
  for (let i = 0; i < data.entries.length; i += termsChunk) terms.push({ chunk: i / termsChunk, terms: data.entries.slice(i, i + termsChunk).map((e) => e[0]) });
  return {
    base: {
      year: data.year,
      hcpcsRelease: data.hcpcsRelease,
      codes: frontCode(data.codes),
      billable: data.billable,
      hcpcs: frontCode(data.hcpcs),
      lens: data.lens,
      synonyms: data.synonyms,
      entryCount: data.entries.length,
      depths: depths.map((d) => String.fromCharCode(48 + d)).join(''),
      targets: targets.join(','),
      leads,
      vocabSize: data.vocab.length,
      wordShards: words.map((s) => [s.char, s.from, s.words.length]),
      termsChunk,
      neoplasm: data.neoplasm,
    },
    words,
    terms,
  };
}

/** Entry parents and code targets decoded from a base. */
export function decodeEntries(base: Pick<SearchBase, 'entryCount' | 'depths' | 'targets'>): { parents: Int32Array; targets: Int32Array } {
  const parents = new Int32Array(base.entryCount);
  const targets = new Int32Array(base.entryCount);
  const ts = base.targets === '' ? [] : base.targets.split(',');
  // The last entry seen at each depth: an entry's parent is the one a level up.
  const open: number[] = [];
  let prev = 0;
  for (let i = 0; i < base.entryCount; i++) {
    const depth = base.depths.charCodeAt(i) - 48;
    parents[i] = depth === 0 ? -1 : (open[depth - 1] ?? -1);
    open[depth] = i;
    const t = ts[i] ?? '';
    if (t === '') targets[i] = -1;
    else targets[i] = prev += parseInt(t, 36);
  }
  return { parents, targets };
}

/** Put a split index back together: the exact object `splitSearchIndex` was given. */
export function joinSearchIndex(parts: SearchShards): SearchIndexData {
  const { base } = parts;
  const vocab: string[] = [];
  const postings: string[] = [];
  for (const s of [...parts.words].sort((a, b) => a.from - b.from)) {
    vocab.push(...s.words);
    postings.push(...s.postings);
  }
  const { parents, targets } = decodeEntries(base);
  const terms = [...parts.terms].sort((a, b) => a.chunk - b.chunk).flatMap((c) => c.terms);
  return {
    year: base.year,
    hcpcsRelease: base.hcpcsRelease,
    codes: frontDecode(base.codes),
    billable: base.billable,
    hcpcs: frontDecode(base.hcpcs),
    entries: terms.map((t, i) => [t, parents[i] ?? -1, targets[i] ?? -1]),
    lens: base.lens,
    vocab,
    postings,
    synonyms: base.synonyms,
    neoplasm: base.neoplasm,
  };
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
