import { startTransition, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTypedBeforeHydration } from '../site/use-typed-before-hydration.ts';
import type { CodeSearchResult } from '../../data/code-set-browser.ts';
import { describeHeaderChoices, type HeaderChoices } from '../../domain/codes/header-choices.ts';
import { resultCountWords } from '../codes/code-words.ts';
import { useRowsInSteps } from '../codes/use-rows-in-steps.ts';

/** Results the picker asks for; a full page means there may be more. */
const LIMIT = 12;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 150;

/**
 * A result row's parts, laid out invisibly with the panel, so the first answer finds the code's
 * monospace and the row's sizes resolved (on Linux the monospace stack is five font lookups through
 * the browser process, inside the first answer's layout otherwise; issue 16, item 6).
 */
const ROW_SAMPLE = (
  <div className="font-sample" aria-hidden="true">
    <div className="picker-row">
      <div><code>code</code> <span>Sample row</span> <span className="badge">header: needs more characters</span><span className="muted small"> · via Index: sample</span></div>
      <span className="btn secondary small">Add</span>
    </div>
  </div>
);

/** The code-set loader, fetched with the first search rather than with the page. */
const codeSets = () => import('../../data/code-set-browser.ts');

interface Props {
  /** Adds a code to the attempt. */
  onAdd: (code: string, system: 'icd10cm' | 'hcpcs') => void;
  /** Show HCPCS Level II results (exercises that ask for HCPCS). */
  allowHcpcs: boolean;
  /** Heading level, matching the exercise around it. */
  headingLevel?: 2 | 3;
}

/**
 * Inline code search beside an exercise: the same search as the code lookup, with an Add button
 * per result so a student can search the real code set without leaving the case. A header
 * cannot be added: its button opens the codes under it and the 7th-character choices instead.
 * Arrow keys move between the result buttons, as on /codes/.
 */
