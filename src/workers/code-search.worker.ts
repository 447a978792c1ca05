/**
 * The code-search Web Worker (issue 16, item 6): loads the search index shards, queries them and
 * fetches the hits' titles off the main thread, so typing never waits for the index. Served as a
 * same-origin script (CSP `worker-src 'self'`, src/security-headers.ts). Messages:
 * src/domain/codes/search-protocol.ts.
 */
import { searchCodesOutcome, StaleSearchError } from '../data/code-set-browser.ts';
import { createLatestTracker, parseSearchRequest, type SearchResponse } from '../domain/codes/search-protocol.ts';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: SearchResponse) => void };
const latest = createLatestTracker();

scope.onmessage = (e: MessageEvent) => {
  const req = parseSearchRequest(e.data);
  if (req === undefined) {
    const id = typeof (e.data as { id?: unknown } | null)?.id === 'number' ? (e.data as { id: number }).id : -1;
    scope.postMessage({ id, kind: 'error', message: 'malformed search request' });
    return;
  }
  latest.begin(req);
  const isStale = () => latest.isStale(req);
  searchCodesOutcome(req.query, { limit: req.limit, isStale }).then(
    // A finished answer is sent even if a newer query came meanwhile: the page may show it until the newer one's arrives.
    (o) => scope.postMessage({ id: req.id, kind: 'outcome', ...o }),
    (err: unknown) => scope.postMessage(err instanceof StaleSearchError ? { id: req.id, kind: 'stale' } : { id: req.id, kind: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
