import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeSyntaxProblem, dotIcd, normalizeCpt, normalizeHcpcs, normalizeIcd, placeholderCandidates } from '../../../../src/domain/codes/normalize.ts';

describe('normalizeIcd', () => {
  it.each([
    ['E11.65', 'E11.65'],
    ['e1165', 'E11.65'],
    ['  e11.65 ', 'E11.65'],
    ['E11', 'E11'],
    ['t36.0x1a', 'T36.0X1A'],
    ['QA0.010', 'QA0.010'],
    ['O9A.211', 'O9A.211'],
  ])('%s -> %s', (input, code) => {
    expect(normalizeIcd(input)).toMatchObject({ ok: true, code });
  });

  it.each([
    ['', 'empty'],
    ['E1', 'too-short'],
    ['S72.001AXX', 'too-long'],
    ['1E1.65', 'first-not-letter'],
    ['EO8.9', 'second-not-digit'],
    ['SA0', 'second-not-digit'], // only chapter 21's QA categories have a letter second (found by the scrubber property test)
    ['E1.165', 'misplaced-dot'],
    ['E11.', 'misplaced-dot'],
    ['E11..65', 'misplaced-dot'],
    ['S72.0-', 'trailing-dash'],
    ['E11.6$', 'bad-character'],
  ])('%s is rejected as %s', (input, problem) => {
    expect(normalizeIcd(input)).toMatchObject({ ok: false, problem });
  });

  it('words every problem', () => {
    expect(describeSyntaxProblem('trailing-dash')).toMatch(/more characters/);
  });

  it('round-trips any well-formed dotless code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][0-9][0-9A-Z]{1,5}$/), (dotless) => {
        const n = normalizeIcd(dotless.toLowerCase());
        return n.ok && n.dotless === dotless && n.code === dotIcd(dotless);
      }),
    );
  });

  it('suggests placeholder X before a 7th character', () => {
    expect(placeholderCandidates('T1501A')).toEqual(['T1501XA']);
    expect(placeholderCandidates('S72001A')).toEqual([]);
  });
});

describe('HCPCS and CPT', () => {
  it('normalizes', () => {
    expect(normalizeHcpcs(' j1100 ')).toEqual({ ok: true, code: 'J1100' });
    expect(normalizeHcpcs('J110')).toMatchObject({ ok: false, problem: 'too-short' });
    expect(normalizeCpt('0001U')).toEqual({ ok: true, code: '0001U' });
    expect(normalizeCpt('9921A')).toMatchObject({ ok: false, problem: 'bad-character' });
  });
});
