import { useEffect, useId, useMemo, useState, type SubmitEvent } from 'react';
import { assignmentStatus, describeItemStatus, recordsOf, scoreSoFar } from '../../domain/classkit/assignment-status.ts';
import { ITEM_KIND_LABELS, itemHref, itemKeyId } from '../../domain/classkit/item-keys.ts';
import type { SavedAnswers } from '../../domain/classkit/saved-answers.ts';
import { buildSubmission, submissionFileName, submissionText } from '../../domain/classkit/submission.ts';
import type { Assignment } from '../../domain/classkit/types.ts';
import type { CatalogEntry } from '../../data/classkit-catalog-build.ts';
import { fetchJsonOnce } from '../../data/fetch-json-once.ts';
import { answerStore } from '../../stores/answers.ts';
import { downloadText, useProgress } from '../progress/use-progress.ts';
import './classkit.css';

interface Props {
  /** ClaimLab version written into submission files. */
  appVersion: string;
}

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; assignment: Assignment };

const formatDue = (iso: string): string => new Date(iso).toLocaleString('en-US', { dateStyle: 'full', timeStyle: 'short' });

/**
 * The student's view of an assignment link: the work with its status from this browser's saved
 * progress and answers, the score so far, and the submission file to send the instructor.
 */
export default function AssignmentView({ appVersion }: Props) {
  const baseId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [answers, setAnswers] = useState<SavedAnswers>({});
  const [student, setStudent] = useState('');
  const [status, setStatus] = useState('');
  const progress = useProgress();

  useEffect(() => {
    const read = (): void => {
      // The schema library arrives with the link it checks, not with the page.
      void import('../../domain/classkit/decode-assignment.ts')
        .then((m) => m.decodeAssignment(window.location.hash))
        .then(
          (r) => setLoaded(r.ok ? { state: 'ok', assignment: r.assignment } : { state: 'error', message: r.message }),
          () => setLoaded({ state: 'error', message: 'The page could not load what it needs to read the link. Check your connection and reload.' }),
        );
    };
    read();
    const refresh = (): void => setAnswers(answerStore.all());
    refresh();
    void fetchJsonOnce<CatalogEntry[]>('/teach/catalog.json').then(
      (list) => setTitles(new Map(list.map((e) => [itemKeyId(e), e.title]))),
      () => undefined,
    );
    window.addEventListener('hashchange', read);
    // Coming back from an exercise shows the new work: a page restored from the back-forward
    // cache missed the storage changes (its progress store slept), so it reads everything again.
    const onShow = (event: PageTransitionEvent): void => {
      if (event.persisted) window.location.reload();
      else refresh();
    };
    window.addEventListener('pageshow', onShow);
    window.addEventListener('storage', refresh);
    return () => {
      window.removeEventListener('hashchange', read);
      window.removeEventListener('pageshow', onShow);
      window.removeEventListener('storage', refresh);
    };
  }, []);

  const statuses = useMemo(() => (loaded.state === 'ok' && progress ? assignmentStatus(loaded.assignment, progress, answers) : undefined), [loaded, progress, answers]);

  if (loaded.state === 'loading') return <p role="status">Reading the assignment…</p>;
  if (loaded.state === 'error') {
    return (
      <div className="ck-error" role="alert">
        <p>{loaded.message}</p>
      </div>
    );
  }
  const a = loaded.assignment;
  const so = statuses ? scoreSoFar(statuses) : undefined;

  const make = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (student.trim() === '') {
      setStatus('Type your name or student ID first: your instructor needs it to know whose file it is.');
      document.getElementById(`${baseId}-student`)?.focus();
      return;
    }
    if (!statuses) return;
    const submission = buildSubmission({ assignment: a, student, appVersion, now: new Date(), records: recordsOf(statuses) });
    const name = submissionFileName(submission);
    downloadText(name, submissionText(submission));
    const missing = statuses.filter((s) => !s.record).length;
    setStatus(`Saved ${name}. Send this file to your instructor${missing > 0 ? ` (${missing} item${missing === 1 ? ' is' : 's are'} not done yet and count as zero)` : ''}.`);
  };

  return (
    <div className="ck-view">
      <section className="card" aria-labelledby={`${baseId}-title`}>
        <h2 id={`${baseId}-title`}>{a.title}</h2>
        <dl className="ck-facts">
          <div><dt>Due</dt><dd>{formatDue(a.due)}{Date.now() > Date.parse(a.due) ? <span className="ck-late"> (past due)</span> : null}</dd></div>
          {a.classCode && <div><dt>Class code</dt><dd>{a.classCode}</dd></div>}
          <div><dt>Passing score</dt><dd>{a.passPercent}%</dd></div>
          <div><dt>Assignment id</dt><dd><code>{a.id}</code></dd></div>
        </dl>
      </section>

      <section aria-labelledby={`${baseId}-work`}>
        <h2 id={`${baseId}-work`}>The work</h2>
        <div className="table-wrap">
          <table className="ck-items">
            <thead>
              <tr><th scope="col">#</th><th scope="col">Item</th><th scope="col">Kind</th><th scope="col">Status in this browser</th></tr>
            </thead>
            <tbody>
              {a.items.map((item, i) => {
                const st = statuses?.[i];
                return (
                  <tr key={itemKeyId(item)} data-item={itemKeyId(item)}>
                    <td>{i + 1}</td>
                    <td><a href={itemHref(item)}>{titles.get(itemKeyId(item)) ?? item.id}</a></td>
                    <td>{ITEM_KIND_LABELS[item.kind]}</td>
                    <td className={st ? `ck-state-${st.state}` : undefined}>{st ? describeItemStatus(st) : '…'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {so && (
          <p className="ck-score">
            {so.done} of {so.count} done. Score so far: {so.earned} of {so.total} points on the work graded ({so.percent}%); passing is {a.passPercent}%.
            <> </><span className="muted">Your instructor's gradebook regrades every answer, so its score is the one that counts.</span>
          </p>
        )}
      </section>

      <form className="card ck-submit" onSubmit={make} noValidate aria-labelledby={`${baseId}-submit`}>
        <h2 id={`${baseId}-submit`}>Hand it in</h2>
        <p>
          When you are done, make the submission file and send it to your instructor (by the LMS, email, or however your class collects work). It holds your answers,
          the browser's scores and the time; nothing is sent by ClaimLab.
        </p>
        <label htmlFor={`${baseId}-student`}>Your name or student ID</label>
        <input id={`${baseId}-student`} value={student} onChange={(e) => setStudent(e.target.value)} maxLength={200} autoComplete="name" />
        <button type="submit" className="btn" disabled={!statuses}>Make submission file</button>
        <div role="status" className="ck-status">{status}</div>
      </form>
    </div>
  );
}
