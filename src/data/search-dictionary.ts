/**
 * The curated search dictionary (content/search/synonyms.json) as the code searcher needs it:
 * terms and readings only, so notes and sources stay out of the browser bundle's working set.
 */
import file from '../../content/search/synonyms.json' with { type: 'json' };
import type { SearchDictionaryEntry } from '../domain/codes/search.ts';

/** Dictionary entries for `createSearcher`. */
export const SEARCH_DICTIONARY: readonly SearchDictionaryEntry[] = file.entries.map((e) => ({
  term: e.term,
  abbreviation: e.kind === 'abbreviation',
  spelling: e.kind === 'spelling',
  external: e.kind === 'external',
  supply: e.kind === 'hcpcs',
  intent: e.kind === 'intent',
  ...('unless' in e && Array.isArray(e.unless) ? { unless: e.unless as string[] } : {}),
  ...('everyday' in e && e.everyday === true ? { everyday: true } : {}),
  meanings: e.meanings,
}));
