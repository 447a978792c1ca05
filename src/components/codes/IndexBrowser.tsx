import { useEffect, useId, useMemo, useState } from 'react';
import { loadIndexLetter } from '../../data/code-set-browser.ts';
import type { IndexNode, IndexShard } from '../../domain/codes/alphabetic-index.ts';
import { printedCode, seeHref } from './index-links.ts';
import { countOf } from './code-words.ts';
import './codes.css';
import { replaceQueryParam } from './url-state.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Main terms shown at once; a filter narrows longer letters. */
const PAGE = 150;

function readUrl(): { letter: string; q: string } {
  const p = new URLSearchParams(window.location.search);
  const l = (p.get('letter') ?? 'A').toUpperCase();
  return { letter: LETTERS.includes(l) ? l : 'A', q: p.get('q') ?? '' };
}

/** Whether a term or any of its subterms contains the filter text. */
function matches(node: IndexNode, needle: string): boolean {
  if (node.t.toLowerCase().includes(needle)) return true;
  return (node.k ?? []).some((k) => matches(k, needle));
}

/**
 * The ICD-10-CM Alphabetic Index by letter: main terms with expandable subterms, "see" and
 * "see also" as links, codes linked to their pages and flagged when not valid as printed.
 * Letter and filter are kept in the URL so a reference can link straight to a term.
 */
