import { useEffect, useId, useState, type ReactNode } from 'react';
import { lookupHcpcs, lookupIcd, type CodeNotes, type HcpcsLookupResult, type IcdPageResult } from '../../data/code-set-browser.ts';
import { releaseLabel } from '../../domain/codes/currency.ts';
import type { IcdLookup } from '../../domain/codes/icd-code-set.ts';
import { NOTE_KINDS } from '../../domain/codes/notes.ts';
import { codeHref } from '../../domain/codes/code-links.ts';
import { describeSyntaxProblem, normalizeIcd } from '../../domain/codes/normalize.ts';
import {
  changeBadges,
  deletedSentence,
  fiscalYearEnd,
  fiscalYearStart,
  isoDate,
  NOTE_KIND_LABELS,
  noteSourceLabel,
  notFoundSentence,
  statusWords,
} from './code-words.ts';
import { linkCodes } from './code-route.ts';
import './codes.css';

/** Shipped ICD-10-CM year and its first day; the page states them, the data decides validity. */
const SHIPPED_YEAR = 2027;
const EFFECTIVE = fiscalYearStart(SHIPPED_YEAR);
const MODELLED_FROM = fiscalYearStart(SHIPPED_YEAR - 1);
const MODELLED_TO = fiscalYearEnd(SHIPPED_YEAR);

export interface CodePageProps {
  system: 'icd10cm' | 'hcpcs';
  /** Code as it appears in the URL (any case, with or without the dot). */
  code: string;
  /** Lookup done at build time (static category pages), shown before the browser data loads. */
  initial?: IcdPageResult | undefined;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'icd'; result: IcdPageResult; alternatives: { code: string; title: string; billable: boolean }[] }
  | { kind: 'hcpcs'; result: HcpcsLookupResult };

/**
 * One code's page: status for a date of service, place in the classification, children,
 * FY2027 changes and instructional notes. Rendered client-side for every code (the 404 route)
 * and server-side too for static category pages via `initial`.
 */
export default function CodePage({ system, code, initial }: CodePageProps) {
  const [date, setDate] = useState<string>('');
  const [state, setState] = useState<State>(initial ? { kind: 'icd', result: initial, alternatives: [] } : { kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const dateId = useId();

  // Today is only known in the browser; until then the shipped year is shown.
  useEffect(() => {
    setDate(isoDate(new Date()));
  }, []);

  useEffect(() => {
    if (date === '' && initial) return;
    let current = true;
    const run = async (): Promise<State> => {
      if (system === 'hcpcs') return { kind: 'hcpcs', result: await lookupHcpcs(code) };
      const result = await lookupIcd(code, date === '' ? undefined : date);
      return { kind: 'icd', result, alternatives: result.kind === 'deleted' ? await alternativesFor(result.code) : [] };
    };
    run()
      .then((next) => { if (current) setState(next); })
      .catch((e: unknown) => { if (current) setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }); });
    return () => { current = false; };
  }, [system, code, date, attempt, initial]);

  useEffect(() => {
    const t = pageTitle(state, code);
    if (t !== undefined) document.title = `${t} · ClaimLab`;
  }, [state, code]);

  const dateForm = system === 'icd10cm' && (
    <div className="code-date">
      <label htmlFor={dateId}>Date of service</label>
      <input
        id={dateId}
        type="date"
        value={date}
        min="2015-10-01"
        onChange={(e) => { if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) setDate(e.target.value); }}
        aria-describedby={`${dateId}-help`}
      />
      <p id={`${dateId}-help`} className="muted">
        {yearSentence(date)}
      </p>
    </div>
  );

  return (
    <article className="code-page" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' && (
        <>
          <h1><span className="code-id">{code}</span></h1>
          <p role="status">Loading code…</p>
        </>
      )}
      {state.kind === 'error' && (
        <>
          <h1><span className="code-id">{code}</span></h1>
          <div role="alert" className="code-alert danger">
            <p>The code data could not be loaded ({state.message}). Check your connection and try again.</p>
            <button type="button" className="btn secondary" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
          </div>
        </>
      )}
      {state.kind === 'hcpcs' && <HcpcsView result={state.result} />}
      {state.kind === 'icd' && <IcdView result={state.result} alternatives={state.alternatives} dateForm={dateForm} date={date} />}
    </article>
  );
}

/** Current codes near a deleted one: the children of its nearest surviving ancestor. */
async function alternativesFor(code: string): Promise<{ code: string; title: string; billable: boolean }[]> {
  const n = normalizeIcd(code);
  if (!n.ok) return [];
  for (let len = n.dotless.length - 1; len >= 3; len--) {
    const r = await lookupIcd(n.dotless.slice(0, len));
    if (r.kind === 'found') return [{ code: r.entry.code, title: r.entry.title, billable: r.entry.billable }, ...r.entry.children];
  }
  return [];
}

function pageTitle(state: State, code: string): string | undefined {
  if (state.kind === 'icd') {
    const r = state.result;
    if (r.kind === 'found') return `${r.entry.code} ${r.entry.title}`;
    if (r.kind === 'deleted') return `${r.code} (deleted)`;
    return `${code}: not found`;
  }
  if (state.kind === 'hcpcs') return state.result.kind === 'found' ? `${state.result.code} ${state.result.title}` : `${code}: not found`;
  return undefined;
}

