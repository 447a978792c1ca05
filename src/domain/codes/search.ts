/**
 * Code search: prefix search on codes and word search over titles and Alphabetic Index paths,
 * so lay wording ("pink eye") reaches the right category through the index's own entries and
 * "see" references. The index is built once at data-build time (`buildSearchIndex`) and shipped
 * as one compact JSON file; `createSearcher` works on the parsed JSON.
 */
import { mainTermMap, resolveSee, type IndexNode } from './alphabetic-index.ts';
import { dotIcd, normalizeIcd } from './normalize.ts';

/** Shipped search index (public/data/icd10cm/fy<year>/search.json). */
export interface SearchIndexData {
  year: number;
  /** Searchable codes: [dotless code, billable 0/1, title]. 7th-character variants are folded into their parent. */
  codes: [string, 0 | 1, string][];
  /** Index terms in document order: [term, parent entry or -1, target code index or -1]. */
  entries: [string, number, number][];
  /** Word count per document (codes then entries), one char each: code point - 48. */
  lens: string;
  /** Vocabulary, sorted. */
  vocab: string[];
  /** Postings per vocabulary word: doc ids (codes first, then entries) as base-36 deltas joined by ",". */
  postings: string[];
  /** Word -> words it also means, learned from index "see" references (broken -> fracture). */
  synonyms: Record<string, string[]>;
}

const STOP = new Set(['of', 'the', 'and', 'or', 'in', 'to', 'a', 'an', 'by', 'for', 'on', 'at', 'as', 'is', 'my', 'has', 'have', 'with']);

/** Lower-case words with a light plural strip; the same function runs at build and query time. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
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

/** Lay words the index does not cover by a "see" reference; kept tiny and obvious. */
const LAY_SYNONYMS: Record<string, string[]> = {
  broken: ['fracture'],
  sugar: ['diabete'],
  kidney: ['renal'],
  belly: ['abdominal'],
  tummy: ['abdominal'],
};

/** Build the shipped index from the code rows and the Alphabetic Index tree. */
export function buildSearchIndex(
  year: number,
  rows: Iterable<{ code: string; billable: boolean; title: string }>,
  indexLetters: ReadonlyMap<string, IndexNode[]>,
): SearchIndexData {
  const all = [...rows];
  const exists = new Set(all.map((r) => r.code));
  const codes: SearchIndexData['codes'] = [];
  const pos = new Map<string, number>();
  for (const r of all) {
    // 7th-character variants repeat their parent's words plus the encounter: fold them.
    if (r.code.length === 7 && exists.has(r.code.slice(0, 6))) continue;
    pos.set(r.code, codes.length);
    codes.push([r.code, r.billable ? 1 : 0, r.title]);
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
  const entries: SearchIndexData['entries'] = [];
  const synonyms = new Map<string, Set<string>>();
  const paths: string[] = [];
  const walk = (node: IndexNode, path: string[], depth: number, parent: number): void => {
    const here = [...path, node.t];
    const code = node.c ?? (node.see ? resolveSee(mains, node.see) : undefined);
    const t = target(code);
    const me = entries.length;
    entries.push([node.t, parent, t ?? -1]);
    paths.push(t === undefined ? '' : here.join(', '));
    // A main term that only says "see X" ("Abandonment: see Maltreatment") makes its word mean X.
    if (depth === 0 && node.see && !node.c) {
      const from = tokenize(node.t);
      const to = tokenize(node.see.split(',')[0] ?? '');
      if (from.length === 1 && to.length === 1 && from[0] !== to[0] && from[0] && to[0]) {
        let s = synonyms.get(from[0]);
        if (!s) synonyms.set(from[0], (s = new Set()));
        s.add(to[0]);
      }
    }
    for (const k of node.k ?? []) walk(k, here, depth + 1, me);
  };
  for (const list of indexLetters.values()) for (const n of list) walk(n, [], 0, -1);
  for (const [w, to] of Object.entries(LAY_SYNONYMS)) {
    let s = synonyms.get(w);
    if (!s) synonyms.set(w, (s = new Set()));
    for (const t of to) s.add(t);
  }

  const post = new Map<string, number[]>();
  let lens = '';
  const add = (id: number, text: string): void => {
    const words = tokenize(text);
    lens += String.fromCharCode(48 + Math.min(60, words.length));
    for (const w of new Set(words)) {
      const list = post.get(w);
      if (list) list.push(id);
      else post.set(w, [id]);
    }
  };
  codes.forEach((c, i) => add(i, c[2]));
  paths.forEach((text, i) => add(codes.length + i, text));
  // Words in more than a tenth of all documents ("unspecified", "other") rank nothing and cost bytes.
  const cap = (codes.length + entries.length) / 10;
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
    codes,
    entries,
    lens,
    vocab,
    postings,
    synonyms: Object.fromEntries([...synonyms].map(([k, v]) => [k, [...v].sort()])),
  };
}

