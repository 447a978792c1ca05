import { describeDenialFinding, worklistClaimLabel } from '../../domain/denials/describe-denial.ts';
import type { DenialRubric, DenialScore } from '../../domain/denials/denial-types.ts';
import { PointsResult } from './PointsResult.tsx';

/**
 * The graded attempt: every point, right or wrong, in words from the describer. Each is labelled
 * with the claim as the worklist numbers it ("Claim 2"); the describer's words already name the
 * field ("Cause: ..."), and the line's id is an authoring name the learner never sees.
 */
export function DenialResults({ score, rubric, headingRef }: { score: Extract<DenialScore, { type: 'points' }>; rubric: DenialRubric; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const claimLabel = (lineId: string) => worklistClaimLabel(rubric.lines, lineId);
  const lines = score.findings.map((f, i) => ({ key: String(i), ok: f.ok, label: f.code === 'letter-part' ? `${claimLabel(f.lineId)}, appeal letter` : claimLabel(f.lineId), text: describeDenialFinding(f, rubric) }));
  return <PointsResult id="dl-results" earned={score.earned} total={score.total} lines={lines} teachingPoints={rubric.teachingPoints ?? []} headingRef={headingRef} />;
}
