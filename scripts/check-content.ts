/**
 * `npm run check:content`: validates every authored file (lessons, modules, quizzes, exercises,
 * glossary, claims, certification outlines) and that every lesson, case and exam item has one
 * outline topic; prints one line per problem naming file, field and fix.
 */
import { readContentFiles } from './lib/read-content.ts';
import { validateContent } from '../src/domain/content/validate-content.ts';
import { contentRules } from '../src/domain/content/content-rules.ts';
import { readCoverageContent } from './lib/coverage-content.ts';
import { coverageEntries } from '../src/domain/blueprints/entries.ts';
import { describeTopicProblem } from '../src/domain/blueprints/describe.ts';

const root = new URL('..', import.meta.url).pathname;
const files = readContentFiles(root);
const errors = validateContent(files, contentRules);
// Once every file is valid, each lesson, case and exam item must resolve to one outline topic.
if (errors.length === 0) {
  const { source, map } = readCoverageContent(root);
  errors.push(...coverageEntries(source, map).problems.map(describeTopicProblem));
}
if (errors.length > 0) {
  console.error(`✗ ${errors.length} problem${errors.length === 1 ? '' : 's'} in content:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`✓ ${files.length} content files checked, no problems.`);
