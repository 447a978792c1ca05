/**
 * Code search over ICD-10-CM and HCPCS Level II: prefix search on codes and word search over
 * titles and Alphabetic Index paths, so lay wording ("pink eye") reaches the right category
 * through the index's own entries and "see" references, plus a small lay-word table
 * (lay-terms.ts). The index is built once at data-build time (`buildSearchIndex`) and shipped as
 * one compact JSON file without titles (titles are fetched per shard for the hits only);
 * `createSearcher` decodes it once and answers each query with typed-array scoring.
 *
 * How a query is read (issue 16), in order:
 * 1. Bad input (very long, no letters or digits) returns no hits and a hint, never an error.
 * 2. Spelling: a word that is not in the vocabulary is replaced by its nearest vocabulary word
 *    (edit distance 1, or 2 for longer words, same first letter, most frequent wins) and the
 *    corrected query is offered as "did you mean". A word that is in the vocabulary is never
 *    changed, so hypo/hyper, ileum/ilium, dysphagia/dysphasia stay as typed.
 * 3. The curated dictionary (content/search/synonyms.json) reads abbreviations, lay words,
 *    compounds, intent words (encounter, screening, history of, vaccine, follow-up, aftercare,
 *    exam) and external-cause phrasing as the classification's wording; each reading runs next
 *    to the query, steers toward its code families, and every hit says how it was read.
 * 4. Two words the Index writes as one ("tooth ache") also run joined, and two words the
 *    dictionary writes as one ("near sighted") read as that term; one word that is two known
 *    words run together ("kidneystone") or a word with its stage typed on ("ckd3a") is read
 *    apart, unless a one-edit spelling is nearer.
 *    An abbreviation that is also a plain word ("pad") reads as the abbreviation only as typed,
 *    not through a plural ("gauze pads").
 * 5. A query that names a behavior or histology ("SCC lung", "mets to liver", "DCIS") reads the
 *    Neoplasm Table: site words find the row, the words choose the column (search-neoplasm-table.ts).
 *    An injury named with its cause ("whiplash after car accident") also reads alone, for injury
 *    codes; a supply named with what it is for ("sling for broken arm") also reads as the supply.
 * 6. An uncertain diagnosis ("chest pain r/o MI", search-uncertain.ts) is read in two parts, the
 *    signs first (outpatient, Guidelines Section IV.H), then the condition (inpatient, Section II.H);
 *    complaints joined by "and" are also read one by one.
 * 7. A query that reads as an external cause ("crashed my bike into a parked car", "GSW") also
 *    reads the External Cause Index (search-external-cause.ts), shipped and fetched apart; its hits
 *    say "External Cause Index: <path>" and rank below an injury or condition the query names.
 */
import { mainTermMap, resolveSee, type IndexNode } from './alphabetic-index.ts';
import { LAY_PHRASES, LAY_WORDS } from './lay-terms.ts';
import { DRUG_COLUMNS, DRUG_ROW_LEAD, POISONING_WORDS, ROW_OPTIONAL_WORDS, cellColumn, drugColumnsOf, drugTableEntries } from './search-drug-table.ts';
import { UNCERTAIN_MARKERS, conditionOf, confirmedOnly, isSignOrSymptom, uncertainReading } from './search-uncertain.ts';
import { EVERYDAY_CAUSE_WORDS, EXTERNAL_INDEX_LABEL, causeWords, externalCauseEntries, type ExternalCauseEntry } from './search-external-cause.ts';
import { NEOPLASM_CELLS, NEOPLASM_COLUMNS, NEOPLASM_ROW_LEAD, neoplasmColumnLabel, neoplasmReading, neoplasmReferenceResolver, neoplasmTableEntries } from './search-neoplasm-table.ts';
import type { IndexTable } from './tables.ts';
import { dotIcd, normalizeIcd } from './normalize.ts';
import { STOP, hyphenJoins, negatedForm, negatedWords, stem, tokenize } from './search-words.ts';
import { MAX_QUERY_LENGTH, type SearchHint } from './search-hints.ts';

export { MAX_QUERY_LENGTH, describeSearchHint, type SearchHint } from './search-hints.ts';
import {
  CAUSE_BASE_FILE,
  causeTermsChunkFile,
  causeWordShardFile,
  decodeEntries,
  frontDecode,
  postingIds,
  postingParts,
  splitSearchIndex,
  termsChunkFile,
  wordShardFile,
  wordShardKey,
  type SearchBase,
  type SearchCauseBase,
  type SearchTermsChunk,
  type SearchWordShard,
} from './search-shards.ts';

export { stem, tokenize };

/**
 * The 7th character an encounter word asks for, in Chapters 19 and 20 (Guidelines Sections
 * I.C.19.a and I.C.20.a.2): A, initial encounter (active treatment); D, subsequent encounter
 * (routine care in the healing or recovery phase, which is what a follow-up or the aftercare of an
 * injury is: "The aftercare Z codes should not be used for aftercare for injuries"); S, sequela.
 * Each phrase is a run of query words; "encounter", "visit" or "care" after it is part of it.
 */
export const ENCOUNTER_SEVENTHS: readonly { char: string; label: string; phrases: readonly (readonly string[])[] }[] = [
  { char: 'A', label: 'an initial encounter', phrases: [['initial']] },
  { char: 'D', label: 'a subsequent encounter', phrases: [['subsequent'], ['follow', 'up'], ['followup'], ['f', 'u'], ['recheck'], ['healing'], ['aftercare']] },
  { char: 'S', label: 'a sequela', phrases: [['sequela'], ['sequelae'], ['late', 'effect'], ['late', 'effects']] },
];

/** Codes whose 7th character says the encounter: Chapters 19 and 20 (S00-T88, V00-Y99), by dotless code. */
export const ENCOUNTER_CHAPTERS = /^[STVWXY]/;

/** A dictionary entry as the searcher needs it (the authored file also holds kind and note). */
export interface SearchDictionaryEntry {
  term: string;
  /** Shown in capitals in the explanation ("CAD read as ..."). */
  abbreviation?: boolean;
  /** A known misspelling: its reading is also offered as "did you mean". */
  spelling?: boolean;
  /** An external cause ("car accident", "fell"): the rest of the query is also read alone, as the injury. */
  external?: boolean;
  /** A supply or service in plain words ("sling"): its reading also runs alone ("sling for broken arm" is the sling). */
  supply?: boolean;
  /** An intent word ("shot", "physical"): what it reads is the encounter, so a cause word it covers ("shot") is no cause. */
  intent?: boolean;
  /** Words that, anywhere in the query, keep the term from being read ("mother" in "infant of diabetic mother"). */
  unless?: readonly string[];
  /** An abbreviation that is also an everyday word ("odd"): read so only in capitals or as the whole query ("odd rash" is a rash). */
  everyday?: boolean;
  meanings: readonly { reads: string; index?: string | undefined; prefer?: readonly string[] | undefined }[];
}

/** Shipped search index (public/data/icd10cm/fy<year>/search.json). */
export interface SearchIndexData {
  year: number;
  /** HCPCS release the HCPCS documents come from, e.g. "2025-10". */
  hcpcsRelease: string;
  /** Searchable ICD-10-CM codes, dotless, space-separated. 7th-character variants are folded into their parent. */
  codes: string;
  /** Billable flag per ICD-10-CM code, one "0"/"1" character each. */
  billable: string;
  /** HCPCS Level II codes, space-separated (all valid in the release). */
  hcpcs: string;
  /** Index terms that lead to a code (and their ancestors): [term, parent entry or -1, ICD code index or -1]. */
  entries: [string, number, number][];
  /** Word count per document (ICD codes, HCPCS codes, entries), one char each: code point - 48. */
  lens: string;
  /** Vocabulary, sorted. */
  vocab: string[];
  /**
   * Postings per vocabulary word: doc ids as base-36 deltas joined by ","; then, after ";" when
   * there are any, the documents that have the word only in a nonessential modifier ("tract" in
   * "Infection, urinary (tract)"), the same way. Such a match reads the query but is not one of
   * the entry's own words (`run`).
   */
  postings: string[];
  /** Word -> words it also means, learned from index "see" references plus lay-terms.ts. */
  synonyms: Record<string, string[]>;
  /**
   * Neoplasm Table rows (search-neoplasm-table.ts): the entry index of the first row, and per row,
   * in entry order, its NEOPLASM_CELLS cells as ICD code indices in base 36 ('' for none),
   * separated by ' ', rows separated by ','. `first` is -1 when the index has no table rows.
   * `nonessential` has one character per row, '1' where the row has nonessential words of its own
   * ("ependyma (brain)"): such a row ranks just below a row found by its own words ("brain NEC").
   */
  neoplasm: { first: number; cells: string; nonessential: string };
  /**
   * The External Cause Index (search-external-cause.ts), a part of its own: its entries, their
   * word counts, vocabulary and postings (doc ids are its entry numbers), and the words that make
   * a query read it (`causeWords`). Absent when the build was given no External Cause Index.
   */
  external?: SearchIndexPart & { causeWords: string[] };
  /**
   * Codes of Chapters 19 and 20 (S00-T88, V00-Y99) whose 7th-character children, folded into them
   * (`codes`), are not the usual A, D and S, as "code:characters" space-separated ("S061X7:A": an
   * injury with death before regaining consciousness has an initial encounter only). An encounter
   * word in a query (search.ts ENCOUNTER_SEVENTHS) adds a 7th character only where the code has it.
   */
  sevenths?: string;
}

/** A part of the index searched apart from the rest (the External Cause Index). */
export interface SearchIndexPart {
  /** [term, parent entry or -1, ICD code index or -1], parents before children. */
  entries: [string, number, number][];
  /** Word count per entry, one char each: code point - 48. */
  lens: string;
  /** Vocabulary, sorted. */
  vocab: string[];
  /** Postings per vocabulary word: entry numbers as base-36 deltas joined by ",". */
  postings: string[];
}


/** An HCPCS row for the search build: code and long title. */
export interface HcpcsSearchRow {
  code: string;
  title: string;
}

/** Build the shipped index from the code rows, the Alphabetic Index tree and the HCPCS codes. */
export function buildSearchIndex(
  year: number,
  rows: Iterable<{ code: string; billable: boolean; title: string }>,
  indexLetters: ReadonlyMap<string, IndexNode[]>,
  hcpcs: { release: string; rows: readonly HcpcsSearchRow[] } = { release: '', rows: [] },
  drugs?: Pick<IndexTable, 'columns' | 'terms'>,
  neoplasm?: Pick<IndexTable, 'columns' | 'terms'>,
  external?: ReadonlyMap<string, readonly IndexNode[]>,
): SearchIndexData {
  const all = [...rows];
  const exists = new Set(all.map((r) => r.code));
  const codes: { code: string; billable: boolean; title: string }[] = [];
  const pos = new Map<string, number>();
  // The 7th characters folded into each parent, for the encounter reading (`sevenths`).
  const folded = new Map<string, string>();
  for (const r of all) {
    // 7th-character variants repeat their parent's words plus the encounter: fold them.
    const parent = r.code.length !== 7 ? undefined : [r.code.slice(0, 6), r.code.slice(0, 6).replace(/X+$/, '')].find((c) => exists.has(c));
    if (parent !== undefined) {
      folded.set(parent, (folded.get(parent) ?? '') + r.code.charAt(6));
      continue;
    }
    pos.set(r.code, codes.length);
    codes.push(r);
  }
  const target = (printed: string | undefined): number | undefined => {
    if (printed === undefined) return undefined;
    const n = normalizeIcd(printed.replace(/-+$/, '').replace(/\.$/, ''));
    if (!n.ok) return undefined;
    for (let len = n.dotless.length; len >= 3; len--) {
      const p = pos.get(n.dotless.slice(0, len));
      if (p !== undefined) return p;
    }
    return undefined;
  };
  const mains = mainTermMap(indexLetters);
  const synonyms = new Map<string, Set<string>>();
  const addSyn = (from: string, to: string): void => {
    let s = synonyms.get(from);
    if (!s) synonyms.set(from, (s = new Set()));
    s.add(to);
  };
  // Walk the index; keep entries that lead to a code and the ancestors needed to print their path.
  interface Raw { term: string; parent: number; target: number; path: string; ne: string; keep: boolean }
  const raw: Raw[] = [];
  // "Meningioma, see also Neoplasm, meninges, benign": the table's cell is the entry's code.
  const neoplasmRef = neoplasm ? neoplasmReferenceResolver(neoplasm) : () => undefined;
  const walk = (node: IndexNode, path: string[], depth: number, parent: number): void => {
    const here = [...path, node.t];
    const code = node.c ?? (node.see ? resolveSee(mains, node.see) : undefined) ?? neoplasmRef(node.see ?? node.sa);
    const t = target(code);
    const me = raw.length;
    raw.push({ term: node.t, parent, target: t ?? -1, path: t === undefined ? '' : here.join(', '), ne: withoutExceptions(node.ne ?? ''), keep: t !== undefined });
    // A main term that only says "see X" ("Abandonment: see Maltreatment") makes its word mean X;
    // "see condition" ("Scalp: see condition") says to look up the condition, not a synonym.
    if (depth === 0 && node.see && !node.c) {
      const from = tokenize(node.t);
      const to = tokenize(node.see.split(',')[0] ?? '');
      if (from.length === 1 && to.length === 1 && from[0] !== to[0] && from[0] && to[0] && to[0] !== 'condition') addSyn(from[0], to[0]);
    }
    for (const k of node.k ?? []) walk(k, here, depth + 1, me);
  };
  for (const list of indexLetters.values()) for (const n of list) walk(n, [], 0, -1);
  // The Table of Drugs and Chemicals: one entry per substance row (search-drug-table.ts).
  if (drugs) {
    const at = raw.length;
    for (const e of drugTableEntries(drugs)) {
      const t = target(e.code);
      raw.push({ term: e.term, parent: e.parent < 0 ? -1 : at + e.parent, target: t ?? -1, path: t === undefined ? '' : e.text, ne: t === undefined ? '' : e.optional, keep: t !== undefined });
    }
    // "Aleve: see Naproxen" makes the brand name mean the substance, like the Index's own "see" terms.
    for (const n of drugs.terms) {
      if (!n.see || n.c) continue;
      const from = tokenize(n.t);
      const to = tokenize(n.see.split(',')[0] ?? '');
      if (from.length === 1 && to.length === 1 && from[0] !== to[0] && from[0] && to[0]) addSyn(from[0], to[0]);
    }
  }
  // The Neoplasm Table: one entry per row, found by its site words; its cells ride along.
  const neoRaw = new Map<number, { cells: string[]; nonessential: boolean }>();
  if (neoplasm) {
    const at = raw.length;
    for (const e of neoplasmTableEntries(neoplasm)) {
      const t = target(e.code);
      neoRaw.set(raw.length, { cells: e.cells, nonessential: e.nonessential });
      raw.push({ term: e.term, parent: e.parent < 0 ? -1 : at + e.parent, target: t ?? -1, path: t === undefined || e.text === '' ? '' : e.text, ne: t === undefined ? '' : e.optional, keep: t !== undefined });
    }
  }
  for (let i = raw.length - 1; i >= 0; i--) {
    const r = raw[i];
    if (r?.keep && r.parent >= 0) {
      const p = raw[r.parent];
      if (p) p.keep = true;
    }
  }
  const renumber = new Int32Array(raw.length).fill(-1);
  const entries: SearchIndexData['entries'] = [];
  const paths: { text: string; optional: string }[] = [];
  raw.forEach((r, i) => {
    if (!r.keep) return;
    renumber[i] = entries.length;
    entries.push([r.term, r.parent < 0 ? -1 : (renumber[r.parent] ?? -1), r.target]);
    paths.push({ text: r.path, optional: r.path === '' ? '' : r.ne });
  });
  const neoRows = [...neoRaw.keys()].filter((i) => renumber[i] !== -1);
  const neoplasmCells = {
    first: neoRows.length === 0 ? -1 : (renumber[neoRows[0] ?? 0] ?? -1),
    cells: neoRows.map((i) => (neoRaw.get(i)?.cells ?? []).map((c) => (c === '' ? '' : (target(c)?.toString(36) ?? ''))).join(' ')).join(','),
    nonessential: neoRows.map((i) => (neoRaw.get(i)?.nonessential === true ? '1' : '0')).join(''),
  };
  for (const [w, to] of Object.entries(LAY_WORDS)) for (const t of to) addSyn(w, t);

  const post = new Map<string, number[]>();
  // The documents a word is in only through their nonessential modifiers (`SearchIndexData.postings`).
  const optionalPost = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, w: string, id: number): void => {
    const list = m.get(w);
    if (list) list.push(id);
    else m.set(w, [id]);
  };
  const lengths: number[] = [];
  // Hyphenated title words written as one, posted once the whole vocabulary is known (below).
  const joins: [number, string][] = [];
  // Nonessential modifiers ("Infection, urinary (tract)") are words that may be present: searchable, not counted in length.
  const add = (id: number, text: string, optional = ''): void => {
    const words = tokenize(text);
    lengths[id] = docLength(words);
    const own = new Set(words);
    for (const w of own) push(post, w, id);
    for (const w of hyphenJoins(text)) if (!own.has(w)) joins.push([id, w]);
    for (const w of new Set(tokenize(optional))) if (!own.has(w)) push(optionalPost, w, id);
    // What the text says is absent ("without bleeding", "(without vomiting)"), posted apart so a
    // query can tell it from what the text says is there (`negatedConflicts`).
    for (const w of new Set([...negatedWords(text), ...negatedWords(optional)])) push(post, negatedForm(w), id);
  };
  codes.forEach((c, i) => add(i, c.title));
  hcpcs.rows.forEach((h, i) => add(codes.length + i, h.title));
  const entryBase = codes.length + hcpcs.rows.length;
  paths.forEach((p, i) => add(entryBase + i, p.text, p.optional));
  // A hyphenated title word also posts as the one word other titles or Index entries write
  // ("Gastro-esophageal reflux disease" for "gastroesophageal"), not counted in its length.
  const joined = new Set<number[]>();
  for (const [id, w] of joins) {
    const list = post.get(w);
    if (list === undefined || list.includes(id) || optionalPost.get(w)?.includes(id) === true) continue;
    list.push(id);
    joined.add(list);
  }
  for (const list of joined) list.sort((x, y) => x - y);
  const lens = lengths.map((l) => String.fromCharCode(48 + l)).join('');
  // Words in more than a tenth of all documents ("unspecified", "other") rank nothing and cost bytes.
  const cap = (entryBase + entries.length) / 10;
  const count = (w: string): number => (post.get(w)?.length ?? 0) + (optionalPost.get(w)?.length ?? 0);
  const vocab = [...new Set([...post.keys(), ...optionalPost.keys()])].filter((w) => count(w) <= cap).sort();
  const postings = vocab.map((w) => {
    const optional = optionalPost.get(w);
    return optional === undefined ? deltas(post.get(w) ?? []) : `${deltas(post.get(w) ?? [])};${deltas(optional)}`;
  });
  const result: SearchIndexData = {
    year,
    hcpcsRelease: hcpcs.release,
    codes: codes.map((c) => c.code).join(' '),
    billable: codes.map((c) => (c.billable ? '1' : '0')).join(''),
    hcpcs: hcpcs.rows.map((h) => h.code).join(' '),
    entries,
    lens,
    vocab,
    postings,
    synonyms: Object.fromEntries([...synonyms].map(([k, v]) => [k, [...v].sort()])),
    neoplasm: neoplasmCells,
  };
  if (external !== undefined) result.external = { ...indexPart(externalCauseEntries(external), target), causeWords: causeWords(external, indexLetters) };
  const unusual = [...folded].filter(([c, chars]) => ENCOUNTER_CHAPTERS.test(c) && !ENCOUNTER_SEVENTHS.every((x) => chars.includes(x.char)));
  if (unusual.length > 0) result.sevenths = unusual.map(([c, chars]) => `${c}:${[...chars].sort().join('')}`).join(' ');
  return result;
}

