/**
 * Site search: one native <dialog> that searches lessons, glossary terms and exercises (lunr,
 * /search-index.json) and the code lookup (searchCodes). The header button and the "/" and
 * Ctrl+K shortcuts are plain HTML and a small script (search-trigger.ts), so no page ships React
 * for search: this module is imported on first use (mount-search.tsx), and the index only when
 * the dialog first opens. Styles: search.css, loaded with the header.
 */
import { useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { flattenGroups, groupResults, resultCountMessage } from '../../domain/search/group-results.ts';
import { highlight } from '../../domain/search/highlight.ts';
import { codeHref } from '../../domain/codes/code-links.ts';
import type { ResultGroup, ResultItem, SearchIndexFile } from '../../domain/search/types.ts';
import type { SiteSearcher } from '../../domain/search/site-index.ts';

interface Engine {
  search: SiteSearcher;
  prefixes: (query: string) => string[];
}

let engine: Promise<Engine> | undefined;

/** lunr and the index arrive together, once, on first open; a failure is retried next time. */
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([
    import('../../domain/search/site-index.ts'),
    fetch('/search-index.json').then(async (r) => {
      if (!r.ok) throw new Error(`/search-index.json: HTTP ${r.status}`);
      return (await r.json()) as SearchIndexFile;
    }),
  ]).then(([mod, file]) => ({ search: mod.createSiteSearcher(file), prefixes: mod.highlightPrefixes }));
  engine.catch(() => { engine = undefined; });
  return engine;
}

async function searchCodeItems(query: string): Promise<ResultItem[]> {
  if (query.trim().length < 2) return [];
  const { searchCodes } = await import('../../data/code-search-client.ts');
  const hits = await searchCodes(query, { limit: 5, channel: 'site' });
  return hits.map((h) => {
    const item: ResultItem = { type: 'code', url: codeHref(h.system, h.code), title: h.code, excerpt: h.title };
    const why = h.why ?? (h.via === undefined ? undefined : `via Index: ${h.via}`);
    if (why !== undefined) item.why = why;
    return item;
  });
}

function Highlighted({ text, prefixes }: { text: string; prefixes: string[] }): ReactNode {
  return highlight(text, prefixes).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
}

type View = { query: string; groups: ResultGroup[]; prefixes: string[]; status: string };
const EMPTY: View = { query: '', groups: [], prefixes: [], status: '' };

/** What the header script can do with the dialog once it is mounted. */
export interface SearchHandle {
  /** Opens the dialog; `typed` is text typed while the dialog was loading, put in the box. */
  open(typed?: string): void;
  /** Whether the dialog is open. */
  isOpen(): boolean;
}

export interface SiteSearchProps {
  /** The header's Search button: focus returns to it when the dialog closes. */
  trigger: HTMLElement;
  /** Receives the handle (set during commit, so it is ready right after a synchronous render). */
  ref: Ref<SearchHandle>;
}

