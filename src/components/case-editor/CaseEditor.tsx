import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { caseFileName, emptyCaseForm, formToExercise, type CaseForm } from '../../domain/case-editor/case-form.ts';
import { fieldDomId, fieldLabel, formFieldFor } from '../../domain/case-editor/form-fields.ts';
import { clearCaseDraft, readCaseDraft, saveCaseDraft } from '../../stores/case-editor-draft.ts';
import { AnswerKeyPanel } from './AnswerKeyPanel.tsx';
import { CheckboxGroup, FieldProblems, SelectField, TextField } from './fields.tsx';
import { MistakesPanel } from './MistakesPanel.tsx';
import { OutputPanel, TryPanel } from './OutputPanels.tsx';
import { useCaseChecks } from './use-case-checks.ts';
import './case-editor.css';

const SETTINGS = [
  ['office', 'Physician office'], ['urgent-care', 'Urgent care'], ['emergency-department', 'Emergency department'], ['hospital-outpatient', 'Hospital outpatient'],
  ['inpatient', 'Inpatient hospital'], ['telehealth', 'Telehealth'], ['skilled-nursing', 'Skilled nursing facility'], ['home', 'Home'],
] as const;
const CERTS = [['CPC', 'CPC'], ['COC', 'COC'], ['CCA', 'CCA'], ['CCS', 'CCS'], ['CBCS', 'CBCS'], ['CPB', 'CPB'], ['RHIT', 'RHIT']] as const;
const CODE_SETS = [['icd10cm', 'ICD-10-CM'], ['cpt', 'CPT'], ['hcpcs', 'HCPCS Level II']] as const;

/**
 * The case editor (/teach/editor/): an instructor writes a coding case in a form, sees the
 * problems `npm run check:content` would report (schema, code validity on the date of service,
 * Excludes1, the key grading itself) beside each field, tries the case with the real grader,
 * downloads the YAML file for content/exercises/coding/ or shares the case as a link. The form
 * is kept in this tab while typing.
 */
