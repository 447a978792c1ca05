import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
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
  it('never accepts two capped rental months (KH, KI, KJ) on one line', () => {
    const rental = [{ path: 'lines.1.procedure', value: 'E0601' }];
    expect(keys(run(modifiersRule, [...rental, { path: 'lines.1.modifiers', value: ['RR', 'KH', 'KI'] }]))).toEqual(['rental-months@24D']);
    expect(run(modifiersRule, [...rental, { path: 'lines.1.modifiers', value: ['RR', 'KI', 'KX'] }])).toEqual([]);
    const [twoMonths] = run(modifiersRule, [...rental, { path: 'lines.1.modifiers', value: ['RR', 'KH', 'KI'] }]);
    expect(twoMonths && describeFinding(twoMonths)).toMatch(/^Line 2: KH, KI name different rental months .* carries the one month it bills\.$/);
  });
  describe('therapy discipline modifiers (CMS CR 10176)', () => {
    const therapy = (code: string, mods: string[], type = 'medicare') => run(modifiersRule, [{ path: 'insuranceType', value: type }, { path: 'lines.0.procedure', value: code }, { path: 'lines.0.modifiers', value: mods }]);
    it('Medicare: an always-therapy code needs GP, GO or GN', () => {
      const f = therapy('97110', ['KX']);
      expect(keys(f)).toEqual(['therapy-missing@24D']);
      expect(f[0]?.severity).toBe('error');
      expect(therapy('97110', ['GP', 'KX'])).toEqual([]);
      expect(therapy('97140', ['GO'])).toEqual([]);
    });
    it('Medicare: a discipline-specific evaluation takes its own modifier', () => {
      expect(keys(therapy('97162', ['GO']))).toEqual(['therapy-discipline@24D']);
      expect(keys(therapy('97162', []))).toEqual(['therapy-missing@24D']);
      expect(therapy('97162', ['GP'])).toEqual([]);
      // What the learner reads names the one modifier the evaluation takes.
      const [missing] = therapy('97165', []);
      expect(missing && describeFinding(missing)).toMatch(/^Line 1: Medicare wants 97165, an always-therapy code, with GO;/);
      const [wrong] = therapy('97162', ['GO']);
      expect(wrong && describeFinding(wrong)).toBe('Line 1: 97162 is an evaluation of one discipline and takes GP, not GO.');
    });
    it('two discipline modifiers on one line contradict each other for any payer', () => {
      expect(keys(therapy('97110', ['GP', 'GO']))).toEqual(['therapy-several@24D']);
      expect(keys(therapy('97110', ['GP', 'GN'], 'group'))).toEqual(['therapy-several@24D']);
    });
    it('leaves codes off the always-therapy list and commercial plans alone', () => {
      expect(therapy('99214', [])).toEqual([]);
      expect(therapy('97110', [], 'group')).toEqual([]);
    });
  });
});
