import type { ExamItemsFile, ExamKeyFile } from '../../domain/exams/item-split.ts';

/**
 * Fetches an exam's questions and answer key (built by src/pages/exams/[id]/items.json.ts and
 * key.json.ts). One request per file per page; a failed request is forgotten so a retry asks
 * again.
 */
const cache = new Map<string, Promise<unknown>>();

function fetchJson<T>(url: string): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<T>;
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** The exam's questions (no answers). */
export const loadQuestions = (url: string): Promise<ExamItemsFile> => fetchJson<ExamItemsFile>(url);

/** The exam's answer key and explanations. */
export const loadKey = (url: string): Promise<ExamKeyFile> => fetchJson<ExamKeyFile>(url);

/** What a learner reads when a file cannot load. */
export const LOAD_FAILED = 'The questions could not load. Check your connection and try again; your answers so far are saved in this browser.';
export const KEY_FAILED = 'Your answers are saved, but the answer key could not load to score them. Check your connection and try again.';
