import { describeDenialFinding } from '../../domain/denials/describe-denial.ts';
import type { DenialRubric, DenialScore } from '../../domain/denials/denial-types.ts';

const FIELD: Record<string, string> = { cause: 'Cause', action: 'Action', 'appeal-level': 'Appeal level', 'appeal-deadline': 'Deadline', 'write-off': 'Write-off', 'claim-number': 'Claim number', 'letter-part': 'Letter' };

/** The graded attempt: every point, right or wrong, in words from the describer. */
export function DenialResults({ score, rubric, headingRef }: { score: Extract<DenialScore, { type: 'points' }>; rubric: DenialRubric; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  return (
    <section aria-labelledby="dl-results" className="dl-results">
      <h2 id="dl-results" tabIndex={-1} ref={headingRef}>
        Result: {score.earned} of {score.total} points
      </h2>
      <ul>
        {score.findings.map((f, i) => (
          <li key={i} className={f.ok ? 'ok' : 'miss'}>
            <strong>
              {f.ok ? '✓' : '✗'} {f.lineId} · {FIELD[f.code]}:
            </strong>{' '}
            {describeDenialFinding(f, rubric)}
          </li>
        ))}
      </ul>
      {(rubric.teachingPoints ?? []).length > 0 && (
        <>
          <h3>Take away</h3>
          <ul>
            {rubric.teachingPoints?.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
