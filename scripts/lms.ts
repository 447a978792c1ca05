/**
 * Packages ClaimLab content for a learning management system.
 *
 *   npm run lms -- gift <exam-id|quiz-id> [--out <file.txt>]
 *   npm run lms -- scorm <module-id|exam-id|quiz-id|exercise-id...> --out <file.zip> [--pass <percent>] [--seed <n>]
 *
 * gift: writes a practice exam's item bank or a lesson quiz as Moodle GIFT (docs/lms.md), for
 * instructors who want our items in their own quizzes. Without --out the text goes to stdout.
 * Question kinds GIFT cannot express are listed on stderr and in a comment at the top of the
 * file, never dropped silently.
 * scorm: builds a SCORM 1.2 package (docs/lms.md) that runs in an LMS player and reports score
 * and completion: a module's lesson quizzes, a practice exam paper (pass mark from the exam) or
 * one or more lesson quizzes, coding exercises (graded in the package by the site's coding grader
 * against the code-set files it carries) and E/M levelling exercises. --pass sets the pass mark (adlcp:masteryscore), --seed the exam paper.
 * Exit codes: 0 written, 2 bad arguments or unknown id.
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
import { buildScormPackage, ScormBuildError } from './lib/scorm-build.ts';

const USAGE = [
  'Usage: npm run lms -- gift <exam-id|quiz-id> [--out <file.txt>]',
  '       npm run lms -- scorm <module-id|exam-id|quiz-id|exercise-id...> --out <file.zip> [--pass <percent>] [--seed <n>]',
  '  module ids: content/modules/<id>.yaml; exam ids: content/exams/<id>.yaml; quiz ids: content/quizzes/<id>.yaml;',
  '  exercise ids: content/exercises/coding/<id>.yaml or content/exercises/em/<id>.yaml (several quiz and exercise ids may be combined; see docs/lms.md)',
].join('\n');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
/** Reads `--name value` out of args; undefined when absent. */
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value.\n${USAGE}`);
  args.splice(at, 2);
  return value;
}
function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`${name} ${value}: expected a whole number.\n${USAGE}`);
  return Number(value);
}
const out = option('--out');
const passMark = wholeNumber('--pass', option('--pass'));
const seed = wholeNumber('--seed', option('--seed'));
const unknownFlag = args.find((a) => a.startsWith('--'));
if (unknownFlag !== undefined) fail(`Unknown option ${unknownFlag}.\n${USAGE}`);
const [command, id, ...rest] = args;
if (command === 'scorm') {
  const ids = [id, ...rest].filter((x): x is string => x !== undefined);
  if (ids.length === 0) fail(USAGE);
  const bad = ids.find((x) => !/^[a-z0-9-]+$/.test(x));
  if (bad !== undefined) fail(`"${bad}" is not a module, exam, quiz or exercise id (kebab-case, e.g. cms-1500).\n${USAGE}`);
  if (out === undefined || !out.endsWith('.zip')) fail(`scorm needs --out <file.zip>.\n${USAGE}`);
  try {
    const built = await buildScormPackage(REPO_ROOT, { ids, passMark, seed });
    writeFileSync(out, built.zip);
    const count = built.content.sections.reduce((n, s) => n + s.questions.length, 0);
    const cases = built.content.exercises?.length ?? 0;
    const emCases = built.content.emExercises?.length ?? 0;
    const what = [
      ...(count > 0 ? [`${count} question${count === 1 ? '' : 's'}`] : []),
      ...(cases > 0 ? [`${cases} coding case${cases === 1 ? '' : 's'} with the code-set files to grade ${cases === 1 ? 'it' : 'them'}`] : []),
      ...(emCases > 0 ? [`${emCases} E/M levelling case${emCases === 1 ? '' : 's'}`] : []),
    ].join(', ');
    process.stderr.write(`wrote ${out}: SCORM 1.2 package "${built.content.title}", ${what}, ${Math.round(built.zip.length / 1024)} KB${built.content.passMark === undefined ? '' : `, pass mark ${built.content.passMark}%`}, saved state at most ${built.worstCaseSuspend} of 4096 characters\n`);
    process.exit(0);
  } catch (error) {
    if (error instanceof ScormBuildError) fail(error.message);
    throw error;
  }
}
if (command !== 'gift' || id === undefined || rest.length > 0) fail(USAGE);
if (passMark !== undefined || seed !== undefined) fail(`--pass and --seed are for scorm only.\n${USAGE}`);
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
