import type { CptEntry } from '../domain/codes/code-set-view.ts';
import { CPT_LISTS_FILE } from '../domain/codes/practice-pack.ts';

/** What ClaimLab ships about CPT (our own wording), served by src/pages/data/cpt/lists.json.ts. */
export interface CptLists {
  cpt: CptEntry[];
  cptModifiers: CptEntry[];
}

/** Where the lists are served; under /data/ so the service worker keeps them with the code sets. */
export const CPT_LISTS_URL = `/data/${CPT_LISTS_FILE}`;

let pending: Promise<CptLists> | undefined;

/**
 * The CPT lists, fetched once per page when first needed (a CPT line to title, an attempt to
 * grade), so exercise pages do not embed them. A failed request is forgotten so a retry asks again.
 */
export function loadCptLists(): Promise<CptLists> {
  if (!pending) {
    pending = fetch(CPT_LISTS_URL).then((r) => {
      if (!r.ok) throw new Error(`${CPT_LISTS_URL}: HTTP ${r.status}`);
      return r.json() as Promise<CptLists>;
    });
    pending.catch(() => (pending = undefined));
  }
  return pending;
}
