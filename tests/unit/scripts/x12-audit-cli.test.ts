import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { ack999, IK403 } from '../../../src/domain/acknowledgment/ack-999.ts';
import { DEFAULT_ACK_OPTIONS } from '../../../src/domain/acknowledgment/envelope.ts';
import { applyChanges } from '../../../src/domain/claims/apply-changes.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../src/domain/claims/x12-837p.ts';
import { BASE } from '../domain/claims/helpers.ts';
import { sharedSource } from '../../fixtures/sources.ts';

// The audit walks files with the pyx12 maps in ../shared (not part of a clone).
const maps = sharedSource('x12/pyx12-maps/dataele.xml');

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

describe.runIf(maps.present)(`npm run x12:audit fails on a bad file (review 2026-11-30, session 10)${maps.skip}`, { timeout: 90_000 }, () => {
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

  it('a file that is not an 837P, 835, 999 or 277CA is a finding; an unreadable file or an unknown option exits 2 with a message', () => {
    const other = audit(['--file', write('other.x12', good.replace('ST*837*', 'ST*850*'))]);
    expect(other.code).toBe(1);
    expect(other.out).toContain('[unknown-transaction]');
    const missing = audit(['--file', join(dir, 'nope.x12')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Cannot read ${join(dir, 'nope.x12')}`);
    const unknown = audit(['--fil', 'x.x12']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown option --fil.');
  });
});

describe.runIf(maps.present)(`npm run x12:audit over every file the app writes${maps.skip}`, { timeout: 120_000 }, () => {
  it('writes an 837P, 835, 999 and 277CA for every case and finds nothing to report', () => {
    const r = audit([]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/\d{3,} files written to .*; 0 findings/);
    expect(r.code).toBe(0);
  });
});
