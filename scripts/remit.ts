/**
 * The teaching payer on the command line (npm run remit -- <command>):
 *   adjudicate <claim.json|yaml> --payer <id> [--835 | --837] [--explain] [--json]
 *              [--as-of YYYY-MM-DD] [--account account.json] [--primary payment.json [--card card.json|yaml]]
 *       send a claim to a teaching payer (content/payers/<id>.yaml) and print the result:
 *       a remittance advice by default, the 835 itself with --835 (--explain: each segment
 *       with its meaning), everything as JSON with --json (its "account" can be passed back
 *       with --account for the next claim). --primary bills the payer after the primary: the
 *       primary's payment (the adjudication.payment of an earlier --json run) goes into the
 *       claim's 837P coordination-of-benefits loops (2320, 2330A, 2330B, 2430), and the payer
 *       reads it from there; --837 prints that 837P (with --explain, each segment's meaning).
 *       --card gives the secondary plan's card ({ memberId, relationship, insuredBirthDate?,
 *       insuredSex? }, as a secondary exercise's secondaryCoverage) when the claim lacks it: a
 *       supplement whose card came after a Medicare claim without items 9-9a (relationship self),
 *       or a commercial secondary after a commercial primary; the claim is re-addressed to it.
 *   payers
 *       list the payer ids
 * Exit codes: 0 adjudicated (whatever the outcome), 1 the claim or a file could not be read,
 * 2 usage. Same engine as the browser: src/domain/remittance/remit.ts.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadPayer, payerIds } from '../src/data/payers-node.ts';
import { describeFinding } from '../src/domain/claims/describe.ts';
import { parseDate } from '../src/domain/claims/normalize.ts';
import { readClaim } from '../src/domain/claims/rules/claim-shape.ts';
import { formatZodIssues } from '../src/domain/content-errors.ts';
import { accountFrom, claimPaymentSchema, patientAccountSchema } from '../src/domain/remittance/account-schema.ts';
import { newAccount } from '../src/domain/remittance/adjudicate.ts';
import { remit } from '../src/domain/remittance/remit.ts';
import { otherPayerFromPayment, sendAfterPrimary, type BilledPayer, type SecondaryCoverage } from '../src/domain/remittance/bill-secondary.ts';
import { secondaryCoverageSchema } from '../src/domain/billing/billing-exercise-schema.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../src/domain/claims/x12-837p.ts';
import { repairFreeText837p } from '../src/domain/claims/export-837p.ts';
import { X12_837P_LAYOUT } from '../src/data/x12-layouts.ts';
import { describeX12Finding } from '../src/domain/x12/describe.ts';
import type { Claim } from '../src/domain/claims/claim-schema.ts';
import type { ClaimPayment, PatientAccount } from '../src/domain/remittance/types.ts';

const VALUE_OPTIONS = ['--payer', '--as-of', '--account', '--primary', '--card'];
const KNOWN_FLAGS = ['--835', '--837', '--explain', '--json', ...VALUE_OPTIONS];
const USAGE = 'usage: npm run remit -- adjudicate <claim.json|yaml> --payer <id> [--835 | --837] [--explain] [--json] [--as-of YYYY-MM-DD] [--account account.json] [--primary payment.json [--card card.json]]\n       npm run remit -- payers\n';

class CliError extends Error {
  exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
function option(name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value.\n${USAGE}`, 2);
  return value;
}
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.includes(args[i - 1] ?? ''));

function readData(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot read the ${what} file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error)}).`, 1);
  }
  try {
    return /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: the ${what} file is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${(error as Error).message.split('\n')[0]}).`, 1);
  }
}

function readAccount(path: string | undefined, primaryPath: string | undefined, year: string): PatientAccount {
  let account = newAccount(year);
  if (path) {
    const value = readData(path, 'account');
    // The whole --json output of an earlier run is accepted too: its "account" is used.
    const candidate = typeof value === 'object' && value !== null && 'account' in value ? (value as { account: unknown }).account : value;
    const parsed = patientAccountSchema.safeParse(candidate);
    if (!parsed.success) throw new CliError(formatZodIssues(path, parsed.error, { schema: patientAccountSchema, input: candidate }), 1);
    account = accountFrom(parsed.data);
  }
  if (primaryPath) {
    const value = readData(primaryPath, 'primary payment');
    const candidate = typeof value === 'object' && value !== null && 'adjudication' in value ? (value as { adjudication: { payment?: unknown } }).adjudication.payment : value;
    const parsed = claimPaymentSchema.safeParse(candidate);
    if (!parsed.success) throw new CliError(formatZodIssues(primaryPath, parsed.error, { schema: claimPaymentSchema, input: candidate }), 1);
    account = { ...account, primaryPayment: parsed.data };
  }
  return account;
}

/** The secondary plan's card (--card), checked like a secondary exercise's secondaryCoverage; only meaningful with --primary. */
function readCard(path: string | undefined, primaryPath: string | undefined): SecondaryCoverage | undefined {
  if (!path) return undefined;
  if (!primaryPath) throw new CliError(`--card is the card of the plan billed after the primary: give the primary's payment with --primary too.\n${USAGE}`, 2);
  const value = readData(path, 'card');
  const parsed = secondaryCoverageSchema.safeParse(value);
  if (!parsed.success) throw new CliError(formatZodIssues(path, parsed.error, { schema: secondaryCoverageSchema, input: value }), 1);
  return parsed.data;
}