/** One search result: a code with its title; `via` is the index path that led there, if any. */
export interface SearchHit {
  code: string;
  title: string;
  billable: boolean;
  score: number;
  via?: string;
}

/** Search function over a loaded index. */
export type Searcher = (query: string, limit?: number) => SearchHit[];

/** Prepare a searcher (decodes postings lazily, per word). */
export function createSearcher(data: SearchIndexData): Searcher {
  const nCodes = data.codes.length;
  const nDocs = nCodes + data.entries.length;
  const vocabIndex = new Map(data.vocab.map((w, i) => [w, i]));
  const decoded = new Map<number, Int32Array>();
  const postingsOf = (vi: number): Int32Array => {
    let p = decoded.get(vi);
    if (p) return p;
    const parts = (data.postings[vi] ?? '').split(',');
    p = new Int32Array(parts.length);
    let acc = 0;
    for (let i = 0; i < parts.length; i++) p[i] = acc += parseInt(parts[i] ?? '0', 36);
    decoded.set(vi, p);
    return p;
  };
  /** Full index path of an entry ("Attack, attacks, heart"). */
  const pathOf = (e: number): string => {
    const parts: string[] = [];
    for (let i = e; i >= 0; i = data.entries[i]?.[1] ?? -1) parts.unshift(data.entries[i]?.[0] ?? '');
    return parts.join(', ');
  };
  const sortedCodes = data.codes.map((c, i) => [c[0], i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
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

  const hit = (ci: number, score: number, via?: string): SearchHit => {
    const c = data.codes[ci] ?? ['', 0, ''];
    const h: SearchHit = { code: dotIcd(c[0]), title: c[2], billable: c[1] === 1, score };
    if (via !== undefined) h.via = via;
    return h;
  };

  const codePrefix = (q: string, limit: number): SearchHit[] => {
    const key = q.replace('.', '').toUpperCase();
    const out: SearchHit[] = [];
    for (let i = lowerBound(sortedCodes, key, (t) => t[0]); i < sortedCodes.length && out.length < limit; i++) {
      const [code, ci] = sortedCodes[i] ?? ['', 0];
      if (!code.startsWith(key)) break;
      out.push(hit(ci, 1));
    }
    return out;
  };

  return (query, limit = 10) => {
    const q = query.trim();
    if (q === '') return [];
    if (/^[A-Za-z][0-9][0-9A-Za-z]?(\.[0-9A-Za-z]{0,4})?$/.test(q)) return codePrefix(q, limit);
    const words = tokenize(q);
    if (words.length === 0) return [];
    const scores = new Float64Array(nDocs);
    const matched = new Uint8Array(nDocs);
    const touched: number[] = [];
    words.forEach((w, wi) => {
      // Each query word matches itself, its synonyms and (for the last word, as the user types) longer words.
      const variants = new Set<number>();
      const vi = vocabIndex.get(w);
      if (vi !== undefined) variants.add(vi);
      for (const s of data.synonyms[w] ?? []) {
        const si = vocabIndex.get(s);
        if (si !== undefined) variants.add(si);
      }
      if (wi === words.length - 1 && w.length >= 3) {
        for (let i = lowerBound(data.vocab, w, (t) => t); i < data.vocab.length && (data.vocab[i] ?? '').startsWith(w) && variants.size < 40; i++) variants.add(i);
      }
      const seen = new Set<number>();
      for (const v of variants) {
        const p = postingsOf(v);
        const idf = Math.log(1 + nDocs / p.length);
        for (const id of p) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (matched[id] === 0) touched.push(id);
          matched[id] = (matched[id] ?? 0) + 1;
          scores[id] = (scores[id] ?? 0) + idf;
        }
      }
    });
    const best = new Map<number, { score: number; via?: number }>();
    const n = words.length;
    for (const id of touched) {
      const m = matched[id] ?? 0;
      const len = data.lens.charCodeAt(id) - 48;
      let s = (scores[id] ?? 0) * (m / n) * (m / n);
      s /= 1 + 0.15 * Math.max(0, len - m);
      const isEntry = id >= nCodes;
      if (isEntry) s *= 1.25;
      const ci = isEntry ? (data.entries[id - nCodes]?.[2] ?? -1) : id;
      if (ci < 0) continue;
      const prev = best.get(ci);
      if (!prev || s > prev.score) best.set(ci, isEntry ? { score: s, via: id - nCodes } : { score: s });
    }
    return [...best]
      .sort((a, b) => b[1].score - a[1].score || (data.codes[a[0]]?.[0].length ?? 0) - (data.codes[b[0]]?.[0].length ?? 0))
      .slice(0, limit)
      .map(([ci, b]) => hit(ci, Math.round(b.score * 1000) / 1000, b.via === undefined ? undefined : pathOf(b.via)));
  };
}
