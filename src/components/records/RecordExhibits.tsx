import type { RecordReviewPublicData } from '../../domain/records/record-review-types.ts';

/** The scenario and the documents to review (read-only). */
export function RecordExhibits({ ex }: { ex: RecordReviewPublicData }) {
  return (
    <>
      <p className="rr-scenario">{ex.scenario}</p>
      {ex.exhibits.map((x) => (
        <section key={x.id} className="rr-exhibit" aria-labelledby={`rr-exhibit-${x.id}`}>
          <h2 id={`rr-exhibit-${x.id}`}>{x.title}</h2>
          {x.monospace ? (
            <pre>{x.lines.join('\n')}</pre>
          ) : (
            <ul>
              {x.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
