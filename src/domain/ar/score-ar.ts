import { BUCKETS } from './ar-metrics.ts';
import { AR_TOLERANCE, type ArFinding, type ArRubric, type ArScore, type ArUserInput } from './ar-types.ts';
import { validateAr } from './validate-ar.ts';
import { plainTyped, readDecimal } from '../text/typed-value.ts';

/** What a typed figure may carry after the number: nothing but a "$" for dollars, "days", or "%" / "percent". */
export type ArUnit = 'dollars' | 'days' | 'percent';

const UNIT_WORD: Record<Exclude<ArUnit, 'dollars'>, RegExp> = { days: /\s*days?$/i, percent: /\s*(?:%|percent)$/i };

/**
 * Reads a typed figure in the unit its box asks for: "1,234.50" or "$1234.5" for dollars, "37.7"
 * or "37.7 days" for days in A/R, "96.2", "96.2%" or "96.2 percent" for the rate; NaN when it is
 * not one, or carries another box's unit ("36%" for days, "$93.9" for the rate). Thousands commas
 * must group by three, so "1,23" is not read as 123 (text/typed-value.ts).
 */
export function readNumber(text: unknown, unit: ArUnit): number {
  const typed = plainTyped(text);
  const bare = unit === 'dollars' ? typed : typed.replace(UNIT_WORD[unit], '');
  if (unit !== 'dollars' && bare.includes('$')) return Number.NaN;
  return readDecimal(bare) ?? Number.NaN;
}

/** The attempt as graded: stored or submitted answers may hold anything, so a missing or mistyped part is blank. */
function readAttempt(input: unknown): ArUserInput {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const buckets = typeof raw['buckets'] === 'object' && raw['buckets'] !== null ? (raw['buckets'] as Record<string, unknown>) : {};
  return {
    buckets: Object.fromEntries(BUCKETS.map((b) => [b, text(Object.hasOwn(buckets, b) ? buckets[b] : '')])),
    priority: Array.isArray(raw['priority']) ? raw['priority'].map(text) : [],
    daysInAr: text(raw['daysInAr']),
    netCollectionRate: text(raw['netCollectionRate']),
  };
}

/**
 * Scoring rules (mirrored in docs/billing-exercises-denials.md): 1 point per aging bucket total
 * (within $0.01), 1 per rank of the top claims in the right place, 1 for days in A/R (within
 * 0.5 day) and 1 for the net collection rate (within 0.5 percentage point).
 * - A claim that ties with the key's claim for a rank (the same days left to a live deadline, or
 *   the same balance) earns that rank: the order between equals is the biller's choice. A claim
 *   earns at most one rank, so naming it twice does not earn two.
 * - A net collection rate typed as a fraction (0.915, without a percent sign) earns the point when
 *   it is the same rate.
 * - Each figure is read in its box's unit (`readNumber`): "36%" is not 36 days.
 */
export function scoreAr(rubric: ArRubric, attempt: ArUserInput): ArScore {
  const input = readAttempt(attempt);
  const invalid = validateAr(input);
  if (invalid) return invalid;
  const findings: ArFinding[] = [];
  const near = (expected: number, given: string, tol: number, unit: ArUnit) => Math.abs(readNumber(given, unit) - expected) <= tol + 1e-9;
  for (const b of BUCKETS) {
    const given = input.buckets?.[b] ?? '';
    findings.push({ code: 'bucket', ok: near(rubric.buckets[b], given, AR_TOLERANCE.bucket, 'dollars'), target: b, expected: rubric.buckets[b].toFixed(2), given });
  }
  const credited = new Set<string>();
  // A claim id as typed in a class submission or the CLI: any case, pasted characters folded.
  const ids = new Map([...rubric.priority, ...Object.keys(rubric.standing ?? {})].map((id) => [id.toLowerCase(), id] as const));
  rubric.priority.forEach((id, i) => {
    const typed = plainTyped(input.priority?.[i] ?? '');
    const given = ids.get(typed.toLowerCase()) ?? typed;
    const standing = rubric.standing ?? {};
    const tie = given !== id && given !== '' && standing[given] !== undefined && standing[given] === standing[id];
    const ok = (given === id || tie) && !credited.has(given);
    if (ok) credited.add(given);
    findings.push({ code: 'priority', ok, target: String(i + 1), expected: id, given, ...(ok && tie ? { accepted: 'tie' as const } : {}) });
  });
  findings.push({ code: 'days-in-ar', ok: near(rubric.daysInAr, input.daysInAr, AR_TOLERANCE.daysInAr, 'days'), target: '', expected: rubric.daysInAr.toFixed(1), given: input.daysInAr ?? '' });
  const rate = input.netCollectionRate ?? '';
  const asPercent = near(rubric.netCollectionRate, rate, AR_TOLERANCE.netCollectionRate, 'percent');
  // "0.939%" is a percentage (wrong), not the fraction 0.939.
  const fraction = /%|percent/i.test(rate) ? Number.NaN : readNumber(rate, 'percent');
  const asFraction = !asPercent && fraction <= 1.5 && Math.abs(fraction * 100 - rubric.netCollectionRate) <= AR_TOLERANCE.netCollectionRate + 1e-9;
  findings.push({ code: 'net-collection-rate', ok: asPercent || asFraction, target: '', expected: rubric.netCollectionRate.toFixed(1), given: rate, ...(asFraction ? { accepted: 'fraction' as const } : {}) });
  return { type: 'points', earned: findings.filter((f) => f.ok).length, total: findings.length, findings };
}
