/**
 * `npm run check:content`: validates every authored file (lessons, modules, quizzes, exercises,
 * glossary, claims, certification outlines) and that every lesson, case and exam item has one
 * outline topic; then checks every coding case against the code sets and its own grader (codes
 * valid on the date of service, no Excludes1 pair in the key, the key scores full marks, each
 * mistake shows its feedback), that every posting exercise builds with a deposit that balances, and
 * that every claim sent to a payer has its dates of service inside the payer's dated fee rows and cost sharing.
 * Prints one line per problem naming file, field and fix.
 */
import { readContentFiles } from './lib/read-content.ts';
import { validateContent } from '../src/domain/content/validate-content.ts';
import { contentRules } from '../src/domain/content/content-rules.ts';
import { readCoverageContent } from './lib/coverage-content.ts';
import { coverageEntries } from '../src/domain/blueprints/entries.ts';
import { describeTopicProblem } from '../src/domain/blueprints/describe.ts';
import { parse as parseYaml } from 'yaml';
import { loadCodeSetView } from '../src/data/code-set-node.ts';
import { codingExerciseSchema } from '../src/domain/exercises/coding-exercise-schema.ts';
import { codingCaseProblems, describeCaseProblem } from '../src/domain/content/coding-case-checks.ts';
import { postingContentProblems } from '../src/domain/billing/posting-content-checks.ts';
import { varianceContentProblems } from '../src/domain/variance/variance-content-checks.ts';
import { payerDateContentProblems } from '../src/domain/content/payer-date-checks.ts';

// `--root <dir>` checks the content folder of another checkout (the repository's by default).
const rootArg = process.argv.indexOf('--root');
const rootDir = rootArg > 0 ? process.argv[rootArg + 1] : undefined;
const root = rootDir ? `${rootDir.replace(/\/$/, '')}/` : new URL('..', import.meta.url).pathname;
const files = readContentFiles(root);
const errors = validateContent(files, contentRules);
// Once every file is valid, each lesson, case and exam item must resolve to one outline topic.
if (errors.length === 0) {
  const { source, map } = readCoverageContent(root);
  errors.push(...coverageEntries(source, map).problems.map(describeTopicProblem));
}
// Once every file is valid, each coding case must hold up against the code sets and its grader.
if (errors.length === 0) {
  const codes = loadCodeSetView();
  for (const file of files.filter((f) => /^content\/exercises\/coding\/[^/]+\.ya?ml$/.test(f.path))) {
    const exercise = codingExerciseSchema.parse(parseYaml(file.text));
    errors.push(...codingCaseProblems(exercise, codes).map((p) => describeCaseProblem(file.path, p)));
  }
}
// Once every file is valid, each posting exercise must build and its deposit must balance
// (BPR02 = sum of CLP04 - sum of PLB04 equals the author's deposit).
if (errors.length === 0) errors.push(...postingContentProblems(files));
// Once every file is valid, each variance review exercise must build (every processing error applies)
// and its authored `expected` figures must match the computed key.
if (errors.length === 0) errors.push(...varianceContentProblems(files));
// Once every file is valid, each claim a posting, secondary or denial exercise sends to a payer must
// fall inside the dates of the payer rows that price it (dated fee rows, dated cost sharing).
if (errors.length === 0) errors.push(...payerDateContentProblems(files));
if (errors.length > 0) {
  console.error(`✗ ${errors.length} problem${errors.length === 1 ? '' : 's'} in content:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`✓ ${files.length} content files checked, no problems.`);
