/**
 * `npm run coverage`: writes docs/coverage.md, the coverage table of every certification outline
 * (domains, weights, and the lessons, cases and exam items counted under each), and its summary
 * table into README.md (between the coverage markers), and the README's exam bank size ("from a bank of N items").
 *   --ratchet   also rewrite tests/content/coverage-ratchet.json with the current counts of the
 *               domains still below the bar (after adding content, so the test's floor rises).
 *   --check     write nothing; exit 1 when docs/coverage.md is out of date.
 * Exit codes: 0 done, 1 out of date (--check) or content whose topic is unclear.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readCoverageContent } from './lib/coverage-content.ts';
import { coverageEntries } from '../src/domain/blueprints/entries.ts';
import { domainCoverage, nextRatchet } from '../src/domain/blueprints/coverage.ts';
import { coverageMarkdown, coverageSummary, withReadmeBankSize, withReadmeCoverage } from '../src/domain/blueprints/coverage-table.ts';
import { describeTopicProblem } from '../src/domain/blueprints/describe.ts';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const { blueprints, map, source } = readCoverageContent(root);
const { entries, problems } = coverageEntries(source, map);
if (problems.length > 0) {
  console.error(`✗ ${problems.length} piece${problems.length === 1 ? '' : 's'} of content without a clear topic:`);
  for (const p of problems) console.error(`  - ${describeTopicProblem(p)}`);
  process.exit(1);
}
const outlines = blueprints.map((blueprint) => ({ blueprint, coverage: domainCoverage(blueprint, entries) }));
const markdown = coverageMarkdown(outlines);
const docPath = `${root}docs/coverage.md`;
const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const newReadme = withReadmeCoverage(readme, coverageSummary(outlines));
if (newReadme === undefined) {
  console.error('✗ README.md has lost its coverage markers (<!-- coverage:start ... --> and <!-- coverage:end -->). Hint: put them back around the coverage table.');
  process.exit(1);
}
const readmeWithBank = withReadmeBankSize(newReadme, source.examItems.length);
if (readmeWithBank === undefined) {
  console.error('✗ README.md no longer says "from a bank of N items" in its exam paragraph. Hint: put the phrase back; npm run coverage fills in the number.');
  process.exit(1);
}
if (args.has('--check')) {
  let current = '';
  try {
    current = readFileSync(docPath, 'utf8');
  } catch {
    current = '';
  }
  if (current !== markdown || readmeWithBank !== readme) {
    console.error('✗ docs/coverage.md, the README coverage table or the README exam bank size is out of date. Hint: run npm run coverage and commit both files.');
    process.exit(1);
  }
  console.log('✓ docs/coverage.md and the README coverage table are up to date.');
  process.exit(0);
}
writeFileSync(docPath, markdown);
writeFileSync(readmePath, readmeWithBank);
console.log(`wrote docs/coverage.md, the README coverage table and the exam bank size (${source.examItems.length} items; ${entries.length} pieces of content counted)`);
if (args.has('--ratchet')) {
  const ratchet = nextRatchet(outlines.flatMap((o) => o.coverage));
  writeFileSync(`${root}tests/content/coverage-ratchet.json`, `${JSON.stringify(ratchet, null, 2)}\n`);
  console.log('wrote tests/content/coverage-ratchet.json');
}
