import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CodingExercise as Exercise } from '../../domain/exercises/coding-exercise-schema.ts';
import type { CodingResult, CodeResult } from '../../domain/exercises/grade-coding.ts';
import { describeFinding, describeInvalidReason } from '../../domain/exercises/describe-finding.ts';
import { describeFindingHint, type HintContext } from '../../domain/exercises/hint-finding.ts';
import { answerTokens } from '../../domain/exercises/answer-leaks.ts';
import { joinExercise, type CodingExercisePublic, type CodingExerciseRubric } from '../../domain/exercises/public-exercise.ts';
import { feedbackMode, triesLeft } from '../../domain/exercises/reveal.ts';
import { missedCardPrompt } from '../../domain/review/missed-card-prompt.ts';
import { loadExerciseRubric } from '../../data/exercise-key-browser.ts';
import type { CodingFinding } from '../../domain/exercises/finding.ts';
import { normalizeLineCode } from '../../domain/exercises/normalize-attempt.ts';
import { splitLineCode } from '../../domain/exercises/split-line-code.ts';
import { addTypedDiagnoses } from '../../domain/exercises/add-typed-diagnoses.ts';
import { noteParagraphs } from '../../domain/exercises/note-paragraphs.ts';
import { proseParagraphs } from '../../domain/exercises/prose-paragraphs.ts';
import { loadCptLists } from '../../data/cpt-lists-browser.ts';
import { useCptTitles } from './use-cpt-titles.ts';
import { CodePicker } from './CodePicker.tsx';
import { useTypedBeforeHydration } from '../site/use-typed-before-hydration.ts';
import { reveal } from '../site/reveal.ts';
import { CodeTitle } from './CodeTitle.tsx';
import { recordAttemptLater } from '../../stores/record.ts';
import { useCodingDraft } from './use-coding-draft.ts';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { AdaptedSource } from '../sources/AdaptedSource.tsx';
import { SETTING_LABELS } from '../../domain/exercises/setting-labels.ts';
import './coding.css';

/** A CPT number with our own explanation, passed in so the island needs no extra fetch. */
interface Props {
  /** The exercise without its key; the key is fetched when the student first grades. */
  exercise: CodingExercisePublic;
  /** Level of the island's own headings: 3 inside a lesson section, 2 on the exercise's own page. */
  headingLevel?: 2 | 3;
  /** Called after each graded attempt (the progress store records it). */
  onResult?: (result: Extract<CodingResult, { type: 'points' }>, exercise: Exercise) => void;
  /**
   * The answer part, when the page already has it (a case from the editor or a shared link);
   * otherwise it is fetched from /exercises/<id>/key.json at the first grading.
   */
  rubric?: CodingExerciseRubric;
  /** Record graded attempts in the learner's progress (off for cases that are not in the course). */
  record?: boolean;
  /** Key of the autosaved draft; the exercise id unless a page keeps its drafts apart. */
  draftKey?: string;
}

interface DiagnosisRow {
  key: number;
  code: string;
}
interface LineRow {
  key: number;
  code: string;
  modifiers: string;
  units: string;
}

const settingLabels = SETTING_LABELS;

const outcomeLabels: Record<CodeResult['outcome'], string> = {
  exact: 'Correct',
  alternate: 'Also acceptable',
  optional: 'Optional',
  partial: 'Partly right',
  unusable: 'Not usable',
  wrong: 'Wrong code',
  missing: 'Missing',
  extra: 'Not needed',
};

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Splits typed modifiers ("25, rt" or "25 RT") into codes. */
function splitModifiers(text: string): string[] {
  return text.split(/[\s,;]+/).map(normalizeLineCode).filter(Boolean);
}

/**
 * The coding exercise island: the case, an inline code search, the student's diagnosis list and
 * procedure lines (add, reorder, remove by keyboard or mouse), grading with per-line feedback,
 * retry, and the answer key revealed beside the attempt. Until the key is revealed (on request,
 * after the last try or at full marks: reveal.ts) feedback hints without naming key codes.
 */
