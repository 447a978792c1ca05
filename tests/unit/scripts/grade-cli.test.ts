import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';

const ID = 'ankle-sprain-left-basketball';
function grade(file: string): { code: number; out: string; err: string } {
  return run([ID, file]);
}
function run(args: string[], input?: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['scripts/grade.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('npm run grade: each kind of bad attempt gets its own message', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'grade-cli-'));
  const write = (name: string, data: string | Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  const dx = ['S93.492A', 'W01.0XXA', 'Y92.310', 'Y93.67', 'Y99.8'];

  it('units "4 mg" are not read as 1, and "4 units" is 4', () => {
    const { code, out } = grade(write('units.json', JSON.stringify({ diagnoses: dx, lines: [{ code: '73610', modifiers: ['LT'], units: '4 mg' }, { code: '29515', modifiers: ['LT'] }] })));
    expect(code).toBe(0);
    expect(out).toContain('Units on 73610 must be a number alone: "4 mg" has words in it');
    expect(out).not.toContain('not 1');
    expect(grade(write('units-word.json', JSON.stringify({ diagnoses: dx, lines: [{ code: '73610', modifiers: ['LT'], units: '4 units' }, { code: '29515', modifiers: ['LT'] }] }))).out).toContain('Units on 73610 should be 1, not 4');
  });
  it('an E/M attempt may give its code and add-on units as JSON numbers; a field of another kind is named, with the add-on fields the exercise grades', () => {
    const cc = 'em-critical-care-icu-respiratory-failure';
    const graded = run([cc, '-'], JSON.stringify({ time: '99291', code: 99291, addOn: '99292', addOnUnits: 2 }));
    expect([graded.code, graded.out.split('\n')[1]]).toEqual([0, 'Score: 5 / 5']);
    const bad = run([cc, '-'], JSON.stringify({ time: '99291', code: '99291', addOn: ['99292'], addOnUnits: 2 }));
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('The attempt on stdin is not an E/M attempt: "addOn" is a list, not text or a number. Expected {"problems": "moderate", "data": "limited", "risk": "moderate", "code": "99214"}, with "time" when the note documents time, and "addOn" (the add-on code, or "none") with "addOnUnits" (its units, e.g. "2"; not needed with none): this exercise grades a time add-on. See docs/attempt-format.md.\n');
  });
  it('a wrongly shaped attempt is told the expected shape', () => {
    expect(grade(write('shape.json', JSON.stringify({ codes: dx }))).out).toContain('This is not a coding attempt: expected {"diagnoses"');
  });
  it('10,000 lines are too many lines, not "12 diagnoses"', () => {
    const { out } = grade(write('many.json', JSON.stringify({ diagnoses: dx, lines: Array.from({ length: 10_000 }, () => ({ code: '73610' })) })));
    expect(out).toContain('Too many procedure lines');
    expect(out).not.toContain('12 diagnoses');
  });
  it('a UTF-16 attempt with a byte-order mark is read; a missing one is named', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ diagnoses: dx }), 'utf16le')]);
    expect(grade(write('utf16.json', le)).out).toMatch(/Score: /);
    const missing = grade(join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`Cannot use ${join(dir, 'nope.json')}: there is no such file`);
  });
  it('--help prints the usage and the attempt format on stdout and exits 0; an unknown option exits 2', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run grade');
    expect(help.out).toContain('"20605-59-LT"');
    const bad = run(['--jsn', ID, 'x.json']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown option --jsn.');
    expect(bad.err).not.toMatch(/at .*\.ts:\d+/);
  });
  it('messy input is graded, not a stack trace: plain codes on stdin, lower case, modifiers typed in the code box', () => {
    const plain = run([ID, '-'], 's93492a w010xxa  y92310\ny93.67 , Y99.8');
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('S93.492A');
    expect(plain.out).not.toContain('not valid JSON');
    const lines = grade(write('messy.json', JSON.stringify({ diagnoses: dx, lines: [{ code: '73610-lt' }, { code: ' 29515 LT ' }] })));
    expect(lines.out).toMatch(/Score: (\d+(\.\d+)?) \/ \1 \(100%\)/);
    const lone = run([ID, '-'], '73610\n');
    expect(lone.code).toBe(0);
    expect(lone.out).toContain('73610 is a CPT or HCPCS code, not a diagnosis');
    const broken = run([ID, '-'], '{"diagnoses": ["S93.492A",]}');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('The attempt on stdin is not valid JSON');
  });
});
