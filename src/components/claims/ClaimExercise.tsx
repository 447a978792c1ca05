import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Claim } from '../../domain/claims/claim-schema.ts';
import { applyChanges } from '../../domain/claims/apply-changes.ts';
import { itemLabel } from '../../domain/claims/items.ts';
import { providersFromFaceSheet } from '../../domain/claims/provider-file.ts';
import type { ClaimFinding } from '../../domain/claims/findings.ts';
import type { ClaimGrade } from '../../domain/claims/grade.ts';
import type { ExplainedSegment } from '../../domain/claims/x12-837p.ts';
import { findingPath as fieldKey, FOOTER, GROUPS, LINE_FIELDS, linesToShow, SHADED_FIELDS, type Field, type Group } from './claim-form-fields.ts';
import type { ClaimPrint } from './ClaimPrint.tsx';
import type { CodeSetView } from '../../domain/codes/types.ts';
import { FORM_LINES, formToClaimInput, prefilledForm, readPath, type FormState } from './claim-form-state.ts';
import { claimFileText } from '../../domain/claims/load-claim.ts';
import { useClaimDraft, useClaimFile } from './use-claim-file.ts';
import { ClaimFileNotes } from './ClaimFileNotes.tsx';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { recordAttemptLater } from '../../stores/record.ts';
import './claims.css';
import { TeachingPoints } from './TeachingPoints.tsx';
import { SubmitPanel } from './SubmitPanel.tsx';
import type { PayerRef } from './use-claim-submission.ts';
import { downloadFile } from '../site/download-file.ts';

/**
 * The scrubber, grader and 837P writer arrive on first use (see claim-engine.ts), with the views
 * of their results and the finding sentences.
 */
const loadEngine = () => import('./claim-engine.ts');
type Engine = Awaited<ReturnType<typeof loadEngine>>;
/** The print sheet arrives once there is something to print (first entry, or Print). */
const loadPrint = () => import('./ClaimPrint.tsx').then((m) => m.ClaimPrint);

/** What the page passes: the case facts safe to show, and the answer used for grading. */
export interface ClaimExerciseProps {
  id: string;
  title: string;
  narrative: string;
  dateOfService: string;
  faceSheet: { section: string; label: string; value: string }[];
  prefill: string[];
  answer: Claim;
  weights?: Record<string, number>;
  /** Today, YYYY-MM-DD; defaults to the learner's local date (the domain never reads the clock). */
  asOf?: string;
  /** Teaching points, shown only after grading. */
  teachingPoints?: string[];
  /** Sources of the teaching points. */
  references?: string[];
  /** The case's teaching payer (name, and where its profile loads from): shows the Submit loop (999, 277CA, 835). */
  payer?: PayerRef;
  /** The claim's own page: Ctrl+P prints the one-page CMS-1500 (in a lesson, only the Print button does). */
  printSheet?: boolean;
  /** Record graded attempts in the learner's progress (off for cases that are not in the course). */
  record?: boolean;
}

