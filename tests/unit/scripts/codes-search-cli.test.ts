import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';

function codes(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/codes.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('npm run codes -- search', { timeout: 90_000 }, () => {
  it('explains how the query was read in --json', () => {
    const r = codes('search', 'CAD', '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { hits: { code: string; why?: string }[] };
    expect(data.hits[0]?.code).toBe('I25.10');
    expect(data.hits[0]?.why).toMatch(/^CAD read as coronary artery disease; Index: /);
  });

  it('prints the did-you-mean line for a misspelling', () => {
    const r = codes('search', 'acute pancreatitus');
    expect(r.out.split('\n')[0]).toBe('Did you mean: acute pancreatitis');
    expect(r.out).toContain('K85');
  });

  it('answers punctuation with a hint and exit code 1, no stack trace', () => {
    const r = codes('search', '?!?!', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ hits: [], hint: expect.stringContaining('Type a word or a code') });
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
