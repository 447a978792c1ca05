import { createContext, useContext, type ReactNode } from 'react';
import { fieldDomId } from '../../domain/case-editor/form-fields.ts';

/** Problems by form field ("answer.diagnoses[1].code" -> messages), from the latest check. */
export const FieldProblems = createContext<ReadonlyMap<string, readonly string[]>>(new Map());

/** The messages for one field, and the ids that tie them to its input. */
function useField(field: string, hint: string | undefined): { id: string; problems: readonly string[]; describedBy: string | undefined } {
  const problems = useContext(FieldProblems).get(field) ?? [];
  const id = fieldDomId(field);
  const ids = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return { id, problems, describedBy: ids === '' ? undefined : ids };
}

function Messages({ id, hint, problems }: { id: string; hint: string | undefined; problems: readonly string[] }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
    </>
  );
}

interface TextProps {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  /** Text area with this many rows instead of a one-line input. */
  rows?: number;
  /** Narrow input (codes, units). */
  size?: number;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'text';
  required?: boolean;
}

/** A labelled text input or text area, with its hint and its problems from the checks. */
export function TextField({ field, label, value, onChange, hint, placeholder, rows, size, type = 'text', inputMode, required }: TextProps) {
  const { id, problems, describedBy } = useField(field, hint);
  const common = {
    id,
    value,
    placeholder,
    required,
    'aria-describedby': describedBy,
    'aria-invalid': problems.length > 0 ? true : undefined,
    spellCheck: rows !== undefined,
  };
  return (
    <div className={`field${problems.length > 0 ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {rows !== undefined ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} size={size} inputMode={inputMode} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      <Messages id={id} hint={hint} problems={problems} />
    </div>
  );
}

/** A labelled select. */
export function SelectField<T extends string>({ field, label, value, options, onChange, hint }: { field: string; label: string; value: T; options: readonly (readonly [T, string])[]; onChange: (value: T) => void; hint?: string }) {
  const { id, problems, describedBy } = useField(field, hint);
  return (
    <div className={`field${problems.length > 0 ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} aria-invalid={problems.length > 0 ? true : undefined} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
      <Messages id={id} hint={hint} problems={problems} />
    </div>
  );
}

/** A fieldset of checkboxes for a list field (certifications, code sets). */
export function CheckboxGroup({ field, legend, options, values, onChange }: { field: string; legend: string; options: readonly (readonly [string, string])[]; values: readonly string[]; onChange: (values: string[]) => void }) {
  const { id, problems, describedBy } = useField(field, undefined);
  return (
    <fieldset className={`field checks${problems.length > 0 ? ' has-problem' : ''}`} id={id} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map(([v, text]) => (
        <label key={v} className="check">
          <input type="checkbox" checked={values.includes(v)} onChange={(e) => onChange(e.target.checked ? [...values, v] : values.filter((x) => x !== v))} /> {text}
        </label>
      ))}
      <Messages id={id} hint={undefined} problems={problems} />
    </fieldset>
  );
}

/** A numbered group of fields (one diagnosis, one mistake) with its move and remove buttons. */
export function RowCard({ title, children, actions }: { title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <li className="row-card">
      <div className="row-head">
        <strong>{title}</strong>
        <span className="row-actions">{actions}</span>
      </div>
      {children}
    </li>
  );
}