/**
 * Qualifiers of the Index, not words of a term: "Infection, respiratory NEC, upper NOS" is as long
 * as "Infection, respiratory, upper". They stay searchable; they do not count in a document's length.
 */
const QUALIFIERS = new Set(['nec', 'nos']);

/** A document's length for ranking: its words less the Index's qualifiers (QUALIFIERS), at most 60. */
const docLength = (words: readonly string[]): number => Math.min(60, words.filter((w) => !QUALIFIERS.has(w)).length);

/**
 * A nonessential modifier without the words it excludes: "Contusion, foot (except toe(s) alone)"
 * is found by "foot", not by "toe", which the modifier sends elsewhere (Contusion, toe); nor is
 * "Delirium (not alcohol- or drug-induced)" by "alcohol". A "(without ...)" modifier stays: it is
 * what "nausea without vomiting" (R11.0), "dementia without behavioral disturbance" (F03.90) and
 * "alcohol dependence without remission" (F10.20) read; dropped, those queries found the codes
 * with the disturbance or in remission. "(with or without ...)" names both, and stays.
 */
export function withoutExceptions(ne: string): string {
  let out = '';
  for (let i = 0; i < ne.length; ) {
    if (!/^\((except|not)\b/i.test(ne.slice(i))) {
      out += ne.charAt(i++);
      continue;
    }
    let depth = 0;
    do {
      if (ne.charAt(i) === '(') depth++;
      else if (ne.charAt(i) === ')') depth--;
      i++;
    } while (depth > 0 && i < ne.length);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A posting list (ascending ids) as base-36 deltas joined by ",". */
const deltas = (ids: readonly number[]): string => {
  let prev = 0;
  return ids.map((id) => {
    const d = id - prev;
    prev = id;
    return d.toString(36);
  }).join(',');
};

/**
 * A part searched apart from the rest (the External Cause Index): the entries that lead to a code
 * and their ancestors, each found by the words of its path (nonessential modifiers searchable, not
 * counted in its length). No word is dropped as too common: the part is small and its commonest
 * words ("accident", "transport") are what its queries say.
 */
function indexPart(raw: readonly ExternalCauseEntry[], target: (printed: string | undefined) => number | undefined): SearchIndexPart {
  const targets = raw.map((e) => target(e.code));
  const keep = targets.map((t) => t !== undefined);
  for (let i = raw.length - 1; i >= 0; i--) {
    const p = raw[i]?.parent ?? -1;
    if (keep[i] === true && p >= 0) keep[p] = true;
  }
  const renumber = new Int32Array(raw.length).fill(-1);
  const entries: SearchIndexPart['entries'] = [];
  const post = new Map<string, number[]>();
  let lens = '';
  raw.forEach((e, i) => {
    if (keep[i] !== true) return;
    const id = entries.length;
    renumber[i] = id;
    entries.push([e.term, e.parent < 0 ? -1 : (renumber[e.parent] ?? -1), targets[i] ?? -1]);
    const words = targets[i] === undefined ? [] : tokenize(e.text);
    lens += String.fromCharCode(48 + docLength(words));
    for (const w of new Set([...words, ...(targets[i] === undefined ? [] : tokenize(e.optional))])) {
      const list = post.get(w);
      if (list) list.push(id);
      else post.set(w, [id]);
    }
  });
  const vocab = [...post.keys()].sort();
  return { entries, lens, vocab, postings: vocab.map((w) => deltas(post.get(w) ?? [])) };
}

/**
 * One search result. Titles are not in the search index: callers that show results fetch them
 * (code-set-browser.ts `searchCodes`, scripts/codes.ts).
 */
export interface SearchHit {
  /** Dotted ICD-10-CM code or five-character HCPCS code. */
  code: string;
  system: 'icd10cm' | 'hcpcs';
  billable: boolean;
  score: number;
  /** Alphabetic Index path that led to the code, if any. */
  via?: string;
  /** How the query was read for this hit ("CAD read as coronary artery disease; Index: Disease, artery, coronary"). */
  why?: string;
}

/** Hits plus what a user needs when the query was corrected or could not be read. */
export interface SearchOutcome {
  hits: SearchHit[];
  /** The query as corrected for spelling, when a word was not in the vocabulary. */
  didYouMean?: string;
  hint?: SearchHint;
  /**
   * Search files (under search/) this query reads that a sharded searcher has not been given yet.
   * When present the outcome is not an answer (no hits): load them and ask again
   * (`outcomeWithShards`).
   */
  missing?: string[];
}

/** Search function over a loaded index; `outcome` also returns the spelling suggestion and hint. */
export type Searcher = ((query: string, limit?: number) => SearchHit[]) & { outcome: (query: string, limit?: number) => SearchOutcome };

/** A searcher over a split index (search-shards.ts) that is given its shards as they arrive. */
export type ShardedSearcher = Searcher & {
  addWords: (shard: SearchWordShard) => void;
  addTerms: (chunk: SearchTermsChunk) => void;
  /** The External Cause Index's base (`cause.json`). */
  addCause: (cause: SearchCauseBase) => void;
  addCauseWords: (shard: SearchWordShard) => void;
  addCauseTerms: (chunk: SearchTermsChunk) => void;
  /** Give a search file by its name under search/ (as `missing` names it): the one place that knows which is which. */
  addFile: (name: string, data: unknown) => void;
};

/** Lower-case words as typed, apostrophes dropped ("Alzheimer's" -> "alzheimer", "N/V" -> "n v"). */
function queryWords(q: string): string[] {
  // Chart "w/o" is without, read before its "o" could be joined to the next word ("w/o esophagitis" is no "oesophagitis").
  return q.toLowerCase().replace(/\bw\/o\b/g, ' without ').replace(/'s\b/g, '').replace(/['\u2019]/g, '').replace(/&/g, ' and ').split(/[^a-z0-9]+/).filter(Boolean);
}

/** Edit distance of a and b (adjacent transpositions count as one edit), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The Index word a past participle stands for, as people type it: "fractured hip" is a hip
 * fracture, "burned hand" a burn, "ruptured appendix" a rupture. Both "-d" and "-ed" are tried;
 * only words the vocabulary knows are used.
 */
function participleBases(w: string): string[] {
  if (w.length >= 6 && w.endsWith('ed')) {
    // A doubled last consonant is one letter of the word: "stubbed" is stub, "slammed" slam.
    const b = w.slice(0, -2);
    return b.at(-1) === b.at(-2) && !/[aeiouls]$/.test(b) ? [w.slice(0, -1), b, b.slice(0, -1)] : [w.slice(0, -1), b];
  }
  // "coughing" is a cough, "sneezing" a sneeze, "itching" already an Index word (used as is).
  if (w.length >= 6 && w.endsWith('ing')) {
    const b = w.slice(0, -3);
    return b.length >= 3 && b.at(-1) === b.at(-2) ? [b, `${b}e`, b.slice(0, -1)] : [b, `${b}e`];
  }
  return [];
}

/**
 * Chart wording that says nothing about the code: "c/o" and "complains of" (the complaint follows),
 * "presents with". Dropped from a query before it is read, where other words remain.
 */
const FILLER: readonly (readonly string[])[] = [['c', 'o'], ['complains', 'of'], ['complaining', 'of'], ['presents', 'with'], ['presenting', 'with']];

/**
 * Words that say what the visit is for ("here for a flu vaccine", "wants the flu shot", "came in
 * for a wound check"): dropped like FILLER, and a term read as an encounter in one meaning (a
 * meaning that steers toward Z codes only: Z23 for a vaccine) is read in that meaning first.
 */
const VISIT_FOR: readonly (readonly string[])[] = [['here', 'for'], ['here', 'to', 'get'], ['came', 'in', 'for'], ['come', 'in', 'for'], ['in', 'for', 'a'], ['wants'], ['wanted'], ['would', 'like']];

/** The words without chart filler (FILLER) and visit wording (VISIT_FOR), and whether there was visit wording. */
function dropFiller(words: readonly string[]): { words: string[]; visit: boolean } {
  const out: string[] = [];
  let visit = false;
  for (let i = 0; i < words.length; ) {
    const f = FILLER.find((p) => p.every((w, k) => words[i + k] === w));
    const v = f === undefined ? VISIT_FOR.find((p) => p.every((w, k) => words[i + k] === w)) : undefined;
    if (f !== undefined || v !== undefined) {
      i += (f ?? v ?? []).length;
      if (v !== undefined) visit = true;
      continue;
    }
    out.push(words[i] ?? '');
    i++;
  }
  return { words: out, visit };
}

/**
 * The share of its score a title or Index entry keeps when it says the opposite of the query
 * about a word: "without" what the query names, or with what the query says it is without.
 */
const NEGATION_CONFLICT = 0.35;

/** The share of its score an intent's external cause code keeps when the query names no intent (`intentNamed`). */
const UNNAMED_INTENT = 0.5;

/** Words that name an intent other than accident (stemmed as `tokenize` does). */
const INTENT_WORDS = new Set(['assault', 'assaulted', 'attack', 'attacked', 'stabbed', 'stab', 'beaten', 'beat', 'punched', 'fight', 'fighting', 'fist', 'suicide', 'suicidal', 'self', 'intentional', 'intentionally', 'purpose', 'undetermined', 'homicide', 'homicidal', 'police', 'legal', 'abuse', 'abused', 'violence', 'shot', 'gunshot', 'gsw', 'mugged', 'robbed', 'raped', 'rape', 'kicked', 'hit', 'struck', 'pushed', 'shoved', 'strangled', 'choked', 'bitten']);

/** Words that name, after an injury, what it was done on or with ("cut my hand on a knife"): the External Cause Index is read then. */
const CAUSE_OBJECT_WORDS = new Set(['on', 'against', 'by']);

/** Words that end the object phrase after CAUSE_OBJECT_WORDS ("on the stairs and fell", "on a knife while cooking"). */
const OBJECT_ENDS = new Set(['and', 'while', 'when', 'at', 'in', 'during', 'from', 'after', 'then']);

/** How much of one of its own words a word an entry has only in a nonessential modifier makes up for (`run`). */
const OPTIONAL_SHARE = 0.5;

/** The share of a word an Index entry takes from its ancestors' nonessential modifiers counts for (`run`). */
const INHERITED_SHARE = 0.5;

/** The number of bits set. */
const popcount = (x: number): number => {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
};

/**
 * Words a Roman numeral follows ("type I", "stage I"): there "i" is no pronoun. A Roman numeral
 * that ends the query ("CIN I", "Mobitz I") is none either: the pronoun leads its clause.
 */
const NUMBERED = new Set(['type', 'stage', 'grade', 'class', 'phase', 'degree', 'level', 'step', 'gravida', 'para', 'tier', 'category', 'part', 'zone']);

/** Possessives dropped from a query before it is read, so "fell off my bike" reads as "fell off bike". */
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'your', 'our']);

/** Words that say who the patient is: they rank entries that name them higher but do not count against the others. */
const SOFT_WORDS = new Set(['child', 'kid', 'baby', 'toddler', 'adult', 'teen', 'teenager', 'elderly', 'man', 'woman', 'boy', 'girl', 'pediatric', 'patient', 'pt',
  // Anyone else a query names ("attacked by a stranger"): only an entry that names them counts them.
  'men', 'women', 'person', 'people', 'guy', 'stranger', 'someone', 'somebody']);

/**
 * Words that name a side. The Alphabetic Index names no side (the Tabular's 5th or 6th character
 * does: "Fracture, wrist S62.10-", then S62.101 for the right wrist), so an Index entry is not
 * read as missing one; a title that names the side counts it (SOFT_WORDS). "both" is bilateral.
 */
export const SIDE_WORDS: ReadonlyMap<string, string> = new Map([['right', 'right'], ['rt', 'right'], ['left', 'left'], ['lt', 'left'], ['bilateral', 'bilateral'], ['both', 'bilateral']]);

/**
 * The share of its score a code keeps when the query names a side it has none of (`read`): about
 * what the side would cost it as one unread word of three ((2/3)^2).
 */
const SIDE_LESS = 0.4;

/** Is this a word that counts only for the documents that name it (who the patient is, a side)? */
const isSoft = (w: string): boolean => SOFT_WORDS.has(w) || SIDE_WORDS.has(w);

/** A code prefix a dictionary reading steers toward, and whether it names HCPCS codes (a supply's) or ICD-10-CM codes. */
interface Steer { prefix: string; hcpcs: boolean }

/** How one run reads the index besides its words. */
interface RunOptions {
  /**
   * A Neoplasm Table run: the columns its clause asks for, the weight of the behavior words it
   * read, and whether its last site word is the query's last word (so may be a word still being typed).
   */
  neo?: { columns: readonly number[]; extra: number; complete: boolean };
  /** Keep only codes starting with one of these (the injury read apart from its cause: S and T). */
  only?: readonly string[];
}

/** Index main terms that are about no current condition: ranked lower for a query naming a neoplasm the patient has now. */
const NOT_CURRENT_LEADS = new Set(['history', 'screening']);

/**
 * Letters written but not heard at the start of medical words, with the letters they come before
 * (psoriasis, pneumonia, pterygium, knee, gnathic, wrist): "soriasis" may be psoriasis, "drawer" is
 * no word with a silent letter, and looking one up would fetch a word shard for nothing.
 */
const SILENT_FIRST: readonly (readonly [string, string])[] = [['p', 'snt'], ['k', 'n'], ['g', 'n'], ['w', 'r']];

/** Words that name an injury, as typed (stemmed): an injury named with its cause is also read alone. */
const INJURY_WORDS = new Set(
  ['whiplash', 'fracture', 'fractured', 'fx', 'broken', 'broke', 'cracked', 'chipped', 'sprain', 'sprained', 'strain', 'strained', 'laceration', 'lac', 'cut',
    'bruise', 'bruised', 'contusion', 'burn', 'burned', 'burnt', 'bite', 'concussion', 'dislocation', 'dislocated', 'wound', 'puncture', 'abrasion', 'scrape',
    'injury', 'injured', 'torn', 'tear', 'crush', 'crushed', 'amputation', 'hematoma', 'swollen', 'twisted', 'jammed', 'pulled'].map(stem),
);

/** A meaning that steers toward Chapter 20, External causes of morbidity (V00-Y99). */
const meaningIsCause = (m: SearchDictionaryEntry['meanings'][number]): boolean => (m.prefer ?? []).some((p) => /^[VWXY]/.test(p));

/** A dictionary reading that steers toward Chapter 20, External causes of morbidity (V00-Y99): "GSW" toward W34. */
const readsAsCause = (e: SearchDictionaryEntry): boolean => e.meanings.some(meaningIsCause);

/**
 * A term read as an injury in one meaning and as its cause in another ("stubbed toe": a contusion
 * of the toe; striking against an object). Not "stuck in", whose other meaning is a foreign body,
 * which only a named object makes the reading.
 */
const namesInjuryAndCause = (e: SearchDictionaryEntry): boolean =>
  e.meanings.some(meaningIsCause) && e.meanings.some((m) => !meaningIsCause(m) && tokenize(m.reads).some((w) => INJURY_WORDS.has(w)));

/** Injury words that name no injury in particular: "injured playing basketball" names only its cause. */
const GENERIC_INJURY_WORDS = new Set(['injury', 'injured'].map(stem));

/**
 * Fractures the Index lists under their own adjective, not under Fracture, traumatic: osteoporotic
 * (Fracture, pathological, due to osteoporosis M80.-), stress M84.3-, pathological M84.4-, in
 * neoplastic and other disease M84.5-/M84.6-, periprosthetic M97.-. Without one of
 * FRACTURE_KIND_WORDS in the query they rank below the traumatic fracture.
 */
