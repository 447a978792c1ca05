import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';

function remit(...args: string[]): { code: number; out: string; err: string } {
  // spawnSync keeps stderr on success too (a notice such as an unused --card).
  const r = spawnSync(process.execPath, ['scripts/remit.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}

const CLAIM = 'tests/fixtures/claims/office-visit.json';

describe('npm run remit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'remit-cli-'));

  it('adjudicate prints a remittance advice with each reason in words', () => {
    const { code, out } = remit('adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-21');
    expect(code).toBe(0);
    expect(out).toContain('Lakeshore Health Plan (teaching payer) remittance advice, 2026-10-21');
    expect(out).toMatch(/CO-45\s+25\.00\s+Charge above the fee schedule/);
    expect(out).toContain('patient owes 175.00 (deductible 145.00, coinsurance 0.00, copay 30.00, other 0.00); next: bill-patient');
  });

  it('--835 prints the interchange itself, --explain each segment with its meaning', () => {
    const x = remit('adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-21', '--835');
    expect(x.code).toBe(0);
    expect(x.out.startsWith('ISA*00*')).toBe(true);
    expect(x.out).toContain('ST*835*0001~');
    expect(x.out.trim().endsWith('IEA*1*000000001~')).toBe(true);
    const e = remit('adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-21', '--835', '--explain');
    expect(e.out).toMatch(/PER\*BL\*PROVIDER SERVICES\*TE\*8005550140~\s+\[1000A\] PER\*BL payer technical contact/);
  });

  it('--json gives an account that, fed back with --account, makes the same claim a duplicate (OA-18)', () => {
    const first = remit('adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-21', '--json');
    const parsed = JSON.parse(first.out) as { account: unknown; adjudication: { payment: { payerClaimNumber: string } } };
    const file = join(dir, 'account.json');
    writeFileSync(file, JSON.stringify(parsed.account));
    const again = remit('adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-28', '--account', file);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/OA-18\s+185\.00\s+Duplicate of a line already processed on claim/);
    expect(again.out).toContain(parsed.adjudication.payment.payerClaimNumber);
  });

  it('--primary lets the supplemental plan pay after Medicare (OA-23)', () => {
    const medicare = join(dir, 'medicare.json');
    const claim = JSON.parse(readFileSync(join(REPO_ROOT, CLAIM), 'utf8')) as Record<string, unknown>;
    writeFileSync(medicare, JSON.stringify({ ...claim, insuranceType: 'medicare', insuredId: '3TR7QP2WC48' }));
    const primary = remit('adjudicate', medicare, '--payer', 'medicare-part-b', '--as-of', '2026-10-21', '--json');
    const file = join(dir, 'primary.json');
    writeFileSync(file, primary.out);
    const gap = remit('adjudicate', medicare, '--payer', 'medigap-plan-g', '--as-of', '2026-11-02', '--primary', file);
    expect(gap.code).toBe(0);
    expect(gap.out).toMatch(/OA-23\s+\d+\.\d\d\s+Settled by the primary payer/);
  });

  it('--card: the supplement\'s card, for a Medicare claim sent without items 9-9a, re-addresses the 837P to the supplement; a bad card or one without --primary is refused', () => {
    const medicare = join(dir, 'medicare-card.json');
    const claim = JSON.parse(readFileSync(join(REPO_ROOT, CLAIM), 'utf8')) as Record<string, unknown>;
    writeFileSync(medicare, JSON.stringify({ ...claim, insuranceType: 'medicare', insuredId: '3TR7QP2WC48' }));
    const primary = join(dir, 'primary-card.json');
    writeFileSync(primary, remit('adjudicate', medicare, '--payer', 'medicare-part-b', '--as-of', '2026-10-21', '--json').out);
    const card = join(dir, 'card.yaml');
    writeFileSync(card, 'memberId: BMSG-44120\nrelationship: self\n');
    const sent = remit('adjudicate', medicare, '--payer', 'medigap-plan-g', '--as-of', '2026-11-02', '--primary', primary, '--card', card, '--837');
    expect(sent.code).toBe(0);
    expect(sent.err).not.toMatch(/was not used/);
    // 2000B/2010BA/2010BB: the supplement (claim filing indicator 15) and its policy; Medicare only in 2320/2330.
    expect(sent.out).toContain('SBR*S*18*******15~');
    expect(sent.out).toMatch(/NM1\*IL\*1\*MARLOW\*DENISE\*A\*\*\*MI\*BMSG-44120~/);
    expect(sent.out).toMatch(/NM1\*PR\*2\*BUCKEYE MEDICARE SUPPLEMENT PLAN G \(TEACHING\)\*{5}PI\*BMSG7~/);
    expect(sent.out).toContain('SBR*P*18*GRP22817******MB~');
    const badCard = join(dir, 'bad-card.yaml');
    writeFileSync(badCard, 'memberId: BMSG-44120\nrelationship: cousin\n');
    const bad = remit('adjudicate', medicare, '--payer', 'medigap-plan-g', '--primary', primary, '--card', badCard);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad-card\.yaml: relationship: .*Hint/);
    const spouse = join(dir, 'spouse-card.yaml');
    writeFileSync(spouse, 'memberId: BMSG-44120\nrelationship: spouse\n');
    const unused = remit('adjudicate', medicare, '--payer', 'medigap-plan-g', '--as-of', '2026-11-02', '--primary', primary, '--card', spouse, '--837');
    expect(unused.code).toBe(0);
    expect(unused.out).not.toContain('BMSG-44120');
    expect(unused.err).toMatch(/--card .*spouse-card\.yaml was not used: .*relationship: self/);
    const alone = remit('adjudicate', medicare, '--payer', 'medigap-plan-g', '--card', card);
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/--card is the card of the plan billed after the primary: give the primary's payment with --primary too/);
  }, 60_000);

  it('--primary with medicare-part-b: Medicare pays as secondary payer after the employer plan (OA-23 with the 411.33 amounts, status 2)', () => {
    const medicare = join(dir, 'msp.json');
    const claim = JSON.parse(readFileSync(join(REPO_ROOT, CLAIM), 'utf8')) as Record<string, unknown>;
    writeFileSync(medicare, JSON.stringify({ ...claim, insuranceType: 'medicare', insuredId: '3TR7QP2WC48' }));
    // The PPO's deductible is met, so it pays something for Medicare to coordinate with.
    const met = join(dir, 'met.json');
    writeFileSync(met, JSON.stringify({ accumulators: { year: '2026', deductibleMetCents: 100000, outOfPocketMetCents: 100000 } }));
    const ppo = remit('adjudicate', medicare, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-21', '--account', met, '--json');
    const file = join(dir, 'ppo.json');
    writeFileSync(file, ppo.out);
    const msp = remit('adjudicate', medicare, '--payer', 'medicare-part-b', '--as-of', '2026-10-28', '--primary', file);
    expect(msp.code).toBe(0);
    expect(msp.out).toMatch(/OA-23\s+\d+\.\d\d\s+Medicare is the secondary payer/);
    expect(msp.out).toContain('42 CFR 411.33(a)');
    // --837 shows what Medicare read: the claim billed as secondary with the PPO's COB loops.
    const sent = remit('adjudicate', medicare, '--payer', 'medicare-part-b', '--as-of', '2026-10-28', '--primary', file, '--837');
    expect(sent.code).toBe(0);
    expect(sent.out).toContain('SBR*S*18***12****MB~');
    expect(sent.out).toMatch(/NM1\*PR\*2\*LAKESHORE HEALTH PLAN\*{5}PI\*LKS01~/);
    expect(sent.out).toMatch(/SVD\*LKS01\*104\*HC:99214\*\*1~/);
  });

  it('bad input: a clear message on stderr, a non-zero exit and never a stack trace', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"form": ');
    const cases: [string[], number, RegExp][] = [
      [['adjudicate', CLAIM], 2, /--payer is required: one of .*lakeshore-ppo/],
      [['adjudicate', CLAIM, '--payer', 'nope'], 2, /No payer "nope"\. Hint: use one of/],
      [['adjudicate', 'missing.json', '--payer', 'lakeshore-ppo'], 1, /missing\.json: cannot read the claim file \(no such file\)/],
      [['adjudicate', bad, '--payer', 'lakeshore-ppo'], 1, /bad\.json: the claim file is not valid JSON/],
      [['adjudicate', 'package.json', '--payer', 'lakeshore-ppo'], 1, /not a claim ClaimLab can read/],
      [['adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--account', 'package.json'], 1, /package\.json: accumulators: is required but missing\. Hint:/],
      [['adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--as-of', '2026-02-30'], 2, /--as-of "2026-02-30" is not a date/],
      [['adjudicate', CLAIM, '--payer'], 2, /--payer needs a value/],
      [['adjudicate', CLAIM, '--payer', 'lakeshore-ppo', '--bogus'], 2, /Unknown option --bogus/],
      [['frobnicate'], 2, /usage: npm run remit/],
    ];
    for (const [args, code, message] of cases) {
      const r = remit(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    // Ten CLI runs in a row: generous under a loaded CI machine.
  }, 120_000);

  it('payers lists every profile with its kind', () => {
    const { code, out } = remit('payers');
    expect(code).toBe(0);
    expect(out).toMatch(/^medicare-part-b\s+medicare-part-b\s+Medicare Part B \(teaching contractor\)$/m);
    expect(out).toMatch(/^medicare-dme-mac\s+medicare-part-b\s+Medicare DME MAC \(teaching contractor\)$/m);
    expect(out.trim().split('\n')).toHaveLength(8);
  });

  it('--837 writes names and addresses in the X12 character set, as the Export 837P does, and says what it changed (x12v14 validation, 2026-12)', () => {
    const accented = join(dir, 'accented.json');
    const claim = JSON.parse(readFileSync(join(REPO_ROOT, CLAIM), 'utf8')) as { patient: Record<string, unknown>; insured: Record<string, unknown> };
    const name = { last: 'Pe\u00f1a-N\u00fa\u00f1ez', first: 'Jos\u00e9' };
    writeFileSync(accented, JSON.stringify({ ...claim, patient: { ...claim.patient, name }, insured: { ...claim.insured, name } }));
    const r = remit('adjudicate', accented, '--payer', 'lakeshore-ppo', '--as-of', '2026-10-21', '--837');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^NM1\*IL\*1\*PENA-NUNEZ\*JOSE\*/m);
    expect(r.out).toMatch(/^[\x20-\x7e\n]*$/);
    expect(r.err).toMatch(/NM103 \(loop 2010BA\) had characters outside the X12 character set; written as "PENA-NUNEZ"/);
  });
});
