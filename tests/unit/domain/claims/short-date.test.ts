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
});
