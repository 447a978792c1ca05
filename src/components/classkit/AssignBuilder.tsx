import { useId, useMemo, useState, type SubmitEvent } from 'react';
import { encodeAssignment, makeAssignment, type AssignmentFields } from '../../domain/classkit/assignment-link.ts';
import { checkFields, describeFieldProblem, type FieldProblem } from '../../domain/classkit/check-fields.ts';
import { FILTER_FROM, matchesItemFilter } from '../../domain/classkit/filter-items.ts';
import { ITEM_KIND_LABELS, itemHref, itemKeyId } from '../../domain/classkit/item-keys.ts';
import type { Assignment, AssignmentItem, AssignmentItemKind } from '../../domain/classkit/types.ts';
import type { CatalogEntry } from '../../data/classkit-catalog-build.ts';
import './classkit.css';

interface Props {
  /** Everything an assignment can name (built from the content collections). */
  catalog: CatalogEntry[];
}

const KIND_ORDER: AssignmentItemKind[] = ['lesson', 'coding', 'claim', 'em', 'posting', 'secondary', 'denial', 'ar', 'records', 'variance', 'exam'];
const PLURAL: Record<AssignmentItemKind, string> = {
  lesson: 'Lessons',
  coding: 'Coding exercises',
  claim: 'Claim exercises',
  em: 'E/M levelling exercises',
  posting: 'Payment posting exercises',
  secondary: 'Secondary billing exercises',
  denial: 'Denial management exercises',
  ar: 'A/R follow-up exercises',
  records: 'Record review exercises',
  variance: 'Payment variance exercises',
  exam: 'Practice exams',
};

/** Which field each problem belongs to (the end of its element id). */
const FIELD_OF: Record<FieldProblem, string> = { 'title-missing': 'title', 'due-missing': 'due', 'pass-range': 'pass', 'class-code': 'class', 'no-items': 'work' };

