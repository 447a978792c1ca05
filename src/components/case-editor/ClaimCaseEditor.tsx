import { useEffect, useId, useRef, useState } from 'react';
import type { ClaimCaseCheck } from '../../domain/case-editor/check-claim-case.ts';
import { readClaimDraft, saveClaimDraft } from '../../stores/case-editor-draft.ts';
import ClaimExercise from '../claims/ClaimExercise.tsx';
import { TRY_PATH } from './OutputPanels.tsx';
import './case-editor.css';
import { downloadFile } from '../site/download-file.ts';

interface Props {
  /** An authored claim case to start from (its YAML text) and its id. */
  starter: { id: string; text: string };
}

/** The author's local date as YYYY-MM-DD (the scrubber's "today"). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Claim cases in the case editor (/teach/editor/claim/): the YAML text of a case, checked as
 * you type with the words of `npm run check:content`, tried with the real claim exercise
 * (form, scrubber, grader), downloaded as the file for content/exercises/claims/ or shared as a
 * link. YAML rather than a form: a CMS-1500 answer has some forty items.
 */
export default function ClaimCaseEditor({ starter }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(starter);
  const [check, setCheck] = useState<ClaimCaseCheck | undefined>();
  const [preview, setPreview] = useState<{ n: number; check: ClaimCaseCheck } | undefined>();
  const [link, setLink] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [claimChecking, setClaimChecking] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    const saved = readClaimDraft();
    if (saved) setDraft(saved);
    loaded.current = true;
  }, []);
  useEffect(() => {
    if (loaded.current) saveClaimDraft(draft);
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const { checkClaimCaseText, claimCasePath } = await import('../../domain/case-editor/check-claim-case.ts');
        const checked = checkClaimCaseText(draft.id.trim(), draft.text);
        if (!live) return;
        setCheck(checked);
        setClaimChecking(checked.exercise !== undefined);
        if (!checked.exercise) return;
        // Then the content tests' checks: scrubs clean, grades itself, each mistake caught.
        const [{ claimCaseProblems, claimCodesToLoad }, { loadGraderView }] = await Promise.all([import('../../domain/case-editor/claim-case-checks.ts'), import('../../data/code-set-view-browser.ts')]);
        let more: string[];
        try {
          more = claimCaseProblems(claimCasePath(draft.id.trim()), checked.exercise, await loadGraderView(claimCodesToLoad(checked.exercise)), localToday());
        } catch (err) {
          more = [`The claim checks could not run (${err instanceof Error ? err.message : String(err)}); the format was checked.`];
        }
        if (!live) return;
        setCheck({ ...checked, problems: [...checked.problems, ...more] });
        setClaimChecking(false);
      })();
    }, 400);
    return () => { live = false; clearTimeout(timer); };
  }, [draft]);

  const fileName = `${draft.id.trim() || 'new-claim-case'}.yaml`;
  const download = (): void => {
    downloadFile(fileName, draft.text, 'application/yaml');
    setStatus(`${fileName} downloaded. Put it in content/exercises/claims/.`);
  };
  const share = async (): Promise<void> => {
    if (!check?.exercise) return;
    const { encodeCaseFragment, LINK_WARN_LENGTH } = await import('../../domain/case-editor/case-link.ts');
    const url = `${window.location.origin}${TRY_PATH}#${await encodeCaseFragment(check.value)}`;
    setLink(url);
    setStatus(url.length > LINK_WARN_LENGTH ? `Share link ready, but ${url.length} characters long: some e-mail programs and LMS link fields cut links this long; share the YAML file instead.` : `Share link ready, ${url.length} characters.`);
  };
  const ex = preview?.check.exercise;

  return (
    <div className="case-editor">
      <section className="card editor-section" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Claim case (YAML)</h2>
        <div className="field">
          <label htmlFor={`${id}-id`}>File name (id)</label>
          <input id={`${id}-id`} value={draft.id} autoComplete="off" onChange={(e) => setDraft({ ...draft, id: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Case file</label>
          <textarea id={`${id}-text`} rows={24} spellCheck={false} className="yaml" value={draft.text} aria-describedby={`${id}-hint`} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
          <p id={`${id}-hint`} className="field-hint">The format is in docs/claim-format.md. You start from one of the course's claim cases: change the title, narrative, face sheet and answer claim.</p>
        </div>
      </section>
      <section className="card editor-section checks" aria-labelledby={`${id}-checks`}>
        <h2 id={`${id}-checks`}>Checks</h2>
        <p role="status" className="checks-status">{check === undefined ? 'Checking…' : check.problems.length === 0 && claimChecking ? 'The format is right; checking the claim with the scrubber and the grader…' : check.problems.length === 0 ? 'No problems: the file passes the format check and the claim checks of the content tests.' : `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'} to fix.`}</p>
        {check && check.problems.length > 0 && <ul className="problem-list">{check.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      </section>
      <section className="card editor-section" aria-labelledby={`${id}-try`}>
        <h2 id={`${id}-try`}>Try it, save it, share it</h2>
        <div className="actions">
          <button type="button" className="btn" disabled={!check?.exercise} onClick={() => check && setPreview((p) => ({ n: (p?.n ?? 0) + 1, check }))}>{preview ? 'Reload the case as it is now' : 'Try it as a student'}</button>
          <button type="button" className="btn secondary" onClick={download}>Download {fileName}</button>
          <button type="button" className="btn secondary" disabled={!check?.exercise} onClick={() => void share()}>Make a share link</button>
        </div>
        {link && (
          <div className="share">
            <label htmlFor={`${id}-link`}>Share link: opens the case as an exercise. The case is inside the link; nothing is uploaded.</label>
            <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.target.select()} />
          </div>
        )}
        <p role="status">{status}</p>
        {ex && preview && (
          <div className="preview" aria-label="Student view of the claim case">
            <ClaimExercise key={preview.n} id="claim-editor-preview" record={false} title={ex.title} narrative={ex.narrative} dateOfService={ex.dateOfService} faceSheet={ex.faceSheet} prefill={ex.prefill} answer={ex.answer} {...(ex.weights ? { weights: ex.weights } : {})} teachingPoints={ex.teachingPoints} references={ex.references} />
          </div>
        )}
      </section>
    </div>
  );
}