export default function CaseEditor() {
  const id = useId();
  const [form, setForm] = useState<CaseForm>(emptyCaseForm);
  const [restored, setRestored] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [status, setStatus] = useState('');
  const loaded = useRef(false);

  // Restore after hydration so the server HTML matches the first render.
  useEffect(() => {
    const draft = readCaseDraft();
    if (draft) {
      setForm(draft);
      setRestored(true);
    }
    loaded.current = true;
  }, []);
  useEffect(() => {
    if (loaded.current) setSaveFailed(!saveCaseDraft(form));
  }, [form]);

  const update = (patch: Partial<CaseForm>): void => setForm((f) => ({ ...f, ...patch }));
  const candidate = useMemo(() => formToExercise(form), [form]);
  const checks = useCaseChecks(candidate);
  const problems = checks.check?.problems ?? [];
  const byField = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const p of problems) {
      const field = formFieldFor(p.field);
      if (field === undefined) continue;
      map.set(field, [...(map.get(field) ?? []), p.message]);
    }
    return map;
  }, [problems]);
  const fileName = caseFileName(form.id.trim());

  return (
    <FieldProblems.Provider value={byField}>
      <div className="case-editor">
        {restored && <p className="restored" role="status">Your case was restored from this tab. <button type="button" className="btn secondary small" onClick={() => setRestored(false)}>OK</button></p>}
        {saveFailed && <p className="warning" role="alert">This browser does not let the page keep your work while you type (private mode or storage blocked). Download the file before you leave the page.</p>}

        <section className="card editor-section" aria-labelledby={`${id}-about`}>
          <h2 id={`${id}-about`}>About the exercise</h2>
          <div className="grid-2">
            <TextField field="title" label="Title" value={form.title} onChange={(v) => update({ title: v })} hint="Shown on the exercise page, 3-100 characters." />
            <TextField field="id" label="File name (id)" value={form.id} onChange={(v) => update({ id: v })} placeholder="e.g. ankle-sprain-brace" hint="Lower-case words joined by hyphens; the file is saved as <id>.yaml." />
          </div>
          <TextField field="summary" label="One-line summary" value={form.summary} onChange={(v) => update({ summary: v })} hint="Shown in exercise lists, 10-200 characters." />
          <div className="grid-2">
            <SelectField field="difficulty" label="Difficulty" value={form.difficulty} options={[['beginner', 'Beginner'], ['intermediate', 'Intermediate'], ['advanced', 'Advanced']]} onChange={(v) => update({ difficulty: v })} />
            <TextField field="topics" label="Topic tags" value={form.topics} onChange={(v) => update({ topics: v })} placeholder="e.g. injuries, seventh-character" hint="Comma-separated, lower-case with hyphens." />
          </div>
          <CheckboxGroup field="certifications" legend="Prepares for" options={CERTS} values={form.certifications} onChange={(v) => update({ certifications: v })} />
        </section>

        <section className="card editor-section" aria-labelledby={`${id}-case`}>
          <h2 id={`${id}-case`}>The case</h2>
          <div className="grid-3">
            <SelectField field="case.setting" label="Setting" value={form.setting} options={SETTINGS} onChange={(v) => update({ setting: v })} />
            <TextField field="case.dateOfService" label="Date of service" type="date" value={form.dateOfService} onChange={(v) => update({ dateOfService: v })} hint="Decides the code-set year: ICD-10-CM FY2027 from 2026-10-01." />
            <SelectField field="case.patient.sex" label="Patient sex" value={form.sex} options={[['', 'Choose…'], ['female', 'Female'], ['male', 'Male']]} onChange={(v) => update({ sex: v })} />
            <TextField field="case.patient.age" label="Patient age" size={4} inputMode="numeric" value={form.age} onChange={(v) => update({ age: v })} />
            <SelectField field="case.patient.ageUnit" label="Age in" value={form.ageUnit} options={[['years', 'Years'], ['months', 'Months'], ['days', 'Days']]} onChange={(v) => update({ ageUnit: v })} />
          </div>
          <TextField field="case.note" label="Encounter note" rows={10} value={form.note} onChange={(v) => update({ note: v })} hint={`Original wording, 80-250 words (${countWords(form.note)} now). Line breaks are kept.`} />
          <CheckboxGroup field="task.codeSets" legend="Code sets the student uses" options={CODE_SETS} values={form.codeSets} onChange={(v) => update({ codeSets: v })} />
          <TextField field="task.instructions" label="Task shown to the student" value={form.instructions} onChange={(v) => update({ instructions: v })} />
        </section>

        <AnswerKeyPanel form={form} update={update} announce={setStatus} />
        <MistakesPanel form={form} update={update} />

        <section className="card editor-section" aria-labelledby={`${id}-why`}>
          <h2 id={`${id}-why`}>Rationale</h2>
          <TextField field="rationale" label="Walk-through of the answer" rows={6} value={form.rationale} onChange={(v) => update({ rationale: v })} hint="Shown after grading: the Index path, the Tabular checks and the guideline sections, in plain language." />
          <TextField field="guidelines" label="Guideline sections cited" value={form.guidelines} onChange={(v) => update({ guidelines: v })} placeholder="e.g. I.C.19.a, I.B.1" hint="ICD-10-CM Official Guidelines FY2026 section numbers, comma-separated." />
        </section>

        <section className="card editor-section checks" aria-labelledby={`${id}-checks`}>
          <h2 id={`${id}-checks`}>Checks</h2>
          <p role="status" className="checks-status">
            {checks.check === undefined ? 'Checking…' : problems.length === 0 ? (checks.codesUnavailable ? 'The format is right. The code data did not load, so the codes were not checked.' : 'No problems: the case passes the same checks as npm run check:content.') : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix${checks.state === 'checking' ? ' (checking again…)' : ''}.`}
          </p>
          {problems.length > 0 && (
            <ul className="problem-list">
              {problems.map((p, i) => {
                const field = formFieldFor(p.field);
                return (
                  <li key={`${p.field}-${i}`}>
                    {field !== undefined ? <a href={`#${fieldDomId(field)}`} onClick={(e) => focusField(e, fieldDomId(field))}>{fieldLabel(p.field)}</a> : <strong>{fieldLabel(p.field)}</strong>}: {p.message}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <TryPanel exercise={checks.check?.exercise} problemCount={problems.length} />
        <OutputPanel
          candidate={candidate}
          exercise={checks.check?.exercise}
          problemCount={problems.length}
          fileName={fileName}
          announce={setStatus}
          onOpen={(f) => { setForm(f); setRestored(false); }}
          onReset={() => { clearCaseDraft(); setForm(emptyCaseForm()); setStatus('The form is empty: a new case.'); }}
        />
        <div role="status" className="visually-hidden">{status}</div>
      </div>
    </FieldProblems.Provider>
  );
}

/** A problem link moves focus into its field (a fragment link alone only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, domId: string): void {
  const el = document.getElementById(domId);
  if (!el) return;
  event.preventDefault();
  const target = el.matches('fieldset') ? el.querySelector<HTMLElement>('input') ?? el : el;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
