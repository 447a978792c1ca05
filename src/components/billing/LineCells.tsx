/**
 * The typed cells of the billing tables (posting ledger, provider-level adjustments, variance
 * review): a labelled amount box and a labelled choice, each in its own cell. The label is for
 * screen readers; sighted users read the row and column headers.
 */

interface AmountCellProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** One amount, typed as billers type it (read later by the posting amount reader). */
export function AmountCell({ id, label, value, onChange }: AmountCellProps) {
  return (
    <td>
      <label className="visually-hidden" htmlFor={id}>{label}</label>
      <input id={id} inputMode="decimal" size={8} value={value} onChange={(e) => onChange(e.target.value)} />
    </td>
  );
}

interface ChoiceCellProps {
  id: string;
  label: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** One choice from a fixed list, blank ("Choose…") until the student picks. */
export function ChoiceCell({ id, label, value, choices, onChange }: ChoiceCellProps) {
  return (
    <td>
      <label className="visually-hidden" htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </td>
  );
}

/** The exercise's teaching points under the result, when it has any. */
export function TeachingPoints({ points }: { points: readonly string[] }) {
  if (points.length === 0) return null;
  return (
    <>
      <h3>Teaching points</h3>
      <ul>{points.map((t) => <li key={t}>{t}</li>)}</ul>
    </>
  );
}
