import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { TEACHING_EDITS } from '../../../../src/domain/claims/teaching-edits.ts';

function cli(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/claim.ts', ...args, '--as-of', '2026-11-26'], { cwd: REPO_ROOT, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

describe('npm run claim', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-cli-'));
  it('check: exit 0 and no findings for a clean claim', () => {
    expect(cli('check', 'tests/fixtures/claims/office-visit.json')).toEqual({ code: 0, out: 'tests/fixtures/claims/office-visit.json: no findings\n' });
  });
  it('check --json: one not-a-claim finding for broken JSON and for an array, exit 1', () => {
    for (const text of ['{"form": ', '[1, 2, 3]']) {
      const file = join(dir, 'x.json');
      writeFileSync(file, text);
      const { code, out } = cli('check', file, '--json');
      expect(code).toBe(1);
      const parsed = JSON.parse(out) as { findings: { rule: string; code: string }[] };
      expect(parsed.findings.map((f) => `${f.rule}/${f.code}`)).toEqual(['claim-shape/not-a-claim']);
    }
  });
  it('837: prints an interchange', () => {
    const { code, out } = cli('837', 'tests/fixtures/claims/office-visit.json');
    expect(code).toBe(0);
    expect(out.startsWith('ISA*00*')).toBe(true);
    expect(out.trim().endsWith('IEA*1*000000001~')).toBe(true);
  });
});

/** Runs the CLI with stdout and stderr as pipes. */
function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['scripts/claim.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('npm run claim: bad input gets a sentence, never a stack trace', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-cli-bad-'));
  const clean = readFileSync(join(REPO_ROOT, 'tests/fixtures/claims/office-visit.json'), 'utf8');
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

  it('check --json writes all of a large report into a slow pipe (no cut at 64 KB)', () => {
    const claim = JSON.parse(clean) as { diagnoses: string[]; lines: Record<string, unknown>[] };
    const v = (ch: string) => ch.repeat(190);
    claim.diagnoses = Array.from({ length: 12 }, (_, i) => v(String.fromCharCode(65 + i)));
    claim.lines = Array.from({ length: 6 }, () => ({ ...claim.lines[0], procedure: v('P'), modifiers: [v('M'), v('N'), v('O'), v('Q')], pointers: [v('A'), v('B'), v('C'), v('D')], units: v('u'), charge: v('c'), placeOfService: v('p'), from: v('f'), to: v('t'), renderingNpi: v('9') }));
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(claim));
    // The reader waits before reading, so the pipe fills and the rest must wait for the drain.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" scripts/claim.ts check "${file}" --json --as-of 2026-11-26 | (sleep 2; cat)`], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stdout.length).toBeGreaterThan(64 * 1024);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
  it('writeOut hands every byte to a slow pipe before the process exits', () => {
    const script = "import('./scripts/lib/write-out.ts').then(async (m) => { await m.writeOut('x'.repeat(1 << 20)); process.exit(1); })";
    const r = spawnSync('sh', ['-c', `"${process.execPath}" -e "${script}" | (sleep 2; wc -c)`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(String(1 << 20));
  });
  it('a missing claim file names the file and why', () => {
    const { code, out } = run('check', join(dir, 'nope.json'), '--as-of', '2026-11-26');
    expect(code).toBe(1);
    expect(out).toContain(`Cannot use ${join(dir, 'nope.json')}: there is no such file`);
    expect(out).not.toContain('at .');
  });
  const editCases: [string, string | undefined, string][] = [
      ['missing.json', undefined, 'there is no such file'],
      ['empty.json', '', 'the file is empty'],
      ['broken.json', '{"label": ', 'is not valid JSON'],
      ['shape.json', '{"label":"x","ptp":[{"column1":"45380"}],"mue":[]}', 'shape.json: ptp[0].column2: is required but missing'],
      ['norows.json', '{"label":"x","ptp":[],"mue":[]}', 'has no PTP or MUE rows'],
  ];
  it.each(editCases)('--edits %s gets its own message, exit 2', (name, text, message) => {
    const file = join(dir, name);
    if (text !== undefined) writeFileSync(file, text);
    const { code, err } = run('check', 'tests/fixtures/claims/office-visit.json', '--edits', file, '--as-of', '2026-11-26');
    expect(code, name).toBe(2);
    expect(err, name).toContain(message);
    noStack(err);
  });
  it('--edits accepts the teaching table shape', () => {
    const file = join(dir, 'teaching.json');
    writeFileSync(file, JSON.stringify(TEACHING_EDITS));
    expect(run('check', 'tests/fixtures/claims/office-visit.json', '--edits', file, '--as-of', '2026-11-26').code).toBe(0);
  });
  it.each(['yesterday', '2026-02-30', '11/26/2026'])('--as-of %s is refused: it must be a date', (value) => {
    const { code, err } = run('check', 'tests/fixtures/claims/office-visit.json', '--as-of', value);
    expect(code).toBe(2);
    expect(err).toContain('--as-of must be a calendar date YYYY-MM-DD');
  });
  it('reads a claim saved as UTF-8 with a BOM, or UTF-16 LE/BE with a BOM', () => {
    const le = Buffer.from(clean, 'utf16le');
    const be = Buffer.from(le).swap16();
    const files: [string, Buffer][] = [
      ['bom8.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean, 'utf8')])],
      ['le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ];
    for (const [name, bytes] of files) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      expect(run('check', file, '--as-of', '2026-11-26'), name).toMatchObject({ code: 0, out: `${file}: no findings\n` });
    }
  });
  it('837: refused for a claim with scrubber errors; warns when free text is cut', () => {
    const claim = JSON.parse(clean) as { lines: { from: string }[]; patient: { name: { last: string } }; insured: { name: { last: string } } };
    claim.lines[0]!.from = '';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(claim));
    const refused = run('837', bad, '--as-of', '2026-11-26');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toContain('No 837P: the scrubber found');
    const long = JSON.parse(clean) as typeof claim;
    long.patient.name.last = 'Q'.repeat(100);
    long.insured.name.last = 'Q'.repeat(100);
    const longFile = join(dir, 'long.json');
    writeFileSync(longFile, JSON.stringify(long));
    const cut = run('837', longFile, '--as-of', '2026-11-26');
    expect(cut.code).toBe(0);
    expect(cut.err).toContain('cut to the maximum 60');
    expect(cut.out).toContain(`*${'Q'.repeat(60)}*`);
  });
});
