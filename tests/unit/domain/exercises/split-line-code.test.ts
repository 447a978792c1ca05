import { describe, expect, it } from 'vitest';
import { splitLineCode } from '../../../../src/domain/exercises/split-line-code.ts';

describe('splitLineCode', () => {
  it('reads modifiers written after the code with hyphens or spaces, in any case', () => {
    expect(splitLineCode('20605-59-LT')).toEqual({ code: '20605', modifiers: ['59', 'LT'] });
    expect(splitLineCode(' 20605 59 lt ')).toEqual({ code: '20605', modifiers: ['59', 'LT'] });
    expect(splitLineCode('j3301-jw')).toEqual({ code: 'J3301', modifiers: ['JW'] });
    expect(splitLineCode('99214 - 25')).toEqual({ code: '99214', modifiers: ['25'] });
    expect(splitLineCode('20610rt')).toEqual({ code: '20610', modifiers: ['RT'] });
    expect(splitLineCode('2060559LT')).toEqual({ code: '20605', modifiers: ['59', 'LT'] });
  });
  it('reads any dash a keyboard or word processor types as a hyphen', () => {
    expect(splitLineCode('20610\u2013RT')).toEqual({ code: '20610', modifiers: ['RT'] });
    expect(splitLineCode('20605\u201459\u2212LT')).toEqual({ code: '20605', modifiers: ['59', 'LT'] });
  });
  it('reads units written after an x or a multiplication sign, and never a modifier X1-X5 as units', () => {
    expect(splitLineCode('J3301 x 8')).toEqual({ code: 'J3301', modifiers: [], units: '8' });
    expect(splitLineCode('J3301 x8')).toEqual({ code: 'J3301', modifiers: [], units: '8' });
    expect(splitLineCode('J3301-JZ \u00d78')).toEqual({ code: 'J3301', modifiers: ['JZ'], units: '8' });
    expect(splitLineCode('17003 X 5')).toEqual({ code: '17003', modifiers: [], units: '5' });
    expect(splitLineCode('99213 X2')).toEqual({ code: '99213', modifiers: ['X2'] });
    expect(splitLineCode('99213-X2')).toEqual({ code: '99213', modifiers: ['X2'] });
    // X6-X9 and X10 up are no modifier: the X is the times sign whatever its case.
    expect(splitLineCode('J3301 X8')).toEqual({ code: 'J3301', modifiers: [], units: '8' });
    expect(splitLineCode('J3301-JZ X10')).toEqual({ code: 'J3301', modifiers: ['JZ'], units: '10' });
    expect(splitLineCode('99213 x2')).toEqual({ code: '99213', modifiers: [], units: '2' });
    expect(splitLineCode('T36.0X1')).toBeUndefined();
  });
  it('leaves a bare code, a diagnosis and anything else alone', () => {
    expect(splitLineCode('20605')).toBeUndefined();
    expect(splitLineCode('T36.95XA')).toBeUndefined();
    expect(splitLineCode('J3301JW')).toBeUndefined();
    expect(splitLineCode('206055')).toBeUndefined();
    expect(splitLineCode('20605-5')).toBeUndefined();
  });
});
