import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { ack999, IK403 } from '../../../src/domain/acknowledgment/ack-999.ts';
import { DEFAULT_ACK_OPTIONS } from '../../../src/domain/acknowledgment/envelope.ts';
import { applyChanges } from '../../../src/domain/claims/apply-changes.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../src/domain/claims/x12-837p.ts';
import { BASE } from '../domain/claims/helpers.ts';
import { send } from '../domain/acknowledgment/helpers.ts';

/** npm run x12:audit -- --file ...: the audit's own checks on files it did not write. */
function audit(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['scripts/x12-audit.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const options = { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' };
const supervised = applyChanges(BASE, [
  { path: 'referringProvider', value: { qualifier: 'DQ', name: { last: 'Brandt', first: 'Thomas' }, npi: '1357914682' } },
  { path: 'serviceFacility', value: { name: 'Lakeshore Annex', address: { street: '10 Annex Way', city: 'Columbus', state: 'OH', zip: '43215-1111' }, npi: '1802468037' } },
]);

describe('npm run x12:audit fails on a bad file (review 2026-11-30, session 10)', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'x12-audit-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const good = claimTo837p(supervised, options).text;
  const lines = good.split('\n');

  it('a sound 837P has no finding and exits 0', () => {
    const r = audit(['--file', write('good.x12', good)]);
    expect(r.err).toBe('');
    expect(r.out).toContain('1 file(s) read; 0 findings');
    expect(r.code).toBe(0);
  });

  it('each defect of session 10 is a finding and the audit exits 1: 2310D before 2310B, a work accident without DTP*439, "FILE, SIGNATURE ON", a 999 IK3 in the claim without CTX*CLM01, a wrong SE count', () => {
    // The writer before the fix: the supervising provider (2310D) ahead of the rendering provider and the facility.
    const dq = lines.findIndex((l) => l.startsWith('NM1*DQ'));
    const moved = [...lines];
    const [supervisor] = moved.splice(dq, 1);
    moved.splice(moved.findIndex((l) => l.startsWith('NM1*82')), 0, supervisor!);
    const work = claimTo837p(applyChanges(BASE, [
      { path: 'conditionRelatedTo.employment', value: true },
      { path: 'currentIllness', value: { qualifier: '431', date: '2026-10-12' } },
      { path: 'diagnoses', value: ['S39.012A', 'X50.0XXA', 'Y99.0'] },
      { path: 'lines.0.pointers', value: ['A'] },
      { path: 'lines.1.pointers', value: ['A'] },
    ]), options).text.split('\n');
    const withoutAccidentDate = work.filter((l) => !l.startsWith('DTP*439')).map((l) => (l.startsWith('SE*') ? `SE*${Number(l.split('*')[1]) - 1}*0001~` : l));
    const signature = lines.map((l) => (l.startsWith('NM1*82') ? 'NM1*82*1*FILE*SIGNATURE ON****XX*1246813574~' : l));
    const noCtx = ack999({ groupControl: '1', transactionControl: '0001', errors: [{ segmentId: 'SV1', position: 29, loop: '2400', element: { position: 4, code: IK403['bad-character'] }, sentence: 'Units unreadable.' }] }, { ...DEFAULT_ACK_OPTIONS, date: '2026-11-26' }).text;
    const badCount = lines.map((l) => (l.startsWith('SE*') ? 'SE*99*0001~' : l));
    const r = audit(['--file', write('order.x12', moved.join('\n')), '--file', write('accident.x12', withoutAccidentDate.join('\n')), '--file', write('signature.x12', signature.join('\n')), '--file', write('ack.x12', noCtx), '--file', write('count.x12', badCount.join('\n'))]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('5 file(s) read');
    expect(r.out).toMatch(/order\.x12 \[unexpected-segment\] NM1\*82/);
    expect(r.out).toMatch(/accident\.x12 \[dtp439\]/);
    expect(r.out).toMatch(/signature\.x12 \[rendering-name\]/);
    expect(r.out).toMatch(/ack\.x12 \[ctx\]/);
    expect(r.out).toMatch(/count\.x12 \[count\] SE\*99\*0001 :: envelope: SE01 99 != \d+ segments/);
    // The sound files of the same kinds pass, so each finding is the defect's.
    const fixed = audit(['--file', write('accident-ok.x12', work.join('\n')), '--file', write('ack-ok.x12', ack999({ groupControl: '1', transactionControl: '0001', claimId: 'MAR-10442', errors: [{ segmentId: 'SV1', position: 29, loop: '2400', element: { position: 4, code: IK403['bad-character'] }, sentence: 'Units unreadable.' }] }, { ...DEFAULT_ACK_OPTIONS, date: '2026-11-26' }).text)]);
    expect(fixed.out).toContain('2 file(s) read; 0 findings');
    expect(fixed.code).toBe(0);
  });

  it('session 11: a DTP*439 on a claim that items 10a-10c say is not from an accident is a finding (the guide: do not send); a 2420A line with its PRV passes (PS1: the outside-lab edge of the full audit below)', () => {
    const withDate = lines.flatMap((l) => (l.startsWith('CLM*') ? [l, 'DTP*439*D8*20261001~'] : l.startsWith('SE*') ? [`SE*${Number(l.split('*')[1]) + 1}*0001~`] : [l]));
    const r = audit(['--file', write('no-accident.x12', withDate.join('\n'))]);
    expect(r.out).toMatch(/no-accident\.x12 \[dtp439-not-used\] DTP\*439\*D8\*20261001/);
    expect(r.code).toBe(1);
    const split = claimTo837p(applyChanges(supervised, [{ path: 'lines.1.renderingNpi', value: '1468024694' }, { path: 'lines.1.idQualifier', value: 'ZZ' }, { path: 'lines.1.renderingOtherId', value: '207Q00000X' }]), { ...options, providers: [{ npi: '1246813574', name: 'Priya Natarajan MD' }, { npi: '1468024694', name: 'Daniel Okafor DO' }] }).text;
    expect(split).toContain('NM1*82*1*OKAFOR*DANIEL****XX*1468024694~\nPRV*PE*PXC*207Q00000X~');
    const ok = audit(['--file', write('split.x12', split)]);
    expect(ok.out).toContain('1 file(s) read; 0 findings');
    expect(ok.code).toBe(0);
  });

  it('session 11 review: a rendering provider name with a credential or a note in parentheses is a finding (the writer sent "(PSYCHIATRY), LEAH BRENNER" and "PA-C, JORDAN REYES" before)', () => {
    for (const [name, bad] of [['psychiatry.x12', 'NM1*82*1*(PSYCHIATRY)*LEAH BRENNER****XX*1246813574~'], ['pa-c.x12', 'NM1*82*1*PA-C*JORDAN REYES****XX*1246813574~']] as const) {
      const r = audit(['--file', write(name, lines.map((l) => (l.startsWith('NM1*82') ? bad : l)).join('\n'))]);
      expect(r.out).toMatch(new RegExp(`${name.replace('.', '\\.')} \\[rendering-name\\] .*holds a credential or a note in parentheses`));
      expect(r.code).toBe(1);
    }
  });

  it('a one-word surname that spells a credential is a name, not a finding ("Anh Do MD" is NM1*82*1*DO*ANH)', () => {
    const r = audit(['--file', write('do.x12', lines.map((l) => (l.startsWith('NM1*82') ? 'NM1*82*1*DO*ANH****XX*1246813574~' : l)).join('\n'))]);
    expect(r.out).toContain('1 file(s) read; 0 findings');
    expect(r.code).toBe(0);
    const sm = audit(['--file', write('smith-md.x12', lines.map((l) => (l.startsWith('NM1*82') ? 'NM1*82*1*SMITH MD*JOHN****XX*1246813574~' : l)).join('\n'))]);
    expect(sm.out).toMatch(/smith-md\.x12 \[rendering-name\]/);
    expect(sm.code).toBe(1);
  });

  it('a file that is not an 837P, 835, 999 or 277CA is a finding; an unreadable file, an unknown option or a maps folder without the maps exits 2 with a message', () => {
    const other = audit(['--file', write('other.x12', good.replace('ST*837*', 'ST*850*'))]);
    expect(other.code).toBe(1);
    expect(other.out).toContain('[unknown-transaction]');
    const missing = audit(['--file', join(dir, 'nope.x12')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Cannot read ${join(dir, 'nope.x12')}`);
    const unknown = audit(['--fil', 'x.x12']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown option --fil.');
    const noMaps = audit(['--maps', dir, '--file', write('good-again.x12', good)]);
    expect(noMaps.code).toBe(2);
    expect(noMaps.err).toContain(`Cannot read the pyx12 map ${dir}/`);
    expect(noMaps.err).toContain('.xml. Hint: --maps names a folder holding the four transaction maps and dataele.xml');
  });
});

describe('npm run x12:audit -- --file <answer> --claim <837P>: a 999, 277CA or 835 read against the 837P it answers (x12v14 validation, 2026-12)', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'x12-cross-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const swap = (text: string, from: RegExp, to: string) => text.split('\n').map((l) => l.replace(from, to)).join('\n');
  const withoutSegment = (text: string, prefix: string) => {
    const lines = text.split('\n').filter((l) => !l.startsWith(prefix));
    return lines.map((l) => (l.startsWith('SE*') ? `SE*${Number(l.split('*')[1]) - 1}*0001~` : l)).join('\n');
  };

  it('the chain\'s own answers match the claim it sent; a 277CA without a line\'s end date, an 835 without the rendering provider (NM1*82) and a 999 whose IK3 points one segment off are findings', () => {
    const ranged = send([{ path: 'lines.1.to', value: '2026-10-16' }]);
    const sent = write('sent.x12', ranged.sent837p!.text);
    const good = audit(['--claim', sent, '--file', write('ok-277.x12', ranged.ack277ca!.text), '--file', write('ok-835.x12', ranged.remittance!.x835.text)]);
    expect(good.out).toContain('2 file(s) read; 0 findings');
    expect(good.code).toBe(0);
    const units = send([{ path: 'lines.0.units', value: 'one' }]);
    const shifted = units.ack999.text.replace(/IK3\*SV1\*(\d+)\*/, (_m, n: string) => `IK3*SV1*${Number(n) + 1}*`);
    const bad = audit([
      '--claim', sent,
      '--file', write('no-end-date.x12', swap(ranged.ack277ca!.text, /^DTP\*472\*RD8\*20261014-20261016~$/, 'DTP*472*D8*20261014~')),
      '--file', write('no-rendering.x12', withoutSegment(ranged.remittance!.x835.text, 'NM1*82*')),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/no-end-date\.x12 \[cross:dtp472\] .*!= the claim's service period 20261014-20261016/);
    expect(bad.out).toMatch(/no-rendering\.x12 \[cross:nm1-82\] .*NM1\*82 1246813574 is required/);
    const ack = audit(['--claim', write('sent-units.x12', units.sent837p!.text), '--file', write('shifted.x12', shifted)]);
    expect(ack.out).toMatch(/shifted\.x12 \[cross:ik3-segment\] .*IK3 names SV1 at position \d+, where the 837 has DTP\*472/);
    expect(ack.code).toBe(1);
  });
});

describe('npm run x12:audit over every file the app writes (the pyx12 maps committed in src/data/x12/pyx12-maps)', { timeout: 120_000 }, () => {
  it('writes an 837P, 835, 999 and 277CA for every case and finds nothing to report', () => {
    // Its own folder: the default /tmp/x12-audit is shared by every checkout on the machine and keeps old files.
    const out = mkdtempSync(join(tmpdir(), 'x12-audit-all-'));
    const r = audit(['--out', out]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/\d{3,} files written to .*; 0 findings/);
    const written = ['837p', '835', '999', '277ca'].map((kind) => readdirSync(join(out, kind)).length);
    expect(written.every((n) => n > 50)).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8'))).toEqual([]);
    rmSync(out, { recursive: true, force: true });
    expect(r.code).toBe(0);
  });
});

describe('the committed pyx12 maps are the unmodified pyx12 files (an edited map would change what the audit accepts)', () => {
  // sha256 of pyx12 commit 8893c59f's files, as copied by npm run data:x12 (src/data/x12/pyx12-maps/README.md).
  const PYX12_SHA256: Record<string, string> = {
    '277.5010.X214.xml': '661bf26b6162bda51e9e927d9570f567ef9cc78a8b7d3a03f439d5d9664512b3',
    '835.5010.X221.A1.xml': '0f6934e9cc6b05d84f9ff39a67b988089ba45920257f6e938019ecb9af5ee598',
    '837.5010.X222.A1.xml': 'f05e32206aa2301ecfe9509534a2f152be5ada626244d44dc6e6636da4090436',
    '999.5010X231.A1.xml': '2e3f4ae4a3892f9f5d1678acc1ce96ae313a9892b248408a6933081ed67433da',
    'dataele.xml': 'b7a00902ff92554a063d3b4d26fde96d752a1266fbea8219d485253691cc1c75',
  };
  const maps = join(REPO_ROOT, 'src/data/x12/pyx12-maps');
  it('holds exactly the five maps, each byte for byte as pyx12 wrote it', () => {
    expect(readdirSync(maps).filter((f) => f.endsWith('.xml')).sort()).toEqual(Object.keys(PYX12_SHA256).sort());
    for (const [file, sha] of Object.entries(PYX12_SHA256)) {
      expect(createHash('sha256').update(readFileSync(join(maps, file))).digest('hex'), file).toBe(sha);
    }
  });
});