const KIND_FRACTURE_CODES = ['M80', 'M843', 'M844', 'M845', 'M846', 'M97'];
const FRACTURE_KIND_WORDS = new Set(
  ['stress', 'fatigue', 'march', 'pathological', 'pathologic', 'osteoporotic', 'osteoporosis', 'osteopenia', 'fragility', 'insufficiency', 'neoplastic',
    'neoplasm', 'cancer', 'tumor', 'metastatic', 'mets', 'disease', 'periprosthetic', 'prosthesis', 'prosthetic', 'implant', 'replacement'].map(stem),
);

/**
 * An External Cause Index hit's weight in a query that also names an injury or a condition
 * ("torn rotator cuff from fall", "PTSD from military"): that code is listed first, the external
 * cause code is never first-listed (Guidelines Section I.C.20).
 */
const CAUSE_BESIDE_CONDITION = 0.5;

/**
 * An External Cause Index entry's weight: many of its paths say what a code's title already says
 * ("Fall, from, bed" for W06, Fall from bed), and where both read the query as well, the title
 * or the Alphabetic Index entry found through the query's own reading ranks first.
 */
const CAUSE_WEIGHT = 0.6;

/**
 * X58, Exposure to other specified factors: the code the External Cause Index gives a main term
 * itself ("Accident X58", "Diving X58", "Exposure X58") where nothing more specific is said. It
 * ranks below every other reading of the query.
 */
const CAUSE_CATCH_ALL = 'X58';

/**
 * Words that name a vaccine or the disease it prevents ("flu shot", "hep B shot", "tetanus
 * shot"): a shot of one is a vaccination (Z23). A shot of any other drug the HCPCS J codes name
 * ("Haldol shot", "B12 shot") is the drug's injection, and Z23 is for vaccines only.
 */
const VACCINE_WORDS = new Set(
  ['flu', 'influenza', 'tdap', 'td', 'dtap', 'tetanus', 'diphtheria', 'pertussis', 'pneumonia', 'pneumococcal', 'pneumovax', 'prevnar', 'shingles', 'zoster', 'shingrix',
    'hpv', 'gardasil', 'hepatitis', 'hep', 'covid', 'coronavirus', 'mmr', 'measles', 'mumps', 'rubella', 'varicella', 'chickenpox', 'polio', 'rabies',
    'meningococcal', 'meningitis', 'rsv', 'typhoid', 'yellow', 'fever', 'vaccine', 'vaccination', 'immunization', 'booster', 'rotavirus', 'hib', 'bcg',
    'tb', 'tuberculosis', 'smallpox', 'mpox', 'monkeypox', 'cholera', 'encephalitis', 'anthrax'].map(stem),
);

/**
 * Words that name a person. A term read as an assault in one meaning and as contact with an animal
 * in another ("attacked") is read by who attacked: a person ("attacked by a man": External Cause
 * Index, Assault Y09) or a means of assault ("attacked with a knife": Assault, knife X99.1) makes
 * it an assault; any other attacker ("attacked by a dog", "the dog attacked") an animal (Contact,
 * with, dog W54.-; Attack by mammals NEC W55.89).
 */
const PERSON_WORDS = new Set(
  ['man', 'men', 'woman', 'women', 'person', 'people', 'guy', 'stranger', 'someone', 'somebody', 'boy', 'girl', 'kid', 'child', 'teen', 'teenager', 'adult',
    'husband', 'wife', 'spouse', 'partner', 'boyfriend', 'girlfriend', 'ex', 'father', 'mother', 'dad', 'mom', 'parent', 'brother', 'sister', 'son', 'daughter',
    'uncle', 'aunt', 'cousin', 'friend', 'neighbor', 'roommate', 'coworker', 'classmate', 'student', 'patient', 'inmate', 'robber', 'mugger', 'burglar',
    'intruder', 'thief', 'gang', 'attacker', 'assailant', 'officer', 'police', 'he', 'she', 'they', 'him', 'them', 'bully', 'caregiver'].map(stem),
);

/** Code families of assault (X92-Y09) and of contact with an animal (W53-W59), by dotless prefix. */
const ASSAULT_FAMILY = /^(X9[2-9]|Y0)/;
const ANIMAL_FAMILY = /^W5[3-9]/;
/** A meaning that steers only toward assault, or only toward contact with an animal. */
const steersOnly = (m: SearchDictionaryEntry['meanings'][number] | undefined, family: RegExp): boolean => (m?.prefer ?? []).length > 0 && (m?.prefer ?? []).every((p) => family.test(p));

/** The Table of Drugs column of underdosing (1-based, as `drugColumnsOf` numbers them). */
const UNDERDOSING_COLUMN = DRUG_COLUMNS.findIndex((c) => c.heading === 'Underdosing') + 1;

/** The share of an external cause code's score at which the injury named beside it is listed first. */
const INJURY_BEFORE_CAUSE = 0.5;

/** Endings by which a whole last word still completes: its own inflected and derived forms, and a body part's ache ("back" to "backache"). */
const WHOLE_WORD_ENDINGS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'al', 'ally', 'ly', 'ache']);

/** A billable code an Index path leads to, scoring at least this share of its header's score, moves just above the header (HEADER_CHILD_LIFT). */
const HEADER_CHILD_SHARE = 0.5;
const HEADER_CHILD_LIFT = 1.001;

/** A Level II C code's weight (hospital outpatient prospective payment system only): just below a tie. */
const OPPS_ONLY = 0.98;

/** Long term (current) drug therapy (Z79), by dotless prefix. */
const LONG_TERM_FAMILY = /^Z79/;

/** Encounters for examination without complaint or diagnosis (Z00-Z02), by dotless prefix. */
const EXAM_FAMILY = /^Z0[0-2]/;
/** A Level II title's weight in a query that reads as an examination encounter (EXAM_FAMILY). */
const EXAM_HCPCS = 0.25;

/** Words that tie an injury to its cause ("after", "while"): dropped when the injury is read alone. */
const CAUSE_LINKS = new Set(['after', 'while', 'during', 'from', 'when', 'off', 'on', 'in', 'at', 'by', 'with', 'a', 'an', 'the', 'of', 'my', 'to', 'into', 'onto', 'out', 'over', 'down', 'up', 'and']);

/**
 * Everyday words no Index entry is found by, which the speller would turn into a near medical word
 * or split: "tried to hang herself" is not "tired" (fatigue) or "triad", nor "her self" (Hers'
 * disease); "getting out of the tub" is not "gelling".
 */
const EVERYDAY_AS_TYPED = ['tried', 'try', 'trying', 'tries', 'think', 'thinks', 'thought', 'getting', 'herself', 'himself', 'myself', 'yourself', 'themselves', 'itself'];

/**
 * Words the speller leaves alone: uncertain-diagnosis wording, neoplasm behavior words, the
 * words that choose a Table of Drugs column ("probable" is not "portable", "stopped" not "stepped")
 * and everyday words (EVERYDAY_AS_TYPED).
 */
const READ_AS_TYPED = new Set(
  [...UNCERTAIN_MARKERS, ...NEOPLASM_COLUMNS.flatMap((c) => c.asks), ...DRUG_COLUMNS.flatMap((c) => c.asks), ...POISONING_WORDS, ...SOFT_WORDS, ...EVERYDAY_AS_TYPED].flatMap((p) => p.split(' ')),
);

const CODE_QUERY = /^[A-Za-z][0-9][0-9A-Za-z]{0,3}(\.[0-9A-Za-z]{0,4})?$/;

/** Prepare a searcher over a whole index (Node callers, tests): every shard is given at once. */
export function createSearcher(data: SearchIndexData, dictionary: readonly SearchDictionaryEntry[] = []): Searcher {
  const parts = splitSearchIndex(data);
  const searcher = createShardedSearcher(parts.base, dictionary);
  for (const w of parts.words) searcher.addWords(w);
  for (const t of parts.terms) searcher.addTerms(t);
  if (parts.cause !== undefined) {
    searcher.addCause(parts.cause.base);
    for (const w of parts.cause.words) searcher.addCauseWords(w);
    for (const t of parts.cause.terms) searcher.addCauseTerms(t);
  }
  return searcher;
}

/**
 * Prepare a searcher over a split index's base; word shards and terms chunks are added as they
 * arrive. Postings are decoded once, when their shard is added, so each query is typed-array
 * work only. A query that reads a shard not yet added answers `missing` instead of hits.
 */
