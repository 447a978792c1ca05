import type { ReactNode } from 'react';
import { domainReadiness, type DomainContentIds } from '../../domain/blueprints/readiness.ts';
import { READINESS_LABELS, READINESS_RULE } from '../../domain/blueprints/describe.ts';
import { useProgress } from '../progress/use-progress.ts';
import './readiness.css';

/** One domain as the island needs it: its name and the ids of its content. */
export interface ReadinessDomain extends DomainContentIds {
  id: string;
  name: string;
}

export interface ReadinessMapProps {
  certification: string;
  domains: ReadinessDomain[];
}

const pct = (n: number | null): string => (n === null ? 'none yet' : `${n}%`);

/** The learner's readiness per outline domain, from progress saved in this browser. */
export default function ReadinessMap({ certification, domains }: ReadinessMapProps): ReactNode {
  const progress = useProgress();
  if (!progress) return <p className="muted">Loading your progress…</p>;
  const rows = domains.map((d) => ({ domain: d, r: domainReadiness(d, progress) }));
  const ready = rows.filter((row) => row.r.status === 'ready').length;
  return (
    <section aria-labelledby="readiness-h" className="readiness">
      <h2 id="readiness-h">Your {certification} readiness</h2>
      <p role="status">
        Ready in {ready} of {domains.length} domains, from the progress saved in this browser.
      </p>
      <p className="muted">{READINESS_RULE}</p>
      <div className="table-wrap">
        <table className="readiness-table">
          <caption className="visually-hidden">Readiness by domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Lessons done</th>
              <th scope="col">Cases tried (average best score)</th>
              <th scope="col">Exam questions answered (right)</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ domain, r }) => (
              <tr key={domain.id} data-status={r.status}>
                <th scope="row"><a href={`#domain-${domain.id}`}>{domain.name}</a></th>
                <td>{r.lessons.done} / {r.lessons.total}</td>
                <td>{r.cases.tried} / {r.cases.total} ({pct(r.cases.averagePercent)})</td>
                <td>{r.items.answered} / {r.items.total} ({pct(r.items.correctPercent)})</td>
                <td><span className={`readiness-status ${r.status}`}>{READINESS_LABELS[r.status]}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