export default function CodingExercise({ exercise: publicExercise, headingLevel = 3, onResult, rubric, record = true, draftKey }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H4 = headingLevel === 2 ? 'h3' : 'h4';
  const baseId = useId();
  const wantsLines = publicExercise.asksForLines;
  const [exercise, setExercise] = useState<Exercise | undefined>();
  const [tries, setTries] = useState(0);
  const [revealRequested, setRevealRequested] = useState(false);
  const keyLines = exercise?.answer.lines ?? [];
  const nextKey = useRef(1);
  const [diagnoses, setDiagnoses] = useState<DiagnosisRow[]>([]);
  const [lines, setLines] = useState<LineRow[]>([]);
  const [result, setResult] = useState<CodingResult | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [showKey, setShowKey] = useState(false);
  const [status, setStatus] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // The CPT list loads when a CPT line needs its title (or at grading), not with the page.
  const cptTitles = useCptTitles(lines.some((l) => /^\d/.test(l.code)));

  const key = (): number => nextKey.current++;
  const draft = useCodingDraft(draftKey ?? publicExercise.id, diagnoses, lines, (d, l) => {
    setDiagnoses(d.map((code) => ({ key: key(), code })));
    setLines(l.map((line) => ({ key: key(), ...line })));
    setResult(undefined);
  });
  const announce = (text: string): void => setStatus(text);

  // Several codes pasted into the box ("E11.9, I10" or "E11.9 I10") are added one by one, in order.
  const addDiagnosis = (raw: string): void => {
    const { added, announcement } = addTypedDiagnoses(raw, diagnoses.map((d) => d.code));
    if (announcement !== '') announce(announcement);
    if (added.length === 0) return;
    setDiagnoses((list) => [...list, ...added.map((code) => ({ key: key(), code }))]);
    setResult(undefined);
  };
  // A line typed the way coders write it ("20610-RT", "J3301-JZ x 8") fills its modifiers and units.
  const addLine = (raw: string): void => {
    const typed = splitLineCode(raw);
    const code = typed?.code ?? normalizeLineCode(raw);
    if (code === '') return;
    const modifiers = (typed?.modifiers ?? []).join(' ');
    const units = typed?.units ?? '1';
    setLines((list) => [...list, { key: key(), code, modifiers, units }]);
    setResult(undefined);
    announce(`${code}${modifiers === '' ? '' : ` with modifier${typed && typed.modifiers.length > 1 ? 's' : ''} ${modifiers}`}${units === '1' ? '' : `, ${units} units,`} added as procedure line ${lines.length + 1}.`);
  };
  const addFromSearch = (code: string, system: 'icd10cm' | 'hcpcs'): void => {
    if (system === 'icd10cm') addDiagnosis(code);
    else addLine(code);
  };

  const move = (index: number, delta: -1 | 1): void => {
    const target = index + delta;
    if (target < 0 || target >= diagnoses.length) return;
    const copy = [...diagnoses];
    const [row] = copy.splice(index, 1);
    if (!row) return;
    copy.splice(target, 0, row);
    setDiagnoses(copy);
    setResult(undefined);
    announce(`${row.code} moved to position ${target + 1}${target === 0 ? ', first-listed' : ''}.`);
    // At the top or bottom the same arrow is disabled and would drop focus to the page: use the other one.
    const atEdge = target === 0 || target === copy.length - 1;
    const same = delta < 0 ? 'up' : 'down';
    const other = delta < 0 ? 'down' : 'up';
    const direction = atEdge && copy.length > 1 ? other : same;
    requestAnimationFrame(() => document.getElementById(`${baseId}-dx-${row.key}-${direction}`)?.focus());
  };
  const removeDiagnosis = (index: number): void => {
    const row = diagnoses[index];
    const stays = diagnoses[index + 1] ?? diagnoses[index - 1];
    setDiagnoses((list) => list.filter((_, i) => i !== index));
    setResult(undefined);
    if (row) announce(`${row.code} removed.`);
    // Focus moves to the Remove button of the row now in its place, or to the code box when the list is empty.
    requestAnimationFrame(() => document.getElementById(stays ? `${baseId}-dx-${stays.key}-remove` : `${baseId}-dx-input`)?.focus());
  };
  const updateLine = (index: number, patch: Partial<LineRow>): void => {
    setLines((list) => list.map((l, i) => (i === index ? { ...l, ...patch } : l)));
    setResult(undefined);
  };
  const removeLine = (index: number): void => {
    const row = lines[index];
    const stays = lines[index + 1] ?? lines[index - 1];
    setLines((list) => list.filter((_, i) => i !== index));
    setResult(undefined);
    if (row) announce(`Line ${row.code} removed.`);
    requestAnimationFrame(() => document.getElementById(stays ? `${baseId}-line-${stays.key}-remove` : `${baseId}-line-input`)?.focus());
  };

  const attempt = () => ({
    diagnoses: diagnoses.map((d) => d.code),
    // Units go to the grader as typed: blank is 1 there, and "abc" is named as typed (Number() made them 0 and NaN).
    lines: lines.map((l) => ({ code: l.code, modifiers: splitModifiers(l.modifiers), units: l.units })),
  });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const a = attempt();
      const full = exercise ?? joinExercise(publicExercise, rubric ?? (await loadExerciseRubric(publicExercise.id)));
      setExercise(full);
      // The code-set loaders and the grader are fetched with the first grading, not on first view
      // (the exercise page's first-view budget, docs/performance.md).
      const [{ loadGraderView }, { gradeCodingExercise }] = await Promise.all([import('../../data/code-set-view-browser.ts'), import('../../domain/exercises/grade-coding.ts')]);
      const view = await loadGraderView([...a.diagnoses, ...full.answer.diagnoses.map((d) => d.code), ...(full.alternates ?? []).map((x) => x.code), ...(full.optional ?? []).map((x) => x.code)]);
      const graded = gradeCodingExercise(full, a, view);
      setResult(graded);
      if (graded.type === 'points') {
        setTries(tries + 1);
        if (feedbackMode({ tries: tries + 1, requested: revealRequested, earned: graded.earned, total: graded.total }) === 'full') setShowKey(true);
        announce(`Graded: ${formatPoints(graded.earned)} of ${formatPoints(graded.total)} points.`);
        if (record) recordAttemptLater({
          exerciseId: full.id,
          kind: 'coding',
          earned: graded.earned,
          total: graded.total,
          missed: missedItems(full, graded, new Map((await loadCptLists()).cpt.map((c) => [c.code, c.summary]))),
          topics: full.topics,
          certifications: full.certifications,
          answer: a,
        });
        onResult?.(graded, full);
      } else {
        announce(describeInvalidReason(graded.reason));
      }
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (err) {
      setError(`The code data or the answer key could not be loaded, so the attempt was not graded (${err instanceof Error ? err.message : String(err)}). Check your connection and try again; your codes are kept.`);
    } finally {
      setBusy(false);
    }
  };

  const retry = (): void => {
    setResult(undefined);
    if (!revealRequested) setShowKey(false);
    announce('Try again: your codes are kept; change them and grade again.');
    requestAnimationFrame(() => document.getElementById(`${baseId}-dx-input`)?.focus());
  };

  const findingsAt = (prefix: string): CodingFinding[] =>
    result?.type === 'points' ? result.findings.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`)) : [];
  const rowResult = (path: string): CodeResult | undefined => (result?.type === 'points' ? result.lines.find((l) => l.path === path) : undefined);
  const general = result?.type === 'points' ? result.findings.filter((f) => !/^(diagnoses|lines)\[\d+\]/.test(f.path)) : [];
  const mode = result?.type === 'points' ? feedbackMode({ tries, requested: revealRequested, earned: result.earned, total: result.total }) : revealRequested ? 'full' : 'hint';
  const hintContext: HintContext | undefined = exercise === undefined ? undefined : {
    tokens: answerTokens(exercise, { except: [...diagnoses.map((d) => d.code), ...lines.map((l) => l.code)] }),
    whyFor: new Map([...exercise.answer.diagnoses.map((d) => [d.code, d.why] as const), ...keyLines.map((l) => [l.code, l.why] as const)]),
  };
  const describe = (f: CodingFinding): string => (mode === 'hint' && hintContext !== undefined ? describeFindingHint(f, hintContext) : describeFinding(f));
  const keyOpen = showKey && mode === 'full';
  const revealKey = (): void => {
    if (mode === 'full') {
      setShowKey((s) => !s);
      return;
    }
    setRevealRequested(true);
    setShowKey(true);
    announce('Answer key shown below, with the rationale.');
  };

  const c = publicExercise.case;
  return (
    <div className="coding-exercise">
      <section className="case card" aria-labelledby={`${baseId}-case`}>
        <H id={`${baseId}-case`}>The case</H>
        <dl className="case-facts">
          <div><dt>Setting</dt><dd>{settingLabels[c.setting] ?? c.setting}</dd></div>
          <div><dt>Date of service</dt><dd>{formatDate(c.dateOfService)}</dd></div>
          <div><dt>Patient</dt><dd>{c.patient.age} {c.patient.ageUnit ?? 'years'} old, {c.patient.sex}</dd></div>
        </dl>
        <div className="note">{noteParagraphs(c.note).map((p, i) => <p key={i}>{p}</p>)}</div>
        {publicExercise.source && <AdaptedSource source={publicExercise.source} />}
        <p className="task"><strong>Your task:</strong> {publicExercise.task.instructions}</p>
      </section>

      <CodePicker onAdd={addFromSearch} allowHcpcs={publicExercise.task.codeSets.includes('hcpcs')} headingLevel={headingLevel} />

      <form className="attempt card" onSubmit={submit} aria-labelledby={`${baseId}-attempt`}>
        <H id={`${baseId}-attempt`}>Your codes</H>
        <DraftNote restoredAt={draft.restoredAt} problem={draft.problem} onStartOver={draft.startOver} />
        <fieldset>
          <legend>Diagnoses (ICD-10-CM), first-listed first</legend>
          {diagnoses.length === 0 ? <p className="muted">No diagnosis codes yet. Search above or type a code below.</p> : (
            <ol className="dx-list">
              {diagnoses.map((d, i) => {
                const r = rowResult(`diagnoses[${i}]`);
                const findings = findingsAt(`diagnoses[${i}]`);
                return (
                  <li key={d.key} className={r ? `graded ${r.outcome}` : undefined}>
                    <div className="row">
                      <span className="position">{i === 0 ? 'First-listed' : `${i + 1}.`}</span>
                      <code className="code">{d.code}</code>
                      <CodeTitle system="icd10cm" code={d.code} />
                      {r && <span className={`badge outcome ${r.outcome}`}>{outcomeLabels[r.outcome]}</span>}
                      <span className="row-actions">
                        <button type="button" id={`${baseId}-dx-${d.key}-up`} onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${d.code} up`}>↑</button>
                        <button type="button" id={`${baseId}-dx-${d.key}-down`} onClick={() => move(i, 1)} disabled={i === diagnoses.length - 1} aria-label={`Move ${d.code} down`}>↓</button>
                        <button type="button" id={`${baseId}-dx-${d.key}-remove`} onClick={() => removeDiagnosis(i)} aria-label={`Remove ${d.code}`}>Remove</button>
                      </span>
                    </div>
                    {findings.length > 0 && <Findings findings={findings} describe={describe} />}
                  </li>
                );
              })}
            </ol>
          )}
          <AddCodeRow id={`${baseId}-dx-input`} label="Add a diagnosis code" placeholder="e.g. L70.0" onAdd={addDiagnosis} />
        </fieldset>

        {wantsLines && (
          <LinesEditor baseId={baseId} lines={lines} cptTitles={cptTitles} onAdd={addLine} onUpdate={updateLine} onRemove={removeLine} rowResult={rowResult} findingsAt={findingsAt} describe={describe} />
        )}

        <div className="actions">
          {/* aria-disabled, not disabled: a disabled button drops the focus of the key press that graded, and a failed grading would leave it on nothing. */}
          <button type="submit" className="btn" aria-disabled={busy}>{busy ? 'Grading…' : 'Check my codes'}</button>
          {result && <button type="button" className="btn secondary" onClick={retry}>Try again</button>}
          {result?.type === 'points' && <button type="button" className="btn secondary" aria-expanded={keyOpen} aria-controls={`${baseId}-key`} onClick={revealKey}>{keyOpen ? 'Hide answer key' : 'Show answer key'}</button>}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
      </form>

      <div role="status" className="visually-hidden">{status}</div>

      {result && (
        <section className="results card" aria-labelledby={`${baseId}-results`}>
          <H id={`${baseId}-results`} ref={resultHeading} tabIndex={-1}>
            {result.type === 'points' ? `Score: ${formatPoints(result.earned)} of ${formatPoints(result.total)} points` : 'Not graded yet'}
          </H>
          {result.type === 'invalid' ? <p>{describeInvalidReason(result.reason)}</p> : (
            <>
              <Meter earned={result.earned} total={result.total} />
              {general.length > 0 && <Findings findings={general} describe={describe} />}
              {mode === 'hint' ? (
                <p className="hint-note">
                  Hints only: the feedback says what kind of code to look for and where, not the code. {triesLeft(tries) === 1 ? 'One try is left' : `${triesLeft(tries)} tries are left`} before the answer key and the rationale open; or press Show answer key.
                </p>
              ) : exercise && (
                <details open={result.earned < result.total}>
                  <summary>Why: the rationale</summary>
                  <div className="rationale">{proseParagraphs(exercise.rationale).map((p, i) => <p key={i}>{p}</p>)}</div>
                  <p className="muted">Guidelines cited: {exercise.guidelines.map((g) => `Section ${g}`).join(', ')} (ICD-10-CM Official Guidelines for Coding and Reporting FY2026).</p>
                </details>
              )}
            </>
          )}
        </section>
      )}

      {result && keyOpen && exercise && (
        <section id={`${baseId}-key`} className="key card" aria-labelledby={`${baseId}-key-title`}>
          <H id={`${baseId}-key-title`}>Answer key beside your attempt</H>
          <div className="compare">
            <div>
              <H4>Your attempt</H4>
              <AttemptList diagnoses={diagnoses.map((d) => d.code)} lines={lines.map((l) => `${l.code}${splitModifiers(l.modifiers).length ? `-${splitModifiers(l.modifiers).join('-')}` : ''} × ${l.units || '1'}`)} />
            </div>
            <div>
              <H4>Answer key</H4>
              <ol className="key-list">
                {exercise.answer.diagnoses.map((d, i) => (
                  <li key={d.code}><code>{d.code}</code>{i === 0 ? ' (first-listed)' : ''}: {d.why}</li>
                ))}
              </ol>
              {keyLines.length > 0 && (
                <ul className="key-list">
                  {keyLines.map((l) => (
                    <li key={l.code}><code>{l.code}{l.modifiers?.length ? `-${l.modifiers.join('-')}` : ''}</code> × {l.units ?? 1}: {l.why}</li>
                  ))}
                </ul>
              )}
              {alsoAcceptable(exercise).length > 0 && (
                <ul className="key-list muted" aria-label="Also acceptable">
                  {alsoAcceptable(exercise).map((text) => <li key={text}>{text}</li>)}
                </ul>
              )}
            </div>
          </div>
        </section>
      )}
    </div>
  );
}

