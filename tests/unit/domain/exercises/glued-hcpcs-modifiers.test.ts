import { describe, expect, it } from 'vitest';
import { readGluedHcpcsModifiers } from '../../../../src/domain/exercises/glued-hcpcs-modifiers.ts';

const line = (code: string, modifiers: string[] = []) => ({ code, modifiers, units: 1 });
const icd = (codes: string[]) => (c: string): boolean => codes.includes(c);
const hcpcs = (codes: string[]) => (c: string): boolean => codes.includes(c);

describe('readGluedHcpcsModifiers', () => {
  it('reads J3301JW (typed as J33.01JW, no such diagnosis) as J3301 with JW', () => {
    expect(readGluedHcpcsModifiers(line('J33.01JW'), icd([]), hcpcs(['J3301']))).toEqual(line('J3301', ['JW']));
    expect(readGluedHcpcsModifiers(line('J33.01JWRT', ['59']), icd([]), hcpcs(['J3301']))).toEqual(line('J3301', ['JW', 'RT', '59']));
  });
  it('leaves a real dotless diagnosis alone (S0281XA is S02.81XA), and a code that is no HCPCS code either', () => {
    expect(readGluedHcpcsModifiers(line('S02.81XA'), icd(['S02.81XA']), hcpcs(['S0281']))).toEqual(line('S02.81XA'));
    expect(readGluedHcpcsModifiers(line('Q99.99ZZ'), icd([]), hcpcs([]))).toEqual(line('Q99.99ZZ'));
  });
  it('leaves CPT and plain HCPCS lines alone', () => {
    expect(readGluedHcpcsModifiers(line('J3301'), icd([]), hcpcs(['J3301']))).toEqual(line('J3301'));
    expect(readGluedHcpcsModifiers(line('20610', ['RT']), icd([]), hcpcs([]))).toEqual(line('20610', ['RT']));
  });
});
