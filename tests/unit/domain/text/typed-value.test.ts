import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainTyped, readCents, readDate, readDecimal, readWrittenDate } from '../../../../src/domain/text/typed-value.ts';

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

  it.each(['', '$', '12,50', '1,23', '0,500', '00,500', '1.234,50', '12.345', 'USD 12', '12.5O', '--5', '(-5)', '1 234.50', '12 dollars', '1e3'])('%j is not an amount', (typed) => {
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

describe('readWrittenDate: a date with its month named', () => {
  it.each(['November 5, 2026', 'Nov 5 2026', 'nov. 5th, 2026', '5 November 2026', '5th Nov 2026', 'NOV 5, 2026'])('%j is 2026-11-05', (typed) => {
    expect(readWrittenDate(typed)).toBe('2026-11-05');
  });
  it('reads the four-letter Sept', () => expect(readWrittenDate('Sept. 5, 2026')).toBe('2026-09-05'));
  it.each(['November 31, 2026', 'Noveber 5 2026', 'No 5 2026', '11/5/2026', 'November 5', 'Smarch 5, 2026'])('%j is not read', (typed) => {
    expect(readWrittenDate(typed)).toBeUndefined();
  });
});

describe('properties', () => {
  const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
  it('every real day reads back from its ISO, US and written forms', () => {
    fc.assert(fc.property(day, (d) => {
      const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const iso = d.toISOString().slice(0, 10);
      expect(readDate(iso)).toBe(iso);
      expect(readDate(`${m}/${dd}/${y}`)).toBe(iso);
      expect(readWrittenDate(d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }))).toBe(iso);
    }));
  });
  it('every amount reads back from the ways a ledger prints it', () => {
    fc.assert(fc.property(fc.integer({ min: -99_999_999_99, max: 99_999_999_99 }), (cents) => {
      const abs = Math.abs(cents);
      const dollars = `${Math.trunc(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
      const sign = cents < 0 ? '-' : '';
      expect(readCents(`${sign}$${dollars}`)).toBe(cents);
      expect(readCents(`${sign}${dollars.replace(/,/g, '')}`)).toBe(cents);
      if (cents < 0) expect(readCents(`(${dollars})`)).toBe(cents);
    }));
  });
  it('a thousands comma out of place is never read as a number', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9_999_999 }), fc.integer({ min: 1, max: 2 }), (n, shift) => {
      const digits = String(n);
      const at = digits.length - 3 - shift;
      fc.pre(at > 0);
      expect(readDecimal(`${digits.slice(0, at)},${digits.slice(at)}`)).toBeUndefined();
    }));
  });
  it('no reader throws on any text, and a date is always a real day', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('0', '1', '9', ',', '.', '$', '-', '\u2212', '(', ')', ' ', '/', '\uff11') })), (s) => {
      const d = readDate(s);
      if (d !== undefined) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      const c = readCents(s);
      if (c !== undefined) expect(Number.isInteger(c)).toBe(true);
      readDecimal(s);
      readWrittenDate(s);
    }), { numRuns: 2000 });
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
