import { BUCKETS } from './ar-metrics.ts';
import { AR_TOLERANCE, type ArFinding, type ArRubric, type ArScore, type ArUserInput, type CollectionLineInput } from './ar-types.ts';
import { scoreCollections } from './score-collections.ts';
import { validateAr } from './validate-ar.ts';
import { readNumber, type ArUnit } from './read-figure.ts';
import { plainTyped } from '../text/typed-value.ts';

export { readNumber, type ArUnit };

/** The attempt as graded: stored or submitted answers may hold anything, so a missing or mistyped part is blank. */
function readAttempt(input: unknown): ArUserInput {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const buckets = record(raw['buckets']);
  const collections: Record<string, CollectionLineInput> = Object.fromEntries(Object.entries(record(raw['collections'])).map(([id, line]) => [id, { action: text(record(line)['action']), amount: text(record(line)['amount']) }]));
  return {
    buckets: Object.fromEntries(BUCKETS.map((b) => [b, text(Object.hasOwn(buckets, b) ? buckets[b] : '')])),
    priority: Array.isArray(raw['priority']) ? raw['priority'].map(text) : [],
    daysInAr: text(raw['daysInAr']),
    netCollectionRate: text(raw['netCollectionRate']),
    collections,
  };
}

/**
 * Scoring rules (mirrored in docs/billing-exercises-denials.md): for an exercise with the report,
 * 1 point per aging bucket total (within $0.01), 1 per rank of the top claims in the right place,
 * 1 for days in A/R (within 0.5 day) and 1 for the net collection rate (within 0.5 percentage
 * point); for one with a collections step, the points of `scoreCollections` as well.
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
  const buckets = rubric.buckets;
  if (buckets) {
    for (const b of BUCKETS) {
      const given = input.buckets?.[b] ?? '';
      findings.push({ code: 'bucket', ok: near(buckets[b], given, AR_TOLERANCE.bucket, 'dollars'), target: b, expected: buckets[b].toFixed(2), given });
    }
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
  const { daysInAr, netCollectionRate } = rubric;
  if (daysInAr !== undefined) findings.push({ code: 'days-in-ar', ok: near(daysInAr, input.daysInAr, AR_TOLERANCE.daysInAr, 'days'), target: '', expected: daysInAr.toFixed(1), given: input.daysInAr ?? '' });
  if (netCollectionRate !== undefined) {
    const rate = input.netCollectionRate ?? '';
    const asPercent = near(netCollectionRate, rate, AR_TOLERANCE.netCollectionRate, 'percent');
    // "0.939%" is a percentage (wrong), not the fraction 0.939.
    const fraction = /%|percent/i.test(rate) ? Number.NaN : readNumber(rate, 'percent');
    const asFraction = !asPercent && fraction <= 1.5 && Math.abs(fraction * 100 - netCollectionRate) <= AR_TOLERANCE.netCollectionRate + 1e-9;
    findings.push({ code: 'net-collection-rate', ok: asPercent || asFraction, target: '', expected: netCollectionRate.toFixed(1), given: rate, ...(asFraction ? { accepted: 'fraction' as const } : {}) });
  }
  if (rubric.collections) findings.push(...scoreCollections(rubric.collections, input.collections ?? {}));
  return { type: 'points', earned: findings.filter((f) => f.ok).length, total: findings.length, findings };
}
