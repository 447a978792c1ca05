import { useId } from 'react';
import { emptyMistake, type CaseForm, type FormMistake, type TriggerKind } from '../../domain/case-editor/case-form.ts';
import { fieldDomId } from '../../domain/case-editor/form-fields.ts';
import { RowCard, SelectField, TextField } from './fields.tsx';

interface Props {
  form: CaseForm;
  update: (patch: Partial<CaseForm>) => void;
}

const TRIGGERS: readonly (readonly [TriggerKind, string])[] = [
  ['reported', 'Reported a wrong code'],
  ['omitted', 'Left out a key code'],
  ['firstListed', 'Listed a code first'],
  ['line', 'Wrong modifiers or units on a key line'],
];

const CODE_LABEL: Record<TriggerKind, string> = {
  reported: 'The wrong code the student reports',
  omitted: 'The key code the student leaves out',
  firstListed: 'The code the student lists first',
  line: 'The key line’s code',
};

const focusLater = (id: string): void => {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
};

/** Alternates (codes accepted for full credit) and the common mistakes with their feedback. */
export function MistakesPanel({ form, update }: Props) {
  const id = useId();
  const setMistake = (i: number, patch: Partial<FormMistake>): void => update({ mistakes: form.mistakes.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const setAlt = (i: number, patch: Partial<CaseForm['alternates'][number]>): void => update({ alternates: form.alternates.map((a, k) => (k === i ? { ...a, ...patch } : a)) });
  return (
    <>
      <section className="card editor-section" aria-labelledby={`${id}-alt`}>
        <h2 id={`${id}-alt`}>Alternates</h2>
        <p className="muted">A code a competent coder could defensibly report instead of a key code, for full credit.</p>
        {form.alternates.length > 0 && (
          <ol className="rows">
            {form.alternates.map((a, i) => (
              <RowCard key={i} title={`Alternate ${i + 1}`} actions={<button type="button" onClick={() => update({ alternates: form.alternates.filter((_, k) => k !== i) })} aria-label={`Remove alternate ${i + 1}`}>Remove</button>}>
                <div className="row-fields">
                  <TextField field={`alternates[${i}].code`} label="Accepted code" size={10} value={a.code} onChange={(v) => setAlt(i, { code: v })} />
                  <TextField field={`alternates[${i}].acceptFor`} label="In place of key code" size={10} value={a.acceptFor} onChange={(v) => setAlt(i, { acceptFor: v })} />
                </div>
                <TextField field={`alternates[${i}].why`} label="Why it is acceptable" rows={2} value={a.why} onChange={(v) => setAlt(i, { why: v })} />
              </RowCard>
            ))}
          </ol>
        )}
        <button type="button" className="btn secondary" onClick={() => { update({ alternates: [...form.alternates, { code: '', acceptFor: form.diagnoses[0]?.code ?? '', why: '' }] }); focusLater(fieldDomId(`alternates[${form.alternates.length}].code`)); }}>Add an alternate</button>
      </section>

      <section className="card editor-section" aria-labelledby={`${id}-mis`}>
        <h2 id={`${id}-mis`}>Common mistakes and their feedback</h2>
        <p className="muted">One to six mistakes students really make. When an attempt matches the trigger, the student sees your feedback. The checks make sure each trigger costs points and shows its feedback.</p>
        <ol className="rows">
          {form.mistakes.map((m, i) => {
            const base = `mistakes[${i}]`;
            return (
              <RowCard key={i} title={`Mistake ${i + 1}`} actions={<button type="button" onClick={() => { update({ mistakes: form.mistakes.filter((_, k) => k !== i) }); focusLater(`${id}-add-mistake`); }} aria-label={`Remove mistake ${i + 1}`}>Remove</button>}>
                <div className="row-fields">
                  <SelectField field={`${base}.kind`} label="What the student does" value={m.kind} options={TRIGGERS} onChange={(v) => setMistake(i, { kind: v })} />
                  <TextField field={`${base}.code`} label={CODE_LABEL[m.kind]} size={10} value={m.code} onChange={(v) => setMistake(i, { code: v })} />
                  {m.kind === 'reported' && <TextField field={`${base}.instead`} label="Instead of key code (optional)" size={10} value={m.instead} onChange={(v) => setMistake(i, { instead: v })} />}
                  {m.kind === 'line' && (
                    <>
                      <TextField field={`${base}.modifiers`} label="Modifiers the student used" size={8} value={m.modifiers} onChange={(v) => setMistake(i, { modifiers: v })} hint="Leave both empty for “no modifier”." />
                      <TextField field={`${base}.units`} label="Units the student used" size={4} inputMode="numeric" value={m.units} onChange={(v) => setMistake(i, { units: v })} />
                    </>
                  )}
                </div>
                <TextField field={`${base}.feedback`} label={`Feedback for mistake ${i + 1}`} rows={3} value={m.feedback} onChange={(v) => setMistake(i, { feedback: v })} hint="What the student should notice in the note, and the rule. At least 20 characters." />
                <TextField field={`${base}.guideline`} label="Guideline section (optional)" size={12} placeholder="e.g. I.C.4.a.3" value={m.guideline} onChange={(v) => setMistake(i, { guideline: v })} />
              </RowCard>
            );
          })}
        </ol>
        <button type="button" id={`${id}-add-mistake`} className="btn secondary" disabled={form.mistakes.length >= 6} onClick={() => { update({ mistakes: [...form.mistakes, emptyMistake()] }); focusLater(fieldDomId(`mistakes[${form.mistakes.length}].kind`)); }}>Add a mistake</button>
      </section>
    </>
  );
}
