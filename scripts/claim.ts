/**
 * Claim tools for the command line (npm run claim -- <command>):
 *   check <claim.json|yaml> [--json] [--as-of YYYY-MM-DD] [--edits tables.json]
 *       scrub a claim; prints findings, exits 1 when there are errors
 *   837 <claim.json|yaml> [--explain] [--as-of YYYY-MM-DD]
 *       print the claim as an X12 837P (005010X222A1), optionally with explanations
 *   schema
 *       write public/schemas/claim.schema.json and claim-exercise.schema.json
 *   import-ncci [--ptp ptp.txt] [--mue mue.txt] --out tables.json
 *       read official CMS NCCI PTP and MUE practitioner files into tables for --edits
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadCodeSetView } from '../src/data/code-set-node.ts';
import { claimJsonSchema } from '../src/domain/claims/claim-schema.ts';
import { claimExerciseSchema } from '../src/domain/claims/claim-exercise-schema.ts';
import { describeFinding } from '../src/domain/claims/describe.ts';
import type { ClaimFinding } from '../src/domain/claims/findings.ts';
import { formatPath } from '../src/domain/claims/items.ts';
import { parseMueFile, parsePtpFile, type EditTables } from '../src/domain/claims/ncci.ts';
import { scrubClaim } from '../src/domain/claims/scrub.ts';
import { TEACHING_EDITS } from '../src/domain/claims/teaching-edits.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../src/domain/claims/x12-837p.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--as-of', '--edits', '--ptp', '--mue', '--out'].includes(args[i - 1] ?? '')));
const [command, file] = positional;
// Scripts may read the clock; the domain never does.
const asOf = option('as-of') ?? new Date().toISOString().slice(0, 10);

/** A parse failure is reported as a finding too, so `check` always answers in one shape. */
function readInput(path: string): { value?: unknown; finding?: ClaimFinding } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { finding: { rule: 'claim-shape', code: 'unreadable', item: 'claim', path: [], severity: 'error', data: { detail: String(error) }, reference: 'ClaimLab CLI' } };
  }
  try {
    return { value: /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text) };
  } catch (error) {
    return { finding: { rule: 'claim-shape', code: 'not-a-claim', item: 'claim', path: [], severity: 'error', data: { kind: `unparseable text: ${(error as Error).message}` }, reference: 'ClaimLab claim format (docs/claim-format.md)' } };
  }
}

function loadEdits(): EditTables {
  const path = option('edits');
  return path ? (JSON.parse(readFileSync(path, 'utf8')) as EditTables) : TEACHING_EDITS;
}

function usage(): never {
  process.stderr.write('usage: npm run claim -- check <claim.json> [--json] [--as-of YYYY-MM-DD] [--edits tables.json]\n       npm run claim -- 837 <claim.json> [--explain]\n       npm run claim -- schema\n       npm run claim -- import-ncci [--ptp file] [--mue file] --out tables.json\n');
  process.exit(2);
}

function check(path: string): void {
  const input = readInput(path);
  const findings = input.finding ? [input.finding] : scrubClaim(input.value, { codes: loadCodeSetView(), asOf, edits: loadEdits() }).findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (flag('json')) {
    process.stdout.write(`${JSON.stringify({ errors, findings: findings.map((f) => ({ ...f, message: describeFinding(f) })) }, null, 2)}\n`);
  } else if (findings.length === 0) {
    process.stdout.write(`${path}: no findings\n`);
  } else {
    for (const f of findings) process.stdout.write(`${f.severity.padEnd(7)} item ${f.item.padEnd(6)} ${describeFinding(f)}\n        ${f.rule}/${f.code} at ${formatPath(f.path) || '(claim)'}; ${f.reference}\n`);
    process.stdout.write(`${errors} error(s), ${findings.length - errors} warning(s)\n`);
  }
  process.exit(errors > 0 ? 1 : 0);
}

function x837(path: string): void {
  const input = readInput(path);
  const result = input.finding ? undefined : scrubClaim(input.value, { codes: loadCodeSetView(), asOf, edits: loadEdits() });
  if (!result?.claim) {
    const findings = input.finding ? [input.finding] : (result?.findings ?? []);
    for (const f of findings) process.stderr.write(`${describeFinding(f)}\n`);
    process.exit(1);
  }
  const { text, segments } = claimTo837p(result.claim, { ...DEFAULT_X12_OPTIONS, createdDate: asOf });
  if (flag('explain')) for (const s of segments) process.stdout.write(`${s.segment.padEnd(60)} [${s.loop}] ${s.explanation}\n`);
  else process.stdout.write(`${text}\n`);
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
  const tables: EditTables = {
    label: `CMS NCCI files imported by the user (${[ptp, mue].filter(Boolean).join(', ')})`,
    ptp: ptp ? parsePtpFile(readFileSync(ptp, 'latin1')) : [],
    mue: mue ? parseMueFile(readFileSync(mue, 'latin1')) : [],
  };
  writeFileSync(out, JSON.stringify(tables));
  process.stdout.write(`wrote ${out}: ${tables.ptp.length} PTP edits, ${tables.mue.length} MUE values\n`);
}

if (command === 'check' && file) check(file);
else if (command === '837' && file) x837(file);
else if (command === 'schema') schema();
else if (command === 'import-ncci') importNcci();
else usage();
