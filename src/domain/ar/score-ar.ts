import { BUCKETS } from './ar-metrics.ts';
import { AR_TOLERANCE, type ArFinding, type ArRubric, type ArScore, type ArUserInput } from './ar-types.ts';
import { validateAr } from './validate-ar.ts';
import { plainTyped, readDecimal } from '../text/typed-value.ts';

/**
 * Reads a typed figure: "1,234.50", "$1234.5", "96.2%", "96.2 percent", "37.7 days" (the unit the
 * box asks for may be typed after the number); NaN when it is not one. Thousands commas must group
 * by three, so "1,23" is not read as 123 (text/typed-value.ts).
 */
export function readNumber(text: string): number {
  const bare = plainTyped(text).replace(/\s*(%|percent|days?)$/i, '');
  return readDecimal(bare) ?? Number.NaN;
}

/**
 * Scoring rules (mirrored in docs/billing-exercises-denials.md): 1 point per aging bucket total
 * (within $0.01), 1 per rank of the top claims in the right place, 1 for days in A/R (within
 * 0.5 day) and 1 for the net collection rate (within 0.5 percentage point).
 * - A claim that ties with the key's claim for a rank (the same days left to a live deadline, or
 *   the same balance) earns that rank: the order between equals is the biller's choice. A claim
 *   earns at most one rank, so naming it twice does not earn two.
 * - A net collection rate typed as a fraction (0.915) earns the point when it is the same rate.
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
  const credited = new Set<string>();
  rubric.priority.forEach((id, i) => {
    const given = String(input.priority?.[i] ?? '').trim();
    const standing = rubric.standing ?? {};
    const tie = given !== id && given !== '' && standing[given] !== undefined && standing[given] === standing[id];
    const ok = (given === id || tie) && !credited.has(given);
    if (ok) credited.add(given);
    findings.push({ code: 'priority', ok, target: String(i + 1), expected: id, given, ...(ok && tie ? { accepted: 'tie' as const } : {}) });
  });
  findings.push({ code: 'days-in-ar', ok: near(rubric.daysInAr, input.daysInAr, AR_TOLERANCE.daysInAr), target: '', expected: rubric.daysInAr.toFixed(1), given: input.daysInAr ?? '' });
  const rate = input.netCollectionRate ?? '';
  const asPercent = near(rubric.netCollectionRate, rate, AR_TOLERANCE.netCollectionRate);
  const asFraction = !asPercent && readNumber(rate) <= 1.5 && Math.abs(readNumber(rate) * 100 - rubric.netCollectionRate) <= AR_TOLERANCE.netCollectionRate + 1e-9;
  findings.push({ code: 'net-collection-rate', ok: asPercent || asFraction, target: '', expected: rubric.netCollectionRate.toFixed(1), given: rate, ...(asFraction ? { accepted: 'fraction' as const } : {}) });
  return { type: 'points', earned: findings.filter((f) => f.ok).length, total: findings.length, findings };
}