function yearSentence(date: string): string {
  if (date === '') return `Showing FY${SHIPPED_YEAR} (dates of service from ${EFFECTIVE}).`;
  const year = date >= EFFECTIVE ? SHIPPED_YEAR : SHIPPED_YEAR - 1;
  const base = `Checked against FY${year} (dates of service ${fiscalYearStart(year)} to ${fiscalYearEnd(year)}).`;
  if (date < MODELLED_FROM || date > MODELLED_TO) return `${base} ClaimLab holds FY${SHIPPED_YEAR - 1} and FY${SHIPPED_YEAR} only, so the nearest year is used.`;
  return base;
}

function CodeLink({ code, system = 'icd10cm' }: { code: string; system?: 'icd10cm' | 'hcpcs' }) {
  return <a href={codeHref(system, code)}><code>{code}</code></a>;
}

function StatusBadge({ billable }: { billable: boolean }) {
  return <span className={`badge ${billable ? 'badge-ok' : 'badge-warn'}`}>{billable ? 'valid' : 'header'}</span>;
}

function CodeList({ codes, label }: { codes: { code: string; title: string; billable: boolean }[]; label: string }) {
  return (
    <ul className="code-list" aria-label={label}>
      {codes.map((c) => (
        <li key={c.code}>
          <CodeLink code={c.code} /> <StatusBadge billable={c.billable} /> <span>{c.title}</span>
        </li>
      ))}
    </ul>
  );
}

function IcdView({ result, alternatives, dateForm, date }: { result: IcdPageResult; alternatives: { code: string; title: string; billable: boolean }[]; dateForm: ReactNode; date: string }) {
  if (result.kind === 'bad-syntax') {
    return (
      <>
        <h1><span className="code-id">{result.input}</span> is not shaped like an ICD-10-CM code</h1>
        <div className="code-alert danger"><p>{describeSyntaxProblem(result.problem)}</p></div>
        <p><a href={`/codes/?q=${encodeURIComponent(result.input)}`}>Search for “{result.input}”</a></p>
      </>
    );
  }
  if (result.kind === 'deleted') {
    return (
      <>
        <Breadcrumb items={[]} current={result.code} />
        <h1><span className="code-id">{result.code}</span> {result.title}</h1>
        <p className="code-status"><span className="badge badge-danger">deleted since {result.since}</span></p>
        <div className="code-alert danger" role="note">
          <p>{deletedSentence(result.code, result.since)}</p>
          <p className="muted">Its title until then: “{result.title}”.</p>
        </div>
        {dateForm}
        {alternatives.length > 0 && (
          <section aria-labelledby="alt-title">
            <h2 id="alt-title">Current codes nearby</h2>
            <CodeList codes={alternatives} label="Current codes nearby" />
          </section>
        )}
      </>
    );
  }
  if (result.kind === 'not-found') {
    return (
      <>
        <h1><span className="code-id">{result.code}</span>: no such code</h1>
        <div className="code-alert danger" role="note"><p>{notFoundSentence(result.code, result.year)}</p></div>
        {dateForm}
        {result.suggestions.length > 0 && (
          <section aria-labelledby="sugg-title">
            <h2 id="sugg-title">Did you mean</h2>
            <ul className="code-list">{result.suggestions.map((s) => <li key={s}><CodeLink code={s} /></li>)}</ul>
          </section>
        )}
        <p><a href={`/codes/?q=${encodeURIComponent(result.code)}`}>Search for codes starting with {result.code}</a></p>
      </>
    );
  }
  return <IcdFound entry={result.entry} notes={result.notes} dateForm={dateForm} date={date} />;
}

