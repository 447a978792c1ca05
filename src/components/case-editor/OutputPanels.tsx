import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { CodingExercise as Exercise } from '../../domain/exercises/coding-exercise-schema.ts';
import { exerciseToForm, fieldsTheFormDrops, type CaseForm } from '../../domain/case-editor/case-form.ts';
import { splitExercise } from '../../domain/exercises/public-exercise.ts';
import CodingExercise from '../coding/CodingExercise.tsx';
import { downloadFile } from '../site/download-file.ts';
import { useConfirmStep } from '../site/use-confirm-step.ts';

/** The share page; the case travels in the fragment, which browsers never send to the server. */
export const TRY_PATH = '/teach/try/';

interface TryProps {
  /** The schema-valid case, undefined while it is not. */
  exercise: Exercise | undefined;
  problemCount: number;
}

/** "Try it as a student": the real exercise island and grader on the case as it stands. */
export function TryPanel({ exercise, problemCount }: TryProps) {
  const id = useId();
  const [shown, setShown] = useState<{ n: number; exercise: Exercise } | undefined>();
  const start = (): void => {
    if (!exercise) return;
    setShown((s) => ({ n: (s?.n ?? 0) + 1, exercise }));
    requestAnimationFrame(() => document.getElementById(`${id}-preview`)?.focus());
  };
  const parts = shown ? splitExercise(shown.exercise) : undefined;
  return (
    <section className="card editor-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Try it as a student</h2>
      <p className="muted">Code the case yourself and grade the attempt with the real grader: you see exactly the score and feedback a student would see. Nothing is recorded in your progress.</p>
      {exercise === undefined && <p>The case can be tried once the format problems listed under Checks are fixed.</p>}
      {exercise !== undefined && problemCount > 0 && <p>The checks still list {problemCount} problem{problemCount === 1 ? '' : 's'}; grading may not match what you intend until they are fixed.</p>}
      <button type="button" className="btn" onClick={start} disabled={exercise === undefined}>{shown ? 'Reload the case as it is now' : 'Try it as a student'}</button>
      {parts && shown && (
        <div id={`${id}-preview`} className="preview" tabIndex={-1} aria-label="Student view of the case">
          <CodingExercise key={shown.n} exercise={parts.exercise} rubric={parts.rubric} record={false} draftKey="case-editor-preview" headingLevel={3} />
        </div>
      )}
    </section>
  );
}

interface OutputProps {
  candidate: Record<string, unknown>;
  exercise: Exercise | undefined;
  problemCount: number;
  fileName: string;
  onOpen: (form: CaseForm, note: string) => void;
  onReset: () => void;
  announce: (text: string) => void;
}

/** Download the YAML file, share a link, open a YAML file, start over. */
export function OutputPanel({ candidate, exercise, problemCount, fileName, onOpen, onReset, announce }: OutputProps) {
  const id = useId();
  const [link, setLink] = useState<{ url: string; long: boolean } | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [confirmReset, setConfirmReset] = useState(false);
  // Clearing the form cannot be undone, so focus starts on "Keep this case"; Escape keeps it.
  const reset = useConfirmStep(confirmReset, () => setConfirmReset(false));
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async (): Promise<void> => {
    const { caseToYaml } = await import('../../domain/case-editor/case-yaml.ts');
    downloadFile(fileName, caseToYaml(candidate), 'application/yaml');
    announce(problemCount === 0 ? `${fileName} downloaded. Put it in content/exercises/coding/.` : `${fileName} downloaded with ${problemCount} problem${problemCount === 1 ? '' : 's'} still listed under Checks: fix them before adding it to content/.`);
  };

  const share = async (): Promise<void> => {
    if (!exercise) return;
    const { encodeCaseFragment, LINK_WARN_LENGTH } = await import('../../domain/case-editor/case-link.ts');
    const url = `${window.location.origin}${TRY_PATH}#${await encodeCaseFragment(exercise)}`;
    setLink({ url, long: url.length > LINK_WARN_LENGTH });
    announce(`Share link ready, ${url.length} characters.`);
    requestAnimationFrame(() => document.getElementById(`${id}-link`)?.focus());
  };

  const copy = async (): Promise<void> => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      announce('Link copied.');
    } catch {
      announce('The browser did not allow copying: select the link and copy it with the keyboard.');
    }
  };

  const open = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const [{ yamlToValue }, { schemaProblems }] = await Promise.all([import('../../domain/case-editor/case-yaml.ts'), import('../../domain/case-editor/check-case.ts')]);
    let value: unknown;
    try {
      value = yamlToValue(await file.text());
    } catch (err) {
      setMessage(`${file.name} is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}. Check indentation and quote values that contain a colon.`);
      return;
    }
    const { exercise: opened, problems } = schemaProblems(value);
    if (!opened) {
      setMessage(`${file.name} is not a coding case the editor can open: ${problems.slice(0, 3).map((p) => `${p.field}: ${p.message}`).join(' ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`);
      return;
    }
    const dropped = fieldsTheFormDrops(opened);
    const note = dropped.length === 0 ? `${file.name} opened.` : `${file.name} opened. The editor has no fields for ${dropped.join(', ')}: they are not in what you download; add them back by hand.`;
    setMessage(note);
    onOpen(exerciseToForm(opened), note);
  };

  return (
    <section className="card editor-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Save and share</h2>
      <div className="actions">
        <button type="button" className="btn" onClick={() => void download()}>Download {fileName}</button>
        <button type="button" className="btn secondary" onClick={() => void share()} disabled={exercise === undefined}>Make a share link</button>
        <button type="button" className="btn secondary" onClick={() => fileInput.current?.click()}>Open a case file (.yaml)…</button>
        <input ref={fileInput} type="file" accept=".yaml,.yml,application/yaml,text/yaml" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void open(e)} />
      </div>
      <p className="muted small">The file goes in <code>content/exercises/coding/</code>; <code>npm run check:content</code> runs the same checks as this page. {exercise === undefined && 'A share link needs a case without format problems.'}</p>
      {link && (
        <div className="share">
          <label htmlFor={`${id}-link`}>Share link: opens the case as an exercise. The case is inside the link; nothing is uploaded.</label>
          <input id={`${id}-link`} readOnly value={link.url} onFocus={(e) => e.target.select()} aria-describedby={link.long ? `${id}-long` : undefined} />
          <div className="actions">
            <button type="button" className="btn secondary" onClick={() => void copy()}>Copy link</button>
            <a className="btn secondary" href={link.url} target="_blank" rel="noopener">Open the link</a>
          </div>
          {link.long && <p id={`${id}-long`} className="warning">This link is {link.url.length.toLocaleString('en-US')} characters long. Some e-mail programs, chat apps and LMS link fields cut links this long; shorten the note or rationale, or share the YAML file instead.</p>}
        </div>
      )}
      {message && <p role="status">{message}</p>}
      <div className="actions">
        {confirmReset ? (
          <div role="group" aria-labelledby={`${id}-reset-q`} className="actions" ref={reset.panel}>
            <span id={`${id}-reset-q`}>Clear the whole form? Download the file first if you want to keep it.</span>
            <button type="button" className="btn secondary" onClick={() => { setConfirmReset(false); onReset(); }}>Yes, start a new case</button>
            <button type="button" className="btn secondary" ref={reset.choice} onClick={() => setConfirmReset(false)}>Keep this case</button>
          </div>
        ) : (
          <button type="button" className="btn secondary" ref={reset.opener} onClick={() => setConfirmReset(true)}>Start a new case</button>
        )}
      </div>
    </section>
  );
}
