import { describeFinding, gradeReason } from '../../domain/claims/describe.ts';
import type { ClaimFinding } from '../../domain/claims/findings.ts';
import type { ClaimGrade } from '../../domain/claims/grade.ts';
import type { ExplainedSegment } from '../../domain/claims/x12-837p.ts';
import { segmentItems } from '../../domain/claims/x12-items.ts';
import { itemLabel } from '../../domain/claims/items.ts';
import { boxForItem, boxForPath, findingPath } from './claim-form-fields.ts';

/**
 * What the claim island shows after Scrub, Submit and Export: each finding, grade row and 837P
 * segment can move focus to its box on the form (`goTo` gets a form path).
 */


type GoTo = (path: string | undefined) => void;

/** Scrubber findings, each a button that takes the learner to its box. */
export function ScrubFindings({ id, findings, goTo }: { id: string; findings: ClaimFinding[]; goTo: GoTo }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Scrubber findings</h2>
      <p className="cl-note">Choose a finding to go to its box.</p>
      <ul className="cl-findings">
        {findings.map((f, i) => (
          <li key={i} className={f.severity}>
            <button type="button" className="cl-goto" onClick={() => goTo(boxForPath(findingPath(f)))}>
              <strong>{f.severity === 'error' ? 'Error' : 'Warning'}</strong> {describeFinding(f)}
            </button>{' '}
            <small>({f.reference})</small>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The learner's claim beside the answer, one row per item that lost points, with the reason. */
export function GradeTable({ id, grade, goTo }: { id: string; grade: Extract<ClaimGrade, { type: 'points' }>; goTo: GoTo }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Your claim beside the answer</h2>
      <p>{grade.earned} of {grade.total} points ({grade.percent}%).</p>
      {grade.findings.length === 0 ? <p>Every item matches the answer.</p> : (
        <div className="cl-scroll">
          <table className="cl-compare">
            <thead><tr><th scope="col">Item</th><th scope="col">Your entry</th><th scope="col">Answer</th><th scope="col">Why</th></tr></thead>
            <tbody>
              {grade.findings.map((f, i) => (
                <tr key={i}>
                  <th scope="row">
                    <button type="button" className="cl-goto" onClick={() => goTo(boxForPath(findingPath(f)))}>
                      {itemLabel(f.item)}{typeof f.data['line'] === 'number' ? `, line ${f.data['line']}` : ''}
                    </button>
                  </th>
                  <td>{String(f.data['actual'] ?? '') || '(blank)'}</td>
                  <td>{String(f.data['expected'] ?? '') || '(blank)'}</td>
                  <td>{gradeReason(f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The 837P text and its explanation, each segment linked to the boxes it carries. */
export function X12View({ id, segments, goTo }: { id: string; segments: ExplainedSegment[]; goTo: GoTo }) {
  const items = segmentItems(segments);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>837P (005010X222A1)</h2>
      <pre className="cl-x12" role="region" aria-label="837P segments" tabIndex={0}>{segments.map((s) => s.segment).join('\n')}</pre>
      <div className="cl-scroll">
        <table className="cl-compare">
          <thead><tr><th scope="col">Segment</th><th scope="col">Loop</th><th scope="col">Meaning</th><th scope="col">Form boxes</th></tr></thead>
          <tbody>
            {segments.map((s, i) => {
              const m = items[i] ?? { items: [] };
              return (
                <tr key={i}>
                  <td><code>{s.segment}</code></td><td>{s.loop}</td><td>{s.explanation}</td>
                  <td>
                    {m.items.map((item) => (
                      <button key={item} type="button" className="cl-goto cl-item-link" onClick={() => goTo(boxForItem(item, m.line))}>
                        {item === 'carrier' ? 'Carrier' : `${item}${m.line === undefined ? '' : ` (line ${m.line + 1})`}`}
                      </button>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
