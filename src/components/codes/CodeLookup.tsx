import { memo, startTransition, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CodeSearchOutcome, CodeSearchResult } from '../../data/code-set-browser.ts';
import { searchCodesOutcome } from '../../data/code-search-client.ts';
import { describeSearchHint } from '../../domain/codes/search-hints.ts';
import { codeHref } from '../../domain/codes/code-links.ts';
import { resultCountWords } from './code-words.ts';
import { useRowsInSteps } from './use-rows-in-steps.ts';
import './codes.css';

/** Results shown per search; a fuller list is a sign the query should be more specific. */
const LIMIT = 30;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 180;
/**
 * Write the query into the address once typing has rested this long, or at once when the user
 * leaves the box, presses Enter or leaves the page. A `history.replaceState` costs 15-40 ms of
 * main thread on a slow phone and makes Chromium fetch and decode the favicon again, so one per
 * searched prefix ("ch", "che", ...) was most of what still blocked typing (issue 16, item 6).
 */
const URL_REST_MS = 1000;

const SYSTEM_LABEL = { icd10cm: 'ICD-10-CM', hcpcs: 'HCPCS' } as const;

type Phase = 'idle' | 'searching' | 'done' | 'error';

/**
 * A result row's parts, laid out invisibly with the page. The first answer would otherwise be the
 * first text on the page in a code's bold monospace and in the badge's and the Index line's sizes,
 * and Chromium resolves a font family and each new font size the first time it lays them out: on
 * Linux the monospace stack alone is five family lookups through the browser process, measured at
 * 15 to 30 ms of the first answer's layout at 4x CPU throttling (issue 16, item 6).
 */
const ROW_SAMPLE = (
  <div className="font-sample" aria-hidden="true">
    <span className="result-link">
      <span className="result-head">
        <code className="result-code">code</code>
        <span className="badge badge-ok">valid</span>
        <span className="badge">ICD-10-CM</span>
      </span>
      <span className="result-title">Sample row</span>
      <span className="result-via">via Index: sample</span>
    </span>
  </div>
);

/**
 * The result list, re-rendered only when the results change: a keystroke then renders the search
 * box alone, which keeps each key's main-thread work short on a slow phone (issue 16, item 6).
 */
