import type { ItemStats, MissGroup } from '../../domain/classkit/item-analysis.ts';
import { watchTableScroll } from '../site/table-scroll.ts';

/** How many missed answers each list shows. */
const SHOWN = 10;

function MissList({ id, title, empty, groups }: { id: string; title: string; empty: string; groups: MissGroup[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {groups.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="gb-misses">
          {groups.slice(0, SHOWN).map((g) => (
            <li key={`${g.item.kind}:${g.item.id}:${g.key}:${g.expected}`}>
              <p>
                <strong>{g.expected || '(blank)'}</strong> in {g.itemTitle}, {g.prompt}: missed by {g.count} {g.count === 1 ? 'student' : 'students'}.
                {' '}They gave: {g.given.map((v) => `${v.text === '' ? 'nothing' : v.text} (${v.count})`).join(', ')}.
              </p>
              {g.feedback.length > 0 && (
                <details>
                  <summary>Feedback they saw</summary>
                  <ul>
                    {g.feedback.map((f, i) => (
                      <li key={i}>{f}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {groups.length > SHOWN && <p className="gb-more">The list shows the {SHOWN} most missed; {groups.length - SHOWN} more were missed by fewer students.</p>}
    </section>
  );
}

/** Per-item means and misses, then the most-missed codes and claim boxes with their feedback. */
export function ItemAnalysis({ stats, codes, boxes }: { stats: ItemStats[]; codes: MissGroup[]; boxes: MissGroup[] }) {
  return (
    <section aria-labelledby="gb-items-h">
      <h2 id="gb-items-h">Item analysis</h2>
      <div className="table-wrap" role="region" aria-label="Item analysis" tabIndex={0} ref={(el) => (el ? watchTableScroll(el) : undefined)}>
        <table className="gb-items">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Points</th>
              <th scope="col">Mean</th>
              <th scope="col">Below full marks</th>
              <th scope="col">Not done or not regraded</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <tr key={`${s.item.kind}:${s.item.id}`}>
                <th scope="row">{s.title}</th>
                <td className="gb-num">{s.total}</td>
                <td className="gb-num">{s.mean === undefined ? 'nobody did it' : `${s.mean}${s.meanPercent === undefined ? '' : ` (${s.meanPercent}%)`}`}</td>
                <td className="gb-num">
                  {s.missed} of {s.attempted}
                </td>
                <td className="gb-num">{s.notDone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MissList id="gb-codes-h" title="Most-missed codes and answers" empty="No code or answer was missed." groups={codes} />
      <MissList id="gb-boxes-h" title="Most-missed claim boxes" empty="No claim box was missed (or the assignment has no claim)." groups={boxes} />
    </section>
  );
}