/** The search dialog, opened by the header button or a shortcut through its handle. */
export default function SiteSearch({ trigger, ref }: SiteSearchProps): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const linkRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const seq = useRef(0);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>(EMPTY);
  const [active, setActive] = useState(0);
  const id = useId();

  const open = useCallback((typed = ''): void => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    inputRef.current?.focus();
    if (typed === '') inputRef.current?.select();
    // Committed now, not on the next render: a key arriving first would otherwise be appended to
    // the old value and the typed text lost.
    else flushSync(() => setQuery(typed));
    loadEngine().catch(() => setView((v) => ({ ...v, status: 'Search could not load. Check your connection and try again.' })));
  }, []);

  useImperativeHandle(ref, () => ({ open, isOpen: () => dialogRef.current?.open === true }), [open]);

  useEffect(() => {
    const q = query.trim();
    const n = ++seq.current;
    if (q.length === 0) {
      setView(EMPTY);
      return;
    }
    // A short pause so fast typing does not run a search per key.
    const timer = setTimeout(() => {
      void (async () => {
        let site: ResultItem[] = [];
        let prefixes: string[] = [];
        let failed = false;
        const codes = searchCodeItems(q).catch(() => [] as ResultItem[]);
        try {
          const e = await loadEngine();
          site = e.search(q, 30);
          prefixes = e.prefixes(q);
        } catch {
          failed = true;
        }
        const all = [...site, ...(await codes)];
        if (n !== seq.current) return;
        const groups = groupResults(all, 5);
        const count = flattenGroups(groups).length;
        setActive(0);
        setView({ query: q, groups, prefixes, status: failed && count === 0 ? 'Search could not load. Check your connection and try again.' : resultCountMessage(count, q) });
      })();
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  const items = flattenGroups(view.groups);

  const focusItem = (i: number): void => {
    const target = Math.max(0, Math.min(i, items.length - 1));
    setActive(target);
    linkRefs.current[target]?.focus();
  };

  const onDialogKeyDown = (event: globalThis.KeyboardEvent): void => {
    const current = linkRefs.current.slice(0, items.length).findIndex((el) => el !== null && el === document.activeElement);
    const inInput = document.activeElement === inputRef.current;
    if (event.key === 'Escape') {
      // Handled here because a search box would otherwise spend the first Escape clearing itself.
      event.preventDefault();
      dialogRef.current?.close();
    } else if (event.key === 'ArrowDown' && items.length > 0 && (inInput || current >= 0)) {
      event.preventDefault();
      focusItem(inInput ? 0 : current + 1);
    } else if (event.key === 'ArrowUp' && current >= 0) {
      event.preventDefault();
      if (current === 0) inputRef.current?.focus();
      else focusItem(current - 1);
    } else if (event.key === 'Enter' && inInput && items[0]) {
      event.preventDefault();
      window.location.assign(items[0].url);
    } else if (current >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a result goes back to the box, so the query can be refined without a click.
      inputRef.current?.focus();
    }
  };

  // Refs are never cleared during render: React may render and then skip the commit, which
  // would leave the list empty. Stale entries past the end are detached and never focused.
  // The dialog's own listeners are native: the keys act on whatever inside has focus, and a click
  // on the backdrop (the dialog element itself) closes it, as Escape does.
  const keyHandler = useRef(onDialogKeyDown);
  useEffect(() => { keyHandler.current = onDialogKeyDown; });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onKey = (event: globalThis.KeyboardEvent): void => keyHandler.current(event);
    const onClick = (event: MouseEvent): void => { if (event.target === dialog) dialog.close(); };
    dialog.addEventListener('keydown', onKey);
    dialog.addEventListener('click', onClick);
    return () => {
      dialog.removeEventListener('keydown', onKey);
      dialog.removeEventListener('click', onClick);
    };
  }, []);

  let flatIndex = 0;
  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => trigger.focus()}
    >
      <div className="search-panel">
        <div className="search-top">
          <h2 id={`${id}-title`}>Search ClaimLab</h2>
          <button type="button" className="search-close" onClick={() => dialogRef.current?.close()}>Close</button>
        </div>
        <label htmlFor={`${id}-input`}>Lessons, glossary, exercises and codes</label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-help`}
        />
        <p id={`${id}-help`} className="search-help">↓ and ↑ move through the results, Enter opens one, Escape closes.</p>
        <p role="status" className="search-status">{view.status}</p>
        <div className="search-results">
          {view.groups.map((g) => (
            <section key={g.type} aria-labelledby={`${id}-${g.type}`} data-group={g.type}>
              <h3 id={`${id}-${g.type}`}>{g.label}</h3>
              <ul>
                {g.items.map((item) => {
                  const i = flatIndex++;
                  return (
                    <li key={item.url}>
                      <a
                        ref={(el) => { linkRefs.current[i] = el; }}
                        href={item.url}
                        tabIndex={i === active ? 0 : -1}
                        onFocus={() => setActive(i)}
                      >
                        <span className="search-title"><Highlighted text={item.title} prefixes={view.prefixes} /></span>
                        {item.excerpt !== '' && <span className="search-excerpt"><Highlighted text={item.excerpt} prefixes={view.prefixes} /></span>}
                        {item.why !== undefined && <span className="search-why">{item.why}</span>}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </dialog>
  );
}
