import { describe, expect, it } from 'vitest';
import { coverageFindings, domainCoverage, nextRatchet, type DomainCoverage } from '../../../../src/domain/blueprints/coverage.ts';
import { describeCoverageFinding } from '../../../../src/domain/blueprints/describe.ts';
import type { Blueprint } from '../../../../src/domain/blueprints/blueprint-schema.ts';
import type { CoverageEntry } from '../../../../src/domain/blueprints/entries.ts';

const entry = (kind: CoverageEntry['kind'], n: number, topic: CoverageEntry['topic'], certifications?: string[]): CoverageEntry[] =>
  Array.from({ length: n }, (_, i) => ({ kind, id: `${topic}-${kind}-${i}`, title: 't', topic, ...(certifications ? { certifications } : {}) }));

const weight = { value: 6, confidence: 'official' as const, sources: ['s'] };
const blueprint = {
  id: 'cpc', certification: 'CPC', name: 'CPC', body: 'AAPC', checked: '2026-11-29', practiceExam: 'cpc-style', summary: 's',
  format: {} as Blueprint['format'], sources: {},
  domains: [
    { id: 'em', name: 'E/M', weight, weightUnit: 'questions', topics: ['em'] },
    { id: 'anesthesia', name: 'Anesthesia', weight, weightUnit: 'questions', topics: ['anesthesia'] },
  ],
} as Blueprint;

const full = [...entry('lessons', 2, 'em'), ...entry('cases', 4, 'em'), ...entry('items', 15, 'em', ['CPC'])];
const thin = [...entry('lessons', 1, 'anesthesia'), ...entry('items', 3, 'anesthesia', ['CPC'])];
const messages = (coverage: DomainCoverage[], ratchet: Parameters<typeof coverageFindings>[1]): string[] => coverageFindings(coverage, ratchet).map(describeCoverageFinding);

describe('domainCoverage', () => {
  it('counts exam items only when tagged with the outline certification', () => {
    const [em] = domainCoverage(blueprint, [...full, ...entry('items', 5, 'em', ['CPB'])]);
    expect(em?.items).toHaveLength(15);
  });
});

describe('coverageFindings', () => {
  it('passes a domain at the bar and reports each missing kind of a domain below it', () => {
    const found = messages(domainCoverage(blueprint, [...full, ...thin]), {});
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('CPC domain "anesthesia": 1 lessons or sections, needs 2. Hint: add content tagged with one of the domain\'s topics (content/blueprints/cpc.yaml), or list the domain as in progress in tests/content/coverage-ratchet.json (npm run coverage -- --ratchet).');
  });

  it('lets a listed domain stay below the bar, but not lose content', () => {
    const coverage = domainCoverage(blueprint, [...full, ...thin]);
    expect(messages(coverage, { cpc: { anesthesia: { lessons: 1, cases: 0, items: 3 } } })).toEqual([]);
    expect(messages(coverage, { cpc: { anesthesia: { lessons: 1, cases: 0, items: 4 } } })).toEqual([
      'CPC domain "anesthesia": exam items went down from 4 to 3. Hint: content was removed or re-tagged away from this domain; restore it, or if that was intended, lower the count in tests/content/coverage-ratchet.json.',
    ]);
  });

  it('fails when a domain that meets the bar is still listed, or a listed domain does not exist', () => {
    const coverage = domainCoverage(blueprint, [...full, ...thin]);
    const found = coverageFindings(coverage, { cpc: { em: { lessons: 0, cases: 0, items: 0 }, anesthesia: { lessons: 1, cases: 0, items: 3 }, surgery: { lessons: 0, cases: 0, items: 0 } } });
    expect(found.map((f) => f.code)).toEqual(['ratchet-stale', 'ratchet-unknown']);
  });

  it('writes a ratchet that lists exactly the domains below the bar', () => {
    expect(nextRatchet(domainCoverage(blueprint, [...full, ...thin]))).toEqual({ cpc: { anesthesia: { lessons: 1, cases: 0, items: 3 } } });
  });
});
