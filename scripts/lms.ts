/**
 * Packages ClaimLab content for a learning management system.
 *
 *   npm run lms -- gift <exam-id|quiz-id> [--out <file.txt>]
 *
 * gift: writes a practice exam's item bank or a lesson quiz as Moodle GIFT (docs/lms.md), for
 * instructors who want our items in their own quizzes. Without --out the text goes to stdout.
 * Question kinds GIFT cannot express are listed on stderr and in a comment at the top of the
 * file, never dropped silently. Exit codes: 0 written, 2 bad arguments or unknown id.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { examItemFileSchema, examSchema } from '../src/domain/exams/exam-item-schema.ts';
import { quizSchema } from '../src/domain/quiz/quiz-schema.ts';
import { examToGift, quizToGift, type GiftExport } from '../src/domain/lms/gift.ts';
import { REPO_ROOT } from '../src/data/code-set-node.ts';
import { topicMapSchema } from '../src/domain/blueprints/topic-map-schema.ts';
import { withResolvedTopics } from '../src/domain/blueprints/topic-of.ts';
import { writeOut } from './lib/write-out.ts';

const USAGE = 'Usage: npm run lms -- gift <exam-id|quiz-id> [--out <file.txt>]\n  exam ids: content/exams/<id>.yaml; quiz ids: content/quizzes/<id>.yaml (see docs/lms.md)';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && (out === undefined || out.startsWith('--'))) fail(`--out needs a file name.\n${USAGE}`);
const positional = outAt < 0 ? args : args.filter((_, i) => i !== outAt && i !== outAt + 1);
const [command, id, ...rest] = positional;
if (command === 'scorm') fail('SCORM packages are not built yet (issue #17); `gift` is available.');
if (command !== 'gift' || id === undefined || rest.length > 0) fail(USAGE);
if (!/^[a-z0-9-]+$/.test(id)) fail(`"${id}" is not an exam or quiz id (kebab-case, e.g. cpc-style).\n${USAGE}`);

const examPath = join(REPO_ROOT, 'content/exams', `${id}.yaml`);
const quizPath = join(REPO_ROOT, 'content/quizzes', `${id}.yaml`);
let result: GiftExport;
if (existsSync(examPath)) {
  const exam = examSchema.parse(parse(readFileSync(examPath, 'utf8')));
  const dir = join(REPO_ROOT, 'content/exams/items');
  const bank = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => examItemFileSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
  const map = topicMapSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/blueprints/topic-map.yaml'), 'utf8')));
  result = examToGift(exam, withResolvedTopics(bank, map));
} else if (existsSync(quizPath)) {
  const quiz = quizSchema.parse(parse(readFileSync(quizPath, 'utf8')));
  result = quizToGift(quiz);
} else {
  const known = [
    ...readdirSync(join(REPO_ROOT, 'content/exams')).filter((f) => f.endsWith('.yaml')),
    ...readdirSync(join(REPO_ROOT, 'content/quizzes')).filter((f) => f.endsWith('.yaml')),
  ].map((f) => f.replace(/\.yaml$/, ''));
  const near = known.filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
  fail(`No exam or quiz "${id}".${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ''}\n${USAGE}`);
}

for (const s of result.skipped) process.stderr.write(`not exported: ${s.id}: ${s.reason}\n`);
if (out === undefined) {
  await writeOut(result.text);
} else {
  writeFileSync(out, result.text);
  process.stderr.write(`wrote ${out}: ${result.exported} question${result.exported === 1 ? '' : 's'} in GIFT${result.skipped.length > 0 ? `, ${result.skipped.length} not exported (listed above and in the file)` : ''}\n`);
}