/**
 * What the payer receives: with a primary payment, the claim's 837P carries it in the COB loops
 * and the payer's account holds only what it reads back from them (and, for Medicare, its MSP
 * record of the primary plan).
 */
function asReceived(claim: Claim, given: PatientAccount, asOf: string, billed: BilledPayer, card?: SecondaryCoverage): { claim: Claim; account: PatientAccount; x837: Pick<ReturnType<typeof claimTo837p>, 'text' | 'segments'> } {
  const primary: ClaimPayment | undefined = given.primaryPayment;
  if (!primary) return { claim, account: given, x837: claimTo837p(claim, { ...DEFAULT_X12_OPTIONS, createdDate: asOf }) };
  const profile = payerIds().map(loadPayer).find((r) => r.ok && r.payer.payerId === primary.payerId);
  const otherPayer = profile?.ok ? { name: profile.payer.name, payerId: profile.payer.payerId, claimFilingIndicator: profile.payer.claimFilingIndicator } : { name: primary.payerId, payerId: primary.payerId, claimFilingIndicator: primary.claimFilingIndicator };
  const cob = otherPayerFromPayment(claim, primary, otherPayer);
  const sent = sendAfterPrimary(claim, cob, asOf, billed, card);
  const { primaryPayment: _given, ...rest } = given;
  return {
    claim: sent.claim,
    account: { ...rest, primaryCoverageOnFile: otherPayer.name, ...(sent.primaryPayment ? { primaryPayment: sent.primaryPayment } : {}) },
    x837: { text: sent.text, segments: sent.segments },
  };
}

const usd = (cents: number): string => `${cents < 0 ? '-' : ''}${(Math.abs(cents) / 100).toFixed(2)}`;

