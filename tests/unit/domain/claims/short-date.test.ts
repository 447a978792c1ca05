import { describe, expect, it } from 'vitest';
import { parseShortDate } from '../../../../src/domain/claims/short-date.ts';

describe('parseShortDate', () => {
  it('reads the six-digit forms the NUCC manual allows for dates of service', () => {
    expect(parseShortDate('10 14 26')).toBe('2026-10-14');
    expect(parseShortDate('101426')).toBe('2026-10-14');
    expect(parseShortDate('10/14/26')).toBe('2026-10-14');
  });
  it('still reads eight digits and ISO, and refuses dates that do not exist', () => {
    expect(parseShortDate('10/14/2026')).toBe('2026-10-14');
    expect(parseShortDate('2026-10-14')).toBe('2026-10-14');
    expect(parseShortDate('02 30 26')).toBeUndefined();
    expect(parseShortDate('1014')).toBeUndefined();
  });
  it('reads a two-digit year in the POSIX window: 00-68 is 20YY, 69-99 is 19YY (an old onset date in item 14)', () => {
    expect(parseShortDate('05 01 98')).toBe('1998-05-01');
    expect(parseShortDate('12 31 68')).toBe('2068-12-31');
    expect(parseShortDate('01 01 69')).toBe('1969-01-01');
  });
});
