import { BUCKETS } from './ar-metrics.ts';
import { AR_TOLERANCE, type ArFinding, type ArRubric, type ArScore, type ArUserInput } from './ar-types.ts';
import { validateAr } from './validate-ar.ts';

/** Reads "1,234.50", "$1234.5" or "96.2%" as a number; NaN when it is not one. */
export function readNumber(text: string): number {
  const t = String(text ?? '').replace(/[$,%\s]/g, '');
  return t === '' || !/^-?\d*\.?\d+$/.test(t) ? Number.NaN : Number(t);
}

/**
 * Scoring rules (mirrored in docs/billing-exercises-denials.md): 1 point per aging bucket total
 * (within $0.01), 1 per rank of the top claims in the right place, 1 for days in A/R (within
 * 0.5 day) and 1 for the net collection rate (within 0.5 percentage point).
 */
export function scoreAr(rubric: ArRubric, input: ArUserInput): ArScore {
  const invalid = validateAr(input);
  if (invalid) return invalid;
  const findings: ArFinding[] = [];
  const near = (expected: number, given: string, tol: number) => Math.abs(readNumber(given) - expected) <= tol + 1e-9;
  for (const b of BUCKETS) {
    const given = input.buckets?.[b] ?? '';
    findings.push({ code: 'bucket', ok: near(rubric.buckets[b], given, AR_TOLERANCE.bucket), target: b, expected: rubric.buckets[b].toFixed(2), given });
  }
  rubric.priority.forEach((id, i) => {
    const given = input.priority?.[i] ?? '';
    findings.push({ code: 'priority', ok: given === id, target: String(i + 1), expected: id, given });
  });
  findings.push({ code: 'days-in-ar', ok: near(rubric.daysInAr, input.daysInAr, AR_TOLERANCE.daysInAr), target: '', expected: rubric.daysInAr.toFixed(1), given: input.daysInAr ?? '' });
  findings.push({ code: 'net-collection-rate', ok: near(rubric.netCollectionRate, input.netCollectionRate, AR_TOLERANCE.netCollectionRate), target: '', expected: rubric.netCollectionRate.toFixed(1), given: input.netCollectionRate ?? '' });
  return { type: 'points', earned: findings.filter((f) => f.ok).length, total: findings.length, findings };
}
