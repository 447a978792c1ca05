/**
 * Fetches and parses a JSON file once per page (later calls share the same promise); a failed
 * request is forgotten, so a retry asks again. For files built beside the pages: exam items and
 * keys, payer profiles, the CPT lists.
 */
const cache = new Map<string, Promise<unknown>>();

export function fetchJsonOnce<T>(url: string): Promise<T> {
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