const ResultList = memo(function ResultList({ results, listRef, onListKey, lastKeyAt }: { results: CodeSearchResult[]; listRef: RefObject<HTMLUListElement | null>; onListKey: (e: KeyboardEvent<HTMLAnchorElement>) => void; lastKeyAt: RefObject<number> }) {
  // The first screenful with the answer, the other rows a few per frame once typing rests.
  const count = useRowsInSteps(results, lastKeyAt);
  return (
    <ul id="lookup-results" ref={listRef} className="results" aria-label="Search results" hidden={results.length === 0}>
      {results.slice(0, count).map((r, i) => (
        // Keyed by place, not by code: a new answer rewrites the rows' text in place rather than
        // building new rows (less style and layout-tree work per answer on a slow phone).
        <li key={i}>
          <a className="result-link" href={codeHref(r.system, r.code)} onKeyDown={onListKey}>
            <span className="result-head">
              <code className="result-code">{r.code}</code>
              <span className={`badge ${r.billable ? 'badge-ok' : 'badge-warn'}`}>{r.billable ? 'valid' : 'header'}</span>
              <span className="badge">{SYSTEM_LABEL[r.system]}</span>
            </span>
            <span className="result-title">{r.title}</span>
            {r.why !== undefined ? <span className="result-via">{r.why}</span> : r.via !== undefined && <span className="result-via">via Index: {r.via}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
});

function queryFromUrl(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/**
 * Search box for ICD-10-CM FY2027 and HCPCS Level II: code prefixes or words (titles and
 * Alphabetic Index paths). The query lives in the URL (?q=) so searches can be shared and the
 * back button returns to them. Arrow keys move between results, Escape clears.
 *
 * A keystroke renders nothing (issue 16, item 6: no main-thread task over 50 ms while typing on
 * a slow phone): the box is uncontrolled, its Clear button shows by CSS, and `query` (the URL,
 * the search, the status) changes only once typing pauses for DEBOUNCE_MS. An answer's results
 * render as a transition, so React yields between result rows.
 */
export default function CodeLookup() {
  const [query, setQueryState] = useState('');
  const [results, setResults] = useState<CodeSearchResult[]>([]);
  const [searched, setSearched] = useState('');
  const [reading, setReading] = useState<Omit<CodeSearchOutcome, 'results'>>({});
  const [phase, setPhase] = useState<Phase>('idle');
  // The URL is only readable after hydration; until then the empty box must not rewrite it.
  const [ready, setReady] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Each search gets a number; an answer never replaces a newer one on screen, so slow answers to
  // earlier keystrokes never overwrite newer ones.
  const latest = useRef(0);
  // The newest search whose results are on screen: an older answer that arrives while a newer
  // query is still running is shown (its status names its query), never one older than shown.
  const shown = useRef(0);
  const inputId = useId();
  const hintId = useId();
  const typingTimer = useRef<number | undefined>(undefined);
  // When the last key was typed (performance.now()), so the rows after the first screenful can wait for a rest.
  const lastKeyAt = useRef(0);
  const urlTimer = useRef<number | undefined>(undefined);
  // The query the address should show (written by writeUrl), once the island has read the URL.
  const urlQuery = useRef<string | undefined>(undefined);

  /** Bring the address's ?q= up to date now (no history entry). */
  const writeUrl = useCallback(() => {
    window.clearTimeout(urlTimer.current);
    const q = urlQuery.current;
    if (q === undefined) return;
    const url = new URL(window.location.href);
    if ((url.searchParams.get('q') ?? '') === q) return;
    if (q.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', q);
    window.history.replaceState(window.history.state, '', url);
  }, []);

  /** Leaving the box (or the page): what it holds is the query now, and the address shows it. */
  const leave = useCallback(() => {
    const value = inputRef.current?.value ?? '';
    if (urlQuery.current === undefined) return;
    window.clearTimeout(typingTimer.current);
    setQueryState(value);
    urlQuery.current = value;
    writeUrl();
  }, [writeUrl]);

  /** Set the box and the query at once (URL, Clear, "did you mean"). */
  const setQuery = useCallback((q: string) => {
    window.clearTimeout(typingTimer.current);
    if (inputRef.current && inputRef.current.value !== q) inputRef.current.value = q;
    setQueryState(q);
  }, []);

  /** A keystroke: the query follows once typing pauses. */
  const onType = useCallback(() => {
    lastKeyAt.current = performance.now();
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => setQueryState(inputRef.current?.value ?? ''), DEBOUNCE_MS);
  }, []);
  useEffect(() => () => {
    window.clearTimeout(typingTimer.current);
    window.clearTimeout(urlTimer.current);
  }, []);

  useEffect(() => {
    // Words typed before the island hydrated win over the address's ?q= (they are newer).
    setQuery(inputRef.current?.value || queryFromUrl());
    setReady(true);
    const onPop = () => {
      window.clearTimeout(urlTimer.current);
      setQuery(queryFromUrl());
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', leave);
    };
  }, [setQuery, leave]);

  useEffect(() => {
    if (!ready) return;
    const q = query.trim();
    urlQuery.current = query;
    window.clearTimeout(urlTimer.current);
    // An emptied box clears the address at once (nothing is being typed); words wait for a rest.
    if (q === '') writeUrl();
    else urlTimer.current = window.setTimeout(writeUrl, URL_REST_MS);
    const id = ++latest.current;
    // One character is no code and matches words everywhere: searching it only downloads title
    // shards for scattered hits (two-letter abbreviations such as "MS" and "PE" do search).
    if (q.length < 2) {
      shown.current = id;
      setResults([]);
      setReading({});
      setSearched('');
      setPhase('idle');
      return;
    }
    setPhase('searching');
    // The box has already waited for a pause in typing (onType).
    searchCodesOutcome(q, { limit: LIMIT, channel: 'lookup' })
      .then(({ results: r, ...rest }) => {
        if (id <= shown.current) return;
        shown.current = id;
        startTransition(() => {
          setResults(r);
          setReading(rest);
          setSearched(q);
          if (id === latest.current) setPhase('done');
        });
      })
      .catch(() => {
        if (id === latest.current) setPhase('error');
      });
  }, [query, ready, writeUrl]);

  const links = useCallback((): HTMLAnchorElement[] => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a.result-link') ?? [])], []);

  const clear = useCallback(() => {
    setQuery('');
    inputRef.current?.focus();
  }, [setQuery]);

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Enter') {
      // Enter in the box opens the best match, like a search engine's "I'm feeling lucky".
      const first = links()[0];
      if (first && phase === 'done' && searched === e.currentTarget.value.trim()) {
        e.preventDefault();
        // The address first, so Back returns to this search.
        leave();
        first.click();
      }
    } else if (e.key === 'Escape' && e.currentTarget.value !== '') {
      e.preventDefault();
      clear();
    }
  };

  const onListKey = useCallback((e: KeyboardEvent<HTMLAnchorElement>) => {
    const all = links();
    const at = all.findIndex((a) => a === document.activeElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      if (next < 0) inputRef.current?.focus();
      else all[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? all[0] : all[all.length - 1])?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      clear();
    }
  }, [links, clear]);

  let status = '';
  if (phase === 'searching' && searched === '') status = 'Searching…';
  else if (phase === 'error') status = 'The search could not load. Check your connection and try again.';
  else if (phase === 'done' || (phase === 'searching' && searched !== '')) status = resultCountWords(results.length, searched, results.length >= LIMIT);

  return (
    <div className="code-lookup">
      <form role="search" className="lookup-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search ICD-10-CM and HCPCS codes</label>
        <div className="lookup-row">
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            defaultValue=""
            onChange={onType}
            onKeyDown={onInputKey}
            onBlur={leave}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            aria-controls="lookup-results"
            placeholder="e.g. heart attack, E11.6, J1100"
          />
          {/* Hidden by CSS while the box is empty (its placeholder shows), so typing renders nothing. */}
          <button type="button" className="btn secondary lookup-clear" onClick={clear}>Clear</button>
        </div>
        <p id={hintId} className="muted hint">
          Type a code (or its first characters) or words. Results update as you type; use the arrow keys to move through them and Escape to clear.
        </p>
      </form>
      <p role="status" className="lookup-status" aria-live="polite">
        {status}
        {phase === 'done' && reading.hint !== undefined && <> {describeSearchHint(reading.hint)}</>}
      </p>
      {phase === 'done' && reading.didYouMean !== undefined && (
        <p className="lookup-did-you-mean">
          Did you mean{' '}
          <button type="button" className="link-button" onClick={() => setQuery(reading.didYouMean ?? '')}>{reading.didYouMean}</button>?
        </p>
      )}
      <ResultList results={results} listRef={listRef} onListKey={onListKey} lastKeyAt={lastKeyAt} />
      {ROW_SAMPLE}
    </div>
  );
}
