/**
 * Code search for the page: asks the code-search Web Worker (src/workers/code-search.worker.ts),
 * which loads and queries the index off the main thread; where Worker is unavailable (or the
 * worker script fails to load) the same search runs on the main thread instead. Used by the code
 * lookup, the exercise side panel's code picker and site search's codes section.
 */
import { parseSearchResponse, type SearchChannel, type SearchResponse } from '../domain/codes/search-protocol.ts';
import type { CodeSearchOutcome, CodeSearchResult } from './code-set-browser.ts';

/** Rejection of a query a newer one on the same channel replaced; callers drop it. */
export class SearchReplacedError extends Error {
  constructor() {
    super('search replaced by a newer query');
    this.name = 'SearchReplacedError';
  }
}

type Pending = { resolve: (o: CodeSearchOutcome) => void; reject: (e: Error) => void; query: string; limit: number };

let worker: Worker | undefined;
/** Set once the worker could not be created or failed: the main thread answers from then on. */
let mainThread = typeof Worker === 'undefined';
let nextId = 0;
const pending = new Map<number, Pending>();

function onResponse(res: SearchResponse): void {
  const p = pending.get(res.id);
  if (!p) return;
  pending.delete(res.id);
  if (res.kind === 'outcome') {
    const { id: _id, kind: _kind, ...outcome } = res;
    p.resolve(outcome);
  } else if (res.kind === 'stale') p.reject(new SearchReplacedError());
  else p.reject(new Error(res.message));
}

/** Give up on the worker: what it was asked is answered on the main thread. */
function fallBack(): void {
  mainThread = true;
  worker?.terminate();
  worker = undefined;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) onMainThread(p.query, p.limit).then(p.resolve, p.reject);
}

function getWorker(): Worker | undefined {
  if (mainThread) return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('../workers/code-search.worker.ts', import.meta.url), { type: 'module', name: 'code-search' });
  } catch {
    mainThread = true;
    return undefined;
  }
  worker.onmessage = (e: MessageEvent) => {
    const res = parseSearchResponse(e.data);
    if (res) onResponse(res);
  };
  // The script failed to load or threw at the top level: not a query's error.
  worker.onerror = (e) => {
    e.preventDefault();
    fallBack();
  };
  return worker;
}

async function onMainThread(query: string, limit: number): Promise<CodeSearchOutcome> {
  const { searchCodesOutcome } = await import('./code-set-browser.ts');
  return searchCodesOutcome(query, { limit });
}

/**
 * Results, the "did you mean" spelling and the hint for bad input, as code-set-browser's
 * `searchCodesOutcome` gives them. A newer query on the same `channel` replaces this one: it then
 * rejects with `SearchReplacedError`.
 */
export function searchCodesOutcome(query: string, options: { limit?: number; channel: SearchChannel }): Promise<CodeSearchOutcome> {
  const limit = options.limit ?? 10;
  const w = getWorker();
  if (!w) return onMainThread(query, limit);
  const id = nextId++;
  return new Promise<CodeSearchOutcome>((resolve, reject) => {
    pending.set(id, { resolve, reject, query, limit });
    w.postMessage({ id, channel: options.channel, query, limit });
  });
}

/** The results only. */
export async function searchCodes(query: string, options: { limit?: number; channel: SearchChannel }): Promise<CodeSearchResult[]> {
  return (await searchCodesOutcome(query, options)).results;
}
