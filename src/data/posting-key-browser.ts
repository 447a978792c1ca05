import type { PostingRubric } from '../domain/billing/posting-types.ts';
import type { SecondaryRubric } from '../domain/billing/secondary-types.ts';

/**
 * Fetches the key of a billing exercise (/billing/<kind>/<id>/key.json, written at build) the
 * first time the student grades, like exercise-key-browser.ts: kept out of the page so it is
 * not read by accident before an attempt (not a secret: the browser grades).
 */
const cache = new Map<string, Promise<unknown>>();

function load(kind: 'posting' | 'secondary', id: string, valid: (x: unknown) => boolean): Promise<unknown> {
  const url = `/billing/${kind}/${id}/key.json`;
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      const json: unknown = await r.json();
      if (!valid(json)) throw new Error(`${url} does not match the ${kind} key format`);
      return json;
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function loadPostingKey(id: string): Promise<PostingRubric> {
  return load('posting', id, (x) => isObject(x) && x['id'] === id && Array.isArray(x['rows'])) as Promise<PostingRubric>;
}

export function loadSecondaryKey(id: string): Promise<SecondaryRubric> {
  return load('secondary', id, (x) => isObject(x) && x['id'] === id && isObject(x['amounts'])) as Promise<SecondaryRubric>;
}