function adjudicateCommand(file: string): void {
  const payerId = option('payer');
  if (!payerId) throw new CliError(`--payer is required: one of ${payerIds().join(', ')}.\n${USAGE}`, 2);
  const asOf = option('as-of') ?? new Date().toISOString().slice(0, 10); // scripts may read the clock; the domain never does
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || parseDate(asOf) !== asOf) throw new CliError(`--as-of "${asOf}" is not a date; write YYYY-MM-DD.`, 2);
  const payer = loadPayer(payerId);
  if (!payer.ok) throw new CliError(payer.error, 2);
  const read = readClaim(readData(file, 'claim'));
  if (!read.ok) throw new CliError(`${file}: not a claim ClaimLab can read:\n${read.findings.map((f) => `  ${describeFinding(f)}`).join('\n')}`, 1);
  const given = readAccount(option('account'), option('primary'), (read.claim.lines[0]?.from ?? asOf).slice(0, 4));
  const card = readCard(option('card'), option('primary'));
  const { claim: received, account, x837 } = asReceived(read.claim, given, asOf, payer.payer, card);
  // A card the claim was not re-addressed with would otherwise be dropped without a word.
  if (card && received.insuredId.trim().toUpperCase() !== card.memberId.trim().toUpperCase()) {
    process.stderr.write(`remit: --card ${option('card')} was not used: the claim went to ${payer.payer.name} as it was (insured ID ${received.insuredId || 'blank'}). A card re-addresses the claim only when ${payer.payer.id} is not the payer already on the claim, and for a supplement after Medicare only with relationship: self and no policy in items 9-9a.\n`);
  }
  // The payer adjudicates the claim as it receives it: re-addressed to a supplement billed after Medicare, as it is when already addressed to the payer (Medicare as secondary payer).
  const result = remit(received, payer.payer, account, asOf);
  if (flag('837')) {
    // Names and addresses repaired as the Export 837P repairs them, so the file holds only X12 characters.
    const repaired = repairFreeText837p(x837.segments, X12_837P_LAYOUT);
    if (flag('explain')) for (const s of repaired.segments) process.stdout.write(`${s.segment.padEnd(60)} [${s.loop}] ${s.explanation}\n`);
    else process.stdout.write(`${repaired.text}\n`);
    for (const w of repaired.warnings) process.stderr.write(`remit: ${describeX12Finding(w)}\n`);
    return;
  }

  if (flag('json')) {
    process.stdout.write(`${JSON.stringify({ adjudication: result.adjudication, advice: result.advice, account: result.account, ...(flag('835') ? { x835: result.x835.text } : {}) }, null, 2)}\n`);
    return;
  }
  if (flag('835')) {
    if (flag('explain')) for (const s of result.x835.segments) process.stdout.write(`${s.segment.padEnd(60)} [${s.loop}] ${s.explanation}\n`);
    else process.stdout.write(`${result.x835.text}\n`);
    return;
  }
  const ra = result.advice;
  process.stdout.write(`${ra.payer.name} (teaching payer) remittance advice, ${ra.date}, to ${ra.payee.name} NPI ${ra.payee.npi}\n`);
  for (const c of ra.claims) {
    process.stdout.write(`\nClaim ${c.payerClaimNumber}  patient ${c.patient}  account ${c.patientAccountNumber}  status ${c.statusCode}\n${c.summary}\n`);
    for (const l of c.lines) {
      process.stdout.write(`  line ${l.lineNumber}  ${l.date}  ${l.procedure}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''} x${l.units}  billed ${usd(l.billedCents)}  allowed ${usd(l.allowedCents)}  paid ${usd(l.paidCents)}\n`);
      if (l.pricing) process.stdout.write(`      ${'priced'.padEnd(7)} ${''.padStart(9)}  ${l.pricing}\n`);
      for (const r of l.reasons) process.stdout.write(`      ${r.code.padEnd(7)} ${usd(r.amountCents).padStart(9)}  ${r.text}\n`);
      for (const r of l.remarks) process.stdout.write(`      ${r.code.padEnd(7)} ${''.padStart(9)}  ${r.text}\n`);
    }
    process.stdout.write(`  patient owes ${usd(c.patientOwesCents)} (deductible ${usd(c.totals.deductibleCents)}, coinsurance ${usd(c.totals.coinsuranceCents)}, copay ${usd(c.totals.copayCents)}, other ${usd(c.totals.otherPatientCents)}); next: ${c.nextSteps.join(', ')}\n`);
  }
  const acc = result.account.accumulators;
  process.stdout.write(`\nPaid on this remittance: ${usd(result.x835.totalCents)}. ${acc.year} deductible met: ${usd(acc.deductibleMetCents)}; out of pocket: ${usd(acc.outOfPocketMetCents)}.\n`);
}

function main(): void {
  const unknown = args.filter((a) => a.startsWith('--') && !KNOWN_FLAGS.includes(a));
  if (unknown.length) throw new CliError(`Unknown option ${unknown.join(', ')}.\n${USAGE}`, 2);
  const [command, file, extra] = positional;
  if (command === 'payers' && !file) {
    for (const id of payerIds()) {
      const p = loadPayer(id);
      process.stdout.write(p.ok ? `${id.padEnd(22)} ${p.payer.kind.padEnd(22)} ${p.payer.name}\n` : `${p.error}\n`);
    }
    return;
  }
  if (command === 'adjudicate' && file && !extra) return adjudicateCommand(file);
  throw new CliError(USAGE, 2);
}

try {
  main();
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message.endsWith('\n') ? error.message : `${error.message}\n`}`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`remit: unexpected problem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
