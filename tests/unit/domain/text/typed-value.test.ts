import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainTyped, readCents, readDate, readDecimal } from '../../../../src/domain/text/typed-value.ts';

describe('readCents: money as people type it', () => {
  it.each([
    ['$1,234.50', 123450],
    ['1234.5', 123450],
    ['1,234', 123400],
    ['$ 12.50', 1250],
    ['12.', 1200],
    ['.50', 50],
    ['-$42.10', -4210],
    ['$-42.10', -4210],
    ['(42.10)', -4210],
    ['\u221242.10', -4210],
    ['\u201342.10', -4210],
    ['\uff11\uff12.\uff10\uff10', 1200],
    ['\u00a012.00\u200b', 1200],
    ['0.00', 0],
    ['-0', 0],
  ])('%j is %i cents', (typed, cents) => expect(readCents(typed)).toBe(cents));

  it.each(['', '$', '12,50', '1,23', '12.345', 'USD 12', '12.5O', '--5', '(-5)', '1 234.50', '12 dollars', '1e3'])('%j is not an amount', (typed) => {
    expect(readCents(typed)).toBeUndefined();
  });

  it('never throws and never returns a fraction of a cent', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const c = readCents(s);
      expect(c === undefined || Number.isInteger(c)).toBe(true);
    }));
  });
});

describe('readDecimal', () => {
  it('reads KPIs and counts with any decimals', () => {
    expect(readDecimal('37.75')).toBe(37.75);
    expect(readDecimal('+3')).toBe(3);
    expect(readDecimal('4.8')).toBe(4.8);
    expect(readDecimal(7)).toBe(7);
    expect(readDecimal({})).toBeUndefined();
  });
});

describe('readDate: US dates in any common form', () => {
  it.each(['11/5/2026', '11/05/2026', '2026-11-05', '2026-11-5', '2026/11/05', '11-05-2026', '11 05 2026', '11052026', '11\u201305\u20132026', ' 11 / 5 / 2026 '])('%j is 2026-11-05', (typed) => {
    expect(readDate(typed)).toBe('2026-11-05');
  });
  it.each(['11/05/26', '2/30/2026', '13/01/2026', '5 Nov 2026', '11.05.2026', ''])('%j is not read as a date', (typed) => {
    expect(readDate(typed)).toBeUndefined();
  });
});

describe('plainTyped', () => {
  it('folds dashes, full-width forms and invisibles; other characters stay text', () => {
    expect(plainTyped('\u201420610\u2013RT\u200b ')).toBe('-20610-RT');
    expect(plainTyped('\uff2a\uff13\uff13\uff10\uff11')).toBe('J3301');
    expect(plainTyped('\ud83d\ude42')).toBe('\ud83d\ude42');
    expect(plainTyped(null)).toBe('');
  });
});