/** The learner's local date as YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A CMS-1500 exercise: fill, scrub, submit for grading, compare, export the 837P. */
export default function ClaimExercise(props: ClaimExerciseProps) {
  const uid = useId();
  const [initialForm] = useState<FormState>(() => prefilledForm(props.answer, props.prefill));
  const [form, setForm] = useState<FormState>(initialForm);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [findings, setFindings] = useState<ClaimFinding[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [grade, setGrade] = useState<ClaimGrade | undefined>();
  const [x12, setX12] = useState<ExplainedSegment[] | undefined>();
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);
  const [Print, setPrint] = useState<typeof ClaimPrint | undefined>();
  const [minLines, setMinLines] = useState(0);
  // The engine once loaded: findings, grades and segments only exist after it ran, so their views
  // and sentences come with it and are there in the same render as the result.
  const [engine, setEngine] = useState<Engine | undefined>();
  const withEngine = async (): Promise<Engine> => {
    const loadedEngine = await loadEngine();
    setEngine(() => loadedEngine);
    return loadedEngine;
  };
  const scrubRef = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const loaded = useRef<{ key: string; view: Promise<CodeSetView> } | undefined>(undefined);
  const asOf = props.asOf ?? localToday();
  const replaceForm = (next: FormState) => {
    setForm(next);
    setFindings([]);
    setGrade(undefined);
  };
  const draft = useClaimDraft(props.id, form, initialForm, replaceForm);
  const claimFile = useClaimFile(props.id, replaceForm, setStatus);

  // The face sheet is the practice's provider file: the 837P names the rendering provider from it by NPI.
  const providers = useMemo(() => providersFromFaceSheet(props.faceSheet), [props.faceSheet]);
  const codesInPlay = useMemo(() => [...props.answer.diagnoses, ...props.answer.lines.map((l) => l.procedure)], [props.answer]);
  // The browser view only holds the shards for the codes it was asked about, so it is
  // rebuilt whenever the learner types a code it has not seen.
  const getView = (state: FormState): Promise<CodeSetView> => {
    const typed = [...(state['diagnoses'] as string[]), ...(state['lines'] as { procedure: string }[]).map((l) => l.procedure)].map((c) => c.trim()).filter(Boolean);
    const key = [...new Set([...codesInPlay, ...typed])].sort().join(' ');
    // The code-set loaders (and the CPT lists) are fetched when the scrubber first runs.
    if (loaded.current?.key !== key) loaded.current = { key, view: import('../../data/code-set-view-browser.ts').then((m) => m.loadGraderView(key.split(' '))) };
    return loaded.current.view;
  };

  /** The claim engine, or undefined after telling the learner why it could not load. */
  const engineOr = async (failure: string) => {
    try {
      return await withEngine();
    } catch {
      setStatus(failure);
      return undefined;
    }
  };

  const scrub = async (state: FormState) => {
    try {
      const [codes, { scrubClaim, TEACHING_EDITS }] = await Promise.all([getView(state), withEngine()]);
      return scrubClaim(formToClaimInput(state), { codes, asOf, edits: TEACHING_EDITS }).findings;
    } catch {
      setStatus('The code-set data could not be loaded, so the scrubber cannot run. Check your connection and try again.');
      return [];
    }
  };

  const onBlur = async (path: string) => {
    setTouched((t) => new Set(t).add(path));
    setFindings(await scrub(form));
  };

  const set = (path: string, value: unknown) => {
    setForm((f) => applyChanges(f, [{ path, value }]));
    if (!Print) void loadPrint().then((c) => setPrint(() => c), () => undefined);
  };

  const onScrub = async () => {
    const list = await scrub(form);
    setFindings(list);
    setShowAll(true);
    const errors = list.filter((f) => f.severity === 'error').length;
    setStatus(list.length === 0 ? 'Scrubber: no findings. The claim is ready to submit.' : `Scrubber: ${errors} error(s) and ${list.length - errors} warning(s). They are listed below and next to each box.`);
  };

  const onGrade = async () => {
    const grader = await engineOr('The grader could not be loaded. Check your connection and try again; your entries are kept.');
    if (!grader) return;
    const input = formToClaimInput(form);
    const result = grader.gradeClaim(input, props.answer, props.weights);
    setGrade(result);
    setStatus(result.type === 'invalid' ? 'The claim could not be graded: fill the highlighted items first.' : `Score: ${result.earned} of ${result.total} points (${result.percent}%).`);
    if (result.type === 'points' && props.record !== false) {
      recordAttemptLater({
        exerciseId: props.id,
        kind: 'claim',
        earned: result.earned,
        total: result.total,
        missed: result.findings.slice(0, 20).map((f, i) => ({
          key: `${props.id}:${f.path || f.item}:${i}`,
          prompt: `Claim "${props.title}": what belongs in ${itemLabel(f.item)}?`.slice(0, 600),
          answer: (String(f.data['expected'] ?? '') || '(leave blank)').slice(0, 600),
        })),
        topics: ['cms-1500'],
        answer: input,
      });
    }
  };

  /** The guarded export (export-837p.ts): only a claim with no scrubber errors, never a bent ID or code. */
  const on837 = async () => {
    const writer = await engineOr('The 837P writer could not be loaded. Check your connection and try again.');
    if (!writer) return;
    let codes: CodeSetView;
    try {
      codes = await getView(form);
    } catch {
      setStatus('The code-set data could not be loaded, so the claim cannot be checked for export. Check your connection and try again.');
      return;
    }
    const { scrubClaim, TEACHING_EDITS, export837p, DEFAULT_X12_OPTIONS, X12_837P_LAYOUT, X12_CODE_SETS, describeExportRefusal, describeX12Finding, describeFinding } = writer;
    const scrubbed = scrubClaim(formToClaimInput(form), { codes, asOf, edits: TEACHING_EDITS });
    // Medicare as secondary payer: the primary's adjudication goes into the COB loops when the claim names the primary.
    const result = export837p(scrubbed, { ...DEFAULT_X12_OPTIONS, createdDate: asOf, providers }, X12_837P_LAYOUT, X12_CODE_SETS, props.payer?.otherPayer);
    if (!result.ok) {
      setX12(undefined);
      if (result.reason === 'scrubber-errors') setFindings(scrubbed.findings);
      const details = result.reason === 'scrubber-errors' ? result.errors.map(describeFinding) : result.reason === 'layout' ? result.findings.map(describeX12Finding) : [];
      setStatus([describeExportRefusal(result), ...details.slice(0, 5), details.length > 5 ? `and ${details.length - 5} more.` : ''].filter(Boolean).join(' '));
      return;
    }
    setX12(result.segments);
    setStatus(['837P export ready below.', ...result.warnings.map(describeX12Finding)].join(' '));
  };

  const onSave = () => {
    downloadFile(`${props.id}-claim.json`, claimFileText(props.id, formToClaimInput(form), new Date().toISOString()));
    setStatus('Your claim was saved as a JSON file.');
  };

  /** Moves focus to a box (opening its line or shaded area first), e.g. from a finding. */
  const goTo = (path: string | undefined) => {
    if (!path) return;
    const line = /^lines\.(\d+)\./.exec(path);
    if (line) flushSync(() => setMinLines((n) => Math.max(n, Number(line[1]) + 1)));
    const el = document.getElementById(`${uid}-${path}`);
    const fold = el?.closest('details');
    if (fold) fold.open = true;
    el?.focus();
  };

  const onPrint = async () => {
    let sheet: typeof ClaimPrint;
    try {
      sheet = Print ?? (await loadPrint());
    } catch {
      setStatus('The print layout could not be loaded. Check your connection and try again.');
      return;
    }
    flushSync(() => {
      setPrint(() => sheet);
      setPrinting(true);
    });
    window.print();
    setPrinting(false);
  };

  const findingLines = findings.flatMap((f) => (f.path[0] === 'lines' && typeof f.path[1] === 'number' ? [f.path[1] + 1] : []));
  const shownLines = linesToShow(form, Math.max(minLines, ...findingLines));

  const visible = findings.filter((f) => showAll || touched.has(fieldKey(f)));
  const byField = new Map<string, ClaimFinding[]>();
  for (const f of visible) byField.set(fieldKey(f), [...(byField.get(fieldKey(f)) ?? []), f]);

  const control = (field: Field) => {
    const id = `${uid}-${field.path}`;
    const errs = byField.get(field.path) ?? [];
    const errId = `${id}-err`;
    const value = readPath(form, field.path);
    const common = { id, 'aria-invalid': errs.some((e) => e.severity === 'error') || undefined, 'aria-describedby': errs.length ? errId : undefined, onBlur: () => void onBlur(field.path) };
    return (
      <div className={`cl-field cl-${field.width ?? 'm'}${field.type === 'checkbox' ? ' cl-check' : ''}`} key={field.path}>
        <label htmlFor={id}>{field.label}</label>
        {field.type === 'checkbox' ? (
          <input type="checkbox" {...common} checked={value === true} onChange={(e) => set(field.path, e.currentTarget.checked)} />
        ) : field.type === 'select' ? (
          <select {...common} value={String(value ?? '')} onChange={(e) => set(field.path, e.currentTarget.value)}>
            {field.options?.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        ) : (
          <input type={field.type === 'date' ? 'date' : 'text'} {...common} value={String(value ?? '')} onChange={(e) => set(field.path, e.currentTarget.value)} autoComplete="off" spellCheck={false} />
        )}
        {errs.length > 0 && (
          <ul id={errId} className="cl-errors">
            {errs.map((e, k) => <li key={k} className={e.severity}>{engine?.describeFinding(e)}</li>)}
          </ul>
        )}
      </div>
    );
  };

  const groupId = (k: string) => `${uid}-group-${k}`;
  const group = (g: Group) => (
    <fieldset key={g.legend} id={groupId(g.jump)} className="cl-group">
      <legend>{g.legend}</legend>
      {g.fields.map(control)}
    </fieldset>
  );

  return (
    <div className="cl-exercise">
      <section className="cl-case" aria-labelledby={`${uid}-case`}>
        <h2 id={`${uid}-case`}>The case</h2>
        <p>{props.narrative}</p>
        <dl className="cl-facesheet">
          {props.faceSheet.map((r, i) => (
            <div key={i}><dt>{r.label}</dt><dd>{r.value}</dd></div>
          ))}
        </dl>
        {props.prefill.length > 0 && <p className="cl-note">Already filled for you: {props.prefill.map((i) => itemLabel(i)).join('; ')}.</p>}
      </section>

      <DraftNote restoredAt={draft.restoredAt} problem={draft.problem} onStartOver={draft.startOver} />

      <nav className="cl-jump" aria-label="Jump to a part of the claim form">
        <h2 id={`${uid}-jump`}>Jump to</h2>
        <ul aria-labelledby={`${uid}-jump`}>
          <li><a href={`#${uid}-actions`} onClick={(e) => { e.preventDefault(); scrubRef.current?.focus(); }}>Scrub and submit</a></li>
          {[...GROUPS, { jump: '24 Service lines', fields: LINE_FIELDS(0) }, ...FOOTER].map((g) => (
            <li key={g.jump}><a href={`#${groupId(g.jump)}`} onClick={(e) => { e.preventDefault(); goTo(g.fields[0]?.path); }}>{g.jump}</a></li>
          ))}
        </ul>
      </nav>

      <form className="cl-form" aria-label="CMS-1500 claim form" onSubmit={(e) => { e.preventDefault(); void onGrade(); }}>
        {GROUPS.map(group)}
        <fieldset className="cl-group cl-lines" id={groupId('24')}>
          <legend>Item 24: service lines</legend>
          {Array.from({ length: shownLines }, (_, i) => {
            const shaded = SHADED_FIELDS(i);
            return (
              <fieldset key={i} className="cl-line">
                <legend>Line {i + 1}</legend>
                {LINE_FIELDS(i).map(control)}
                <details className="cl-shaded" open={shaded.some((f) => readPath(form, f.path)) || undefined}>
                  <summary>Line {i + 1} shaded area (NDC for drugs)</summary>
                  <div className="cl-shaded-fields">{shaded.map(control)}</div>
                </details>
              </fieldset>
            );
          })}
          <p className="cl-note">{shownLines < FORM_LINES ? `A new blank line appears when you start the last one (up to ${FORM_LINES}).` : `The form has ${FORM_LINES} lines.`}</p>
        </fieldset>
        {FOOTER.map(group)}
        <div className="cl-actions" id={`${uid}-actions`}>
          <button type="button" ref={scrubRef} onClick={() => void onScrub()}>Scrub</button>
          <button type="submit">Submit for grading</button>
          <button type="button" onClick={() => void on837()}>Export 837P</button>
          <button type="button" onClick={() => void onPrint()}>Print</button>
          <button type="button" onClick={onSave}>Save claim (JSON)</button>
          <label className="cl-load">Load claim (JSON)<input ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => void claimFile.load(e.currentTarget.files?.[0])} /></label>
        </div>
      </form>

      <div role="status" aria-live="polite" className="cl-status">{status}</div>
      <ClaimFileNotes file={claimFile} fileInput={fileInput} />

      {engine && showAll && findings.length > 0 && <engine.ScrubFindings id={`${uid}-scrub`} findings={findings} goTo={goTo} />}
      {engine && grade?.type === 'points' && <engine.GradeTable id={`${uid}-grade`} grade={grade} goTo={goTo} />}
      {grade?.type === 'points' && <TeachingPoints points={props.teachingPoints ?? []} references={props.references ?? []} />}
      {engine && x12 && <engine.X12View id={`${uid}-x12`} segments={x12} goTo={goTo} />}
      {props.payer && <SubmitPanel exerciseId={props.id} payer={props.payer} answer={props.answer} dateOfService={props.dateOfService} providers={providers} claim={() => formToClaimInput(form)} codes={() => getView(form)} />}
      {Print && (props.printSheet || printing) && <Print form={form} />}
    </div>
  );
}