export function createShardedSearcher(base: SearchBase, dictionary: readonly SearchDictionaryEntry[] = []): ShardedSearcher {
  const icd = base.codes === '' ? [] : frontDecode(base.codes).split(' ');
  const hcpcs = base.hcpcs === '' ? [] : frontDecode(base.hcpcs).split(' ');
  const nIcd = icd.length;
  const entryBase = nIcd + hcpcs.length;
  const nEntries = base.entryCount;
  const nDocs = entryBase + nEntries;
  const { parents, targets } = decodeEntries(base);
  // Which entries have entries under them.
  const hasChildren = new Uint8Array(nEntries);
  for (let i = 0; i < nEntries; i++) if ((parents[i] ?? -1) >= 0) hasChildren[parents[i] ?? 0] = 1;
  // Vocabulary and postings arrive per first character; `vocab` keeps the global sorted order.
  const vocab: string[] = new Array<string>(base.vocabSize).fill('');
  const vocabIndex = new Map<string, number>();
  // Per word, the documents that have it as their own word (titles, Index terms) ...
  const posts: Int32Array[] = new Array<Int32Array>(base.vocabSize).fill(new Int32Array(0));
  // ... and those that have it only in a nonessential modifier.
  const optionalPosts = new Map<number, Int32Array>();
  const wordShards = new Map(base.wordShards.map(([c, from, n]) => [c, { from, n }]));
  // Shard keys in vocabulary order (search-shards.ts wordShardKey), and each letter's keys.
  const shardKeys = base.wordShards.map(([c]) => c);
  const letterKeys = new Map<string, string[]>();
  for (const k of shardKeys) letterKeys.set(k.charAt(0), [...(letterKeys.get(k.charAt(0)) ?? []), k]);
  const loadedChars = new Set<string>();
  const terms: string[] = new Array<string>(nEntries).fill('');
  const loadedChunks = new Set<number>();
  let missing = new Set<string>();
  // The External Cause Index (search-external-cause.ts), read only by a query that reads as an
  // external cause. Its entries are documents nDocs.. nDocs + nCause - 1.
  const nCause = base.cause?.entries ?? 0;
  const causeChars = new Set(base.cause?.chars ?? '');
  const causeOnly = new Set((base.cause?.only ?? '').split(' ').filter((w) => w !== ''));
  const causeForms = new Set((base.cause?.words ?? '').split(' ').filter((w) => w !== '').flatMap((w) => [w, ...participleBases(w)]));
  const causeVocab: string[] = [];
  const causeIndex = new Map<string, number>();
  const causePosts: Int32Array[] = [];
  const causeRanges = new Map<string, { from: number; n: number }>();
  // Its words in -ing and -ed by their base ("bump" -> "bumping"), for the words a query says in another form.
  const causeByBase = new Map<string, number[]>();
  const causeTerms: string[] = [];
  const causeChunks = new Set<number>();
  let cause: { parents: Int32Array; targets: Int32Array; lead: Int32Array; leadsOf: string[][] } | undefined;
  /** Does this query read the External Cause Index? Set by `read`. */
  let causeRead = false;
  /** Is the External Cause Index's word shard for this character here? Records it as missing when not. */
  const needCause = (w: string): boolean => {
    const c = w.charAt(0);
    if (!causeChars.has(c) || causeRanges.has(c)) return true;
    missing.add(causeWordShardFile(c));
    return false;
  };
  /**
   * Is this a word by which a query reads as an external cause ("crashed": Crash; "tripped":
   * Tripping)? A poisoning word ("overdose") is not: the Table of Drugs code says the cause and
   * the intent itself, and needs no external cause code (Guidelines Section I.C.20.a.8).
   */
  const isCauseWord = (w: string): boolean => !POISONING_WORDS.includes(w) && [w, stem(w), ...participleBases(w)].some((f) => causeForms.has(f));
  /** Is the word shard that would hold this word here? Records it as missing when not. */
  const need = (w: string): boolean => {
    const k = wordShardKey(shardKeys, w);
    if (k === undefined || loadedChars.has(k)) return true;
    missing.add(wordShardFile(k));
    return false;
  };
  /** Are all word shards of this letter here (the speller scans a letter's words)? Records the missing ones. */
  const needLetter = (c: string): boolean => {
    let ok = true;
    for (const k of letterKeys.get(c) ?? []) {
      if (loadedChars.has(k)) continue;
      missing.add(wordShardFile(k));
      ok = false;
    }
    return ok;
  };
  // The synonyms are a plain object read from JSON: a typed word such as "constructor" must not
  // read Object.prototype's member as its synonym list.
  const synonymsOf = (w: string): readonly string[] => (Object.hasOwn(base.synonyms, w) ? (base.synonyms[w] ?? []) : []);
  const lens = new Uint8Array(nDocs + nCause);
  for (let i = 0; i < nDocs; i++) lens[i] = base.lens.charCodeAt(i) - 48;
  // Lead word of each index entry: the first word of its main term, which is how coders enter the index.
  const lead = new Int32Array(nEntries);
  // A main term's lead words ("infarct infarction"): search-shards.ts leadWords.
  const leadsOf = base.leads.map((l) => l.split(' '));
  for (let i = 0, r = -1; i < nEntries; i++) lead[i] = (parents[i] ?? -1) < 0 ? ++r : (lead[parents[i] ?? 0] ?? 0);
  // Per-query scratch, reset only where touched.
  const nKeys = nIcd + hcpcs.length;
  const bestScore = new Float64Array(nKeys);
  const bestVia = new Int32Array(nKeys);
  // How the best path of each key was found, for ties (see `take`): lower is plainer.
  const bestTie = new Int32Array(nKeys);
  const bestWhy = new Int32Array(nKeys);
  // Dictionary terms by their first (stemmed) word, longest first.
  const dict = new Map<string, { words: string[]; entry: SearchDictionaryEntry }[]>();
  for (const entry of dictionary) {
    const words = entry.term.split(' ').map(stem);
    const first = words[0] ?? '';
    const list = dict.get(first) ?? [];
    list.push({ words, entry });
    list.sort((x, y) => y.words.length - x.words.length);
    dict.set(first, list);
  }
  const dictWords = new Set([...dictionary.flatMap((e) => e.term.split(' ').map(stem))]);
  const layWords = new Set([...Object.keys(LAY_WORDS), ...Object.keys(LAY_PHRASES).flatMap(tokenize)]);
  const layTargets = new Map<string, string[]>();
  for (const w of new Set([...Object.keys(LAY_WORDS), ...dictWords])) {
    if (w.length < 5) continue;
    const l = layTargets.get(w[0] ?? '') ?? [];
    l.push(w);
    layTargets.set(w[0] ?? '', l);
  }
  const postingCount = (v: number): number => (posts[v]?.length ?? 0) + (optionalPosts.get(v)?.length ?? 0);
  // Spelling candidates by shard, so a correction scans one letter's words (in vocabulary order).
  const byShard = new Map<string, number[]>();
  const byLetterCache = new Map<string, number[]>();
  const byLetter = {
    get: (c: string): number[] | undefined => {
      let list = byLetterCache.get(c);
      if (list === undefined) byLetterCache.set(c, (list = (letterKeys.get(c) ?? []).flatMap((k) => byShard.get(k) ?? [])));
      return list;
    },
  };
  const correct = (w: string): string | undefined => {
    // Short words are too often plain English ("hurt") to correct safely; the words that say a
    // diagnosis is uncertain or name a neoplasm's behavior are read as they are.
    if (w.length < 5 || /\d/.test(w) || STOP.has(w) || READ_AS_TYPED.has(w)) return undefined;
    if (!need(w)) return undefined;
    if (vocabIndex.has(w) || dictWords.has(w) || layWords.has(w) || causeOnly.has(w) || Object.hasOwn(base.synonyms, w)) return undefined;
    // A past participle of a word the index has ("attacked": attack) is read through that word,
    // never respelt into another ("attached"): a real word is not a misspelling.
    if (w.endsWith('ed') && participleBases(w).some((b) => b.length >= 3 && (causeForms.has(b) || (need(b) && vocabIndex.has(b))))) return undefined;
    // A silent first letter left off ("soriasis", "neumonia") is one edit the same-letter scan
    // cannot see: the word with it is taken when the vocabulary has it.
    for (const [silent, before] of SILENT_FIRST) {
      if (!before.includes(w.charAt(0))) continue;
      const cand = `${silent}${w}`;
      if (need(cand) && vocabIndex.has(cand)) return cand;
    }
    // A word the vocabulary lacks is compared with every word of its letter.
    if (!needLetter(w.charAt(0))) return undefined;
    const max = w.length >= 7 ? 2 : 1;
    let best: string | undefined;
    let bestD = max + 1;
    let bestN = 0;
    for (const v of byLetter.get(w[0] ?? '') ?? []) {
      const cand = vocab[v] ?? '';
      const d = editDistance(w, cand, Math.min(max, bestD));
      const n = postingCount(v);
      if (d < bestD || (d === bestD && d <= max && n > bestN)) {
        best = cand;
        bestD = d;
        bestN = n;
      }
    }
    // Words people type ("broken", "flu", dictionary terms) win a tie over rarer Index words ("brown").
    for (const cand of layTargets.get(w[0] ?? '') ?? []) {
      if (editDistance(w, cand, bestD) <= Math.min(bestD, max)) return cand;
    }
    // A gerund of a known word ("coughing") is read through that word unless one edit fixes it ("vomitting").
    if (bestD > 1 && w.endsWith('ing') && participleBases(w).some((b) => vocabIndex.has(b))) return undefined;
    if (bestD <= max) return best;
    // A letter typed two places off ("athsma") is two edits but the same letters: a shorter word
    // may still be corrected to a word that is its anagram, never to any other word two edits away.
    const letters = [...w].sort().join('');
    let anagram: string | undefined;
    let anagramN = 0;
    for (const v of byLetter.get(w[0] ?? '') ?? []) {
      const cand = vocab[v] ?? '';
      if (cand.length !== w.length || [...cand].sort().join('') !== letters || postingCount(v) <= anagramN) continue;
      anagram = cand;
      anagramN = postingCount(v);
    }
    return anagram;
  };
  /** Is this a word the search knows (the vocabulary or the dictionary), long enough to stand alone? */
  const known = (w: string): boolean => w.length >= 3 && !STOP.has(w) && (dictWords.has(stem(w)) || (need(w) && vocabIndex.has(stem(w))));
  /**
   * Two known words typed as one ("kidneystone", "earwax", "heartattack"), cut where both halves
   * are words; when several cuts work, the one whose rarer half is the more common word wins.
   * A word the search knows is never cut, and a near spelling (one edit) goes before a cut.
   */
  const split = (w: string): [string, string] | undefined => {
    if (!need(w)) return undefined;
    const s = stem(w);
    if (vocabIndex.has(s) || dictWords.has(s) || layWords.has(s) || causeOnly.has(s) || Object.hasOwn(base.synonyms, s) || READ_AS_TYPED.has(w)) return undefined;
    // A stage or type typed onto its word ("ckd3a", "stage4") is read apart.
    const staged = /^([a-z]{2,})(\d+[a-z]?)$/.exec(w);
    if (staged?.[1] !== undefined && staged[2] !== undefined && known(staged[1])) return [staged[1], staged[2]];
    if (w.length < 6 || /\d/.test(w)) return undefined;
    const near = correct(s);
    if (near !== undefined && editDistance(s, near, 1) <= 1) return undefined;
    let best: [string, string] | undefined;
    let bestN = -1;
    for (let k = 3; k <= w.length - 3; k++) {
      const a = w.slice(0, k);
      const b = w.slice(k);
      if (!known(a) || !known(b)) continue;
      const n = Math.min(postingCount(vocabIndex.get(stem(a)) ?? -1), postingCount(vocabIndex.get(stem(b)) ?? -1));
      if (n > bestN) {
        best = [a, b];
        bestN = n;
      }
    }
    return best;
  };
  const scores = new Float64Array(nDocs + nCause);
  const touched = new Int32Array(nDocs + nCause);
  const matched = new Uint8Array(nDocs + nCause);
  const softMatched = new Uint8Array(nDocs + nCause);
  // Which query words (bit i for word i, the first 31) each document matched, for the words an
  // Index entry takes from its ancestors' nonessential modifiers (`run`).
  const wordBits = new Uint32Array(nDocs + nCause);
  const inheritedBits = new Uint32Array(nDocs + nCause);
  // Per entry, the optional words of it and its ancestors (`run`), valid for the run stamped.
  const ancestorBits = new Uint32Array(nEntries);
  const ancestorStamp = new Uint32Array(nEntries);
  let runStamp = 0;
  // The query words a document matched only through a nonessential modifier, by bit.
  const optionalBits = new Uint32Array(nDocs + nCause);
  const stamp = new Uint32Array(nDocs + nCause);
  let epoch = 0;

  /**
   * Path of an entry in one index: the Alphabetic Index ("Attack, attacks, heart") or the External
   * Cause Index ("Fall, falling, from, off, out of, ladder"); '' while a terms chunk it needs is
   * missing (the chunk's file is then added to `missing`).
   */
  const pathIn = (e: number, parentOf: (i: number) => number, names: readonly string[], loaded: ReadonlySet<number>, chunkFile: (chunk: number) => string): string => {
    const parts: string[] = [];
    let ok = true;
    for (let i = e; i >= 0; i = parentOf(i)) {
      const chunk = Math.floor(i / base.termsChunk);
      if (!loaded.has(chunk)) {
        missing.add(chunkFile(chunk));
        ok = false;
      }
      parts.unshift(names[i] ?? '');
    }
    return ok ? parts.join(', ') : '';
  };
  const pathOf = (e: number): string => pathIn(e, (i) => parents[i] ?? -1, terms, loadedChunks, termsChunkFile);
  const causePathOf = (e: number): string => pathIn(e, (i) => cause?.parents[i] ?? -1, causeTerms, causeChunks, causeTermsChunkFile);
  const lowerBound = <T>(arr: readonly T[], key: string, get: (t: T) => string, from = 0, to = arr.length): number => {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (get(arr[mid] as T) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sortedIcd = icd.map((c, i) => [c, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // Table of Drugs and Chemicals rows (search-drug-table.ts): an entry leads to the row's
  // accidental-poisoning cell; the column the query asks for swaps the code's last character.
  let drugColumns: readonly number[] = [1];
  // Whether the query names an intent (assault, self-harm, undetermined): words or a reading that steers to one.
  let intentNamed = false;
  // The documents that say the opposite of the query about a word (`negatedConflicts`), this query.
  let conflictDocs: Set<number> | undefined;
  /**
   * Documents that say the opposite of the query about a word: absent where the query names it
   * ("Nausea (without vomiting)" R11.0 for "vomiting without nausea"; "..., with esophagitis,
   * without bleeding" K21.00 for "GERD with esophagitis with bleeding"), or there where the query
   * says "without" or "w/o" ("... with esophagitis ..." for "GERD w/o esophagitis"). A "(without
   * ...)" modifier thus counts only when the query says without (`NEGATION_CONFLICT`).
   */
  const negatedConflicts = (stems: readonly string[]): Set<number> | undefined => {
    const negated = new Set<string>();
    const positive = new Set<string>();
    let on = false;
    for (let i = 0; i < stems.length; i++) {
      const w = stems[i] ?? '';
      if (w === 'without' || (w === 'w' && stems[i + 1] === 'o')) {
        on = true;
        if (w === 'w') i++;
      } else if (w === 'with' || w === 'w') on = false;
      else if (w === 'no' && !on) {
        // "no complaints", "no LOC": what follows is not asked for, nor held against an entry that says "without" it.
        i++;
      } else if (!STOP.has(w)) (on ? negated : positive).add(w);
    }
    const out = new Set<number>();
    for (const w of positive) {
      const v = need(negatedForm(w)) ? vocabIndex.get(negatedForm(w)) : undefined;
      for (const d of v === undefined ? [] : (posts[v] ?? [])) out.add(d);
    }
    for (const w of negated) {
      const v = vocabIndex.get(w);
      if (v === undefined || !need(negatedForm(w))) continue;
      const absent = new Set(posts[vocabIndex.get(negatedForm(w)) ?? -1] ?? []);
      for (const d of posts[v] ?? []) if (!absent.has(d)) out.add(d);
    }
    return out.size > 0 ? out : undefined;
  };
  /** Does the query name a shot of a drug that is no vaccine, with no Table of Drugs column asked for? Set by `read`. */
  let drugShot = false;
  /** The share of a Table of Drugs row's score in such a query ("cortisone shot" is no poisoning). */
  const DRUG_ROW_IN_SHOT = 0.25;
  // A query about a neoplasm the patient has now ("benign brain tumor": a neoplasm reading, no
  // history or screening word, search-neoplasm-table.ts) ranks the Index's History and Screening
  // entries (Z85-Z86, Z12) lower, as a history or a screening query is kept from the table.
  let currentNeoplasm = false;
  // Whether the query names a kind of fracture the Index lists under its own adjective (stress, pathological ...).
  let fractureKindNamed = false;
  // Whether it names an injury or anything else the dictionary reads besides a cause: External Cause Index hits rank lower then.
  let conditionNamed = false;
  /** Does the query name an injury (a word of INJURY_WORDS, or a term read as an injury and its cause)? Set by `read`. */
  let injuryBeside = false;
  /** Does the query read as an examination encounter (an intent reading toward Z00-Z02 only)? Set by `read`. */
  let examIntent = false;
  // Every row is found by these words (ROW_OPTIONAL_WORDS): a row matched by nothing else
  // ("Acetal" for "percocet overdose") is not offered.
  const rowWords = new Set(tokenize(ROW_OPTIONAL_WORDS.join(' ')));
  const everyRowHas = (w: string, last: boolean): boolean =>
    (rowWords.has(w) && vocabIndex.has(w)) || (last && w.length >= 3 && [...rowWords].some((r) => r.startsWith(w) && vocabIndex.has(r)));
  let icdPos: Map<string, number> | undefined;
  const isDrugRow = (entry: number): boolean => base.leads[lead[entry] ?? -1] === DRUG_ROW_LEAD;
  // Neoplasm Table rows (search-neoplasm-table.ts): only a neoplasm run reads them.
  const neoFirst = base.neoplasm.first;
  const isNeoplasmRow = (entry: number): boolean => neoFirst >= 0 && entry >= neoFirst && base.leads[lead[entry] ?? -1] === NEOPLASM_ROW_LEAD;
  /** A row found by its nonessential words ranks just below one found by its own ("brain NEC" before "ependyma (brain)"). */
  const NONESSENTIAL_ROW = 0.98;
  let neoCells: Int32Array | undefined;
  /** The code index of a row's cell (column 1-8), or -1 when the table has none. */
  const neoplasmCell = (entry: number, column: number): number => {
    if (!neoCells) {
      const rows = base.neoplasm.cells === '' ? [] : base.neoplasm.cells.split(',');
      neoCells = new Int32Array(rows.length * NEOPLASM_CELLS).fill(-1);
      rows.forEach((r, i) => r.split(' ').forEach((c, k) => {
        if (c !== '' && neoCells) neoCells[i * NEOPLASM_CELLS + k] = parseInt(c, 36);
      }));
    }
    return neoCells[(entry - neoFirst) * NEOPLASM_CELLS + column - 1] ?? -1;
  };
  const drugCell = (key: number, column: number): number => {
    icdPos ??= new Map(icd.map((c, i) => [c, i]));
    const code = icd[key] ?? '';
    // Only a full cell (T391X1, T5891) swaps its last character: a header the row fell back to
    // (T528 for the FY2025 cell T52.8X1, split in FY2027) would become another code (T522).
    if (cellColumn(code) !== 1) return key;
    return icdPos.get(`${code.slice(0, -1)}${column}`) ?? key;
  };
  /** An entry's path; a table row's names the column its code is in. */
  const viaPath = (entry: number, key: number): string => {
    if (entry >= nEntries) {
      const path = causePathOf(entry - nEntries);
      return path === '' ? '' : `${EXTERNAL_INDEX_LABEL}: ${path}`;
    }
    const path = pathOf(entry);
    if (path !== '' && isNeoplasmRow(entry)) {
      // The cell's code, or one under it that the query's side completed it to (C44.62 to C44.622).
      const code = codeOfKey(key);
      for (let c = 1; c <= NEOPLASM_CELLS; c++) if (neoplasmCell(entry, c) === key) return `${path}, ${neoplasmColumnLabel(c)}`;
      for (let c = 1; c <= NEOPLASM_CELLS; c++) {
        const cell = neoplasmCell(entry, c);
        if (cell >= 0 && code.startsWith(codeOfKey(cell))) return `${path}, ${neoplasmColumnLabel(c)}`;
      }
      return path;
    }
    if (path === '' || !isDrugRow(entry)) return path;
    // A cell whose FY2025 code FY2027 split (T52.8X1 -> T52.81-/T52.82-/T52.89-) leads to the
    // header it now sits under (T52.8): the column is the one the query asked for.
    const code = icd[key] ?? '';
    const column = DRUG_COLUMNS[(cellColumn(code) ?? drugColumns[0] ?? 1) - 1];
    return column === undefined ? path : `${path}, ${column.label}`;
  };
  const sortedHcpcs = [...hcpcs].sort();

  const icdHit = (ci: number, score: number, via?: string): SearchHit => {
    const h: SearchHit = { code: dotIcd(icd[ci] ?? ''), system: 'icd10cm', billable: base.billable.charCodeAt(ci) === 49, score };
    if (via !== undefined) h.via = via;
    return h;
  };
  const codeOfKey = (key: number): string => (key < nIcd ? (icd[key] ?? '') : (hcpcs[key - nIcd] ?? ''));
  /** Is this key an ICD-10-CM code of Chapter 20, External causes of morbidity (V00-Y99)? */
  const isCauseCode = (key: number): boolean => key >= 0 && key < nIcd && /^[VWXY]/.test(icd[key] ?? '');
  /** Is this an external cause code of an intent (self-harm X71-X83, assault X92-Y09, undetermined Y21-Y33, legal intervention Y35-Y38)? */
  const intentCode = Uint8Array.from(icd, (c) => (/^(X7[1-9]|X8[0-3]|X9[2-9]|Y0[0-9]|Y2[1-9]|Y3[0-8])/.test(c) ? 1 : 0));
  const kindFracture = Uint8Array.from(icd, (c) => (KIND_FRACTURE_CODES.some((p) => c.startsWith(p)) ? 1 : 0));
  const hcpcsHit = (code: string, score: number): SearchHit => ({ code, system: 'hcpcs', billable: true, score });

  /** Is `id` in an ascending posting list? */
  const hasId = (list: Int32Array, id: number): boolean => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) < id) lo = mid + 1;
      else hi = mid;
    }
    return list[lo] === id;
  };
  /** Position of a code in `sortedIcd` (the first at or after it). */
  const sortedAt = (code: string): number => lowerBound(sortedIcd, code, (t) => t[0]);
  /**
   * The code a side named in the query makes of a hit whose title does not name it (`side` is the
   * posting list of the side's word): for a header, its nearest codes under it that name the side
   * ("Trigger finger, thumb M65.31-" and "right": M65.311, Trigger thumb, right thumb); for a code
   * with none under it, its siblings that do (Index: Fracture, ankle S82.899, unspecified lower
   * leg, and "right": S82.891). Of several, the one the query scored best, then the one nearest in
   * the code's last character (right upper eyelid H00.011 to left upper H00.014); undefined when
   * none names the side or the choice is a tie.
   */
  const completeSide = (key: number, side: Int32Array): { key: number; child: boolean } | undefined => {
    const code = icd[key] ?? '';
    const pick = (from: number, to: number, ok: (c: string) => boolean): number | undefined => {
      let best: number[] = [];
      let bestLen = Infinity;
      for (let i = from; i < to && i < from + 400; i++) {
        const [c, k] = sortedIcd[i] ?? ['', -1];
        if (k < 0 || !hasId(side, k) || !ok(c)) continue;
        if (c.length < bestLen) {
          best = [k];
          bestLen = c.length;
        } else if (c.length === bestLen) best.push(k);
      }
      if (best.length <= 1) return best[0];
      const rank = (k: number): number => bestScore[k] ?? 0;
      const top = Math.max(...best.map(rank));
      const near = best.filter((k) => rank(k) === top);
      if (near.length === 1) return near[0];
      const digit = (c: string): number => parseInt(c.slice(-1), 36);
      const gap = (k: number): number => Math.abs(digit(icd[k] ?? '') - digit(code));
      const least = Math.min(...near.map(gap));
      const closest = near.filter((k) => gap(k) === least);
      return closest.length === 1 ? closest[0] : undefined;
    };
    /** The codes of a length under a parent, as [code, key]. */
    const under = (parent: string, length: number): (readonly [string, number])[] => {
      const out: (readonly [string, number])[] = [];
      for (let i = sortedAt(parent) + 1; i < sortedIcd.length && (sortedIcd[i]?.[0] ?? '').startsWith(parent); i++) {
        const t = sortedIcd[i];
        if (t !== undefined && t[0].length === length) out.push(t);
      }
      return out;
    };
    /** The nearest code above one in the list. */
    const parentOf = (c: string): string | undefined => {
      let p = c.slice(0, -1);
      while (p.length >= 3 && sortedIcd[sortedAt(p)]?.[0] !== p) p = p.slice(0, -1);
      return p.length >= 3 ? p : undefined;
    };
    const keyOf = (c: string): number => sortedIcd[sortedAt(c)]?.[1] ?? -1;
    // A header completes to a code that says no more than the plainest codes beside it, the side
    // aside (right, left, bilateral, unspecified: "Pain in right knee", "Pain in unspecified knee";
    // "Acute suppurative otitis media ..., bilateral", not its recurrent form). "Congenital vertical
    // talus deformity, right foot" Q66.81 says more than "Other specified congenital deformities of
    // feet" Q66.89 beside it: no side of that header is its right side.
    const plain = (c: string): boolean => {
      const p = parentOf(c);
      if (p === undefined) return false;
      const least = Math.min(...under(p, c.length).map(([, o]) => lens[o] ?? 0));
      return lens[keyOf(c)] === least;
    };
    const at = sortedAt(code);
    if ((sortedIcd[at + 1]?.[0] ?? '').startsWith(code)) {
      let end = at + 1;
      while (end < sortedIcd.length && (sortedIcd[end]?.[0] ?? '').startsWith(code)) end++;
      const k = pick(at + 1, end, plain);
      return k === undefined ? undefined : { key: k, child: true };
    }
    // A code with nothing under it: its siblings, the codes of its length under its parent.
    const parent = parentOf(code);
    if (parent === undefined) return undefined;
    const from = sortedAt(parent) + 1;
    let end = from;
    while (end < sortedIcd.length && (sortedIcd[end]?.[0] ?? '').startsWith(parent)) end++;
    // A sibling says as many words as the code, one of them the side ("Unspecified tear of
    // unspecified meniscus, current injury, left knee" for "..., unspecified knee"; not the
    // bucket-handle tear's longer title).
    const k = pick(from, end, (c) => c.length === code.length && c !== code && lens[keyOf(c)] === lens[key]);
    return k === undefined ? undefined : { key: k, child: false };
  };

  /** The code under a header when it has just one (every code under it is under that one), repeatedly; undefined otherwise. */
  const onlyChild = (key: number): number | undefined => {
    let found: number | undefined;
    for (let code = icd[key] ?? '', guard = 0; guard < 4; guard++) {
      const at = sortedAt(code);
      const first = sortedIcd[at + 1];
      // A placeholder X ("T56.0X" under T56.0) is no code to choose either: it is not offered.
      if (first === undefined || !first[0].startsWith(code) || first[0].endsWith('X')) break;
      let end = at + 1;
      while (end < sortedIcd.length && (sortedIcd[end]?.[0] ?? '').startsWith(code)) end++;
      let single = true;
      for (let i = at + 2; i < end && single; i++) if (!(sortedIcd[i]?.[0] ?? '').startsWith(first[0])) single = false;
      if (!single) break;
      found = first[1];
      code = first[0];
    }
    return found;
  };

  const codePrefix = (q: string, limit: number): SearchHit[] => {
    const key = q.replace('.', '').toUpperCase();
    const out: SearchHit[] = [];
    for (let i = lowerBound(sortedIcd, key, (t) => t[0]); i < sortedIcd.length && out.length < limit; i++) {
      const [code, ci] = sortedIcd[i] ?? ['', 0];
      if (!code.startsWith(key)) break;
      out.push(icdHit(ci, 1));
    }
    if (!q.includes('.')) {
      for (let i = lowerBound(sortedHcpcs, key, (t) => t); i < sortedHcpcs.length && out.length < limit; i++) {
        const code = sortedHcpcs[i] ?? '';
        if (!code.startsWith(key)) break;
        out.push(hcpcsHit(code, 1));
      }
    }
    return out;
  };

  /**
   * Which code set a dictionary steer is for: a supply's (kind hcpcs) are HCPCS codes, the others'
   * ICD-10-CM codes. The two sets share letters, so "V25" for contact lenses must not steer toward
   * V25.-, motorcycle rider in collision with a railway train, nor "A505" for an ostomy pouch
   * toward A50.5-, late congenital syphilis. A prefix only the other set has ("Z23" for a flu
   * vaccine supply) steers there.
   */
  const hasPrefix = new Map<string, boolean>();
  const steers = (p: Steer, hcpcsKey: boolean): boolean => {
    if (p.hcpcs === hcpcsKey) return true;
    const k = `${p.hcpcs ? 'h' : 'i'}${p.prefix}`;
    let own = hasPrefix.get(k);
    if (own === undefined) {
      own = (p.hcpcs ? hcpcs : icd).some((c) => c.startsWith(p.prefix));
      hasPrefix.set(k, own);
    }
    return !own;
  };
  /**
   * A reading's steers. A term that names an injury in one meaning and its cause in another
   * ("stubbed toe": a contusion of the toe, striking against an object) does not steer toward the
   * cause: an external cause code is never listed before the injury (Guidelines Section I.C.20).
   */
  const steersOf = (entry: SearchDictionaryEntry, meaning: SearchDictionaryEntry['meanings'][number] | undefined): Steer[] => {
    if (entry.external !== true && meaning !== undefined && meaningIsCause(meaning) && namesInjuryAndCause(entry)) return [];
    return (meaning?.prefer ?? []).map((prefix) => ({ prefix, hcpcs: entry.supply === true }));
  };

  /** How many words an entry a hit came through has, besides its nonessential ones (0 for a code's own title). */
  const viaLength = (via: number): number => (via < 0 ? 0 : via < nEntries ? (lens[entryBase + via] ?? 0) : (lens[nDocs + via - nEntries] ?? 0));
  /** Score every document for one tokenized query; returns best score per result key. */
  const run = (words: readonly string[], keys: number[], weight = 1, prefer: readonly Steer[] = [], why = -1, best?: { key: number; score: number }, opts: RunOptions = {}): void => {
    const { neo, only } = opts;
    let nTouched = 0;
    // Did a word match an entry with entries under it only in its nonessential modifiers? Only
    // then can an entry take words from its ancestors (below).
    let optionalParent = false;
    const n = words.length;
    const nSoft = words.filter(isSoft).length;
    const leadOk = new Set<string>();
    // Each word's weight, and which words are soft, by bit (`wordBits`).
    const wordIdf = new Float64Array(Math.min(n, 31));
    let softBits = 0;
    words.forEach((w, wi) => {
      const soft = isSoft(w);
      const bit = wi < 31 ? 1 << wi : 0;
      if (soft) softBits |= bit;
      // Each query word matches itself, its synonyms and (for the last word, as the user types) longer words.
      const variants = new Set<number>();
      const here = need(w);
      const vi = vocabIndex.get(w);
      if (vi !== undefined) variants.add(vi);
      for (const s of synonymsOf(w)) {
        const si = need(s) ? vocabIndex.get(s) : undefined;
        if (si !== undefined) variants.add(si);
      }
      // A gerund reads as its base only when the vocabulary lacks it ("coughing", not "swelling").
      const bases = vi === undefined || !w.endsWith('ing') ? participleBases(w) : [];
      for (const b of bases) {
        const bi = vocabIndex.get(b);
        if (bi !== undefined) variants.add(bi);
      }
      const range = wordShards.get(wordShardKey(shardKeys, w) ?? '');
      // A last word the vocabulary knows whole and that finds entries ("dog", "man") is what was
      // meant, not the start of a longer word ("dogwood", "manatee"): it completes only to its own
      // inflected forms (WHOLE_WORD_ENDINGS: "wheel" to "wheeled", "accident" to "accidental"). A
      // part word ("diabet") completes to every word it starts.
      const whole = vi !== undefined && postingCount(vi) > 0;
      const completes = wi === n - 1 && w.length >= 3 && neo?.complete !== false;
      if (completes && here && range) {
        const end = range.from + range.n;
        for (let i = lowerBound(vocab, w, (t) => t, range.from, end); i < end && (vocab[i] ?? '').startsWith(w) && variants.size < 24; i++) {
          if ((!whole || WHOLE_WORD_ENDINGS.has((vocab[i] ?? '').slice(w.length))) && !(vocab[i] ?? '').endsWith('~')) variants.add(i);
        }
      }
      // The same words in the External Cause Index, when the query reads it (a neoplasm run never does).
      const causeVariants = new Set<number>();
      const causeExact = new Set<number>();
      // Its word shards are asked for with its base, in the same round.
      const withCause = causeRead && neo === undefined;
      if (withCause) {
        // The External Cause Index writes its verbs as main terms in -ing or -ed ("Bumping",
        // "Stepped on", "ski(ing)"): a query word is read through any form with the same base.
        const forms = participleBases(w);
        for (const x of [w, ...synonymsOf(w), ...bases, ...forms]) {
          const ci = needCause(x) ? causeIndex.get(x) : undefined;
          if (ci === undefined) continue;
          causeVariants.add(ci);
          causeExact.add(ci);
        }
        for (const x of [w, ...forms]) {
          for (const ci of causeByBase.get(x) ?? []) {
            causeVariants.add(ci);
            causeExact.add(ci);
          }
        }
        const cr = causeRanges.get(w.charAt(0));
        if (completes && cr) {
          const known = whole || causeIndex.has(w);
          const end = cr.from + cr.n;
          for (let i = lowerBound(causeVocab, w, (t) => t, cr.from, end); i < end && (causeVocab[i] ?? '').startsWith(w) && causeVariants.size < 24; i++) {
            if (!known || WHOLE_WORD_ENDINGS.has((causeVocab[i] ?? '').slice(w.length))) causeVariants.add(i);
          }
        }
      }
      epoch++;
      // The word and its synonyms weigh the same (the rarest spelling's weight), so "flu" and
      // "influenza" entries compete on length, not on which spelling is rarer.
      const exact = new Set<number>();
      if (vi !== undefined) exact.add(vi);
      for (const sw of [...synonymsOf(w), ...bases]) {
        const si = vocabIndex.get(sw);
        if (si !== undefined) exact.add(si);
      }
      let slotIdf = 0;
      for (const v of exact) slotIdf = Math.max(slotIdf, Math.log(1 + nDocs / postingCount(v)));
      if (wi < 31) wordIdf[wi] = slotIdf;
      // An External Cause Index entry weighs a word by its count in both parts, so a word only that
      // index has ("hoverboard") is rare and one both have ("fall") is not; the other documents'
      // weights stay what they are without it.
      const bothCount = (word: string): number => postingCount(vocabIndex.get(word) ?? -1) + (causePosts[causeIndex.get(word) ?? -1]?.length ?? 0);
      let causeSlotIdf = 0;
      for (const word of [...[...exact].map((v) => vocab[v] ?? ''), ...[...causeExact].map((v) => causeVocab[v] ?? '')]) {
        causeSlotIdf = Math.max(causeSlotIdf, Math.log(1 + nDocs / bothCount(word)));
      }
      for (const v of exact) leadOk.add(vocab[v] ?? '');
      for (const v of causeExact) leadOk.add(causeVocab[v] ?? '');
      // `optional`: the documents have the word only in a nonessential modifier (`optionalBits`);
      // they are scored after the others, so a document that has it as its own word counts so.
      const score = (list: Int32Array, offset: number, idf: number, optional = false): void => {
        for (let k = 0; k < list.length; k++) {
          const id = offset + (list[k] ?? 0);
          if (stamp[id] === epoch) continue;
          stamp[id] = epoch;
          if (matched[id] === 0) touched[nTouched++] = id;
          matched[id] = (matched[id] ?? 0) + 1;
          if (soft) softMatched[id] = (softMatched[id] ?? 0) + 1;
          scores[id] = (scores[id] ?? 0) + idf;
          wordBits[id] = (wordBits[id] ?? 0) | bit;
          if (optional) {
            optionalBits[id] = (optionalBits[id] ?? 0) | bit;
            if (id >= entryBase && id < nDocs && hasChildren[id - entryBase] === 1) optionalParent = true;
          }
        }
      };
      // Prefix completions weigh a little less, so "hip" beats "hippocampus".
      const weightOf = (v: number): number => (exact.has(v) ? slotIdf : Math.log(1 + nDocs / postingCount(v)) * 0.7);
      for (const v of variants) score(posts[v] ?? new Int32Array(0), 0, weightOf(v));
      for (const v of variants) {
        const optional = optionalPosts.get(v);
        if (optional !== undefined) score(optional, 0, weightOf(v), true);
      }
      for (const v of causeVariants) score(causePosts[v] ?? new Int32Array(0), nDocs, causeExact.has(v) ? causeSlotIdf : Math.log(1 + nDocs / bothCount(causeVocab[v] ?? '')) * 0.7);
    });
    /**
     * `tie` orders paths of equal score: words matched beyond the entry's own (its nonessential
     * modifiers), then its length. "Examination, medical, general" is shown for "physical", not
     * "Examination, laboratory (as part of a general medical examination)"; "Warfarin" before
     * "Warfarin, sodium".
     */
    const take = (key: number, score: number, via: number, tie = 0): void => {
      if (only !== undefined && (key >= nIcd || !only.some((p) => codeOfKey(key).startsWith(p)))) return;
      let s = score;
      // A fracture typed without a kind is traumatic (Index: Fracture, traumatic); stress,
      // pathological, osteoporotic and periprosthetic fractures are found by their own adjective.
      if (!fractureKindNamed && kindFracture[key] === 1) s *= 0.5;
      // A checkup or a physical is an encounter for examination (Z00-Z02, FY2026 Guidelines Section
      // I.C.21.c.12): a Level II title that shares its other words ("6 months", "new patient") ranks below.
      if (examIntent && key >= nIcd) s *= EXAM_HCPCS;
      // A C code is for hospital outpatient (OPPS) claims only: a code of the same title that any
      // setting bills ranks first ("testosterone shot": J3145 before C9023, both testosterone undecanoate).
      if (key >= nIcd && codeOfKey(key).startsWith('C')) s *= OPPS_ONLY;
      // Beside an injury the query names, an external cause code found by its title ranks lower,
      // as one found through the External Cause Index does (never first-listed, I.C.20).
      if (injuryBeside && via < nEntries && isCauseCode(key)) s *= CAUSE_BESIDE_CONDITION;
      // An intent the query does not name is accidental (Guidelines Section I.C.20.h): an assault,
      // self-harm or undetermined code ranks lower ("cut my hand on a steak knife": W26.0, not X99.1).
      if (!intentNamed && intentCode[key] === 1) s *= UNNAMED_INTENT;
      // A reading that names a code family (Z23 for "shot", W54 for "bitten by a dog") steers toward it.
      if (prefer.length > 0) {
        const c = codeOfKey(key);
        if (prefer.some((p) => c.startsWith(p.prefix) && steers(p, key >= nIcd))) s *= 2;
      }
      if (best && s > best.score) {
        best.key = key;
        best.score = s;
      }
      if (bestScore[key] === 0) keys.push(key);
      if (s > (bestScore[key] ?? 0) || (s === bestScore[key] && via >= 0 && tie < (bestTie[key] ?? 0))) {
        bestScore[key] = s;
        bestVia[key] = via;
        bestWhy[key] = why;
        bestTie[key] = tie;
      }
    };
    const universal = words.filter((w, wi) => everyRowHas(w, wi === n - 1)).length;
    // An Index entry also has the words of its ancestors' nonessential modifiers, as the External
    // Cause Index's and the tables' entries do: "Diabetes, diabetic (mellitus) (sugar)" makes "type
    // 2" under it read "type 2 diabetes mellitus" (E11.9), not only "type 2 diabetes". An ancestor
    // matched what its entry did not only through those words: its path is part of the entry's.
    runStamp++;
    // The words an entry's ancestors have only in their modifiers, once per ancestor and run.
    const fromAncestors = (e: number): number => {
      const p = parents[e] ?? -1;
      if (p < 0) return 0;
      if (ancestorStamp[p] === runStamp) return ancestorBits[p] ?? 0;
      const bits = (optionalBits[entryBase + p] ?? 0) | fromAncestors(p);
      ancestorStamp[p] = runStamp;
      ancestorBits[p] = bits;
      return bits;
    };
    // Only entries that read the query nearly as far as the best one (one word short at most) can
    // rank with what they take: the others are left as they are.
    let most = 0;
    for (let t = 0; t < nTouched && optionalParent; t++) most = Math.max(most, matched[touched[t] ?? 0] ?? 0);
    for (let t = 0; t < nTouched && optionalParent; t++) {
      const id = touched[t] ?? 0;
      if (id < entryBase || id >= nDocs || (matched[id] ?? 0) >= n || (matched[id] ?? 0) < most - 1) continue;
      const own = wordBits[id] ?? 0;
      let inherited = fromAncestors(id - entryBase);
      inherited &= ~own;
      if (inherited === 0) continue;
      inheritedBits[id] = inherited;
    }
    for (let t = 0; t < nTouched; t++) wordBits[touched[t] ?? 0] = 0;
    for (let t = 0; t < nTouched; t++) {
      const id = touched[t] ?? 0;
      // Words taken from ancestors count for how much of the query an entry reads, not against
      // the entry's own words it leaves unread ("Otitis (acute), media, in, tuberculosis" reads
      // "acute otitis media" as fully as "Otitis, media, acute", and has "tuberculosis" unread).
      const extra = inheritedBits[id] ?? 0;
      let taken = 0;
      if (extra !== 0) {
        for (let b = 0; b < wordIdf.length; b++) {
          if ((extra & (1 << b)) === 0) continue;
          taken++;
          matched[id] = (matched[id] ?? 0) + 1;
          scores[id] = (scores[id] ?? 0) + (wordIdf[b] ?? 0) * INHERITED_SHARE;
          if ((softBits & (1 << b)) !== 0) softMatched[id] = (softMatched[id] ?? 0) + 1;
        }
        inheritedBits[id] = 0;
      }
      const m = matched[id] ?? 0;
      const len = lens[id] ?? 0;
      // A word read only in a nonessential modifier makes up for half an own word the entry leaves
      // unread: a modifier may name the term another way ("Neoplasm, cervix (cervical)" for
      // "cervical ca") or only qualify it ("Infection, respiratory, influenzal (upper)" is no
      // upper respiratory infection as "..., upper" is). Words taken from ancestors make up for none.
      const optional = popcount(optionalBits[id] ?? 0) * OPTIONAL_SHARE;
      optionalBits[id] = 0;
      // Who the patient is ("child", "adult") counts only for entries that name it: "ear ache
      // child" is otalgia, not "Growing pains, children" for matching two words of three.
      const nEff = n - nSoft + (softMatched[id] ?? 0) || n;
      // A word taken from an ancestor counts for part of one: "Examination (general), medical,
      // donor" does not read "general medical examination" as fully as "..., medical, general".
      const cover = m - (1 - INHERITED_SHARE) * taken;
      let s = ((scores[id] ?? 0) + (neo?.extra ?? 0)) * (cover / nEff) * (cover / nEff);
      s /= 1 + 0.15 * Math.max(0, len - (m - taken - optional));
      if (id < nDocs && conflictDocs?.has(id) === true) s *= NEGATION_CONFLICT;
      const soft = softMatched[id] ?? 0;
      matched[id] = 0;
      softMatched[id] = 0;
      scores[id] = 0;
      let key: number;
      let via = -1;
      let alsoKeys: number[] = [];
      if (id >= nDocs) {
        // An External Cause Index entry, ranked as an Alphabetic Index entry is; beside an injury
        // the query names it ranks lower, as its code is never first-listed (Section I.C.20).
        const e = id - nDocs;
        s *= 1.25 * CAUSE_WEIGHT * (conditionNamed ? CAUSE_BESIDE_CONDITION : 1);
        if ((cause?.leadsOf[cause.lead[e] ?? -1] ?? []).some((w) => leadOk.has(w))) s *= 1.5;
        key = cause?.targets[e] ?? -1;
        via = nEntries + e;
        if (key < 0) continue;
        if (icd[key] === CAUSE_CATCH_ALL) s *= 0.5;
        s *= weight;
        take(key, s, via, Math.max(0, m - universal - len) * 64 + len);
        continue;
      }
      // A neoplasm run reads the Neoplasm Table's rows and nothing else; no other run reads them.
      if ((id >= entryBase && isNeoplasmRow(id - entryBase)) !== (neo !== undefined)) continue;
      if (id >= entryBase) {
        s *= 1.25;
        // An entry found under a main term the query names ("Infection, urinary") beats one found in passing ("Newborn, infection, ...").
        const leadWords = leadsOf[lead[id - entryBase] ?? -1] ?? [];
        // In a query that reads the Neoplasm Table, an entry that names more than the query
        // ("Cancer, bile duct type liver" for "liver cancer") gets no such boost: the Index sends a
        // site's cancer to the table (Cancer, see also Neoplasm, by site, malignant).
        if (leadWords.some((w) => leadOk.has(w)) && !(currentNeoplasm && len > m)) s *= 1.5;
        if (currentNeoplasm && NOT_CURRENT_LEADS.has(leadWords[0] ?? '')) s *= 0.5;
        key = targets[id - entryBase] ?? -1;
        via = id - entryBase;
        if (key < 0) continue;
        if (neo !== undefined) {
          const cells = neo.columns.map((c) => {
            const k = neoplasmCell(via, c);
            if (k >= 0 || c !== NEOPLASM_COLUMNS.length + 2) return k;
            // Squamous cell carcinoma of a site without skin rows (lung) is that site's malignant
            // primary; basal cell carcinoma is of skin only. A skin row without a squamous cell line
            // offers nothing: its malignant primary is the unspecified skin code (C44.-0), not C44.-2.
            const primary = neoplasmCell(via, 1);
            return primary >= 0 && codeOfKey(primary).startsWith('C44') ? -1 : primary;
          }).filter((k) => k >= 0);
          if (cells.length === 0) continue;
          if (base.neoplasm.nonessential.charAt(via - neoFirst) === '1') s *= NONESSENTIAL_ROW;
          key = cells[0] ?? key;
          alsoKeys = cells.slice(1).filter((k) => k !== key);
        } else if (isDrugRow(via)) {
          // Who the patient is ("man") finds no row: "attacked by a man" is no Portuguese Man-o-war.
          if (m - soft <= universal) continue;
          // Underdosing asked for ("forgot to take") is looked up in the table (Index: Underdosing,
          // see also Table of Drugs and Chemicals): its row is steered toward as a reading's family is.
          if (drugColumns[0] === UNDERDOSING_COLUMN) s *= 2;
          if (drugShot) s *= DRUG_ROW_IN_SHOT;
          const cells = drugColumns.map((c) => (c > 1 ? drugCell(key, c) : key));
          key = cells[0] ?? key;
          alsoKeys = cells.slice(1).filter((k) => k !== key);
        }
      } else key = id;
      s *= weight;
      // A second column ("toxicity": poisoning, then adverse effect) ranks just below the first.
      [key, ...alsoKeys].forEach((k, ki) => take(k, ki === 0 ? s : s * 0.99, via, Math.max(0, m - universal - len) * 64 + len));
    }
  };
  /** The whole reading of a query (steps 1-5 of the comment at the top), without the uncertain-diagnosis split. */
  const read = (query: string, limit = 10): SearchOutcome => {
    missing = new Set();
    const q = query.trim();
    if (q === '' || limit <= 0) return { hits: [] };
    if (q.length > MAX_QUERY_LENGTH) return { hits: [], hint: 'too-long' };
    // A code prefix answers as codes; a code-shaped word that is no code ("T2DM") is read as words.
    if (CODE_QUERY.test(q)) {
      const hits = codePrefix(q, limit);
      if (hits.length > 0) return { hits };
    }
    const words0 = queryWords(q);
    if (words0.length === 0) return { hits: [], hint: 'no-words' };
    // "fell off my bike", "broke my wrist": whose it is says nothing about the code; nor does who
    // it happened to ("the dog jumped on me": not ME, myalgic encephalomyelitis, unless typed so;
    // "I think I have a UTI": not type I) or the chart's "c/o" (complains of: "pt c/o HA" is not
    // "co", Co-sleeping).
    const saysNothing = (w: string, before: string | undefined, last: boolean): boolean =>
      POSSESSIVES.has(w) || (w === 'me' && !/\bME\b/.test(q)) || (w === 'i' && !NUMBERED.has(before ?? '') && !(last && before !== undefined));
    const unfilled = dropFiller(words0);
    const kept = unfilled.words.filter((w, i, all) => !saysNothing(w, all[i - 1], i === all.length - 1));
    const asTyped = kept.length > 0 ? kept : words0;
    const visitFor = unfilled.visit && kept.length > 0;
    // Spacing: two words typed as one are read apart ("kidneystone" as "kidney stone").
    let corrected = false;
    const typed: string[] = asTyped.flatMap((w) => {
      const cut = split(w);
      if (cut === undefined) return [w];
      corrected = true;
      return cut;
    });
    // Two words the dictionary writes as one ("near sighted", "in grown toenail") are read as that
    // word before spelling can change either half ("sighted" is no Index word).
    for (let i = 0; i + 1 < typed.length; i++) {
      const one = `${typed[i] ?? ''}${typed[i + 1] ?? ''}`;
      const asTwo = (dict.get(stem(typed[i] ?? '')) ?? []).some((d) => d.words.length > 1 && d.words.every((w, k) => stem(typed[i + k] ?? '') === w));
      // The second word must add more than a plural ending: "CAD s/p" is not "cads".
      if (!asTwo && (typed[i + 1] ?? '').length >= 2 && stem(one) !== stem(typed[i] ?? '') && dict.has(stem(one))) typed.splice(i, 2, one);
      // An Index word typed in two halves, one of which is no word ("osteo porosis"), is joined
      // before spelling would change that half ("porosis" is one edit from "pyrosis").
      else if (!asTwo && [typed[i] ?? '', typed[i + 1] ?? ''].some((h) => h.length >= 3 && !known(h)) && need(one) && vocabIndex.has(stem(one))) typed.splice(i, 2, one);
    }
    // Spelling: only words the vocabulary does not know are corrected.
    const words = typed.map((w) => {
      let c = correct(stem(w));
      // The plural strip can make a misspelling nearer a wrong word ("gastrits" -> "gastrit" ->
      // "gastric"): the word as typed is tried too, and the nearer to what was typed wins.
      if (c !== undefined && stem(w) !== w) {
        const whole = correct(w);
        if (whole !== undefined && editDistance(w, whole, 3) < editDistance(w, c, 3)) c = whole;
      }
      if (c === undefined) return w;
      corrected = true;
      return c;
    });
    const stems = words.map(stem);
    conflictDocs = negatedConflicts(stems);
    intentNamed = stems.some((w) => INTENT_WORDS.has(w));
    // Read from the words as typed too: a correction ("stopped" -> "stepped") must not lose an intent.
    drugColumns = drugColumnsOf(stems, stem);
    currentNeoplasm = neoplasmReading(words.map((w) => w.toLowerCase())) !== undefined;
    fractureKindNamed = stems.some((w) => FRACTURE_KIND_WORDS.has(w.toLowerCase()));
    const injuryNamed = stems.some((w) => INJURY_WORDS.has(w) && !GENERIC_INJURY_WORDS.has(w));
    if (drugColumns.length === 1 && drugColumns[0] === 1) drugColumns = drugColumnsOf(typed.map((w) => stem(w.toLowerCase())), stem);
    const whys: string[] = [];
    const keys: number[] = [];
    // Dictionary readings: longest term at each position, not overlapping.
    const found: { at: number; len: number; entry: SearchDictionaryEntry; said: string }[] = [];
    // Words typed with capitals ("UTIs", "PADs") are abbreviations whatever their ending.
    const capitals = new Set((q.match(/[A-Za-z0-9]+/g) ?? []).filter((w) => /[A-Z].*[A-Z]/.test(w)).map((w) => w.toLowerCase()));
    // An abbreviation that is also a common word of the titles reads through a plural only in
    // capitals: "PAD" and "PADs" are the disease, "gauze pads" are pads, "first aid" is not AIDS.
    // A small word ("has" is not "HA" + s) never reads as an abbreviation through its plural.
    const plainWord = (typedWord: string, term: string): boolean =>
      typedWord !== term && !capitals.has(typedWord) && (STOP.has(typedWord) || (need(stem(term)) && postingCount(vocabIndex.get(stem(term)) ?? -1) >= 10));
    // The plural of an abbreviation the light stem keeps whole ("UTIs", "utis") reads as the abbreviation.
    const dictStems = stems.map((st, i) => {
      const bare = (typed[i] ?? '').replace(/s$/, '');
      return dict.has(st) || bare === typed[i] || !(dict.get(bare) ?? []).some((d) => d.entry.abbreviation) ? st : bare;
    });
    const blocked = (e: SearchDictionaryEntry, at: number): boolean =>
      e.unless?.some((u) => stems.includes(stem(u))) === true || (e.everyday === true && stems.length > 1 && !capitals.has(typed[at] ?? ''));
    for (let i = 0; i < stems.length; ) {
      const m = (dict.get(dictStems[i] ?? '') ?? []).find(
        (d) => d.words.every((w, k) => dictStems[i + k] === w) && !(d.entry.abbreviation && d.words.length === 1 && plainWord(typed[i] ?? '', d.entry.term)) && !blocked(d.entry, i),
      );
      if (m) {
        found.push({ at: i, len: m.words.length, entry: m.entry, said: typed.slice(i, i + m.words.length).join(' ') });
        i += m.words.length;
      } else i++;
    }
    // Words that only link or say who ("attacked by a man") leave nothing for the typed words to add.
    const covered = stems.filter((w, i) => found.some((f) => i >= f.at && i < f.at + f.len) || CAUSE_LINKS.has(w) || STOP.has(w) || SOFT_WORDS.has(w)).length;
    // The External Cause Index is read when the query reads as an external cause: a dictionary
    // reading of an external cause, or one that steers toward Chapter 20 (V00-Y99: "GSW"), or a
    // cause word no other dictionary reading covers ("crashed", "collision"; "shot" in "tdap shot"
    // is read as a vaccination, "slipped" in "slipped disc" as the disc, "lift" in "hoyer lift" as
    // the supply). It is fetched then, not before.
    const readByOther = new Set(
      found.filter((f) => f.entry.external !== true && !readsAsCause(f.entry)).flatMap((f) => Array.from({ length: f.len }, (_, k) => f.at + k)),
    );
    // An everyday cause word ("lost weight", "hot flashes") counts only beside an injury, another
    // cause word or an external-cause reading ("burned on a hot stove").
    const causeAt = words.map((w, i) => !readByOther.has(i) && isCauseWord(w));
    const externalReading = found.some((f) => f.entry.external === true || (f.entry.supply !== true && readsAsCause(f.entry)));
    const strongCause = words.some((w, i) => causeAt[i] === true && !EVERYDAY_CAUSE_WORDS.has(w) && !EVERYDAY_CAUSE_WORDS.has(stem(w)));
    const injuryContext = stems.some((w) => INJURY_WORDS.has(w));
    // An injury with what did it ("cut my hand on a steak knife", "burned my hand on the
    // radiator") reads the External Cause Index too: its objects are there (Contact, with, knife W26.0).
    const injuryWithObject = injuryContext && words.some((w, i) => CAUSE_OBJECT_WORDS.has(w) && i > 0 && i < words.length - 1);
    causeRead = nCause > 0 && (externalReading || strongCause || (injuryContext && (causeAt.some(Boolean) || injuryWithObject)));
    if (causeRead && cause === undefined) missing.add(CAUSE_BASE_FILE);
    // A reading of something else ("PTSD", "hurt") names what the external cause code goes with.
    // A term that reads as an injury in one meaning ("stubbed toe": a contusion of the toe) names one too.
    // Not beside a Level II service the dictionary reads ("welcome to medicare exam": G0402).
    injuryBeside = injuryNamed || found.some((f) => namesInjuryAndCause(f.entry));
    examIntent =
      !found.some((f) => f.entry.supply === true) && found.some((f) => f.entry.intent === true && f.entry.meanings.every((m) => steersOnly(m, EXAM_FAMILY)));
    conditionNamed = injuryNamed || found.some((f) => f.entry.external !== true && f.entry.supply !== true && (!readsAsCause(f.entry) || namesInjuryAndCause(f.entry)));
    /**
     * A query that names a behavior or histology also reads the Neoplasm Table: each clause's
     * site words run over the table's rows, and its words choose the column (search-neoplasm-table.ts).
     */
    const readNeoplasmTable = (ws: readonly string[], weight: number, said: readonly string[], best?: { key: number; score: number }, prefer: readonly Steer[] = []): void => {
      const clauses = neoplasmReading(ws.join(' ').toLowerCase().split(' ').filter((w) => w !== ''));
      for (const c of clauses ?? []) {
        const column = c.columns[0] ?? 1;
        const label = column > NEOPLASM_COLUMNS.length ? `Malignant Primary, ${neoplasmColumnLabel(column)}` : neoplasmColumnLabel(column);
        const why = whys.push([...said, `${c.said} read as ${label} (Neoplasm Table)`].join('; ')) - 1;
        // The behavior words ("mets", "carcinoma") were read too: they count as one matched word of
        // middling rarity, and "basal cell" or "squamous cell" carcinoma as three, as they count in
        // the Index's site-less entry (Carcinoma, basal cell C44.91), which must not outrank the
        // site the query names ("basal cell carcinoma back": C44.519).
        const behaviorWords = column > NEOPLASM_COLUMNS.length ? 3 : 1;
        run(tokenize(c.sites.join(' ')), keys, weight, prefer, why, best, { neo: { columns: c.columns, extra: behaviorWords * Math.log(1 + nDocs / 500), complete: c.sites.at(-1) === ws.at(-1) } });
      }
    };
    // A shot of a drug the HCPCS J codes name or the Table of Drugs lists ("cortisone shot"), not of
    // a vaccine, reads first as the drug's injection: Z23 is for vaccinations only.
    const drugNamed = (() => {
      if (!found.some((f) => f.entry.intent === true && f.entry.meanings.length > 1 && f.entry.meanings.some((m) => (m.prefer ?? []).includes('Z23')))) return false;
      const said = found.filter((f) => f.entry.intent !== true).flatMap((f) => f.entry.meanings.flatMap((m) => tokenize(m.reads)));
      const own = words.filter((_, i) => !found.some((f) => i >= f.at && i < f.at + f.len));
      const candidates = [...said, ...tokenize(own.join(' '))];
      if (candidates.some((w) => VACCINE_WORDS.has(w))) return false;
      return candidates.some((w) => {
        if (w.length < 4 || SOFT_WORDS.has(w) || !need(w)) return false;
        const v = vocabIndex.get(w) ?? -1;
        for (const id of [...(posts[v] ?? []), ...(optionalPosts.get(v) ?? [])]) {
          if (id >= nIcd && id < entryBase && (hcpcs[id - nIcd] ?? '').startsWith('J')) return true;
          if (id >= entryBase && isDrugRow(id - entryBase)) return true;
        }
        return false;
      });
    })();
    // Such a shot is given, not taken in error: with no Table of Drugs column asked for (poisoning,
    // overdose, adverse effect, underdosing), the table's rows rank below the drug's J codes.
    drugShot = drugNamed && drugColumns.length === 1 && drugColumns[0] === 1 && !stems.some((w) => POISONING_WORDS.includes(w));
    // The query as typed runs too, weaker when the dictionary read all of it.
    run(tokenize(words.join(' ')), keys, covered === stems.length ? 0.5 : 1, [], corrected ? whys.push(`read as "${words.join(' ')}"`) - 1 : -1);
    readNeoplasmTable(words, covered === stems.length ? 0.5 : 1, corrected ? [`read as "${words.join(' ')}"`] : []);
    let runs = 0;
    // The best hit of each meaning of an ambiguous term ("PE": embolism, examination, effusion) is
    // kept in the results, so every meaning is offered.
    const meaningBest: { key: number; score: number }[] = [];
    /**
     * Who or what attacked, for a term read as an assault or as contact with an animal (PERSON_WORDS):
     * the words after "by" or "with" ("attacked by a dog"), else the word before ("the dog attacked").
     */
    const attackerOf = (g: (typeof found)[number]): string[] => {
      const plain = (w: string): boolean => w.length > 1 && !CAUSE_LINKS.has(w) && !POSSESSIVES.has(w) && (!STOP.has(w) || PERSON_WORDS.has(stem(w)));
      // As typed: the speller may have changed a word the Index lacks ("stranger").
      const after = typed.slice(g.at + g.len).map((w) => w.toLowerCase());
      const link = after.findIndex((w) => w === 'by' || w === 'with');
      if (link >= 0) return after.slice(link + 1).filter(plain).map(stem);
      return typed.slice(0, g.at).map((w) => w.toLowerCase()).filter(plain).slice(-1).map(stem);
    };
    /** Is this word one the External Cause Index lists under an assault (Assault, knife X99.1)? */
    const assaultMeans = (w: string): boolean => {
      const ci = needCause(w) ? causeIndex.get(w) : undefined;
      if (ci === undefined || cause === undefined) return false;
      for (const e of causePosts[ci] ?? []) if (ASSAULT_FAMILY.test((codeOfKey(cause.targets[e] ?? -1) || '').replace('.', ''))) return true;
      return false;
    };
    const byAttacker = (g: (typeof found)[number], mi: number): boolean => {
      const ms = g.entry.meanings;
      if (!ms.some((m) => steersOnly(m, ASSAULT_FAMILY)) || !ms.some((m) => steersOnly(m, ANIMAL_FAMILY))) return false;
      const who = attackerOf(g);
      if (who.length === 0) return false;
      const person = who.some((w) => PERSON_WORDS.has(w) || assaultMeans(w));
      return steersOnly(ms[mi], person ? ANIMAL_FAMILY : ASSAULT_FAMILY);
    };
    // A Table of Drugs column asked for ("forgot to take", "overdose", "side effect") is about the
    // drug taken or not taken: a term's long-term-use meaning (Z79) gives way to its drug meaning
    // ("forgot to take blood thinner": underdosing of anticoagulant, T45.516-; I.C.19.e.5(c)).
    const drugAsked = drugColumns.length !== 1 || drugColumns[0] !== 1 || stems.some((w) => POISONING_WORDS.includes(w));
    /**
     * Is this meaning of a term not read in this query: a vaccination (Z23) beside a drug that is no
     * vaccine, an assault by an animal or contact with an animal by a person (`byAttacker`), or
     * long-term drug therapy beside a Table of Drugs column asked for (`drugAsked`)?
     */
    const ruledOut = (g: (typeof found)[number], mi: number): boolean =>
      (drugNamed && g.entry.intent === true && g.entry.meanings.length > 1 && (g.entry.meanings[mi]?.prefer ?? []).includes('Z23')) ||
      byAttacker(g, mi) ||
      (drugAsked && g.entry.meanings.length > 1 && steersOnly(g.entry.meanings[mi], LONG_TERM_FAMILY));
    /** The meaning a term is read in when none is chosen: its first that is not ruled out. */
    const leadMeaning = (g: (typeof found)[number]): number => {
      // Visit wording ("here for", "wants") asks for the encounter: the meaning that steers toward Z codes only.
      const visit = visitFor ? g.entry.meanings.findIndex((m, mi) => !ruledOut(g, mi) && (m.prefer ?? []).length > 0 && (m.prefer ?? []).every((p) => p.startsWith('Z'))) : -1;
      return visit >= 0 ? visit : Math.max(0, g.entry.meanings.findIndex((_, mi) => !ruledOut(g, mi)));
    };
    /** The query with each dictionary term read in its chosen meaning (`leadMeaning` when none is chosen). */
    const readWith = (choice: ReadonlyMap<(typeof found)[number], number>, weight: number, best: { key: number; score: number }): void => {
      const out: string[] = [];
      const said: string[] = [];
      const prefer: Steer[] = [];
      let pos = 0;
      for (const g of found) {
        out.push(...words.slice(pos, g.at));
        const use = g.entry.meanings[choice.get(g) ?? leadMeaning(g)];
        out.push(use?.reads ?? '');
        // An abbreviation, or a term typed in capitals ("ATV"), is quoted in capitals.
        const shown = g.entry.abbreviation || g.said.split(' ').every((w) => capitals.has(w)) ? g.said.toUpperCase() : g.said;
        if (use && use.reads !== g.said) said.push(`${shown} read as ${use.reads}`);
        prefer.push(...steersOf(g.entry, use));
        pos = g.at + g.len;
      }
      out.push(...words.slice(pos));
      run(tokenize(out.join(' ')), keys, weight, prefer, said.length > 0 ? whys.push(said.join('; ')) - 1 : -1, best);
      // The reading's steer applies to the table too ("bcc temple" steers toward C44 there as well).
      readNeoplasmTable(out, weight, said, best, prefer);
    };
    for (const f of found) {
      for (const mi of f.entry.meanings.keys()) {
        if (ruledOut(f, mi)) continue;
        if (runs++ >= 8) break;
        const best = { key: -1, score: 0 };
        // Only a term read in more than one meaning here keeps each one's best ("blood thinners"
        // beside "forgot" is read as the drug alone).
        if (f.entry.meanings.filter((_, mj) => !ruledOut(f, mj)).length > 1) meaningBest.push(best);
        // Meanings are listed most common first: a later one ranks a little lower on a tie of wording.
        readWith(new Map([[f, mi]]), mi === leadMeaning(f) ? 1 : 0.8, best);
      }
    }
    // Two ambiguous terms are also read in their later meanings together ("Phenergan shot": the
    // drug's generic name with "shot" as an injection, as the HCPCS title says it), lower again.
    const ambiguous = found.filter((f) => f.entry.meanings.length > 1);
    for (const [a, fa] of ambiguous.entries()) {
      for (const fb of ambiguous.slice(a + 1)) {
        for (let mi = 1; mi < fa.entry.meanings.length; mi++) {
          for (let mj = 1; mj < fb.entry.meanings.length && runs < 12; mj++, runs++) {
            if (ruledOut(fa, mi) || ruledOut(fb, mj)) continue;
            readWith(new Map([[fa, mi], [fb, mj]]), 0.64, { key: -1, score: 0 });
          }
        }
      }
    }
    // An injury named with its cause ("whiplash after car accident") also reads alone, so the
    // injury ranks with the external cause code that goes with it (Guidelines Section I.C.20:
    // an external cause code is never the first-listed diagnosis).
    const causes = found.filter((f) => f.entry.external === true);
    if (causes.length > 0) {
      // A cause word the Index sends to an injury ("Scald: see Burn") names that injury too:
      // "scalded right foot" is a burn of the foot, with its cause.
      const named = causes.flatMap((f) => tokenize(f.said)).flatMap((w) => [w, w.replace(/e?d$/, '')]).flatMap((w) => synonymsOf(w)).filter((w) => INJURY_WORDS.has(stem(w)));
      const injury = [...new Set(named)].concat(words.filter((w, i) => !CAUSE_LINKS.has(w) && !causes.some((f) => i >= f.at && i < f.at + f.len)));
      // Only when it names an injury, and only injury codes (S00-T88) come from this reading.
      if (injury.some((w) => INJURY_WORDS.has(stem(w)))) run(tokenize(injury.join(' ')), keys, 1, [], whys.push(`${injury.join(' ')} read as the injury, apart from its cause`) - 1, undefined, { only: ['S', 'T'] });
    }
    // What an injury was done on or with reads alone in the External Cause Index, as its last word
    // ("cut my hand on a steak knife": knife, Contact, with, knife W26.0; "burned my hand on the
    // radiator": Contact, with, radiator X16), so an accidental cause code ranks beside the injury.
    const objectAt = injuryWithObject ? words.findIndex((w, i) => i > 0 && CAUSE_OBJECT_WORDS.has(w)) : -1;
    if (objectAt > 0 && causeRead) {
      let end = objectAt + 1;
      while (end < words.length && !OBJECT_ENDS.has(words[end] ?? '')) end++;
      const head = words.slice(objectAt + 1, end).filter((w) => !STOP.has(w) && !POSSESSIVES.has(w)).at(-1);
      if (head !== undefined) run(tokenize(head), keys, 1, [], whys.push(`${head} read as what the injury was done on or with`) - 1, undefined, { only: ['W', 'X'] });
    }
    // A supply named first with what it is for ("sling for broken arm") is the supply: its reading also runs alone.
    for (const f of found) {
      if (f.entry.supply !== true || f.at !== 0 || words[f.len] !== 'for') continue;
      const m = f.entry.meanings[0];
      if (m !== undefined) run(tokenize(m.reads), keys, 1, steersOf(f.entry, m), whys.push(`${f.said} read as ${m.reads}, the supply itself`) - 1);
    }
    // Two words the Index writes as one ("tooth ache" -> "toothache").
    for (let i = 0; i + 1 < stems.length; i++) {
      const joined = `${words[i] ?? ''}${words[i + 1] ?? ''}`;
      if (need(joined) && vocabIndex.has(stem(joined))) {
        const w = [...words.slice(0, i), joined, ...words.slice(i + 2)];
        run(tokenize(w.join(' ')), keys, 1, [], whys.push(`${words[i]} ${words[i + 1]} read as ${joined}`) - 1);
      }
    }
    // What is missing ("no appetite", "no energy") is entered under Loss and Lack in the Index
    // ("Loss, appetite"; "Appetite, lack or loss" R63.0), not under the thing itself.
    const noAt = words.findIndex((w, i) => w === 'no' && i + 1 < words.length);
    if (noAt >= 0) {
      for (const as of ['loss', 'lack']) run(tokenize(words.map((w, i) => (i === noAt ? as : w)).join(' ')), keys, 1, [], whys.push(`no read as ${as}`) - 1);
    }
    // Lay phrases ("heart attack") also run as the classification's wording; each code keeps its better score.
    const lower = ` ${tokenize(words.join(' ')).join(' ')} `;
    for (const [phrase, meaning] of Object.entries(LAY_PHRASES)) {
      const p = ` ${tokenize(phrase).join(' ')} `;
      if (lower.includes(p)) run(tokenize(lower.replace(p, ` ${meaning} `)), keys, 1, [], whys.push(`${phrase} read as ${meaning}`) - 1);
    }
    const before = (a: number, b: number): boolean => {
      const sa = bestScore[a] ?? 0;
      const sb = bestScore[b] ?? 0;
      if (sa !== sb) return sa > sb;
      const ca = codeOfKey(a);
      const cb = codeOfKey(b);
      return ca.length !== cb.length ? ca.length < cb.length : ca < cb;
    };
    // An external cause header never ranks above a billable code under it that the query found
    // ("stubbed toe on the coffee table": Striking against, object, furniture W22.03 above the
    // header W22.0, whose title restates the main term): the best such code moves just above it,
    // when it scores at least HEADER_CHILD_SHARE of it. A disease header ("DM2": E11) stays: its
    // billable codes found are often a complication the query does not name.
    const underBest = new Map<string, number>();
    for (const key of keys) {
      if (!isCauseCode(key) || base.billable.charCodeAt(key) !== 49) continue;
      const c = icd[key] ?? '';
      for (let l = 3; l < c.length; l++) {
        const at = underBest.get(c.slice(0, l));
        const [sk, sa] = [bestScore[key] ?? 0, at === undefined ? -1 : (bestScore[at] ?? 0)];
        // On a tie, the shorter path: the more general entry ("Striking against, object", not "..., object, wall").
        if (at === undefined || sk > sa || (sk === sa && viaLength(bestVia[key] ?? -1) < viaLength(bestVia[at] ?? -1))) underBest.set(c.slice(0, l), key);
      }
    }
    for (const key of keys) {
      if (key >= nIcd || base.billable.charCodeAt(key) === 49) continue;
      const child = underBest.get(icd[key] ?? '');
      const hs = bestScore[key] ?? 0;
      if (child !== undefined && (bestScore[child] ?? 0) < hs && (bestScore[child] ?? 0) >= hs * HEADER_CHILD_SHARE) bestScore[child] = hs * HEADER_CHILD_LIFT;
    }
    // The side the query names, if one (SIDE_WORDS), and the titles that name it.
    const sides = [...new Set(words.map((w) => SIDE_WORDS.get(w)).filter((x) => x !== undefined))];
    const side = sides.length === 1 ? sides[0] : undefined;
    const sideList = side === undefined || missing.size > 0 || !need(side) ? undefined : posts[vocabIndex.get(side) ?? -1];
    // The titles that name another side than the query's ("Tinnitus, right ear" for "ringing in both ears").
    const otherSides = sideList === undefined ? [] : [...new Set(SIDE_WORDS.values())].filter((s) => s !== side && need(s)).map((s) => posts[vocabIndex.get(s) ?? -1] ?? new Int32Array(0));
    // Top-k by insertion into a short sorted list: candidates can number tens of thousands.
    const top: number[] = [];
    if (missing.size === 0) {
      // With a side named, a few more are ranked first: a code that cannot take the side goes lower (below).
      const wide = sideList !== undefined && sideList.length > 0 ? limit * 3 : limit;
      for (const key of keys) {
        if (top.length === wide && !before(key, top[wide - 1] ?? 0)) continue;
        let i = top.length;
        while (i > 0 && before(key, top[i - 1] ?? 0)) i--;
        top.splice(i, 0, key);
        if (top.length > wide) top.pop();
      }
      // The side counts for no Index entry (SIDE_WORDS), so an entry whose code has no side at all
      // ("Broken, arm" T14.8, injury of unspecified body region, for "broke my left arm") is not
      // read as short of it; it is: it ranks lower than one that names or takes the side.
      if (wide > limit && sideList !== undefined) {
        // An external cause code has no side of its own: the side is the injury's.
        for (const key of top) {
          if (key >= nIcd || isCauseCode(key) || hasId(sideList, key) || completeSide(key, sideList) !== undefined) continue;
          // An Index main term's own code that has no side ("Cataract" H26.9, "Pneumonia" J18.9)
          // is what the Index gives whatever the side: the classification has no side for it.
          const via = bestVia[key] ?? -1;
          if (via >= 0 && via < nEntries && (parents[via] ?? -1) < 0 && (targets[via] ?? -1) === key) continue;
          bestScore[key] = (bestScore[key] ?? 0) * SIDE_LESS;
          // One that names another side, where a code beside it has the side asked, is the wrong
          // side, not only short of it: it goes lower again. Where none has ("pain in both knees":
          // no bilateral code), right and left are the codes to give, and stay.
          const family = (icd[key] ?? '').slice(0, -1);
          const sideBeside = (): boolean => top.some((k) => k !== key && k < nIcd && (icd[k] ?? '').startsWith(family) && (hasId(sideList, k) || completeSide(k, sideList) !== undefined));
          if (otherSides.some((l) => hasId(l, key)) && sideBeside()) bestScore[key] = (bestScore[key] ?? 0) * SIDE_LESS;
        }
        top.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
        top.length = Math.min(top.length, limit);
      }
      const must = [...new Set(meaningBest.filter((b) => b.key >= 0).map((b) => b.key))];
      if (must.length <= limit) {
        for (const key of must) {
          if (top.includes(key)) continue;
          // Make room by dropping the lowest-ranked hit no meaning needs.
          for (let i = top.length - 1; i >= 0 && top.length >= limit; i--) {
            if (!must.includes(top[i] ?? -1)) top.splice(i, 1);
          }
          let i = top.length;
          while (i > 0 && before(key, top[i - 1] ?? 0)) i--;
          top.splice(i, 0, key);
        }
      }
    }
    // Beside an injury the query names, an external cause code is never listed first (Guidelines
    // Section I.C.20): the best injury code (S00-T88; a Table of Drugs row names a poisoning, not
    // the injury) goes before it, when it reads the query nearly as well (INJURY_BEFORE_CAUSE of
    // the cause's score; a code found by one word in passing does not).
    // How many leading places a rule fixed (the injury before its cause, below).
    let pinned = 0;
    if (injuryBeside && isCauseCode(top[0] ?? -1)) {
      let first = -1;
      const fromTable = (key: number): boolean => {
        const via = bestVia[key] ?? -1;
        return via >= 0 && via < nEntries && isDrugRow(via);
      };
      const injury = (key: number): boolean => key < nIcd && /^[ST]/.test(icd[key] ?? '') && !fromTable(key);
      for (const key of keys) if (injury(key) && (first < 0 || before(key, first))) first = key;
      if (first >= 0 && (bestScore[first] ?? 0) >= (bestScore[top[0] ?? 0] ?? 0) * INJURY_BEFORE_CAUSE) {
        const j = top.indexOf(first);
        if (j >= 0) top.splice(j, 1);
        top.unshift(first);
        if (top.length > limit) top.pop();
        pinned = 1;
      }
    }
    // The injury and its cause are coded together (Section I.C.20): where the injury leads and no
    // external cause code the query found is listed, the best one comes next ("burned hand on a
    // hot stove": Burn, hand T23.00-, then X15.0, stove), as the injury named alone would give.
    if (injuryBeside && causeRead && top.length > 1 && /^[ST]/.test(codeOfKey(top[0] ?? -1)) && !top.some(isCauseCode)) {
      let cause = -1;
      for (const key of keys) if (isCauseCode(key) && (cause < 0 || before(key, cause))) cause = key;
      if (cause >= 0) {
        top.splice(1, 0, cause);
        if (top.length > limit) top.pop();
        pinned = Math.max(pinned, 2);
      }
    }
    // A side the query names completes a hit that does not name it (`completeSide`): "broken right
    // wrist" is S62.101 (Index: Fracture, wrist S62.10-, right wrist), not the header S62.10.
    const sideNotes = new Map<number, string>();
    if (side !== undefined && sideList !== undefined && sideList.length > 0) {
      const said = words.find((w) => SIDE_WORDS.get(w) === side) ?? side;
      for (let i = 0; i < top.length; i++) {
        const key = top[i] ?? -1;
        if (key < 0 || key >= nIcd || hasId(sideList, key)) continue;
        const done = completeSide(key, sideList);
        if (done === undefined) continue;
        const { key: to, child } = done;
        const j = top.indexOf(to);
        if (j >= 0 && j < i) continue;
        if (j > i) top.splice(j, 1);
        top[i] = to;
        // It reads the query as the code it completes does, and the side besides: on a tie it goes first.
        if ((bestScore[key] ?? 0) >= (bestScore[to] ?? 0)) {
          // A key scored for the first time is listed, so its score is cleared after the query.
          if ((bestScore[to] ?? 0) === 0) keys.push(to);
          bestScore[to] = (bestScore[key] ?? 0) * HEADER_CHILD_LIFT;
          bestVia[to] = bestVia[key] ?? -1;
          bestWhy[to] = bestWhy[key] ?? -1;
        }
        const which = side === 'bilateral' ? 'both sides' : `the ${side} side`;
        sideNotes.set(to, child ? `${said} read as ${which} of ${dotIcd(icd[key] ?? '')}-` : `${said} read as ${which} (not ${dotIcd(icd[key] ?? '')})`);
        // It moves up past codes it now scores above, not past one that names the side itself: a
        // side the Index or a title gives wins a tie with one the search completed ("osteoarthritis
        // both knees": Osteoarthritis, knee, bilateral M17.0 before secondary M17.5 completed to M17.4).
        for (let k = i; k > pinned && before(to, top[k - 1] ?? -1) && !hasId(sideList, top[k - 1] ?? -1); k--) [top[k - 1], top[k]] = [to, top[k - 1] ?? -1];
      }
    }
    // A header with one code under it leaves nothing to choose: it is that code ("Plantar
    // fasciitis" M67.A is M67.A0, whose 6th character gives the side).
    for (let i = 0; i < top.length; i++) {
      const key = top[i] ?? -1;
      if (key < 0 || key >= nIcd || base.billable.charCodeAt(key) === 49) continue;
      const only = onlyChild(key);
      if (only === undefined) continue;
      const j = top.indexOf(only);
      if (j >= 0 && j < i) continue;
      if (j > i) top.splice(j, 1);
      top[i] = only;
      if ((bestScore[only] ?? 0) === 0) keys.push(only);
      bestScore[only] = Math.max(bestScore[only] ?? 0, bestScore[key] ?? 0);
      bestVia[only] = bestVia[key] ?? -1;
      bestWhy[only] = bestWhy[key] ?? -1;
      sideNotes.set(only, [sideNotes.get(key), `the only code under ${dotIcd(icd[key] ?? '')}`].filter((x) => x !== undefined).join('; '));
    }
    const hits = top.map((key) => {
      const score = Math.round((bestScore[key] ?? 0) * 1000) / 1000;
      const via = bestVia[key] ?? -1;
      const h = key >= nIcd ? hcpcsHit(hcpcs[key - nIcd] ?? '', score) : icdHit(key, score, via < 0 ? undefined : viaPath(via, key));
      // A hit from the External Cause Index always says so: its path is not an Alphabetic Index path.
      const fromCause = via >= nEntries;
      const why = [whys[bestWhy[key] ?? -1], h.via === undefined ? undefined : fromCause ? h.via : `Index: ${h.via}`, sideNotes.get(key)].filter((x) => x !== undefined);
      if (((bestWhy[key] ?? -1) >= 0 || fromCause || sideNotes.has(key)) && why.length > 0) h.why = why.join('; ');
      return h;
    });
    for (const key of keys) bestScore[key] = 0;
    // Not an answer yet: the caller loads these files and asks again.
    if (missing.size > 0) return { hits: [], missing: [...missing].sort() };
    const result: SearchOutcome = { hits };
    const misspelt = found.filter((f) => f.entry.spelling);
    if (corrected || misspelt.length > 0) {
      const shown = [...words];
      for (const f of [...misspelt].reverse()) shown.splice(f.at, f.len, f.entry.meanings[0]?.reads ?? '');
      result.didYouMean = shown.join(' ');
    }
    if (hits.length === 0) result.hint = 'no-results';
    return result;
  };
  /**
   * Two complaints joined by "and" ("sore throat and fever") are also read one by one, and each
   * one's best code joins the list (at most a few places down), next to any code that combines
   * them ("nausea and vomiting": R11.2 stays first).
   */
  const readApart = (query: string, whole: SearchOutcome, limit: number): SearchOutcome => {
    const words = queryWords(query.trim());
    if (!words.includes('and')) return whole;
    const parts: string[][] = [[]];
    for (const w of words) {
      if (w === 'and') parts.push([]);
      else parts[parts.length - 1]?.push(w);
    }
    if (parts.length < 2 || parts.length > 4 || parts.some((p) => tokenize(p.join(' ')).length === 0)) return whole;
    const tops: SearchHit[] = [];
    const bar = (whole.hits[0]?.score ?? 0) / 2;
    for (const p of parts) {
      const o = read(p.join(' '), limit);
      if (o.missing !== undefined) return o;
      const top = o.hits[0];
      // A part that reads only weakly ("brakes" in "rollator with seat and brakes") adds nothing.
      if (top !== undefined && top.score >= bar) tops.push({ ...top, why: [`${p.join(' ')} read apart`, top.why ?? (top.via === undefined ? undefined : `Index: ${top.via}`)].filter((x) => x !== undefined).join('; ') });
    }
    const hits = [...whole.hits];
    // Each complaint's own best code is kept within the list, after the whole query's best.
    for (const t of tops) {
      if (hits.some((h) => h.code === t.code)) continue;
      hits.splice(Math.min(hits.length, 1 + tops.indexOf(t)), 0, t);
    }
    const result: SearchOutcome = { hits: hits.slice(0, limit) };
    if (whole.didYouMean !== undefined) result.didYouMean = whole.didYouMean;
    if (result.hits.length === 0 && whole.hint !== undefined) result.hint = whole.hint;
    return result;
  };
  /** Is this code (dotless) one whose 7th-character children are folded into it (`buildSearchIndex`)? */
  const isFolded = (code: string): boolean => {
    const at = sortedAt(code);
    const k = sortedIcd[at];
    return k !== undefined && k[0] === code && base.billable.charCodeAt(k[1]) !== 49 && !(sortedIcd[at + 1]?.[0] ?? '').startsWith(code);
  };
  const unusualSevenths = new Map((base.sevenths ?? '').split(' ').filter((x) => x !== '').map((x) => x.split(':') as [string, string]));
  /**
   * An injury named with its encounter ("left hip fracture follow up", "sprained ankle initial
   * encounter"): the encounter is the code's 7th character, not another code (Guidelines Section
   * I.C.19.a: a follow-up or the aftercare of an injury is the injury with D, "The aftercare Z codes
   * should not be used for aftercare for injuries"). The query is read without the encounter words;
   * when its best code is one of Chapters 19 and 20, each such code whose 7th characters are folded
   * into it takes the one asked for ("S72.002D") and the list leads with them. The whole query's
   * best reading (a follow-up examination, Z09, for a fracture that has healed: Section I.C.21.c.8)
   * comes next. Undefined when the query names no encounter, or the rest is no injury.
   */
  const encounterReading = (query: string, whole: SearchOutcome, limit: number): SearchOutcome | undefined => {
    const words = queryWords(query.trim());
    // Nonunion, malunion, delayed healing and open fractures have 7th characters of their own.
    if (words.some((w) => ['open', 'nonunion', 'malunion', 'delayed', 'union'].includes(w))) return undefined;
    let asked: (typeof ENCOUNTER_SEVENTHS)[number] | undefined;
    const at = new Set<number>();
    for (let i = 0; i < words.length && asked === undefined; i++) {
      for (const e of ENCOUNTER_SEVENTHS) {
        const p = e.phrases.find((ph) => ph.every((w, k) => words[i + k] === w));
        if (p === undefined) continue;
        asked = e;
        p.forEach((_, k) => at.add(i + k));
        if (['encounter', 'visit', 'care', 'exam'].includes(words[i + p.length] ?? '')) at.add(i + p.length);
        break;
      }
    }
    if (asked === undefined) return undefined;
    // Only an injury named, or a Chapter 19 or 20 code among the whole query's hits, is read again.
    if (!words.some((w) => INJURY_WORDS.has(stem(w))) && !whole.hits.some((h) => h.system === 'icd10cm' && ENCOUNTER_CHAPTERS.test(h.code))) return undefined;
    const rest = words.filter((_, i) => !at.has(i));
    if (tokenize(rest.join(' ')).length === 0) return undefined;
    const o = read(rest.join(' '), limit);
    if (o.missing !== undefined) return o;
    const first = o.hits[0];
    if (first === undefined || first.system !== 'icd10cm' || !ENCOUNTER_CHAPTERS.test(first.code)) return undefined;
    const said = [...at].sort((a, b) => a - b).map((i) => words[i]).join(' ');
    const char = asked.char;
    const label = asked.label;
    const hits: SearchHit[] = o.hits.map((h) => {
      const code = h.code.replace('.', '');
      if (h.system !== 'icd10cm' || !ENCOUNTER_CHAPTERS.test(code) || !isFolded(code) || !(unusualSevenths.get(code) ?? 'ADS').includes(char)) return h;
      const section = /^[ST]/.test(code) ? 'I.C.19.a' : 'I.C.20.a.2';
      const note = `${said} read as 7th character ${char}, ${label} (Guidelines Section ${section})`;
      return { ...h, code: dotIcd(`${code.padEnd(6, 'X')}${char}`), billable: true, why: [h.why ?? (h.via === undefined ? undefined : `Index: ${h.via}`), note].filter((x) => x !== undefined).join('; ') };
    });
    const alt = whole.hits[0];
    if (alt !== undefined && limit > 1 && !(alt.system === 'icd10cm' && ENCOUNTER_CHAPTERS.test(alt.code.replace('.', ''))) && !hits.some((h) => h.code === alt.code)) hits.splice(1, 0, alt);
    const result: SearchOutcome = { hits: hits.slice(0, limit) };
    if (o.didYouMean !== undefined) result.didYouMean = [o.didYouMean, said].join(' ');
    return result;
  };
  /**
   * Step 6: a query with an uncertain diagnosis ("chest pain r/o MI", search-uncertain.ts) is read
   * in two parts: the signs and symptoms first (outpatient, Guidelines Section IV.H), then the
   * uncertain condition (coded as if established only for an inpatient admission, Section II.H),
   * each hit saying which. The query as a whole is kept when the Index itself names the uncertain
   * wording on its best entry ("Pregnancy, possible, not (yet) confirmed").
   */
  const outcome = (query: string, limit = 10): SearchOutcome => {
    const whole = read(query, limit);
    if (whole.missing !== undefined || whole.hint === 'too-long' || whole.hint === 'no-words') return whole;
    const encounter = encounterReading(query, whole, limit);
    if (encounter !== undefined) return encounter;
    const u = uncertainReading(queryWords(query.trim()));
    if (u === undefined) return readApart(query, whole, limit);
    if (` ${tokenize(whole.hits[0]?.via ?? '').join(' ')} `.includes(` ${tokenize(u.marker).join(' ')} `)) return whole;
    let symptoms: SearchOutcome | undefined;
    let signs: string[] | undefined;
    for (const cand of u.symptoms) {
      const o = read(cand.join(' '), limit);
      if (o.missing !== undefined) return o;
      // Without a joining word the cut is a guess: the most words that still read as a sign or
      // symptom ("wrist pain", not "pain"), unless fewer read as the same code ("stone flank
      // pain" and "flank pain" are both R10.9: the stone belongs to the condition). A word the
      // sign's own Index entry names ("positive" in Positive, PPD) or that is a sign itself
      // ("fever" in "r/o sepsis fever tachycardia") stays with the signs.
      if (u.symptoms.length > 1 && !isSignOrSymptom(o.hits[0]?.code ?? '')) continue;
      if (symptoms !== undefined && signs !== undefined) {
        if (o.hits[0]?.code !== symptoms.hits[0]?.code) break;
        const given = signs[0] ?? '';
        if (tokenize(symptoms.hits[0]?.via ?? '').includes(tokenize(given)[0] ?? '')) break;
        const alone = read(given, 1);
        if (alone.missing !== undefined) return alone;
        if (isSignOrSymptom(alone.hits[0]?.code ?? '')) break;
      }
      symptoms = o;
      signs = cand;
    }
    const conditionWords = conditionOf(u, signs);
    const condition = read(conditionWords.join(' '), limit);
    if (condition.missing !== undefined) return condition;
    // As typed: "r/o MI", not "r o mi".
    const capitals = new Set((query.match(/[A-Za-z0-9]+/g) ?? []).filter((w) => /[A-Z].*[A-Z]/.test(w)));
    const said = `${u.marker === 'r o' ? 'r/o' : u.marker} ${conditionWords.map((w) => [...capitals].find((c) => c.toLowerCase() === w) ?? w).join(' ')}`;
    const note = (h: SearchHit, rule: string): SearchHit => ({ ...h, why: [`${said}: ${rule}`, h.why ?? (h.via === undefined ? undefined : `Index: ${h.via}`)].filter((x) => x !== undefined).join('; ') });
    const only = confirmedOnly(conditionWords);
    const outpatient =
      only !== undefined
        ? `coded only when confirmed, in every setting: ${only.instead} (Guidelines Section ${only.section})`
        : symptoms === undefined
          ? 'outpatient, code the signs or symptoms instead; an inpatient admission codes it as if established (Guidelines Sections IV.H, II.H)'
          : 'the uncertain diagnosis, coded as if established only for an inpatient admission (Guidelines Section II.H)';
    const conditionHits = condition.hits.map((h) => note({ ...h, score: Math.round(h.score * 500) / 1000 }, outpatient));
    // The signs' own reading leads; another Index entry found under the signs (Pain, chest,
    // ischemic I20.9) is a diagnosis, not the sign, and says so.
    const symptomHits = (symptoms?.hits ?? []).map((h, i) =>
      note(h, i === 0 || isSignOrSymptom(h.code) ? 'outpatient, code the sign or symptom, not the uncertain diagnosis (Guidelines Section IV.H)' : `found under ${signs?.join(' ') ?? 'the signs'}, not a sign itself: code it only when the record documents it`),
    );
    // The best sign or symptom leads; the rest follow by score, the condition's at half weight.
    const seen = new Set<string>();
    const hits = [...symptomHits.slice(0, 1), ...[...symptomHits.slice(1), ...conditionHits].sort((a, b) => b.score - a.score)]
      .filter((h) => !seen.has(h.code) && seen.add(h.code) !== undefined)
      .slice(0, limit);
    // The uncertain condition's best hit stays in the list, so the student sees both readings.
    const top = conditionHits[0];
    if (top !== undefined && symptomHits.length > 0 && limit > 1 && !hits.some((h) => h.code === top.code)) hits.splice(Math.max(1, Math.min(hits.length, limit - 1)), 1, top);
    const result: SearchOutcome = { hits };
    const fixed = [symptoms?.didYouMean, condition.didYouMean].some((d) => d !== undefined);
    if (fixed) result.didYouMean = [signs === undefined ? '' : (symptoms?.didYouMean ?? signs.join(' ')), said.replace(conditionWords.join(' '), condition.didYouMean ?? conditionWords.join(' '))].filter((x) => x !== '').join(' ');
    if (hits.length === 0) result.hint = 'no-results';
    return result;
  };
  const searcher = ((query: string, limit?: number) => outcome(query, limit).hits) as ShardedSearcher;
  searcher.outcome = outcome;
  searcher.addWords = (shard) => {
    if (loadedChars.has(shard.char)) return;
    const letter: number[] = [];
    shard.words.forEach((w, k) => {
      const v = shard.from + k;
      vocab[v] = w;
      vocabIndex.set(w, v);
      const parts = postingParts(shard.postings[k] ?? '');
      posts[v] = parts.own;
      if (parts.optional.length > 0) optionalPosts.set(v, parts.optional);
      if (w.length >= 4 && !/\d/.test(w) && !w.endsWith('~')) letter.push(v);
    });
    byShard.set(shard.char, letter);
    byLetterCache.delete(shard.char.charAt(0));
    loadedChars.add(shard.char);
  };
  searcher.addTerms = (chunk) => {
    if (loadedChunks.has(chunk.chunk)) return;
    chunk.terms.forEach((t, k) => {
      terms[chunk.chunk * base.termsChunk + k] = t;
    });
    loadedChunks.add(chunk.chunk);
  };
  searcher.addCause = (part) => {
    if (cause !== undefined || nCause === 0) return;
    const { parents: cp, targets: ct } = decodeEntries(part);
    const cl = new Int32Array(part.entryCount);
    for (let i = 0, r = -1; i < part.entryCount; i++) cl[i] = (cp[i] ?? -1) < 0 ? ++r : (cl[cp[i] ?? 0] ?? 0);
    for (let i = 0; i < Math.min(nCause, part.entryCount); i++) lens[nDocs + i] = part.lens.charCodeAt(i) - 48;
    cause = { parents: cp, targets: ct, lead: cl, leadsOf: part.leads.map((l) => l.split(' ')) };
  };
  searcher.addCauseWords = (shard) => {
    if (causeRanges.has(shard.char)) return;
    shard.words.forEach((w, k) => {
      causeVocab[shard.from + k] = w;
      causeIndex.set(w, shard.from + k);
      causePosts[shard.from + k] = postingIds(shard.postings[k] ?? '');
      for (const b of participleBases(w)) causeByBase.set(b, [...(causeByBase.get(b) ?? []), shard.from + k]);
    });
    causeRanges.set(shard.char, { from: shard.from, n: shard.words.length });
  };
  searcher.addCauseTerms = (chunk) => {
    if (causeChunks.has(chunk.chunk)) return;
    chunk.terms.forEach((t, k) => {
      causeTerms[chunk.chunk * base.termsChunk + k] = t;
    });
    causeChunks.add(chunk.chunk);
  };
  searcher.addFile = (name, data) => {
    if (name === CAUSE_BASE_FILE) searcher.addCause(data as SearchCauseBase);
    else if (name.startsWith('cause-words-')) searcher.addCauseWords(data as SearchWordShard);
    else if (name.startsWith('cause-terms-')) searcher.addCauseTerms(data as SearchTermsChunk);
    else if (name.startsWith('words-')) searcher.addWords(data as SearchWordShard);
    else if (name.startsWith('terms-')) searcher.addTerms(data as SearchTermsChunk);
  };
  return searcher;
}

/**
 * A sharded searcher's outcome once every file the query reads is loaded: asks, loads what it
 * names as missing with `load`, and asks again (a few rounds: words, then a hit's Index terms).
 */
export async function outcomeWithShards(searcher: Searcher, query: string, limit: number, load: (files: string[]) => Promise<void>): Promise<SearchOutcome> {
  // Each round can name files the last one could not see yet (the terms chunks of hits found once
  // the word shards are in; "weight loss possible cancer" takes six rounds from a cold start): it
  // goes on while a round asks for a file not asked for before, and the files are finite.
  const asked = new Set<string>();
  for (;;) {
    const o = searcher.outcome(query, limit);
    if (o.missing === undefined) return o;
    const fresh = o.missing.filter((f) => !asked.has(f));
    if (fresh.length === 0) throw new Error(`search: shards still missing after they were loaded: ${o.missing.join(', ')}`);
    for (const f of fresh) asked.add(f);
    await load(fresh);
  }
}
