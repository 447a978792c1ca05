/**
 * Grades a student attempt at a coding or E/M levelling exercise from the command line.
 *
 *   npm run grade -- <exercise-id> <attempt.json> [--json]   (use - to read the attempt from stdin)
 *
 * E/M exercises live in content/exercises/em; their attempt is { problems, data, risk, time?, code, addOn?, addOnUnits? }.
 *
 * The attempt format is documented in docs/attempt-format.md. Prints the result in words (the
 * same words the UI shows, from describe-finding.ts), or the JSON result with --json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSetView } from '../src/data/code-set-node.ts';
import { formatZodIssues } from '../src/domain/content-errors.ts';
import { codingExerciseSchema } from '../src/domain/exercises/coding-exercise-schema.ts';
import { describeFileProblem } from '../src/domain/claims/describe.ts';
import { describeResult } from '../src/domain/exercises/describe-finding.ts';
import { gradeCodingExercise } from '../src/domain/exercises/grade-coding.ts';
import { readTextFile } from './lib/read-text-file.ts';
import { writeOut } from './lib/write-out.ts';
import { emExerciseSchema, emUserInputSchema } from '../src/domain/em/em-exercise-schema.ts';
import { gradeEm } from '../src/domain/em/score-em.ts';
import { describeEmAttemptShape, describeEmResult } from '../src/domain/em/describe-em.ts';
import { levelFamily } from '../src/domain/em/key-time.ts';

const EXERCISE_DIR = 'content/exercises/coding';
const EM_DIR = 'content/exercises/em';
const USAGE = 'Usage: npm run grade -- <exercise-id> <attempt.json> [--json]\n(see docs/attempt-format.md)';
const HELP = `${USAGE}

Grades a student attempt at a coding exercise (content/exercises/coding/<id>.yaml) or an E/M
levelling exercise (content/exercises/em/<id>.yaml). Use - as the attempt to read it from stdin.

A coding attempt is JSON:
  {"diagnoses": ["E11.9", "I10"], "lines": [{"code": "99214", "modifiers": ["25"], "units": 1}]}
or a plain list of diagnosis codes separated by commas, spaces or new lines:
  E11.9, I10
Dots, case and spaces do not matter (e119 is E11.9); a line code may carry its modifiers
("20605-59-LT").
An E/M attempt is JSON: {"problems": "moderate", "data": "limited", "risk": "moderate", "code": "99214"},
with "time" when the note documents time, and "addOn" with "addOnUnits" ({"addOn": "99417",
"addOnUnits": "2"}, or {"addOn": "none"}) when the exercise grades a time add-on.

Options:
  --json   print the result as JSON
  --help   print this help

Exit codes: 0 graded (whatever the score); 1 unknown exercise, bad exercise file or unreadable
attempt; 2 wrong arguments.
`;

function fail(message: string, exitCode = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  await writeOut(HELP);
  process.exit(0);
}
const asJson = args.includes('--json');
const unknownOptions = args.filter((a) => /^-./.test(a) && a !== '--json');
if (unknownOptions.length > 0) fail(`Unknown option ${unknownOptions.join(', ')}.\n${USAGE}`, 2);
const positional = args.filter((a) => a !== '--json');
const [id, attemptPath] = positional;
if (id === undefined || attemptPath === undefined) fail(`${positional.length === 0 ? 'Give an exercise id and an attempt file.' : 'Give an attempt file (or - for stdin) after the exercise id.'}\n${USAGE}`, 2);
if (positional.length > 2) fail(`Too many arguments: ${positional.slice(2).join(' ')} (one exercise id and one attempt file).\n${USAGE}`, 2);

const codingPath = join(EXERCISE_DIR, `${id}.yaml`);
const emPath = join(EM_DIR, `${id}.yaml`);
const isEm = /^[a-z0-9-]+$/.test(id) && !existsSync(codingPath) && existsSync(emPath);
const exercisePath = isEm ? emPath : codingPath;
if (!/^[a-z0-9-]+$/.test(id) || !existsSync(exercisePath)) {
  fail(`Unknown exercise id "${id}": no file ${codingPath} or ${emPath}.\n${USAGE}`);
}

let raw: unknown;
try {
  raw = parse(readFileSync(exercisePath, 'utf8'));
} catch (error) {
  fail(`${exercisePath} is not valid YAML: ${(error as Error).message}`);
}
// UTF-8 with or without BOM, or UTF-16 with BOM; an attempt is small, so 1 MB is plenty.
const read = readTextFile(attemptPath, 1024 * 1024);
if (!read.ok) fail(`${describeFileProblem(attemptPath === '-' ? 'the attempt on stdin' : attemptPath, read.problem, read.detail)}\nThe attempt must be a JSON file; see docs/attempt-format.md.`);
let attempt: unknown;
try {
  attempt = JSON.parse(read.text);
} catch (error) {
  // Plain codes ("E11.9, I10" or one per line) are a coding attempt of diagnoses; broken JSON is not.
  const looksLikeJson = /^\s*[[{"]/.test(read.text);
  if (isEm || looksLikeJson) fail(`The attempt ${attemptPath === '-' ? 'on stdin' : `"${attemptPath}"`} is not valid JSON (${(error as Error).message}); see docs/attempt-format.md.`);
  attempt = read.text;
}
// A lone code in plain text ("73610") parses as a JSON number: it is still a plain code list.
if (!isEm && typeof attempt === 'number') attempt = read.text;

if (isEm) {
  const em = emExerciseSchema.safeParse(raw);
  if (!em.success) fail(formatZodIssues(exercisePath, em.error, { schema: emExerciseSchema, input: raw }));
  const input = emUserInputSchema.safeParse(attempt);
  if (!input.success) fail(`The attempt ${attemptPath === '-' ? 'on stdin' : `"${attemptPath}"`} is not an E/M attempt: ${describeEmAttemptShape(em.data, attempt)} See docs/attempt-format.md.`);
  const emResult = gradeEm(em.data, input.data);
  await writeOut(asJson ? `${JSON.stringify(emResult, null, 2)}\n` : `${em.data.title} (${id})\n${describeEmResult(emResult, levelFamily(em.data.case)).join('\n')}\n`);
} else {
  const parsed = codingExerciseSchema.safeParse(raw);
  if (!parsed.success) fail(formatZodIssues(exercisePath, parsed.error, { schema: codingExerciseSchema, input: raw }));
  const result = gradeCodingExercise(parsed.data, attempt, loadCodeSetView());
  await writeOut(asJson ? `${JSON.stringify(result, null, 2)}\n` : `${parsed.data.title} (${id})\n${describeResult(result).join('\n')}\n`);
}

