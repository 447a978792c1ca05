import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';

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
