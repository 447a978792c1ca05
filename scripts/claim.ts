/**
 * Claim tools for the command line (npm run claim -- <command>):
 *   check <claim.json|yaml> [--json] [--as-of YYYY-MM-DD] [--edits tables.json]
 *       scrub a claim; prints findings, exits 1 when there are errors
 *   837 <claim.json|yaml> [--explain] [--as-of YYYY-MM-DD] [--edits tables.json]
 *       print the claim as an X12 837P (005010X222A1), optionally with explanations; only a
 *       claim with no scrubber errors is exported (exit 1 and the errors otherwise)
 *   schema
 *       write public/schemas/claim.schema.json and claim-exercise.schema.json
 *   import-ncci [--ptp ptp.txt] [--mue mue.txt] --out tables.json
 *       read official CMS NCCI PTP and MUE practitioner files into tables for --edits
 *
 * Files may be UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
 * Exit codes: 0 done, 1 errors in the claim (or export refused), 2 bad command line or file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadCodeSetView } from '../src/data/code-set-node.ts';
import { claimJsonSchema } from '../src/domain/claims/claim-schema.ts';
import { claimExerciseSchema } from '../src/domain/claims/claim-exercise-schema.ts';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../src/data/x12-layouts.ts';
import { formatZodIssues } from '../src/domain/content-errors.ts';
import { describeExportRefusal, describeFileProblem, describeFinding } from '../src/domain/claims/describe.ts';
import { editTablesSchema, readEditTables } from '../src/domain/claims/edit-tables-schema.ts';
import { export837p, isIsoDate } from '../src/domain/claims/export-837p.ts';
import { describeX12Finding } from '../src/domain/x12/describe.ts';
import { readTextFile } from './lib/read-text-file.ts';
import { writeOut } from './lib/write-out.ts';
import type { ClaimFinding } from '../src/domain/claims/findings.ts';
import { formatPath } from '../src/domain/claims/items.ts';
import { parseMueFile, parsePtpFile, type EditTables } from '../src/domain/claims/ncci.ts';
import { scrubClaim } from '../src/domain/claims/scrub.ts';
import { TEACHING_EDITS } from '../src/domain/claims/teaching-edits.ts';
import { DEFAULT_X12_OPTIONS } from '../src/domain/claims/x12-837p.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--as-of', '--edits', '--ptp', '--mue', '--out'].includes(args[i - 1] ?? '')));
const [command, file] = positional;

const out = writeOut;

/** Stops with a message on stderr (exit 2: the command line or a file is wrong). */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

// Scripts may read the clock; the domain never does.
const asOfOption = option('as-of');
if (args.includes('--as-of') && (asOfOption === undefined || !isIsoDate(asOfOption))) {
  fail(`--as-of must be a calendar date YYYY-MM-DD, e.g. --as-of 2026-11-26 (got ${asOfOption === undefined ? 'nothing' : JSON.stringify(asOfOption.slice(0, 40))}).`);
}
const asOf = asOfOption ?? new Date().toISOString().slice(0, 10);

/** A parse failure is reported as a finding too, so `check` always answers in one shape. */
function readInput(path: string): { value?: unknown; finding?: ClaimFinding } {
  const read = readTextFile(path);
  if (!read.ok) {
    return { finding: { rule: 'claim-shape', code: 'unreadable', item: 'claim', path: [], severity: 'error', data: { file: path, problem: read.problem, detail: read.detail ?? '' }, reference: 'ClaimLab CLI' } };
  }
  const text = read.text;
  try {
    return { value: /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text) };
  } catch (error) {
    return { finding: { rule: 'claim-shape', code: 'not-a-claim', item: 'claim', path: [], severity: 'error', data: { kind: `unparseable text: ${(error as Error).message}` }, reference: 'ClaimLab claim format (docs/claim-format.md)' } };
  }
}

/** The --edits tables, validated; the teaching table without the option. */
function loadEdits(): EditTables {
  if (!args.includes('--edits')) return TEACHING_EDITS;
  const path = option('edits');
  if (!path || path.startsWith('--')) fail('--edits needs a file: --edits tables.json (write one with: npm run claim -- import-ncci --ptp <file> --mue <file> --out tables.json).');
  const read = readTextFile(path, Number.MAX_SAFE_INTEGER);
  if (!read.ok) fail(`--edits: ${describeFileProblem(path, read.problem, read.detail)}`);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    fail(`--edits: ${path} is not valid JSON (${(error as Error).message}). Write the tables with: npm run claim -- import-ncci --ptp <file> --mue <file> --out tables.json.`);
  }
  const tables = readEditTables(value);
  if (tables.ok) return tables.tables;
  if (tables.empty) fail(`--edits: ${path} has no PTP or MUE rows, so no NCCI edit would be checked. Import the CMS files with: npm run claim -- import-ncci.`);
  fail(`--edits: ${path} is not an NCCI tables file:\n${formatZodIssues(path, tables.error!, { schema: editTablesSchema, input: value })}`);
}