/** The key's defensible alternatives in words: alternates, other first-listed codes, modifier sets, optional codes. */
function alsoAcceptable(exercise: Exercise): string[] {
  const mods = (m: readonly string[]): string => (m.length === 0 ? 'no modifier' : m.join('-'));
  return [
    ...(exercise.answer.acceptFirst ?? []).map((a) => `Also acceptable first-listed: ${a.code}. ${a.why}`),
    ...(exercise.alternates ?? []).map((a) => `Also acceptable: ${a.code} in place of ${a.acceptFor}. ${a.why}`),
    ...(exercise.answer.lines ?? []).flatMap((l) => (l.acceptModifiers ?? []).map((a) => `Also acceptable on ${l.code}: ${mods(a.modifiers)}. ${a.why}`)),
    ...(exercise.optional ?? []).map((o) => `Optional (no credit, no penalty): ${o.code}. ${o.why}`),
  ];
}

/**
 * Key items the student did not get right, as review cards for spaced repetition: each front
 * asks about the finding in the note that leads to that code (missed-card-prompt.ts).
 */
function missedItems(exercise: Exercise, graded: Extract<CodingResult, { type: 'points' }>, cptTitles: Map<string, string>) {
  const whyFor = new Map<string, string>([
    ...exercise.answer.diagnoses.map((d) => [d.code, d.why] as const),
    ...(exercise.answer.lines ?? []).map((l) => [l.code, l.why] as const),
  ]);
  const tokens = answerTokens(exercise);
  const titleOf = (code: string): string | undefined => graded.findings.find((f) => f.expected === code && f.expectedTitle !== undefined)?.expectedTitle ?? cptTitles.get(code);
  return graded.lines
    .filter((l) => l.expected !== undefined && l.outcome !== 'exact' && l.outcome !== 'alternate')
    .map((l) => {
      const expected = l.expected ?? '';
      return {
        key: `${exercise.id}:${expected}`,
        prompt: missedCardPrompt({ title: exercise.title, note: exercise.case.note, kind: l.kind, expected, expectedTitle: titleOf(expected), why: whyFor.get(expected), tokens }),
        answer: l.kind === 'line' ? lineAnswer(exercise, expected) : expected,
        explanation: (whyFor.get(expected) ?? exercise.rationale).slice(0, 1200),
      };
    });
}

