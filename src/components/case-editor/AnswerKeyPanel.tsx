import { useId, useState } from 'react';
import type { CaseForm, FormLine } from '../../domain/case-editor/case-form.ts';
import { fieldDomId } from '../../domain/case-editor/form-fields.ts';
import { normalizeIcdCode, normalizeLineCode } from '../../domain/exercises/normalize-attempt.ts';
import { CodePicker } from '../coding/CodePicker.tsx';
import { CodeTitle } from '../coding/CodeTitle.tsx';
import { useCptTitles } from '../coding/use-cpt-titles.ts';
import { RowCard, SelectField, TextField } from './fields.tsx';

interface Props {
  form: CaseForm;
  update: (patch: Partial<CaseForm>) => void;
  announce: (text: string) => void;
}

/** Moves item `i` of a list by `delta`, or returns the list unchanged at an edge. */
export function moved<T>(list: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(i, 1);
  if (item !== undefined) copy.splice(j, 0, item);
  return copy;
}

const focusLater = (id: string): void => {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
};

/**
 * The answer key: diagnoses picked with the same code search the exercises use (a header opens
 * its codes and 7th characters instead of being added), typed CPT/HCPCS lines, the order and
 * the other defensible first-listed diagnoses. CPT lines show our own plain-language summary
 * from content/cpt, never the AMA descriptor.
 */
