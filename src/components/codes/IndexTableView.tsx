import { useEffect, useId, useMemo, useState } from 'react';
import { loadDrugTable, loadNeoplasmTable } from '../../data/code-set-browser.ts';
import type { IndexTable, TableNode } from '../../domain/codes/tables.ts';
import { printedCode, seeHref } from './index-links.ts';
import { countOf } from './code-words.ts';
import './codes.css';
import { replaceQueryParam } from './url-state.ts';
import { watchTableScroll } from '../site/table-scroll.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Rows rendered at once; a filter or "show more" gets to the rest. */
const PAGE = 300;

const TABLES = {
  neoplasm: { load: loadNeoplasmTable, name: 'Neoplasm Table', path: '/codes/neoplasm/' },
  drugs: { load: loadDrugTable, name: 'Table of Drugs and Chemicals', path: '/codes/drugs/' },
} as const;

interface Row {
  node: TableNode;
  level: number;
  /** Index of the main term this row belongs to, for zebra grouping. */
  main: number;
}

function flatten(terms: readonly TableNode[]): Row[] {
  const rows: Row[] = [];
  const walk = (n: TableNode, level: number, main: number): void => {
    rows.push({ node: n, level, main });
    for (const k of n.k ?? []) walk(k, level + 1, main);
  };
  terms.forEach((t, i) => walk(t, 0, i));
  return rows;
}

function contains(n: TableNode, needle: string): boolean {
  return n.t.toLowerCase().includes(needle) || (n.ne ?? '').toLowerCase().includes(needle) || (n.k ?? []).some((k) => contains(k, needle));
}

/**
 * One of the Alphabetic Index tables (Neoplasm Table, Table of Drugs and Chemicals) with the
 * official columns, a filter box and a letter bar. Codes link to their pages; a code that
 * cannot go on a claim as printed says so in words.
 */
export default function IndexTableView({ kind }: { kind: keyof typeof TABLES }) {
  const spec = TABLES[kind];
  const [table, setTable] = useState<IndexTable | undefined>();
  const [error, setError] = useState('');
  const [filter, setFilter] = useState('');
  const [letter, setLetter] = useState('A');
  const [shown, setShown] = useState(PAGE);
  const filterId = useId();

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) setFilter(q);
    let current = true;
    spec.load()
      .then((t) => { if (current) setTable(t); })
      .catch((e: unknown) => { if (current) setError(`The ${spec.name} could not load (${e instanceof Error ? e.message : String(e)}).`); });
    return () => { current = false; };
  }, [spec]);

  const onFilter = (value: string) => {
    setFilter(value);
    setShown(PAGE);
    replaceQueryParam('q', value);
  };

  const needle = filter.trim().toLowerCase();
  // The Neoplasm Table is one main term ("Neoplasm, neoplastic") whose subterms are the sites:
  // letters and the filter then work on the sites, with the main row kept on top.
  const top = table?.terms.length === 1 ? table.terms[0] : undefined;
  const terms = useMemo(() => {
    const all = top ? (top.k ?? []) : (table?.terms ?? []);
    if (needle === '') return all.filter((t) => t.t.charAt(0).toUpperCase() === letter);
    const starts = all.filter((t) => t.t.toLowerCase().startsWith(needle));
    return [...starts, ...all.filter((t) => !t.t.toLowerCase().startsWith(needle) && contains(t, needle))];
  }, [table, top, needle, letter]);
  const rows = useMemo(() => {
    if (!top) return flatten(terms);
    const { k: _sites, ...head } = top;
    return [{ node: head, level: 0, main: -1 }, ...flatten(terms).map((r) => ({ ...r, level: r.level + 1 }))];
  }, [terms, top]);

  let status = '';
  if (error) status = error;
  else if (!table) status = `Loading the ${spec.name}…`;
  else status = `${countOf(terms.length, top ? 'site' : 'main term')} ${needle === '' ? `under ${letter}` : `${terms.length === 1 ? 'matches' : 'match'} "${filter.trim()}"`}.`;

  const columns = table?.columns ?? [];
  return (
    <div className="index-table">
      <div className="table-filter">
        <label htmlFor={filterId}>Filter the {spec.name}</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => onFilter(e.target.value)} autoComplete="off" placeholder={kind === 'drugs' ? 'e.g. acetaminophen' : 'e.g. lung'} />
      </div>
      {needle === '' && (
        <nav aria-label="Table letters" className="letter-nav">
          <ul>
            {LETTERS.map((l) => (
              <li key={l}>
                <a href={`${spec.path}#${l}`} aria-current={l === letter ? 'true' : undefined} onClick={(e) => { e.preventDefault(); setLetter(l); setShown(PAGE); }}>{l}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p role="status" className="lookup-status">{status}</p>
      {table && rows.length > 0 && (
        <p className="muted table-legend">A code ending in “-” needs more characters: complete it in the Tabular List. Codes flagged in small print are not complete codes in FY{table.year} as printed.</p>
      )}
      {table && rows.length > 0 && (
        // A wide table scrolls sideways on phones; the region must take focus so keyboard users can scroll it (WCAG 2.1.1).
        <div className="table-wrap code-table-wrap" role="region" aria-label={spec.name} tabIndex={0} ref={(el) => (el ? watchTableScroll(el) : undefined)}>
          <table className="code-table">
            <thead>
              <tr>{columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((r, i) => (
                <tr key={i} className={r.level === 0 ? 'main-row' : undefined}>
                  <th scope="row" style={{ paddingLeft: `${0.6 + r.level * 1}rem` }}>
                    {r.level > 0 && <span aria-hidden="true">{'- '.repeat(r.level)}</span>}
                    {r.node.t}
                    {r.node.ne !== undefined && <span className="term-ne"> {r.node.ne}</span>}
                    {r.node.see !== undefined && <SeeRef label="see" text={r.node.see} />}
                    {r.node.sa !== undefined && <SeeRef label="see also" text={r.node.sa} />}
                  </th>
                  {columns.slice(1).map((col, ci) => {
                    const printed = r.node.c?.[ci] ?? '';
                    if (printed === '') return <td key={ci} />;
                    const pc = printedCode(printed, r.node.st?.[ci], table.year);
                    return (
                      <td key={ci}>
                        <a href={pc.href} aria-label={`${printed}, ${col}${pc.flag ? `, ${pc.flag}` : ''}`}><code>{printed}</code></a>
                        {/* A printed dash already says "more characters needed" (explained above the table); flag only what the dash does not show. */}
                        {pc.flag !== undefined && !printed.endsWith('-') && <span className="flag" aria-hidden="true">{pc.flag}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <button type="button" className="btn secondary" onClick={() => setShown((n) => n + PAGE)}>Show more rows ({rows.length - shown} left)</button>
      )}
      {table && (
        <p className="muted source-note">
          Source: ICD-10-CM {spec.name} FY{table.sourceYear}. Codes are checked against FY{table.year}; a flagged code needs more characters (for example a 7th character) or is no longer a code. Verify every code in the Tabular List (Guidelines section I.B.1).
        </p>
      )}
    </div>
  );
}

function SeeRef({ label, text }: { label: string; text: string }) {
  const href = seeHref(text);
  return <span className="term-see"> — <em>{label}</em> {href ? <a href={href}>{text}</a> : text}</span>;
}
