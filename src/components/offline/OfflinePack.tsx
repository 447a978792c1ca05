import { useEffect, useId, useState } from 'react';
import { countSaved, offlineCapable, pageScripts, practicePack, saveForOffline, whenControlled } from '../../data/offline-cache.ts';

/**
 * "Available offline" for an exercise page or a module: opening an exercise saves the practice
 * pack (code search and grading data) in the background, and the button saves every page of the
 * module too. The caching itself is the service worker's (docs/offline.md).
 */
export interface OfflinePackProps {
  /** Pages to keep besides the practice pack (the module's exercises and lessons). */
  pages?: string[];
  /**
   * A JSON list of more pages to keep, fetched when needed (every exercise of a kind): a list that
   * grows with the content stays out of each page's HTML. Saved with the practice pack, so the
   * page can still read it offline.
   */
  pagesFrom?: string;
  /** Button text, e.g. "Make this module available offline". */
  label: string;
  /** Save the practice pack as soon as the page is controlled (an opened exercise). */
  auto?: boolean;
  /** Files this page needs to grade offline (its answer key), saved with the practice pack. */
  grading?: string[];
}

type State = { kind: 'idle' } | { kind: 'saving'; saved: number; total: number } | { kind: 'ready'; all: boolean } | { kind: 'failed'; saved: number; total: number } | { kind: 'unsupported' };

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Status line and button for offline practice. */
export default function OfflinePack({ pages = [], pagesFrom, label, auto = false, grading = [] }: OfflinePackProps) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [size, setSize] = useState<number | undefined>();
  const ownFiles = pagesFrom === undefined ? grading : [...grading, pagesFrom];

  /** Every page to keep: `pages` and the list at `pagesFrom`. */
  const allPages = async (): Promise<string[]> => {
    if (pagesFrom === undefined) return pages;
    const listed: unknown = await (await fetch(pagesFrom)).json();
    return [...pages, ...(Array.isArray(listed) ? listed.filter((u): u is string => typeof u === 'string') : [])];
  };

  const save = async (withPages: boolean) => {
    try {
      const [pack, scripts] = await Promise.all([practicePack(), pageScripts()]);
      setSize(pack.bytes);
      const own = [...pack.urls, ...ownFiles, ...scripts];
      const urls = withPages ? [...own, ...(await allPages())] : own;
      const saved = await saveForOffline(urls, (n, total) => setState({ kind: 'saving', saved: n, total }));
      setState(saved === urls.length ? { kind: 'ready', all: withPages } : { kind: 'failed', saved, total: urls.length });
    } catch {
      setState({ kind: 'failed', saved: 0, total: 0 });
    }
  };

  useEffect(() => {
    if (!('serviceWorker' in navigator)) {
      setState({ kind: 'unsupported' });
      return;
    }
    let live = true;
    void whenControlled().then(async () => {
      if (!live || !offlineCapable()) return;
      const saveData = Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);
      const [pack, scripts] = await Promise.all([practicePack().catch(() => undefined), saveData ? [] : pageScripts()]);
      if (!pack || !live) return;
      setSize(pack.bytes);
      // The page's own scripts, lazy ones included, so grading runs offline too (the worker keeps them).
      const own = [...pack.urls, ...ownFiles, ...scripts];
      const listed = await allPages().catch(() => undefined);
      const all = listed === undefined ? undefined : [...own, ...listed];
      if (!live) return;
      if (all !== undefined && (await countSaved(all)) === all.length) setState({ kind: 'ready', all: true });
      else if ((await countSaved(own)) === own.length) setState({ kind: 'ready', all: false });
      else if (auto && !saveData) void save(false);
    });
    return () => { live = false; };
    // Runs once per page: `pages`, `pagesFrom` and `auto` come from the server and do not change.
  }, []);

  if (state.kind === 'unsupported') return null;
  const message = state.kind === 'saving' ? `Saving code data for offline practice: ${state.saved} of ${state.total} files…`
    : state.kind === 'ready' ? (state.all ? 'Available offline: these pages, code search and grading work without a connection.' : 'Code search and grading on this page work offline.')
    : state.kind === 'failed' ? `Could not save everything for offline use (${state.saved} of ${state.total} files). Check your connection and try again.`
    : auto ? 'Code search and grading will be saved for offline practice once the app is installed in this browser.' : '';
  return (
    <div className="offline-pack">
      <p role="status" id={id} className="muted small">{message}</p>
      {!(state.kind === 'ready' && state.all) && (
        <button type="button" className="btn secondary small" aria-describedby={id} disabled={state.kind === 'saving'} onClick={() => void save(true)}>
          {label}{size ? ` (about ${mb(size)})` : ''}
        </button>
      )}
    </div>
  );
}
