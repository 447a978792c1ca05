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

  it('says in --json when a hit comes from the External Cause Index', () => {
    const data = JSON.parse(codes('search', 'fell off a stepladder', '--json').out) as { hits: { code: string; via?: string; why?: string }[] };
    expect(data.hits[0]).toMatchObject({ code: 'W11', via: 'External Cause Index: Fall, falling, from, off, out of, stepladder' });
    expect(data.hits[0]?.why).toBe('fell off read as fall from; External Cause Index: Fall, falling, from, off, out of, stepladder');
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

describe('npm run codes -- lookup', { timeout: 90_000 }, () => {
  it('finds a HCPCS Level II code, and names the ICD-10-CM code the same characters also spell', () => {
    const r = codes('lookup', 'j1100');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('J1100  Injection, dexamethasone sodium phosphate, 1 mg');
    expect(r.out).toContain('Also an ICD-10-CM code when read as J11.00');
    const data = JSON.parse(codes('lookup', 'E0114', '--json').out) as { kind: string; long: string };
    expect(data).toMatchObject({ kind: 'hcpcs', long: expect.stringContaining('other than wood') });
  });

  it('still reads an ICD-10-CM code, and says so when a code is in neither set', () => {
    expect(codes('lookup', 'E11.65').out).toContain('Type 2 diabetes mellitus with hyperglycemia');
    const r = codes('lookup', 'Z9999');
    expect(r.code).toBe(1);
    expect(r.out).toContain('is not an ICD-10-CM code');
    expect(r.out).not.toContain('HCPCS');
  });

  it('says a letter and four digits is in neither set, and that --date is not checked for HCPCS', () => {
    const r = codes('lookup', 'e1199');
    expect(r.code).toBe(1);
    expect(r.out).toContain('E11.99 is not an ICD-10-CM code');
    expect(r.out).toContain('Nor is E1199 a HCPCS Level II code');
    expect(codes('lookup', 'E0114', '--date', '2026-06-01').out).toContain('--date 2026-06-01 is not checked for HCPCS');
    expect(codes('lookup', 'E0114').out).not.toContain('--date');
  });
});