/** "2026-12-05T23:59" in the instructor's time zone -> ISO 8601 (UTC), or "" when not set. */
function dueIso(local: string): string {
  if (local === '') return '';
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/**
 * The instructor's assignment builder: pick work from the site's lists, set title, due date,
 * passing score and class code, and get a link that carries the whole assignment (nothing is
 * stored on a server). Zod-free: the link codec is plain TypeScript.
 */
export default function AssignBuilder({ catalog }: Props) {
  const baseId = useId();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [pass, setPass] = useState('70');
  const [classCode, setClassCode] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [made, setMade] = useState<{ assignment: Assignment; url: string } | undefined>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState('');
  const [filters, setFilters] = useState<Partial<Record<AssignmentItemKind, string>>>({});

  const byKind = useMemo(() => {
    const m = new Map<AssignmentItemKind, CatalogEntry[]>();
    for (const e of catalog) m.set(e.kind, [...(m.get(e.kind) ?? []), e]);
    return m;
  }, [catalog]);
  const titles = useMemo(() => new Map(catalog.map((e) => [itemKeyId(e), e.title])), [catalog]);

  const toggle = (key: string, on: boolean): void => {
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
    setMade(undefined);
  };
  const edit = <T,>(set: (v: T) => void) => (v: T): void => {
    set(v);
    setMade(undefined);
  };

  const items: AssignmentItem[] = catalog.filter((e) => picked.has(itemKeyId(e))).map((e) => ({ kind: e.kind, id: e.id }));
  const fields: AssignmentFields = { title, due: dueIso(due), passPercent: pass.trim() === '' ? Number.NaN : Number(pass), classCode, items };
  // A message shows from the press of "Make the link" until its field is put right.
  const stillWrong = new Set(checkFields(fields));
  const standing = problems.filter((p) => stillWrong.has(p));
  const fieldId = (p: FieldProblem): string => `${baseId}-${FIELD_OF[p]}`;
  const errorId = (p: FieldProblem): string => `${baseId}-${FIELD_OF[p]}-error`;
  /** aria-invalid and the message's id for a field, while its problem stands. */
  const invalid = (p: FieldProblem, describedBy?: string) => {
    const on = standing.includes(p);
    const ids = [describedBy, on ? errorId(p) : undefined].filter(Boolean).join(' ');
    return { 'aria-invalid': on || undefined, 'aria-describedby': ids === '' ? undefined : ids };
  };
  const fieldError = (p: FieldProblem) => (standing.includes(p) ? <p id={errorId(p)} className="ck-field-error">{describeFieldProblem(p)}</p> : null);

  const make = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const found = checkFields(fields);
    setProblems(found);
    if (found.length > 0) {
      setMade(undefined);
      setStatus(`The link was not made: ${found.map(describeFieldProblem).join(' ')}`);
      // Each message sits beside its field: take the instructor to the first one.
      const first = found[0];
      if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
      return;
    }
    const assignment = makeAssignment(fields);
    const url = `${window.location.origin}/teach/assignment/#${await encodeAssignment(assignment)}`;
    setMade({ assignment, url });
    setStatus(`Link made for "${assignment.title}" with ${assignment.items.length} item${assignment.items.length === 1 ? '' : 's'}. It is below, with a Copy button.`);
  };

  const copy = async (): Promise<void> => {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.url);
      setStatus('Link copied. Paste it into your course page, LMS or email.');
    } catch {
      setStatus('This browser did not allow copying: select the link in the box and copy it by hand.');
    }
  };

  return (
    <form className="ck-builder" onSubmit={make} noValidate>
      <fieldset className="card">
        <legend>The assignment</legend>
        <div className="ck-fields">
          <div>
            <label htmlFor={`${baseId}-title`}>Title</label>
            <input id={`${baseId}-title`} value={title} onChange={(e) => edit(setTitle)(e.target.value)} maxLength={200} required {...invalid('title-missing')} />
            {fieldError('title-missing')}
          </div>
          <div>
            <label htmlFor={`${baseId}-due`}>Due (your time zone)</label>
            <input id={`${baseId}-due`} type="datetime-local" value={due} onChange={(e) => edit(setDue)(e.target.value)} required {...invalid('due-missing')} />
            {fieldError('due-missing')}
          </div>
          <div>
            <label htmlFor={`${baseId}-pass`}>Passing score (%)</label>
            <input id={`${baseId}-pass`} type="number" inputMode="numeric" min={0} max={100} value={pass} onChange={(e) => edit(setPass)(e.target.value)} {...invalid('pass-range')} />
            {fieldError('pass-range')}
          </div>
          <div>
            <label htmlFor={`${baseId}-class`}>Class code</label>
            <input id={`${baseId}-class`} value={classCode} onChange={(e) => edit(setClassCode)(e.target.value)} maxLength={40} {...invalid('class-code', `${baseId}-class-hint`)} />
            <p id={`${baseId}-class-hint`} className="muted ck-hint">Letters, digits and dashes, e.g. HIM-110-FALL.</p>
            {fieldError('class-code')}
          </div>
        </div>
      </fieldset>

      <fieldset className="card" id={fieldId('no-items')} tabIndex={-1} aria-describedby={standing.includes('no-items') ? errorId('no-items') : undefined}>
        <legend>The work ({items.length} picked)</legend>
        {fieldError('no-items')}
        {KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => {
          const entries = byKind.get(kind) ?? [];
          const count = entries.filter((e) => picked.has(itemKeyId(e))).length;
          const filter = filters[kind] ?? '';
          // A picked item stays listed whatever the filter, so it can always be unticked.
          const shown = entries.filter((e) => picked.has(itemKeyId(e)) || matchesItemFilter(e, filter));
          const groups = [...new Set(shown.map((e) => e.group ?? ''))];
          const filterId = `${baseId}-filter-${kind}`;
          return (
            <details key={kind} className="ck-kind">
              <summary>
                {PLURAL[kind]} <span className="muted">({count > 0 ? `${count} of ` : ''}{entries.length})</span>
              </summary>
              {entries.length > FILTER_FROM && (
                <div className="ck-filter">
                  <label htmlFor={filterId}>Show only {PLURAL[kind].toLowerCase()} with these words</label>
                  <input id={filterId} type="search" value={filter} autoComplete="off" aria-describedby={`${filterId}-count`} onChange={(ev) => setFilters((f) => ({ ...f, [kind]: ev.target.value }))} />
                  <p id={`${filterId}-count`} className="muted ck-hint" aria-live="polite">
                    {filter.trim() === '' ? `${entries.length} listed.` : `${shown.length} of ${entries.length} listed${count > 0 ? ' (picked ones always stay)' : ''}.`}
                  </p>
                </div>
              )}
              {groups.map((group) => (
                <fieldset key={group} className="ck-group">
                  <legend className={group === '' ? 'visually-hidden' : undefined}>{group === '' ? PLURAL[kind] : group}</legend>
                  <ul>
                    {shown
                      .filter((e) => (e.group ?? '') === group)
                      .map((e) => {
                        const key = itemKeyId(e);
                        const id = `${baseId}-${key.replace(/[^a-z0-9-]/gi, '-')}`;
                        return (
                          <li key={key}>
                            <input type="checkbox" id={id} checked={picked.has(key)} onChange={(ev) => toggle(key, ev.target.checked)} />
                            <label htmlFor={id}>{e.title}</label>
                          </li>
                        );
                      })}
                  </ul>
                </fieldset>
              ))}
            </details>
          );
        })}
      </fieldset>

      <button type="submit" className="btn">Make the link</button>
      <div role="status" className="ck-status">{status}</div>
      {standing.length > 0 && (
        <ul className="ck-problems">
          {standing.map((p) => <li key={p}>{describeFieldProblem(p)}</li>)}
        </ul>
      )}

      {made && (
        <section className="card ck-made" aria-labelledby={`${baseId}-made`}>
          <h2 id={`${baseId}-made`}>The link</h2>
          <label htmlFor={`${baseId}-url`}>Send this link to your students</label>
          <div className="ck-link-row">
            <input id={`${baseId}-url`} readOnly value={made.url} onFocus={(e) => e.target.select()} />
            <button type="button" className="btn" onClick={() => void copy()}>Copy</button>
          </div>
          <p className="muted">
            Assignment id <code>{made.assignment.id}</code> ({made.url.length.toLocaleString('en-US')} characters). The link is the assignment: nothing is stored on a server, so keep the link.
            <> </><a href={made.url} target="_blank" rel="noopener">Open it as a student sees it</a>.
          </p>
          <h3>Preview</h3>
          <p>
            <strong>{made.assignment.title}</strong>, due {new Date(made.assignment.due).toLocaleString('en-US', { dateStyle: 'full', timeStyle: 'short' })}; passing score {made.assignment.passPercent}%
            {made.assignment.classCode ? `; class code ${made.assignment.classCode}` : ''}.
          </p>
          <ol>
            {made.assignment.items.map((item) => (
              <li key={itemKeyId(item)}>
                <a href={itemHref(item)}>{titles.get(itemKeyId(item)) ?? item.id}</a> <span className="muted">({ITEM_KIND_LABELS[item.kind]})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </form>
  );
}
