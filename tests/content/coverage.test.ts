import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoverageContent } from '../../scripts/lib/coverage-content.ts';
import { coverageEntries } from '../../src/domain/blueprints/entries.ts';
import { coverageFindings, domainCoverage, type Ratchet } from '../../src/domain/blueprints/coverage.ts';
import { coverageMarkdown, coverageSummary, withReadmeBankSize, withReadmeCoverage } from '../../src/domain/blueprints/coverage-table.ts';
import { describeCoverageFinding, describeTopicProblem } from '../../src/domain/blueprints/describe.ts';

/**
 * Certification coverage (issue 15): every lesson, case and exam item counts under exactly one
 * topic, and every CPC, CBCS and CPB domain reaches the bar (2 lessons, 4 cases, 15 items) or is
 * listed as in progress in coverage-ratchet.json, whose counts may only go up.
 */

const root = new URL('../../', import.meta.url).pathname;
const { blueprints, map, source } = readCoverageContent(root);
const { entries, problems } = coverageEntries(source, map);
const outlines = blueprints.map((blueprint) => ({ blueprint, coverage: domainCoverage(blueprint, entries) }));
const ratchet = JSON.parse(readFileSync(`${root}tests/content/coverage-ratchet.json`, 'utf8')) as Ratchet;

describe('topics', () => {
  it('gives every lesson, case and exam item one clear topic', () => {
    expect(problems.map(describeTopicProblem)).toEqual([]);
  });

  it('counts each piece of content at most once per outline (no tag inflation)', () => {
    for (const { blueprint, coverage } of outlines) {
      const ids = coverage.flatMap((c) => [...c.lessons, ...c.cases, ...c.items].map((e) => `${e.kind}:${e.id}`));
      expect(new Set(ids).size, blueprint.id).toBe(ids.length);
    }
  });

  it('places every exam-relevant topic in some domain of the CPC or the CBCS outline', () => {
    const placed = new Set(blueprints.filter((b) => b.id === 'cpc' || b.id === 'cbcs').flatMap((b) => b.domains.flatMap((d) => d.topics)));
    // Orientation is on no outline; case analysis is CPB's; health records and inpatient facility
    // coding are only on the CCA outline (content/blueprints/cca.yaml), which places them.
    const elsewhere = new Set(['orientation', 'case-analysis', 'health-records', 'inpatient-coding']);
    const unplaced = [...new Set(entries.map((e) => e.topic))].filter((t) => !placed.has(t) && !elsewhere.has(t));
    expect(unplaced).toEqual([]);
  });
});

describe('coverage bar and ratchet', () => {
  it('every CPC, CBCS and CPB domain meets the bar or is listed as in progress, and no count went down', () => {
    const findings = coverageFindings(outlines.flatMap((o) => o.coverage), ratchet);
    expect(findings.map(describeCoverageFinding)).toEqual([]);
  });
});

describe('docs/coverage.md', () => {
  it('is the table `npm run coverage` writes from the current content', () => {
    const committed = readFileSync(`${root}docs/coverage.md`, 'utf8');
    expect(committed, 'docs/coverage.md is out of date. Hint: run npm run coverage and commit it.').toBe(coverageMarkdown(outlines));
  });
});

describe('README coverage table', () => {
  it('is the summary `npm run coverage` writes', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(withReadmeCoverage(readme, coverageSummary(outlines)), 'README.md coverage table is out of date. Hint: run npm run coverage and commit README.md.').toBe(readme);
  });

  it('gives the exam bank size as the number of items in content/exams/items', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(source.examItems.length).toBeGreaterThan(900);
    expect(withReadmeBankSize(readme, source.examItems.length), 'README.md exam bank size is out of date. Hint: run npm run coverage and commit README.md.').toBe(readme);
    expect(withReadmeBankSize('no such phrase', 5)).toBeUndefined();
    expect(withReadmeBankSize('drawn from a bank of 863 items.', 1006)).toBe('drawn from a bank of 1,006 items.');
  });
});
