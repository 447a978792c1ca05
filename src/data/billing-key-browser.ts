/**
 * Fetches the key of a denial, A/R, variance review or record review exercise (/billing/<kind>/<id>/key.json or
 * /records/<id>/key.json, written at build) the first time the student grades, like
 * src/data/exercise-key-browser.ts for coding exercises.
 */
const cache = new Map<string, Promise<unknown>>();

/** The parsed key; `check` rejects a file that does not have the expected shape. */
export function loadBillingKey<T>(kind: 'denials' | 'ar' | 'variance', id: string, check: (v: unknown) => v is T): Promise<T> {
  return loadKeyAt(`/billing/${kind}/${id}/key.json`, check);
}

/** The parsed key of a record review exercise. */
export function loadRecordReviewKey<T>(id: string, check: (v: unknown) => v is T): Promise<T> {
  return loadKeyAt(`/records/${id}/key.json`, check);
}

function loadKeyAt<T>(url: string, check: (v: unknown) => v is T): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      const v: unknown = await r.json();
      if (!check(v)) throw new Error(`${url} does not match the exercise key format`);
      return v;
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p as Promise<T>;
}
