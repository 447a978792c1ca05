/**
 * Building and querying the lunr index of lessons, glossary terms and exercises. The build side
 * runs in the Astro endpoint; the query side runs in the browser once the dialog opens.
 */
import lunr from 'lunr';
import { queryTerms } from './query-terms.ts';
import type { ResultItem, SearchDoc, SearchIndexFile, SearchSource } from './types.ts';

/** Build the serialized index and the minimal docs the browser renders. */
export function buildSearchIndex(sources: readonly SearchSource[]): SearchIndexFile {
  const index = lunr(function build() {
    this.ref('url');
    this.field('title', { boost: 10 });
    this.field('headings', { boost: 4 });
    this.field('excerpt', { boost: 2 });
    this.field('body');
    for (const s of sources) this.add({ url: s.url, title: s.title, headings: s.headings, excerpt: s.excerpt, body: s.body });
  });
  const docs: SearchDoc[] = sources.map(({ url, title, type, excerpt }) => ({ url, title, type, excerpt }));
  return { version: 1, index: index.toJSON(), docs };
}

/** Lower-case stem of a word as the index stores it ("cycles" -> "cycl"). */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word.toLowerCase(), {})).toString();
}

/** Prefixes to highlight for a query: each word and its stem. */
export function highlightPrefixes(query: string): string[] {
  return [...new Set(queryTerms(query).flatMap((t) => [t, stem(t)]))];
}

/** A ready searcher: query text in, ranked results out. */
export type SiteSearcher = (query: string, limit?: number) => ResultItem[];

/**
 * Load a served index. Each query word matches as a whole (stemmed) word or as the start of a
 * word, so results appear while the last word is still being typed. Documents that match every
 * word rank above documents that match only some, then by lunr's score.
 */
export function createSiteSearcher(file: SearchIndexFile): SiteSearcher {
  const index = lunr.Index.load(file.index);
  const byUrl = new Map(file.docs.map((d) => [d.url, d]));
  return (query, limit = 20) => {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const stems = terms.map(stem);
    const hits = index.query((q) => {
      terms.forEach((t, i) => {
        q.term(t, { boost: 10 });
        q.term(t, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
        const s = stems[i];
        if (s !== undefined && s !== t) q.term(s, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
    const matchedTerms = (hit: lunr.Index.Result): number => {
      const keys = Object.keys(hit.matchData.metadata);
      return terms.filter((t, i) => keys.some((k) => k.startsWith(t) || k.startsWith(stems[i] ?? t))).length;
    };
    return hits
      .map((hit, rank) => ({ hit, rank, matched: matchedTerms(hit) }))
      .sort((a, b) => b.matched - a.matched || a.rank - b.rank)
      .slice(0, limit)
      .flatMap(({ hit }) => {
        const doc = byUrl.get(hit.ref);
        return doc ? [{ type: doc.type, url: doc.url, title: doc.title, excerpt: doc.excerpt }] : [];
      });
  };
}