export function CodePicker({ onAdd, allowHcpcs, headingLevel = 3 }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CodeSearchResult[]>([]);
  // The query the results on screen answer, and whether the search filled its page: the status
  // names it, so a new query (typed or pasted) with as many results as the last is still announced.
  const [searched, setSearched] = useState({ query: '', capped: false, hiddenHcpcs: 0 });
  const [state, setState] = useState<'idle' | 'loading' | 'error'>('idle');
  const [open, setOpen] = useState<{ at: string; choices: HeaderChoices | 'loading' | 'error' } | undefined>();
  const latest = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The row whose choices get focus once they are on screen (a frame callback can run before React renders them). */
  const focusAfterRender = useRef<string | undefined>(undefined);
  const listRef = useRef<HTMLUListElement>(null);
  const typingTimer = useRef<number | undefined>(undefined);
  // When the last key was typed (performance.now()), so the rows after the first few wait for a rest.
  const lastKeyAt = useRef(0);
  const count = useRowsInSteps(results, lastKeyAt);

  useTypedBeforeHydration(inputRef, setQuery);

  // A keystroke renders nothing (issue 16, item 6: no main-thread task over 50 ms while typing on
  // a slow phone): the box is uncontrolled and the query follows once typing pauses. Trimmed, so a
  // space typed after the words searches nothing again (no "Searching…", an open header stays open).
  const onType = useCallback(() => {
    lastKeyAt.current = performance.now();
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => setQuery((inputRef.current?.value ?? '').trim()), DEBOUNCE_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  useEffect(() => {
    const q = query.trim();
    setOpen(undefined);
    if (q.length < 2) {
      ++latest.current;
      setResults([]);
      setSearched({ query: '', capped: false, hiddenHcpcs: 0 });
      setState('idle');
      return;
    }
    const ticket = ++latest.current;
    setState('loading');
    import('../../data/code-search-client.ts').then((c) => c.searchCodes(q, { limit: LIMIT, channel: 'picker' })).then(
      (r) => {
        if (ticket !== latest.current) return;
        const shown = allowHcpcs ? r : r.filter((x) => x.system === 'icd10cm');
        // A transition: React may yield between the rows of an answer.
        startTransition(() => {
          setResults(shown);
          setSearched({ query: q, capped: r.length >= LIMIT, hiddenHcpcs: r.length - shown.length });
          setState('idle');
        });
      },
      () => { if (ticket === latest.current) setState('error'); },
    );
  }, [query, allowHcpcs]);

  useEffect(() => {
    if (open === undefined || typeof open.choices !== 'object' || focusAfterRender.current !== open.at) return;
    focusAfterRender.current = undefined;
    document.getElementById(`${id}-choices-${open.at}`)?.focus();
  }, [open, id]);

  /** Opens (or walks down to) the choices under a header, in the result row it came from. */
  const choose = (at: string, code: string): void => {
    setOpen({ at, choices: 'loading' });
    codeSets().then((c) => c.loadHeaderChoices(code)).then(
      (choices) => {
        if (choices === undefined) onAdd(code, 'icd10cm');
        focusAfterRender.current = choices === undefined ? undefined : at;
        setOpen(choices === undefined ? undefined : { at, choices });
      },
      () => setOpen({ at, choices: 'error' }),
    );
  };

  const buttons = (): HTMLButtonElement[] => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-pick]') ?? [])];
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      const first = buttons()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    const all = buttons();
    const at = all.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
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
      inputRef.current?.focus();
    }
  };

  return (
    <section className="picker card" aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`}>Search the code set</H>
      <label htmlFor={`${id}-q`}>Search by words or code (ICD-10-CM FY2027{allowHcpcs ? ' and HCPCS Level II' : ''})</label>
      <input ref={inputRef} id={`${id}-q`} type="search" defaultValue="" autoComplete="off" spellCheck={false} placeholder="e.g. acne vulgaris, or L70" onChange={onType} onKeyDown={onInputKey} aria-describedby={`${id}-keys`} />
      <p id={`${id}-keys`} className="muted small">Down arrow moves into the results; Escape comes back here.</p>
      <p className="muted small" role="status">
        {state === 'loading' ? 'Searching…' : state === 'error' ? 'Search is unavailable (the code data did not load).' : resultCountWords(results.length, searched.query, searched.capped, searched.hiddenHcpcs)}
      </p>
      {results.length > 0 && (
        // The list only forwards arrow keys between its buttons; each button is a real control.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <ul className="picker-results" ref={listRef} onKeyDown={onListKey}>
          {results.slice(0, count).map((r, i) => {
            const at = `${r.system}-${r.code}`.replace(/\./g, '_');
            const isOpen = open?.at === at;
            return (
              // Keyed by place, not by code: a new answer rewrites the rows' text in place rather
              // than building new rows (less style and layout work per answer on a slow phone).
              <li key={i}>
                <div className="picker-row">
                  <div>
                    <a href={r.system === 'hcpcs' ? `/codes/hcpcs/${r.code}/` : `/codes/${r.code}/`} target="_blank" rel="noopener"><code>{r.code}</code></a>{' '}
                    <span>{r.title}</span>{' '}
                    {!r.billable && <span className="badge">header: needs more characters</span>}
                    {r.why ? <span className="muted small"> · {r.why}</span> : r.via && <span className="muted small"> · via Index: {r.via}</span>}
                  </div>
                  {r.billable || r.system === 'hcpcs' ? (
                    <button type="button" data-pick className="btn secondary small" onClick={() => onAdd(r.code, r.system)} aria-label={`Add ${r.code} ${r.title}`}>Add</button>
                  ) : (
                    <button type="button" data-pick className="btn secondary small" aria-expanded={isOpen} aria-controls={`${id}-choices-${at}`} onClick={() => (isOpen ? setOpen(undefined) : choose(at, r.code))} aria-label={`Choose a code under ${r.code} ${r.title}`}>
                      Choose…
                    </button>
                  )}
                </div>
                {isOpen && <Choices id={`${id}-choices-${at}`} choices={open.choices} onAdd={(code) => onAdd(code, 'icd10cm')} onChoose={(code) => choose(at, code)} />}
              </li>
            );
          })}
        </ul>
      )}
      {ROW_SAMPLE}
    </section>
  );
}

function Choices({ id, choices, onAdd, onChoose }: { id: string; choices: HeaderChoices | 'loading' | 'error'; onAdd: (code: string) => void; onChoose: (code: string) => void }) {
  if (choices === 'loading') return <div id={id} className="header-choices muted small">Loading the codes under this header…</div>;
  if (choices === 'error') return <div id={id} className="header-choices" role="alert">The codes under this header could not be loaded. Check your connection and try again.</div>;
  return (
    <div id={id} className="header-choices" tabIndex={-1} role="group" aria-label={`Codes under ${choices.code}`}>
      <p><strong>{describeHeaderChoices(choices)}</strong></p>
      {choices.seventh && (
        <details open={choices.needs === 'seventh-character'}>
          <summary>7th characters for {choices.seventh.from}</summary>
          <dl className="seventh-list">
            {choices.seventh.choices.map(([c, meaning]) => (
              <div key={c}><dt><code>{c}</code></dt><dd>{meaning}</dd></div>
            ))}
          </dl>
        </details>
      )}
      <ul>
        {choices.children.map((c) => (
          <li key={c.code} className="picker-row">
            <div><code>{c.code}</code> <span>{c.title}</span>{!c.billable && <span className="badge">header</span>}</div>
            {c.billable ? (
              <button type="button" data-pick className="btn secondary small" onClick={() => onAdd(c.code)} aria-label={`Add ${c.code} ${c.title}`}>Add</button>
            ) : (
              <button type="button" data-pick className="btn secondary small" onClick={() => onChoose(c.code)} aria-label={`Choose a code under ${c.code} ${c.title}`}>Choose…</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
