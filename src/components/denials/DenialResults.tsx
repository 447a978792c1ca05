import { describeDenialFinding } from '../../domain/denials/describe-denial.ts';
import type { DenialRubric, DenialScore } from '../../domain/denials/denial-types.ts';
import { PointsResult } from './PointsResult.tsx';

const FIELD: Record<string, string> = { cause: 'Cause', action: 'Action', 'appeal-level': 'Appeal level', 'appeal-deadline': 'Deadline', 'write-off': 'Write-off', 'claim-number': 'Claim number', 'letter-part': 'Letter' };

/** The graded attempt: every point, right or wrong, in words from the describer. */
export function DenialResults({ score, rubric, headingRef }: { score: Extract<DenialScore, { type: 'points' }>; rubric: DenialRubric; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const lines = score.findings.map((f, i) => ({ key: String(i), ok: f.ok, label: `${f.lineId} · ${FIELD[f.code] ?? f.code}`, text: describeDenialFinding(f, rubric) }));
  return <PointsResult id="dl-results" earned={score.earned} total={score.total} lines={lines} teachingPoints={rubric.teachingPoints ?? []} headingRef={headingRef} />;
}
