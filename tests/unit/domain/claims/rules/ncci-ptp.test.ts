import { describe, expect, it } from 'vitest';
import { ncciPtpRule } from '../../../../../src/domain/claims/rules/ncci-ptp.ts';
import { BASE, CONTEXT, keys, run } from '../helpers.ts';

const injection = { ...BASE.lines[0], procedure: '20610', modifiers: ['RT'] };
const visit = { ...BASE.lines[0], procedure: '99213' };

describe('ncci-ptp', () => {
  it('flags an E/M bundled into a joint injection without 25, even with RT on the injection', () => {
    expect(keys(run(ncciPtpRule, [{ path: 'lines', value: [injection, visit] }]))).toEqual(['needs-modifier@24D']);
  });
  it('accepts modifier 25 on the E/M', () => expect(run(ncciPtpRule, [{ path: 'lines', value: [injection, { ...visit, modifiers: ['25'] }] }])).toEqual([]));
  it('ignores pairs on different dates', () => expect(run(ncciPtpRule, [{ path: 'lines', value: [injection, { ...visit, from: '2026-10-15', to: '2026-10-15' }] }])).toEqual([]));
  it('reports indicator 0 as never-together', () => {
    const edits = { label: 'test', mue: [], ptp: [{ column1: '99214', column2: '83036', priorTo1996: false, effective: '2000-01-01', modifierIndicator: '0' as const, rationale: 'test' }] };
    expect(keys(run(ncciPtpRule, [{ path: 'lines.1.modifiers', value: ['59'] }], { ...CONTEXT, edits }))).toEqual(['never-together@24D']);
  });
});
