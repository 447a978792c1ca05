import type { ArExercise } from '../../domain/ar/ar-exercise-schema.ts';
import { BUCKETS } from '../../domain/ar/ar-metrics.ts';
import type { ArUserInput } from '../../domain/ar/ar-types.ts';

/** Bucket totals, the work order and the two KPIs. */
export function ArAnswerForm({ ex, value, onChange }: { ex: ArExercise; value: ArUserInput; onChange: (v: ArUserInput) => void }) {
  return (
    <>
      <fieldset className="ar-set">
        <legend>Aging buckets: total open balance by days since billing</legend>
        {BUCKETS.map((b) => (
          <div key={b} className="ar-field">
            <label htmlFor={`ar-bucket-${b}`}>{b} days ($)</label>
            <input id={`ar-bucket-${b}`} inputMode="decimal" value={value.buckets[b] ?? ''} onChange={(e) => onChange({ ...value, buckets: { ...value.buckets, [b]: e.target.value } })} />
          </div>
        ))}
      </fieldset>
      <fieldset className="ar-set">
        <legend>Work order: the first {ex.priorityTop} claims to work</legend>
        {Array.from({ length: ex.priorityTop }, (_, i) => (
          <div key={i} className="ar-field">
            <label htmlFor={`ar-rank-${i}`}>Rank {i + 1}</label>
            <select
              id={`ar-rank-${i}`}
              value={value.priority[i] ?? ''}
              onChange={(e) => {
                const priority = [...value.priority];
                priority[i] = e.target.value;
                onChange({ ...value, priority });
              }}
            >
              <option value="">Choose a claim</option>
              {ex.claims.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id} ({c.patient}, ${c.balance.toFixed(2)})
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <fieldset className="ar-set">
        <legend>Key figures</legend>
        <div className="ar-field">
          <label htmlFor="ar-dar">Days in A/R</label>
          <input id="ar-dar" inputMode="decimal" value={value.daysInAr} onChange={(e) => onChange({ ...value, daysInAr: e.target.value })} />
        </div>
        <div className="ar-field">
          <label htmlFor="ar-ncr">Net collection rate (%)</label>
          <input id="ar-ncr" inputMode="decimal" value={value.netCollectionRate} onChange={(e) => onChange({ ...value, netCollectionRate: e.target.value })} />
        </div>
      </fieldset>
    </>
  );
}
