/**
 * `npm run check:content`: validates every authored file (lessons, modules, quizzes, exercises,
 * glossary, claims) and prints one line per problem naming file, field and fix.
 */
import { readContentFiles } from './lib/read-content.ts';
import { validateContent } from '../src/domain/content/validate-content.ts';
import { contentRules } from '../src/domain/content/content-rules.ts';

const root = new URL('..', import.meta.url).pathname;
const files = readContentFiles(root);
const errors = validateContent(files, contentRules);
if (errors.length > 0) {
  console.error(`✗ ${errors.length} problem${errors.length === 1 ? '' : 's'} in content:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`✓ ${files.length} content files checked, no problems.`);
