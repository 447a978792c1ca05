import type { ArExercise } from '../../domain/ar/ar-exercise-schema.ts';
import { watchTableScroll } from '../site/table-scroll.ts';

const money = (n: number): string => `$${n.toFixed(2)}`;

/** The practice's open-claims report and the period figures (read-only). */
export function ArReport({ ex }: { ex: ArExercise }) {
  const period = ex.period;
  return (
    <>
      {/* The report scrolls sideways on a phone; the region takes focus so keyboard users can scroll it. */}
      <div className="table-wrap" role="region" aria-label="Open claims report" tabIndex={0} ref={(el) => (el ? watchTableScroll(el) : undefined)}>
        <table className="ar-table">
          <caption>Open claims as of {ex.asOf}</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Patient</th>
              <th scope="col">Payer</th>
              <th scope="col">Date of service</th>
              <th scope="col">Billed on</th>
              <th scope="col">Balance</th>
              <th scope="col">Status</th>
              <th scope="col">Deadline</th>
            </tr>
          </thead>
          <tbody>
            {ex.claims.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.id}</th>
                <td>{c.patient}</td>
                <td>{c.payer}</td>
                <td className="date">{c.dateOfService}</td>
                <td className="date">{c.billedOn}</td>
                <td className="num">{money(c.balance)}</td>
                <td className="status">{c.status}</td>
                <td>{c.deadline ? `${c.deadline} (${c.deadlineKind === 'appeal' ? 'appeal' : 'timely filing'})` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {period && (
        <dl className="ar-period">
          <dt>Period</dt>
          <dd>last {period.days} days</dd>
          <dt>Charges in the period</dt>
          <dd>{money(period.charges)}</dd>
          <dt>Payments in the period</dt>
          <dd>{money(period.payments)}</dd>
          <dt>Contractual adjustments in the period</dt>
          <dd>{money(period.contractualAdjustments)}</dd>
        </dl>
      )}
    </>
  );
}
