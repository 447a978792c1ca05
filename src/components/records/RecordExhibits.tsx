import type { RecordReviewPublicData } from '../../domain/records/record-review-types.ts';

/** Lines laid out in columns (runs of spaces between fields, like a UB-04's revenue lines). */
const inColumns = (lines: readonly string[]): boolean => lines.some((l) => /\S {3,}\S/.test(l));

/**
 * The scenario and the documents to review (read-only). A fixed-width exhibit in columns keeps its
 * lines whole and scrolls sideways on a phone (wrapped, its columns would no longer line up); it
 * takes focus so the keyboard can scroll it too. Other fixed-width exhibits (HL7, X12) wrap.
 */
export function RecordExhibits({ ex }: { ex: RecordReviewPublicData }) {
  return (
    <>
      <p className="rr-scenario">{ex.scenario}</p>
      {ex.exhibits.map((x) => (
        <section key={x.id} className="rr-exhibit" aria-labelledby={`rr-exhibit-${x.id}`}>
          <h2 id={`rr-exhibit-${x.id}`}>{x.title}</h2>
          {x.monospace ? (
            inColumns(x.lines) ? (
              <pre className="rr-columns" tabIndex={0} role="region" aria-label={`${x.title}: lines in columns, scroll sideways`}>{x.lines.join('\n')}</pre>
            ) : (
              <pre>{x.lines.join('\n')}</pre>
            )
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
