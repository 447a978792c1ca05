/**
 * Code search over ICD-10-CM and HCPCS Level II: prefix search on codes and word search over
 * titles and Alphabetic Index paths, so lay wording ("pink eye") reaches the right category
 * through the index's own entries and "see" references, plus a small lay-word table
 * (lay-terms.ts). The index is built once at data-build time (`buildSearchIndex`) and shipped as
 * one compact JSON file without titles (titles are fetched per shard for the hits only);
 * `createSearcher` decodes it once and answers each query with typed-array scoring.
 */
import { mainTermMap, resolveSee, type IndexNode } from './alphabetic-index.ts';
import { LAY_PHRASES, LAY_WORDS } from './lay-terms.ts';
import { dotIcd, normalizeIcd } from './normalize.ts';

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
  /** Postings per vocabulary word: doc ids as base-36 deltas joined by ",". */
  postings: string[];
  /** Word -> words it also means, learned from index "see" references plus lay-terms.ts. */
  synonyms: Record<string, string[]>;
}

const STOP = new Set(['of', 'the', 'and', 'or', 'in', 'to', 'a', 'an', 'by', 'for', 'on', 'at', 'as', 'is', 'my', 'has', 'have', 'with', 's']);

/** Lower-case words with a light plural strip; the same function runs at build and query time. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/'s\b/g, '').split(/[^a-z0-9]+/)) {
    if (raw === '' || STOP.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
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
): SearchIndexData {
  const all = [...rows];
  const exists = new Set(all.map((r) => r.code));
  const codes: { code: string; billable: boolean; title: string }[] = [];
  const pos = new Map<string, number>();
  for (const r of all) {
    // 7th-character variants repeat their parent's words plus the encounter: fold them.
    if (r.code.length === 7 && (exists.has(r.code.slice(0, 6)) || exists.has(r.code.slice(0, 6).replace(/X+$/, '')))) continue;
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
  const walk = (node: IndexNode, path: string[], depth: number, parent: number): void => {
    const here = [...path, node.t];
    const code = node.c ?? (node.see ? resolveSee(mains, node.see) : undefined);
    const t = target(code);
    const me = raw.length;
    raw.push({ term: node.t, parent, target: t ?? -1, path: t === undefined ? '' : here.join(', '), ne: node.ne ?? '', keep: t !== undefined });
    // A main term that only says "see X" ("Abandonment: see Maltreatment") makes its word mean X.
    if (depth === 0 && node.see && !node.c) {
      const from = tokenize(node.t);
      const to = tokenize(node.see.split(',')[0] ?? '');
      if (from.length === 1 && to.length === 1 && from[0] !== to[0] && from[0] && to[0]) addSyn(from[0], to[0]);
    }
    for (const k of node.k ?? []) walk(k, here, depth + 1, me);
  };
  for (const list of indexLetters.values()) for (const n of list) walk(n, [], 0, -1);
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
  for (const [w, to] of Object.entries(LAY_WORDS)) for (const t of to) addSyn(w, t);

  const post = new Map<string, number[]>();
  let lens = '';
  // Nonessential modifiers ("Infection, urinary (tract)") are words that may be present: searchable, not counted in length.
  const add = (id: number, text: string, optional = ''): void => {
    const words = tokenize(text);
    lens += String.fromCharCode(48 + Math.min(60, words.length));
    for (const w of new Set([...words, ...tokenize(optional)])) {
      const list = post.get(w);
      if (list) list.push(id);
      else post.set(w, [id]);
    }
  };
  codes.forEach((c, i) => add(i, c.title));
  hcpcs.rows.forEach((h, i) => add(codes.length + i, h.title));
  const entryBase = codes.length + hcpcs.rows.length;
  paths.forEach((p, i) => add(entryBase + i, p.text, p.optional));
  // Words in more than a tenth of all documents ("unspecified", "other") rank nothing and cost bytes.
  const cap = (entryBase + entries.length) / 10;
  const vocab = [...post.keys()].filter((w) => (post.get(w)?.length ?? 0) <= cap).sort();
  const postings = vocab.map((w) => {
    let prev = 0;
    return (post.get(w) ?? []).map((id) => {
      const d = id - prev;
      prev = id;
      return d.toString(36);
    }).join(',');
  });
  return {
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
  };
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
}

/** Search function over a loaded index. */
export type Searcher = (query: string, limit?: number) => SearchHit[];

