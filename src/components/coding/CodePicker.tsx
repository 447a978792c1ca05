import { useEffect, useId, useRef, useState } from 'react';
import { searchCodes, type CodeSearchResult } from '../../data/code-set-browser.ts';

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
 * per result so a student can search the real code set without leaving the case.
 */
export function CodePicker({ onAdd, allowHcpcs, headingLevel = 3 }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CodeSearchResult[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'error'>('idle');
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults([]);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setState('loading');
      searchCodes(q, { limit: 12 }).then(
        (r) => {
          if (ticket !== latest.current) return;
          setResults(allowHcpcs ? r : r.filter((x) => x.system === 'icd10cm'));
          setState('idle');
        },
        () => { if (ticket === latest.current) setState('error'); },
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [query, allowHcpcs]);

  return (
    <section className="picker card" aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`}>Search the code set</H>
      <label htmlFor={`${id}-q`}>Search by words or code (ICD-10-CM FY2027{allowHcpcs ? ' and HCPCS Level II' : ''})</label>
      <input id={`${id}-q`} type="search" value={query} autoComplete="off" spellCheck={false} placeholder="e.g. diabetes hyperglycemia, or E11.6" onChange={(e) => setQuery(e.target.value)} />
      <p className="muted small" role="status">
        {state === 'loading' ? 'Searching…' : state === 'error' ? 'Search is unavailable (the code data did not load).' : query.trim().length >= 2 ? `${results.length} result${results.length === 1 ? '' : 's'}` : ''}
      </p>
      {results.length > 0 && (
        <ul className="picker-results">
          {results.map((r) => (
            <li key={`${r.system}-${r.code}`}>
              <div>
                <a href={r.system === 'hcpcs' ? `/codes/hcpcs/${r.code}/` : `/codes/${r.code}/`} target="_blank" rel="noopener"><code>{r.code}</code></a>{' '}
                <span>{r.title}</span>{' '}
                {!r.billable && <span className="badge">header</span>}
                {r.via && <span className="muted small"> · via Index: {r.via}</span>}
              </div>
              <button type="button" className="btn secondary small" onClick={() => onAdd(r.code, r.system)} aria-label={`Add ${r.code} ${r.title}`}>Add</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
