import { describe, expect, it } from 'vitest';
import { ncciMueRule } from '../../../../../src/domain/claims/rules/ncci-mue.ts';
import { BASE, keys, run } from '../helpers.ts';

const draw = { ...BASE.lines[1], procedure: '36415', units: '1' };

describe('ncci-mue', () => {
  it('passes 1 unit of 36415', () => expect(run(ncciMueRule, [{ path: 'lines.1', value: draw }])).toEqual([]));
  it('flags 2 units, and 1 unit on two lines the same day', () => {
    expect(keys(run(ncciMueRule, [{ path: 'lines.1', value: { ...draw, units: '2' } }]))).toEqual(['over@24G']);
    expect(keys(run(ncciMueRule, [{ path: 'lines.1', value: draw }, { path: 'lines.2', value: draw }]))).toEqual(['over@24G']);
  });
});