/** A key line as a card's answer: code, modifiers and units, e.g. "73610-LT × 1". */
function lineAnswer(exercise: Exercise, code: string): string {
  const line = (exercise.answer.lines ?? []).find((l) => l.code === code);
  if (!line) return code;
  return `${code}${line.modifiers?.length ? `-${line.modifiers.join('-')}` : ''} × ${line.units ?? 1}`;
}

/** A labelled box to type a code into: Enter or the Add button adds it and clears the box. */
function AddCodeRow({ id, label, placeholder, onAdd }: { id: string; label: string; placeholder: string; onAdd: (code: string) => void }) {
  const [value, setValue] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  useTypedBeforeHydration(inputRef, setValue);
  const add = (): void => {
    onAdd(value);
    setValue('');
    // Each code added lands above this row and pushes it down: on a phone it soon sits below the
    // fold with focus still in it. Bring it back once the new row is on the page.
    requestAnimationFrame(() => reveal(rowRef.current));
  };
  return (
    <div className="add-row" ref={rowRef}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" className="btn secondary" onClick={add}>Add</button>
    </div>
  );
}

function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function Meter({ earned, total }: { earned: number; total: number }) {
  const pct = total === 0 ? 0 : Math.round((earned / total) * 100);
  return (
    <div className="meter" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </div>
  );
}