function Breadcrumb({ items, current }: { items: { code: string; title: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="code-breadcrumb">
      <ol>
        <li><a href="/codes/">Code lookup</a></li>
        {items.map((p) => <li key={p.code}><a href={codeHref('icd10cm', p.code)} title={p.title}>{p.code}</a></li>)}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

function IcdFound({ entry, notes, dateForm, date }: { entry: IcdLookup; notes: CodeNotes[]; dateForm: ReactNode; date: string }) {
  const status = statusWords(entry.billable, entry.year);
  const changes = changeBadges(entry.changes, SHIPPED_YEAR, EFFECTIVE);
  const shownYear = entry.year;
  return (
    <>
      <Breadcrumb items={entry.parents} current={entry.code} />
      <h1><span className="code-id">{entry.code}</span> {entry.title}</h1>
      <div className="code-status">
        <StatusBadge billable={entry.billable} />
        {changes.map((c) => <span key={c.kind} className={`badge badge-change badge-${c.kind}`}>{c.badge}</span>)}
        <p>{entry.billable ? (date !== '' && shownYear < SHIPPED_YEAR ? `Valid for claims in FY${shownYear} (dates of service ${fiscalYearStart(shownYear)} to ${fiscalYearEnd(shownYear)}).` : status.sentence) : status.sentence}</p>
      </div>
      {changes.length > 0 && (
        <ul className="code-changes" aria-label={`Changes in FY${SHIPPED_YEAR}`}>
          {changes.map((c) => <li key={c.kind}><strong>{c.badge}:</strong> {c.detail}</li>)}
        </ul>
      )}
      {dateForm}
      <dl className="code-facts">
        {entry.chapter && (
          <>
            <dt>Chapter</dt>
            <dd>{entry.chapter.number}. {entry.chapter.title} ({entry.chapter.range})</dd>
          </>
        )}
        {entry.block && (
          <>
            <dt>Block</dt>
            <dd>{entry.block.first}-{entry.block.last} {entry.block.title}{entry.block.sourceYear < SHIPPED_YEAR - 2 && <span className="muted"> (title from the FY{entry.block.sourceYear} Tabular List)</span>}</dd>
          </>
        )}
        {entry.parents.length > 0 && (
          <>
            <dt>Part of</dt>
            <dd>
              <ul className="code-parents">
                {entry.parents.map((p) => <li key={p.code}><CodeLink code={p.code} /> {p.title}</li>)}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {entry.children.length > 0 && (
        <section aria-labelledby="children-title">
          <h2 id="children-title">{entry.billable ? 'More specific codes' : 'Choose a more specific code'}</h2>
          <CodeList codes={entry.children} label={`Codes under ${entry.code}`} />
        </section>
      )}
      <NotesView notes={notes} />
    </>
  );
}

function NoteText({ text }: { text: string }) {
  return (
    <>
      {linkCodes(text).map((p, i) => (p.href ? <a key={i} href={p.href}>{p.text}</a> : <span key={i}>{p.text}</span>))}
    </>
  );
}

function NotesView({ notes }: { notes: CodeNotes[] }) {
  if (notes.length === 0) {
    return (
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">Instructional notes</h2>
        <p className="muted">No instructional notes are loaded for this code. Always read the notes at the category, subcategory and code level in the current Tabular List: the conventions are written there as instructional notes (Guidelines section I.A).</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Instructional notes</h2>
      <p className="muted">Shown for this code and for the subcategories and category above it; read them all (Guidelines section I.A, conventions).</p>
      {notes.map(({ code, notes: n }) => (
        <div key={code} className="code-notes card">
          <h3>At <CodeLink code={code} /> <span className="badge">{noteSourceLabel(n.sourceYear, SHIPPED_YEAR)}</span></h3>
          {NOTE_KINDS.map((kind) => {
            const list = n[kind];
            if (!list || list.length === 0) return null;
            return (
              <div key={kind} className={`note note-${kind}`}>
                <h4>{NOTE_KIND_LABELS[kind]}</h4>
                <ul>{list.map((t, i) => <li key={i}><NoteText text={t} /></li>)}</ul>
              </div>
            );
          })}
          {n.sevenChr && n.sevenChr.length > 0 && (
            <div className="note note-seventh">
              <h4>7th character</h4>
              <table>
                <thead><tr><th scope="col">Character</th><th scope="col">Meaning</th></tr></thead>
                <tbody>{n.sevenChr.map(([c, m]) => <tr key={c}><th scope="row"><code>{c}</code></th><td>{m}</td></tr>)}</tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

function HcpcsView({ result }: { result: HcpcsLookupResult }) {
  const crumbs = (
    <nav aria-label="Breadcrumb" className="code-breadcrumb">
      <ol>
        <li><a href="/codes/">Code lookup</a></li>
        <li><a href="/codes/hcpcs/">HCPCS Level II</a></li>
        <li aria-current="page">{result.kind === 'bad-syntax' ? result.input : result.code}</li>
      </ol>
    </nav>
  );
  if (result.kind === 'bad-syntax') {
    return (
      <>
        {crumbs}
        <h1><span className="code-id">{result.input}</span> is not shaped like a HCPCS Level II code</h1>
        <div className="code-alert danger"><p>A HCPCS Level II code is one letter followed by four digits, for example J1100.</p></div>
      </>
    );
  }
  if (result.kind === 'not-found') {
    return (
      <>
        {crumbs}
        <h1><span className="code-id">{result.code}</span>: no such code</h1>
        <div className="code-alert danger" role="note"><p>{result.code} is not in the CMS HCPCS Level II {releaseLabel(result.release)} quarterly file, the release ClaimLab checks against. A code CMS added in a later quarter is not known here yet.</p></div>
        <p><a href={`/codes/?q=${encodeURIComponent(result.code.slice(0, 3))}`}>Search for similar codes</a></p>
      </>
    );
  }
  return (
    <>
      {crumbs}
      <h1><span className="code-id">{result.code}</span> {result.title}</h1>
      <div className="code-status">
        <span className="badge badge-ok">valid</span>
        <p>Listed in the CMS HCPCS Level II {releaseLabel(result.release)} quarterly file, the release ClaimLab checks against; later quarterly files can change it. Short title: “{result.short}”.</p>
      </div>
      {/^J/.test(result.code) && <p>For drug codes, bill units in the dose stated in the description: a 4 mg dose of a “1 mg” code is 4 units.</p>}
    </>
  );
}