export default function IndexBrowser() {
  const [letter, setLetter] = useState('');
  const [filter, setFilter] = useState('');
  const [shard, setShard] = useState<IndexShard | undefined>();
  const [error, setError] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [others, setOthers] = useState<ReadonlyMap<string, IndexShard | undefined>>(new Map());
  const filterId = useId();

  useEffect(() => {
    const apply = () => {
      const u = readUrl();
      setLetter(u.letter);
      setFilter(u.q);
      setShown(PAGE);
    };
    apply();
    window.addEventListener('popstate', apply);
    return () => window.removeEventListener('popstate', apply);
  }, []);

  useEffect(() => {
    if (letter === '') return;
    let current = true;
    setShard(undefined);
    setError('');
    loadIndexLetter(letter)
      .then((s) => { if (current) { setShard(s); if (!s) setError(`No index terms under ${letter}.`); } })
      .catch((e: unknown) => { if (current) setError(`The index could not load (${e instanceof Error ? e.message : String(e)}).`); });
    return () => { current = false; };
  }, [letter]);

  const go = (next: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('letter', next);
    url.searchParams.delete('q');
    window.history.pushState(null, '', url);
    setLetter(next);
    setFilter('');
    setShown(PAGE);
  };

  const onFilter = (value: string) => {
    setFilter(value);
    setShown(PAGE);
    replaceQueryParam('q', value);
  };

  const needle = filter.trim().toLowerCase();
  const filtering = needle !== '';

  // A filter searches every letter (a learner looking for "sprain" from A must find it): the
  // other letters load on the first filter and stay loaded.
  useEffect(() => {
    if (!filtering || others.size === LETTERS.length) return;
    let current = true;
    for (const l of LETTERS) {
      if (others.has(l)) continue;
      loadIndexLetter(l)
        .then((s) => { if (current) setOthers((m) => new Map(m).set(l, s)); })
        .catch(() => { /* a letter that fails to load is left out; the status says how many were searched */ });
    }
    return () => { current = false; };
    // `others` grows as letters arrive; re-running for each would only skip the loaded ones.
  }, [filtering]);

  const terms = useMemo((): { node: IndexNode; letter: string }[] => {
    if (!filtering) return (shard?.terms ?? []).map((node) => ({ node, letter }));
    const all = LETTERS.flatMap((l) => ((l === letter ? shard : others.get(l))?.terms ?? []).map((node) => ({ node, letter: l })));
    // Main terms starting with the text come first: that is how a coder scans the index.
    const starts = all.filter((t) => t.node.t.toLowerCase().startsWith(needle));
    const rest = all.filter((t) => !t.node.t.toLowerCase().startsWith(needle) && matches(t.node, needle));
    return [...starts, ...rest];
  }, [shard, others, needle, filtering, letter]);
  const searched = new Set([...others.keys(), ...(shard ? [letter] : [])]).size;

  const year = shard?.year ?? 2027;
  let status = '';
  if (error) status = error;
  else if (!shard && letter !== '') status = `Loading ${letter}…`;
  else if (shard && !filtering) status = `${countOf(terms.length, 'main term')} under ${letter}.`;
  else if (shard) status = `${countOf(terms.length, 'main term')} ${terms.length === 1 ? 'matches' : 'match'} "${filter.trim()}" ${searched === LETTERS.length ? 'in all letters' : `in ${searched} of ${LETTERS.length} letters so far`}.`;

  return (
    <div className="index-browser">
      <nav aria-label="Index letters" className="letter-nav">
        <ul>
          {LETTERS.map((l) => (
            <li key={l}>
              <a
                href={`/codes/index/?letter=${l}`}
                aria-current={l === letter ? 'true' : undefined}
                onClick={(e) => { e.preventDefault(); go(l); }}
              >{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="table-filter">
        <label htmlFor={filterId}>Filter terms (searches every letter)</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => onFilter(e.target.value)} autoComplete="off" />
      </div>
      <p role="status" className="lookup-status">{status}</p>
      {shard && (
        <>
          <ul className="index-tree" aria-label={filtering ? `Index terms matching "${filter.trim()}"` : `Index terms under ${letter}`}>
            {terms.slice(0, shown).map((t, i) => (
              <Term key={`${t.letter}-${t.node.t}-${i}`} node={t.node} year={year} openInitially={filtering && terms.length === 1} />
            ))}
          </ul>
          {terms.length > shown && (
            <button type="button" className="btn secondary" onClick={() => setShown((n) => n + PAGE)}>
              Show more terms ({terms.length - shown} left)
            </button>
          )}
          <p className="muted source-note">Source: ICD-10-CM Alphabetic Index FY{shard.sourceYear}. Codes are checked against FY{shard.year}; a flagged code needs more characters or is no longer a code. Always verify in the Tabular List (Guidelines section I.B.1).</p>
        </>
      )}
    </div>
  );
}

function TermRefs({ node, year }: { node: IndexNode; year: number }) {
  const code = node.c === undefined ? undefined : printedCode(node.c, node.st, year);
  const see = node.see === undefined ? undefined : seeHref(node.see);
  const sa = node.sa === undefined ? undefined : seeHref(node.sa);
  return (
    <>
      {code && (
        <>
          {' '}
          <a className="term-code" href={code.href}><code>{code.printed}</code></a>
          {code.flag !== undefined && <> <span className="badge badge-warn">{code.flag}</span></>}
        </>
      )}
      {node.see !== undefined && (
        <span className="term-see"> — <em>see</em> {see ? <a href={see}>{node.see}</a> : node.see}</span>
      )}
      {node.sa !== undefined && (
        <span className="term-see"> — <em>see also</em> {sa ? <a href={sa}>{node.sa}</a> : node.sa}</span>
      )}
    </>
  );
}

function Term({ node, year, openInitially = false }: { node: IndexNode; year: number; openInitially?: boolean }) {
  // Subterms render only while open: a letter can hold tens of thousands of them. The toggle is
  // a button beside the links (not a <summary> around them) so no control sits inside another.
  const [open, setOpen] = useState(openInitially);
  const listId = useId();
  const kids = node.k ?? [];
  const label = (
    <>
      <span className="term-text">{node.t}</span>
      {node.ne !== undefined && <span className="term-ne"> {node.ne}</span>}
    </>
  );
  if (kids.length === 0) {
    return <li className="term leaf">{label}<TermRefs node={node} year={year} /></li>;
  }
  return (
    <li className="term">
      <button type="button" className="term-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span className="term-mark" aria-hidden="true">{open ? '▾' : '▸'}</span> {label} <span className="muted term-count">({kids.length})</span>
      </button>
      <TermRefs node={node} year={year} />
      <ul id={listId} hidden={!open}>
        {open && kids.map((k, i) => <Term key={`${k.t}-${i}`} node={k} year={year} />)}
      </ul>
    </li>
  );
}