function Findings({ findings, describe }: { findings: CodingFinding[]; describe: (f: CodingFinding) => string }) {
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`finding ${f.severity}`}>
          <span className="sr-tag">{f.severity === 'error' ? 'Problem: ' : f.severity === 'warning' ? 'Check: ' : 'OK: '}</span>
          {describe(f)}
        </li>
      ))}
    </ul>
  );
}

function AttemptList({ diagnoses, lines }: { diagnoses: string[]; lines: string[] }) {
  return (
    <>
      <ol className="key-list">{diagnoses.map((d, i) => <li key={d}><code>{d}</code>{i === 0 ? ' (first-listed)' : ''}</li>)}</ol>
      {lines.length > 0 && <ul className="key-list">{lines.map((l, i) => <li key={`${l}-${i}`}><code>{l}</code></li>)}</ul>}
      {diagnoses.length === 0 && lines.length === 0 && <p className="muted">No codes entered.</p>}
    </>
  );
}

interface LinesEditorProps {
  baseId: string;
  lines: LineRow[];
  /** Undefined while the CPT list is loading. */
  cptTitles: Map<string, string> | undefined;
  onAdd: (code: string) => void;
  onUpdate: (index: number, patch: Partial<LineRow>) => void;
  onRemove: (index: number) => void;
  rowResult: (path: string) => CodeResult | undefined;
  findingsAt: (path: string) => CodingFinding[];
  describe: (f: CodingFinding) => string;
}