export function AnswerKeyPanel({ form, update, announce }: Props) {
  const id = useId();
  const cptTitles = useCptTitles(form.lines.some((l) => /^\d/.test(l.code)));

  const addDiagnosis = (raw: string): void => {
    const code = normalizeIcdCode(raw);
    if (code === '') return;
    if (form.diagnoses.some((d) => d.code === code)) {
      announce(`${code} is already in the answer key.`);
      return;
    }
    update({ diagnoses: [...form.diagnoses, { code, why: '' }] });
    announce(`${code} added to the answer key as diagnosis ${form.diagnoses.length + 1}${form.diagnoses.length === 0 ? ', first-listed' : ''}. Write why below it.`);
  };
  const addLine = (raw: string, system?: FormLine['system']): void => {
    const code = normalizeLineCode(raw);
    if (code === '') return;
    const sys = system ?? (/^\d/.test(code) ? 'cpt' : 'hcpcs');
    const codeSets = form.codeSets.includes(sys) ? form.codeSets : [...form.codeSets, sys];
    update({ lines: [...form.lines, { system: sys, code, modifiers: '', units: '1', why: '' }], codeSets });
    announce(`${code} added as line ${form.lines.length + 1}.`);
  };
  const setDx = (i: number, patch: Partial<CaseForm['diagnoses'][number]>): void => update({ diagnoses: form.diagnoses.map((d, k) => (k === i ? { ...d, ...patch } : d)) });
  const setLine = (i: number, patch: Partial<FormLine>): void => update({ lines: form.lines.map((l, k) => (k === i ? { ...l, ...patch } : l)) });

  return (
    <section className="card editor-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Answer key</h2>
      <p className="muted">Pick codes with the search (the same one students use beside an exercise). A header opens the codes under it. Codes are checked against the code set in effect on the date of service.</p>
      <CodePicker onAdd={(code, system) => (system === 'icd10cm' ? addDiagnosis(code) : addLine(code, 'hcpcs'))} allowHcpcs headingLevel={3} />

      <h3>Diagnoses, first-listed first</h3>
      {form.diagnoses.length === 0 ? <p className="muted">No diagnoses yet: add one from the search, or type it below.</p> : (
        <ol className="rows">
          {form.diagnoses.map((d, i) => {
            const base = `answer.diagnoses[${i}]`;
            return (
              <RowCard
                key={i}
                title={i === 0 ? 'Diagnosis 1 (first-listed)' : `Diagnosis ${i + 1}`}
                actions={
                  <>
                    <button type="button" onClick={() => { update({ diagnoses: moved(form.diagnoses, i, -1) }); focusLater(`${id}-dx-${i - 1}-up`); }} id={`${id}-dx-${i}-up`} disabled={i === 0} aria-label={`Move diagnosis ${i + 1} up`}>↑</button>
                    <button type="button" onClick={() => { update({ diagnoses: moved(form.diagnoses, i, 1) }); focusLater(`${id}-dx-${i + 1}-down`); }} id={`${id}-dx-${i}-down`} disabled={i === form.diagnoses.length - 1} aria-label={`Move diagnosis ${i + 1} down`}>↓</button>
                    <button type="button" onClick={() => { update({ diagnoses: form.diagnoses.filter((_, k) => k !== i) }); announce(`Diagnosis ${d.code} removed.`); focusLater(`${id}-dx-input`); }} aria-label={`Remove diagnosis ${i + 1}`}>Remove</button>
                  </>
                }
              >
                <div className="row-fields">
                  <TextField field={`${base}.code`} label={`Diagnosis ${i + 1} code`} value={d.code} size={10} onChange={(v) => setDx(i, { code: v })} />
                  {/^[A-Z]\d[0-9A-Z]/.test(d.code) && <CodeTitle system="icd10cm" code={d.code} />}
                </div>
                <TextField field={`${base}.why`} label={`Why diagnosis ${i + 1} is right`} rows={2} value={d.why} onChange={(v) => setDx(i, { why: v })} hint="Index path, Tabular notes, guideline. Students see this after grading." />
              </RowCard>
            );
          })}
        </ol>
      )}
      <AddRow id={`${id}-dx-input`} label="Type a diagnosis code to add" placeholder="e.g. E11.9" onAdd={addDiagnosis} />

      <h3>Procedure and supply lines (CPT, HCPCS)</h3>
      {form.lines.length === 0 ? <p className="muted">No lines: the case asks for diagnoses only.</p> : (
        <ol className="rows">
          {form.lines.map((l, i) => {
            const base = `answer.lines[${i}]`;
            return (
              <RowCard key={i} title={`Line ${i + 1}`} actions={<button type="button" onClick={() => { update({ lines: form.lines.filter((_, k) => k !== i) }); focusLater(`${id}-line-input`); }} aria-label={`Remove line ${i + 1}`}>Remove</button>}>
                <div className="row-fields">
                  <SelectField field={`${base}.system`} label="Code set" value={l.system} options={[['cpt', 'CPT'], ['hcpcs', 'HCPCS Level II']]} onChange={(v) => setLine(i, { system: v })} />
                  <TextField field={`${base}.code`} label={`Line ${i + 1} code`} size={7} value={l.code} onChange={(v) => setLine(i, { code: v })} />
                  <TextField field={`${base}.modifiers`} label="Modifiers" size={8} placeholder="e.g. 25 RT" value={l.modifiers} onChange={(v) => setLine(i, { modifiers: v })} />
                  <TextField field={`${base}.units`} label="Units" size={4} inputMode="numeric" value={l.units} onChange={(v) => setLine(i, { units: v })} />
                </div>
                <p className="muted small">
                  {l.system === 'hcpcs' ? <CodeTitle system="hcpcs" code={l.code} /> : <span className="title">{cptTitles === undefined ? '…' : (cptTitles.get(l.code) ?? 'Not in ClaimLab’s CPT teaching list (content/cpt/codes.yaml)')}</span>}
                </p>
                <TextField field={`${base}.why`} label={`Why line ${i + 1} is right`} rows={2} value={l.why} onChange={(v) => setLine(i, { why: v })} hint="In your own words: CPT descriptors belong to the AMA and must not be copied." />
              </RowCard>
            );
          })}
        </ol>
      )}
      <AddRow id={`${id}-line-input`} label="Type a CPT or HCPCS code to add a line" placeholder="e.g. 99213 or L1902" onAdd={(code) => addLine(code)} />

      <h3>Sequencing</h3>
      <SelectField field="answer.sequencing" label="How the order of diagnoses is graded" value={form.sequencing} options={[['first-only', 'Only the first-listed position (default)'], ['strict', 'The whole order']]} onChange={(v) => update({ sequencing: v })} />
      <h3>Also acceptable first-listed</h3>
      {form.acceptFirst.length > 0 && (
        <ol className="rows">
          {form.acceptFirst.map((a, i) => (
            <RowCard key={i} title={`Also first-listed ${i + 1}`} actions={<button type="button" onClick={() => update({ acceptFirst: form.acceptFirst.filter((_, k) => k !== i) })} aria-label={`Remove also first-listed ${i + 1}`}>Remove</button>}>
              <TextField field={`answer.acceptFirst[${i}].code`} label="Key diagnosis that may also be listed first" size={10} value={a.code} onChange={(v) => update({ acceptFirst: form.acceptFirst.map((x, k) => (k === i ? { ...x, code: v } : x)) })} />
              <TextField field={`answer.acceptFirst[${i}].why`} label="Why listing it first is defensible" rows={2} value={a.why} onChange={(v) => update({ acceptFirst: form.acceptFirst.map((x, k) => (k === i ? { ...x, why: v } : x)) })} />
            </RowCard>
          ))}
        </ol>
      )}
      <button type="button" className="btn secondary" onClick={() => { update({ acceptFirst: [...form.acceptFirst, { code: '', why: '' }] }); focusLater(fieldDomId(`answer.acceptFirst[${form.acceptFirst.length}].code`)); }}>Add an also-acceptable first-listed diagnosis</button>
    </section>
  );
}

/** A labelled box to type a code into: Enter or Add adds it and clears the box. */
export function AddRow({ id, label, placeholder, onAdd }: { id: string; label: string; placeholder: string; onAdd: (code: string) => void }) {
  const [value, setValue] = useState('');
  const add = (): void => {
    onAdd(value);
    setValue('');
  };
  return (
    <div className="add-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} autoComplete="off" spellCheck={false} placeholder={placeholder} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
      <button type="button" className="btn secondary" onClick={add}>Add</button>
    </div>
  );
}
