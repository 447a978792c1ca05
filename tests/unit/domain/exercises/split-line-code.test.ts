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
  it('leaves a bare code, a diagnosis and anything else alone', () => {
    expect(splitLineCode('20605')).toBeUndefined();
    expect(splitLineCode('T36.95XA')).toBeUndefined();
    expect(splitLineCode('J3301JW')).toBeUndefined();
    expect(splitLineCode('206055')).toBeUndefined();
    expect(splitLineCode('20605-5')).toBeUndefined();
  });
});
