import type { CptEntry } from '../domain/codes/code-set-view.ts';
import { CPT_LISTS_FILE } from '../domain/codes/practice-pack.ts';
import { fetchJsonOnce } from './fetch-json-once.ts';

/** What ClaimLab ships about CPT (our own wording), served by src/pages/data/cpt/lists.json.ts. */
export interface CptLists {
  cpt: CptEntry[];
  cptModifiers: CptEntry[];
}

/** Where the lists are served; under /data/ so the service worker keeps them with the code sets. */
export const CPT_LISTS_URL = `/data/${CPT_LISTS_FILE}`;

/**
 * The CPT lists, fetched once per page when first needed (a CPT line to title, an attempt to
 * grade), so exercise pages do not embed them.
 */
export const loadCptLists = (): Promise<CptLists> => fetchJsonOnce<CptLists>(CPT_LISTS_URL);
