/**
 * Messages between the page and the code-search Web Worker (src/workers/code-search.worker.ts,
 * issue 16 item 6), and the rule that a newer query on the same channel replaces an older one.
 * Pure: both sides validate what they receive with these functions, so a malformed message is
 * answered or dropped, never thrown on.
 */
import type { SearchHint } from './search.ts';

/** Who asks: each caller replaces only its own older queries. */
export type SearchChannel = 'lookup' | 'picker' | 'site';

/** Page -> worker. */
export interface SearchRequest {
  id: number;
  channel: SearchChannel;
  query: string;
  limit: number;
}

/** One result as the page shows it (the same shape as code-set-browser's CodeSearchResult). */
export interface SearchResultMessage {
  code: string;
  system: 'icd10cm' | 'hcpcs';
  title: string;
  billable: boolean;
  via?: string;
  why?: string;
}

/** Worker -> page: the outcome, "replaced by a newer query", or an error the page words itself. */
export type SearchResponse =
  | { id: number; kind: 'outcome'; results: SearchResultMessage[]; didYouMean?: string; hint?: SearchHint }
  | { id: number; kind: 'stale' }
  | { id: number; kind: 'error'; message: string };

const CHANNELS: readonly SearchChannel[] = ['lookup', 'picker', 'site'];
/** Most results any caller asks for. */
export const MAX_LIMIT = 50;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A request the worker can answer, or undefined for anything else. */
export function parseSearchRequest(data: unknown): SearchRequest | undefined {
  if (!isObject(data)) return undefined;
  const { id, channel, query, limit } = data;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) return undefined;
  if (typeof channel !== 'string' || !CHANNELS.includes(channel as SearchChannel)) return undefined;
  if (typeof query !== 'string') return undefined;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) return undefined;
  return { id, channel: channel as SearchChannel, query, limit: Math.min(limit, MAX_LIMIT) };
}

/** A response the page can use, or undefined for anything else. */
export function parseSearchResponse(data: unknown): SearchResponse | undefined {
  if (!isObject(data) || typeof data['id'] !== 'number') return undefined;
  const id = data['id'];
  if (data['kind'] === 'stale') return { id, kind: 'stale' };
  if (data['kind'] === 'error') return { id, kind: 'error', message: typeof data['message'] === 'string' ? data['message'] : 'unknown error' };
  if (data['kind'] !== 'outcome' || !Array.isArray(data['results'])) return undefined;
  const results: SearchResultMessage[] = [];
  for (const r of data['results'] as unknown[]) {
    if (!isObject(r) || typeof r['code'] !== 'string' || (r['system'] !== 'icd10cm' && r['system'] !== 'hcpcs') || typeof r['title'] !== 'string' || typeof r['billable'] !== 'boolean') return undefined;
    const out: SearchResultMessage = { code: r['code'], system: r['system'], title: r['title'], billable: r['billable'] };
    if (typeof r['via'] === 'string') out.via = r['via'];
    if (typeof r['why'] === 'string') out.why = r['why'];
    results.push(out);
  }
  const res: SearchResponse = { id, kind: 'outcome', results };
  if (typeof data['didYouMean'] === 'string') res.didYouMean = data['didYouMean'];
  if (data['hint'] === 'too-long' || data['hint'] === 'no-words' || data['hint'] === 'no-results') res.hint = data['hint'];
  return res;
}

/** Latest query id per channel: an older query on a channel is stale once a newer one arrives. */
export function createLatestTracker(): { begin: (r: Pick<SearchRequest, 'id' | 'channel'>) => void; isStale: (r: Pick<SearchRequest, 'id' | 'channel'>) => boolean } {
  const latest = new Map<SearchChannel, number>();
  return {
    begin: (r) => {
      if (r.id > (latest.get(r.channel) ?? -1)) latest.set(r.channel, r.id);
    },
    isStale: (r) => (latest.get(r.channel) ?? -1) > r.id,
  };
}
