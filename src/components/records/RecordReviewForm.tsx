import type { RecordReviewPublicData } from '../../domain/records/record-review-types.ts';

/** One radio group per item, from the item's choice set. */
export function RecordReviewForm({ ex, value, onChange }: { ex: RecordReviewPublicData; value: Record<string, string>; onChange: (v: Record<string, string>) => void }) {
  return (
    <ol className="rr-items">
      {ex.items.map((item, n) => (
        <li key={item.id}>
          <fieldset className="rr-item">
            <legend>
              {n + 1}. {item.prompt}
            </legend>
            {item.details.length > 0 && (
              <ul className="rr-details">
                {item.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
            <div className="rr-choices">
              {(ex.choiceSets[item.choices] ?? []).map((c) => (
                <label key={c.id}>
                  <input type="radio" name={`rr-${item.id}`} value={c.id} checked={value[item.id] === c.id} onChange={() => onChange({ ...value, [item.id]: c.id })} /> {c.label}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