const CODE_QUERY = /^[A-Za-z][0-9][0-9A-Za-z]{0,3}(\.[0-9A-Za-z]{0,4})?$/;

/** Prepare a searcher: postings are decoded once here so each query is typed-array work only. */
export function createSearcher(data: SearchIndexData): Searcher {
  const icd = data.codes === '' ? [] : data.codes.split(' ');
  const hcpcs = data.hcpcs === '' ? [] : data.hcpcs.split(' ');
  const nIcd = icd.length;
  const entryBase = nIcd + hcpcs.length;
  const nDocs = entryBase + data.entries.length;
  const vocabIndex = new Map(data.vocab.map((w, i) => [w, i]));
  // All postings in one array; offsets[v]..offsets[v+1] is word v.
  const offsets = new Int32Array(data.vocab.length + 1);
  let total = 0;
  for (let v = 0; v < data.postings.length; v++) {
    offsets[v] = total;
    const p = data.postings[v] ?? '';
    if (p !== '') for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 44) total++;
    total++;
  }
  offsets[data.postings.length] = total;
  const ids = new Int32Array(total);
  for (let v = 0, k = 0; v < data.postings.length; v++) {
    const p = data.postings[v] ?? '';
    let acc = 0;
    let start = 0;
    for (let i = 0; i <= p.length; i++) {
      if (i === p.length || p.charCodeAt(i) === 44) {
        acc += parseInt(p.slice(start, i), 36);
        ids[k++] = acc;
        start = i + 1;
      }
    }
  }
  const lens = new Uint8Array(nDocs);
  for (let i = 0; i < nDocs; i++) lens[i] = data.lens.charCodeAt(i) - 48;
  // Lead word of each index entry: the first word of its main term, which is how coders enter the index.
  const lead = new Int32Array(nDocs).fill(-1);
  {
    const root = new Int32Array(data.entries.length);
    const mainWord = new Map<number, number>();
    data.entries.forEach(([term, parent], i) => {
      root[i] = parent < 0 ? i : (root[parent] ?? i);
      if (parent < 0) mainWord.set(i, vocabIndex.get(tokenize(term)[0] ?? '') ?? -1);
      lead[entryBase + i] = mainWord.get(root[i] ?? i) ?? -1;
    });
  }
  // Per-query scratch, reset only where touched.
  const nKeys = nIcd + hcpcs.length;
  const bestScore = new Float64Array(nKeys);
  const bestVia = new Int32Array(nKeys);
  const scores = new Float64Array(nDocs);
  const touched = new Int32Array(nDocs);
  const matched = new Uint8Array(nDocs);
  const stamp = new Uint32Array(nDocs);
  let epoch = 0;

  /** Full index path of an entry ("Attack, attacks, heart"). */
  const pathOf = (e: number): string => {
    const parts: string[] = [];
    for (let i = e; i >= 0; i = data.entries[i]?.[1] ?? -1) parts.unshift(data.entries[i]?.[0] ?? '');
    return parts.join(', ');
  };
  const lowerBound = <T>(arr: readonly T[], key: string, get: (t: T) => string): number => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (get(arr[mid] as T) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sortedIcd = icd.map((c, i) => [c, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const sortedHcpcs = [...hcpcs].sort();

  const icdHit = (ci: number, score: number, via?: string): SearchHit => {
    const h: SearchHit = { code: dotIcd(icd[ci] ?? ''), system: 'icd10cm', billable: data.billable.charCodeAt(ci) === 49, score };
    if (via !== undefined) h.via = via;
    return h;
  };
  const hcpcsHit = (code: string, score: number): SearchHit => ({ code, system: 'hcpcs', billable: true, score });

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

  /** Score every document for one tokenized query; returns best score per result key. */
  const run = (words: readonly string[], keys: number[]): void => {
    let nTouched = 0;
    const n = words.length;
    const leadOk = new Set<number>();
    words.forEach((w, wi) => {
      // Each query word matches itself, its synonyms and (for the last word, as the user types) longer words.
      const variants = new Set<number>();
      const vi = vocabIndex.get(w);
      if (vi !== undefined) variants.add(vi);
      for (const s of data.synonyms[w] ?? []) {
        const si = vocabIndex.get(s);
        if (si !== undefined) variants.add(si);
      }
      if (wi === n - 1 && w.length >= 3) {
        for (let i = lowerBound(data.vocab, w, (t) => t); i < data.vocab.length && (data.vocab[i] ?? '').startsWith(w) && variants.size < 24; i++) variants.add(i);
      }
      epoch++;
      // The word and its synonyms weigh the same (the rarest spelling's weight), so "flu" and
      // "influenza" entries compete on length, not on which spelling is rarer.
      const exact = new Set<number>();
      if (vi !== undefined) exact.add(vi);
      for (const sw of data.synonyms[w] ?? []) {
        const si = vocabIndex.get(sw);
        if (si !== undefined) exact.add(si);
      }
      let slotIdf = 0;
      for (const v of exact) slotIdf = Math.max(slotIdf, Math.log(1 + nDocs / ((offsets[v + 1] ?? 0) - (offsets[v] ?? 0))));
      for (const v of exact) leadOk.add(v);
      for (const v of variants) {
        const from = offsets[v] ?? 0;
        const to = offsets[v + 1] ?? 0;
        // Prefix completions weigh a little less, so "hip" beats "hippocampus".
        const idf = exact.has(v) ? slotIdf : Math.log(1 + nDocs / (to - from)) * 0.7;
        for (let k = from; k < to; k++) {
          const id = ids[k] ?? 0;
          if (stamp[id] === epoch) continue;
          stamp[id] = epoch;
          if (matched[id] === 0) touched[nTouched++] = id;
          matched[id] = (matched[id] ?? 0) + 1;
          scores[id] = (scores[id] ?? 0) + idf;
        }
      }
    });
    for (let t = 0; t < nTouched; t++) {
      const id = touched[t] ?? 0;
      const m = matched[id] ?? 0;
      const len = lens[id] ?? 0;
      let s = (scores[id] ?? 0) * (m / n) * (m / n);
      s /= 1 + 0.15 * Math.max(0, len - m);
      matched[id] = 0;
      scores[id] = 0;
      let key: number;
      let via = -1;
      if (id >= entryBase) {
        s *= 1.25;
        // An entry found under a main term the query names ("Infection, urinary") beats one found in passing ("Newborn, infection, ...").
        if (leadOk.has(lead[id] ?? -1)) s *= 1.5;
        key = data.entries[id - entryBase]?.[2] ?? -1;
        via = id - entryBase;
        if (key < 0) continue;
      } else key = id;
      if (bestScore[key] === 0) keys.push(key);
      if (s > (bestScore[key] ?? 0)) {
        bestScore[key] = s;
        bestVia[key] = via;
      }
    }
  };

  return (query, limit = 10) => {
    const q = query.trim();
    if (q === '') return [];
    if (CODE_QUERY.test(q)) return codePrefix(q, limit);
    const words = tokenize(q);
    if (words.length === 0 || limit <= 0) return [];
    const lower = ` ${words.join(' ')} `;
    const keys: number[] = [];
    run(words, keys);
    // Lay phrases ("heart attack") also run as the classification's wording; each code keeps its better score.
    for (const [phrase, meaning] of Object.entries(LAY_PHRASES)) {
      const p = ` ${tokenize(phrase).join(' ')} `;
      if (lower.includes(p)) run(tokenize(lower.replace(p, ` ${meaning} `)), keys);
    }
    const codeOf = (key: number): string => (key < nIcd ? (icd[key] ?? '') : (hcpcs[key - nIcd] ?? ''));
    const before = (a: number, b: number): boolean => {
      const sa = bestScore[a] ?? 0;
      const sb = bestScore[b] ?? 0;
      if (sa !== sb) return sa > sb;
      const ca = codeOf(a);
      const cb = codeOf(b);
      return ca.length !== cb.length ? ca.length < cb.length : ca < cb;
    };
    // Top-k by insertion into a short sorted list: candidates can number tens of thousands.
    const top: number[] = [];
    for (const key of keys) {
      if (top.length === limit && !before(key, top[limit - 1] ?? 0)) continue;
      let i = top.length;
      while (i > 0 && before(key, top[i - 1] ?? 0)) i--;
      top.splice(i, 0, key);
      if (top.length > limit) top.pop();
    }
    const out = top.map((key) => {
      const score = Math.round((bestScore[key] ?? 0) * 1000) / 1000;
      if (key >= nIcd) return hcpcsHit(hcpcs[key - nIcd] ?? '', score);
      const via = bestVia[key] ?? -1;
      return icdHit(key, score, via < 0 ? undefined : pathOf(via));
    });
    for (const key of keys) bestScore[key] = 0;
    return out;
  };
}
