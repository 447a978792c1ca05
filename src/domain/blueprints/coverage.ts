import type { Blueprint } from './blueprint-schema.ts';
import type { CoverageEntry, EntryKind } from './entries.ts';

/**
 * Coverage of each outline domain: the content counted under it (each piece once, under its
 * one topic; a topic belongs to one domain per outline), checked against the bar the issue
 * sets for CPC, CBCS and CPB. While content lands slice by slice, a committed ratchet lists the
 * domains still below the bar with their counts: a count may not go down, and a domain that
 * reaches the bar must leave the list.
 */

/** What every enforced domain needs. */
export const COVERAGE_BAR: Record<EntryKind, number> = { lessons: 2, cases: 4, items: 15 };

/** Outlines the bar is enforced for (the CCA's inpatient domains have no data yet). */
export const ENFORCED_OUTLINES = ['cpc', 'cbcs', 'cpb'] as const;

/** The content of one domain. */
export interface DomainCoverage {
  outline: Blueprint['id'];
  domain: string;
  name: string;
  lessons: CoverageEntry[];
  cases: CoverageEntry[];
  items: CoverageEntry[];
}

/**
 * Content per domain of one outline. Exam items count only when tagged with the outline's
 * certification (the practice exam can draw them); lessons and cases count for every outline
 * that includes their topic.
 */
export function domainCoverage(blueprint: Blueprint, entries: readonly CoverageEntry[]): DomainCoverage[] {
  return blueprint.domains.map((d) => {
    const topics = new Set<string>(d.topics);
    const mine = entries.filter((e) => topics.has(e.topic) && (e.kind !== 'items' || (e.certifications ?? []).includes(blueprint.certification)));
    return {
      outline: blueprint.id,
      domain: d.id,
      name: d.name,
      lessons: mine.filter((e) => e.kind === 'lessons'),
      cases: mine.filter((e) => e.kind === 'cases'),
      items: mine.filter((e) => e.kind === 'items'),
    };
  });
}

/** Counts of one domain. */
export type Counts = Record<EntryKind, number>;

/** The committed ratchet: outline -> domain -> counts when last recorded. */
export type Ratchet = Partial<Record<string, Record<string, Counts>>>;

/** A coverage problem, as data (describe.ts words it). */
export type CoverageFinding =
  | { code: 'below-bar'; outline: string; domain: string; kind: EntryKind; have: number; need: number }
  | { code: 'count-dropped'; outline: string; domain: string; kind: EntryKind; have: number; was: number }
  | { code: 'ratchet-stale'; outline: string; domain: string }
  | { code: 'ratchet-unknown'; outline: string; domain: string };

const KINDS: EntryKind[] = ['lessons', 'cases', 'items'];

/** Counts of a domain's coverage. */
export function countsOf(c: DomainCoverage): Counts {
  return { lessons: c.lessons.length, cases: c.cases.length, items: c.items.length };
}

/** Does the domain meet the bar? */
export function meetsBar(counts: Counts): boolean {
  return KINDS.every((k) => counts[k] >= COVERAGE_BAR[k]);
}

/**
 * Checks enforced domains against the bar and the ratchet. A domain listed in the ratchet is
 * "in progress": it may be below the bar, but none of its counts may fall below the recorded
 * ones, and once it meets the bar it must be removed from the list.
 */
export function coverageFindings(coverage: readonly DomainCoverage[], ratchet: Ratchet): CoverageFinding[] {
  const findings: CoverageFinding[] = [];
  const enforced = coverage.filter((c) => (ENFORCED_OUTLINES as readonly string[]).includes(c.outline));
  for (const c of enforced) {
    const counts = countsOf(c);
    const recorded = ratchet[c.outline]?.[c.domain];
    if (recorded) {
      for (const kind of KINDS) if (counts[kind] < recorded[kind]) findings.push({ code: 'count-dropped', outline: c.outline, domain: c.domain, kind, have: counts[kind], was: recorded[kind] });
      if (meetsBar(counts)) findings.push({ code: 'ratchet-stale', outline: c.outline, domain: c.domain });
    } else {
      for (const kind of KINDS) if (counts[kind] < COVERAGE_BAR[kind]) findings.push({ code: 'below-bar', outline: c.outline, domain: c.domain, kind, have: counts[kind], need: COVERAGE_BAR[kind] });
    }
  }
  const known = new Set(enforced.map((c) => `${c.outline}/${c.domain}`));
  for (const [outline, domains] of Object.entries(ratchet)) {
    for (const domain of Object.keys(domains ?? {})) if (!known.has(`${outline}/${domain}`)) findings.push({ code: 'ratchet-unknown', outline, domain });
  }
  return findings;
}

/** The ratchet as it should be now: every enforced domain below the bar, with its counts. */
export function nextRatchet(coverage: readonly DomainCoverage[]): Ratchet {
  const out: Record<string, Record<string, Counts>> = {};
  for (const c of coverage) {
    if (!(ENFORCED_OUTLINES as readonly string[]).includes(c.outline)) continue;
    const counts = countsOf(c);
    if (meetsBar(counts)) continue;
    (out[c.outline] ??= {})[c.domain] = counts;
  }
  return out;
}