function LinesEditor({ baseId, lines, cptTitles, onAdd, onUpdate, onRemove, rowResult, findingsAt, describe }: LinesEditorProps): ReactNode {

  return (
    <fieldset>
      <legend>Procedures, services and supplies (CPT / HCPCS)</legend>
      {lines.length === 0 ? <p className="muted">No lines yet.</p> : (
        <ol className="line-list">
          {lines.map((l, i) => {
            const r = rowResult(`lines[${i}]`);
            const findings = findingsAt(`lines[${i}]`);
            const title = /^\d/.test(l.code) ? cptTitles?.get(l.code) : undefined;
            return (
              <li key={l.key} className={r ? `graded ${r.outcome}` : undefined}>
                <div className="row">
                  <code className="code">{l.code}</code>
                  {/^\d/.test(l.code) ? <span className="title">{title ?? (cptTitles ? 'Not in ClaimLab’s CPT list' : '…')}</span> : <CodeTitle system="hcpcs" code={l.code} />}
                  {r && <span className={`badge outcome ${r.outcome}`}>{outcomeLabels[r.outcome]}</span>}
                </div>
                <div className="row line-fields">
                  <label htmlFor={`${baseId}-mod-${l.key}`}>Modifiers</label>
                  <input id={`${baseId}-mod-${l.key}`} value={l.modifiers} size={8} placeholder="e.g. 25 RT" autoComplete="off" onChange={(e) => onUpdate(i, { modifiers: e.target.value })} />
                  <label htmlFor={`${baseId}-units-${l.key}`}>Units</label>
                  <input id={`${baseId}-units-${l.key}`} value={l.units} inputMode="numeric" size={4} onChange={(e) => onUpdate(i, { units: e.target.value })} />
                  <button type="button" id={`${baseId}-line-${l.key}-remove`} onClick={() => onRemove(i)} aria-label={`Remove line ${l.code}`}>Remove</button>
                </div>
                {findings.length > 0 && <Findings findings={findings} describe={describe} />}
              </li>
            );
          })}
        </ol>
      )}
      <AddCodeRow id={`${baseId}-line-input`} label="Add a CPT or HCPCS code" placeholder="e.g. 99202 or A4206" onAdd={onAdd} />
    </fieldset>
  );
}
