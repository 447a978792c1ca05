import type { ReactNode, RefObject } from 'react';

/** One graded point as the result list shows it: right or wrong, an optional label, the describer's words. */
export interface ResultLine {
  key: string;
  ok: boolean;
  label?: ReactNode;
  text: string;
}

/**
 * The result of a points-graded billing or record exercise (denials, A/R, record review): the
 * score as a heading that takes focus after grading, every point right or wrong in words, and the
 * case's take-away points.
 */
export function PointsResult({ id, earned, total, lines, teachingPoints = [], headingRef }: { id: string; earned: number; total: number; lines: readonly ResultLine[]; teachingPoints?: readonly string[]; headingRef: RefObject<HTMLHeadingElement | null> }) {
  return (
    <section aria-labelledby={id} className="dl-results">
      <h2 id={id} tabIndex={-1} ref={headingRef}>
        Result: {earned} of {total} points
      </h2>
      <ul>
        {lines.map((l) => (
          <li key={l.key} className={l.ok ? 'ok' : 'miss'}>
            <strong>
              {l.ok ? '✓' : '✗'}
              {l.label !== undefined && <> {l.label}:</>}
            </strong>{' '}
            {l.text}
          </li>
        ))}
      </ul>
      {teachingPoints.length > 0 && (
        <>
          <h3>Take away</h3>
          <ul>
            {teachingPoints.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
