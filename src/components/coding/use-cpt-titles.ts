import { useEffect, useState } from 'react';
import { loadCptLists } from '../../data/cpt-lists-browser.ts';

/**
 * CPT number -> our summary, loaded once `needed` is true; undefined until then (and while
 * loading), an empty map when the lists cannot load (offline before they were ever saved).
 */
export function useCptTitles(needed: boolean): Map<string, string> | undefined {
  const [titles, setTitles] = useState<Map<string, string> | undefined>(undefined);
  useEffect(() => {
    if (!needed || titles) return undefined;
    let live = true;
    loadCptLists().then(
      (lists) => { if (live) setTitles(new Map(lists.cpt.map((c) => [c.code, c.summary]))); },
      () => { if (live) setTitles(new Map()); },
    );
    return () => { live = false; };
  }, [needed, titles]);
  return titles;
}