function usage(): never {
  process.stderr.write('usage: npm run claim -- check <claim.json> [--json] [--as-of YYYY-MM-DD] [--edits tables.json]\n       npm run claim -- 837 <claim.json> [--explain]\n       npm run claim -- schema\n       npm run claim -- import-ncci [--ptp file] [--mue file] --out tables.json\n');
  process.exit(2);
}

async function check(path: string): Promise<void> {
  const edits = loadEdits();
  const input = readInput(path);
  const findings = input.finding ? [input.finding] : scrubClaim(input.value, { codes: loadCodeSetView(), asOf, edits }).findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (flag('json')) {
    await out(`${JSON.stringify({ errors, findings: findings.map((f) => ({ ...f, message: describeFinding(f) })) }, null, 2)}\n`);
  } else if (findings.length === 0) {
    await out(`${path}: no findings\n`);
  } else {
    for (const f of findings) await out(`${f.severity.padEnd(7)} item ${f.item.padEnd(6)} ${describeFinding(f)}\n        ${f.rule}/${f.code} at ${formatPath(f.path) || '(claim)'}; ${f.reference}\n`);
    await out(`${errors} error(s), ${findings.length - errors} warning(s)\n`);
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

async function x837(path: string): Promise<void> {
  const edits = loadEdits();
  const input = readInput(path);
  const scrubbed = input.finding ? { findings: [input.finding] } : scrubClaim(input.value, { codes: loadCodeSetView(), asOf, edits });
  const result = export837p(scrubbed, { ...DEFAULT_X12_OPTIONS, createdDate: asOf }, X12_837P_LAYOUT, X12_CODE_SETS);
  if (!result.ok) {
    process.stderr.write(`${describeExportRefusal(result)}\n`);
    const details = result.reason === 'scrubber-errors' ? result.errors.map(describeFinding) : result.reason === 'layout' ? result.findings.map(describeX12Finding) : [];
    for (const line of details) process.stderr.write(`  ${line}\n`);
    process.exitCode = 1;
    return;
  }
  for (const w of result.warnings) process.stderr.write(`warning: ${describeX12Finding(w)}\n`);
  if (flag('explain')) for (const s of result.segments) await out(`${s.segment.padEnd(60)} [${s.loop}] ${s.explanation}\n`);
  else await out(`${result.text}\n`);
}

function schema(): void {
  const outputs: [string, unknown][] = [
    ['public/schemas/claim.schema.json', { title: 'ClaimLab CMS-1500 claim', ...(claimJsonSchema() as object) }],
    ['public/schemas/claim-exercise.schema.json', { title: 'ClaimLab claim exercise', ...z.toJSONSchema(claimExerciseSchema, { io: 'input', unrepresentable: 'any' }) }],
  ];
  for (const [out, json] of outputs) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`wrote ${out}\n`);
  }
}

function importNcci(): void {
  const out = option('out');
  const ptp = option('ptp');
  const mue = option('mue');
  if (!out || (!ptp && !mue)) usage();
  // The CMS files are Latin-1 text; a missing or unreadable one is named, never a stack trace.
  const latin1 = (path: string): string => {
    try {
      return readFileSync(path, 'latin1');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail(describeFileProblem(path, code === 'ENOENT' ? 'not-found' : code === 'EISDIR' ? 'is-directory' : code === 'EACCES' ? 'no-permission' : 'unreadable', code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' ? '' : String(code ?? error)));
    }
  };
  const tables: EditTables = {
    label: `CMS NCCI files imported by the user (${[ptp, mue].filter(Boolean).join(', ')})`,
    ptp: ptp ? parsePtpFile(latin1(ptp)) : [],
    mue: mue ? parseMueFile(latin1(mue)) : [],
  };
  writeFileSync(out, JSON.stringify(tables));
  process.stdout.write(`wrote ${out}: ${tables.ptp.length} PTP edits, ${tables.mue.length} MUE values\n`);
}

if (command === 'check' && file) await check(file);
else if (command === '837' && file) await x837(file);
else if (command === 'schema') schema();
else if (command === 'import-ncci') importNcci();
else usage();
