import { describe, expect, it } from 'vitest';
import { modifiersRule } from '../../../../../src/domain/claims/rules/modifiers.ts';
import { keys, run } from '../helpers.ts';

describe('modifiers', () => {
  it('accepts CPT 25 and HCPCS RT', () => expect(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['25', 'rt'] }])).toEqual([]));
  it('flags unknown, malformed, repeated and LT with RT', () => {
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['Q!'] }]))).toEqual(['bad-syntax@24D']);
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['25', '25'] }]))).toEqual(['repeated@24D']);
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['LT', 'RT'] }]))).toEqual(['left-and-right@24D']);
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['00'] }]))).toEqual(['unknown@24D']);
  });
  it('never accepts JW and JZ on one line', () => {
    expect(keys(run(modifiersRule, [{ path: 'lines.1.procedure', value: 'J3301' }, { path: 'lines.1.modifiers', value: ['JW', 'JZ'] }]))).toEqual(['jw-and-jz@24D']);
  });
  it('reminds Medicare claims that an injected drug needs JZ or a JW line', () => {
    const medicareDrug = [{ path: 'insuranceType', value: 'medicare' }, { path: 'lines.1.procedure', value: 'J3301' }, { path: 'lines.1.modifiers', value: [] }];
    const f = run(modifiersRule, medicareDrug);
    expect(keys(f)).toEqual(['drug-waste-modifier@24D']);
    expect(f[0]?.severity).toBe('warning');
    expect(run(modifiersRule, [...medicareDrug, { path: 'lines.1.modifiers', value: ['JZ'] }])).toEqual([]);
    const wasteLine = { from: '2026-10-21', to: '2026-10-21', placeOfService: '11', procedure: 'J3301', modifiers: ['JW'], pointers: ['A'], charge: '6.00', units: '1' };
    expect(run(modifiersRule, [...medicareDrug, { path: 'lines.2', value: wasteLine }])).toEqual([]);
    // Commercial plans set their own policy: no reminder.
    expect(run(modifiersRule, medicareDrug.slice(1))).toEqual([]);
  });
});
