import { describe, expect, it } from 'vitest';
import { pairLines } from '../../../../src/domain/claims/pair-lines.ts';

const l = (procedure: string, modifiers: string[] = [], from?: string) => ({ procedure, modifiers, ...(from === undefined ? {} : { from }) });

describe('pairLines', () => {
  it('pairs lines typed in another order by their codes', () => {
    expect(pairLines([l('99214', ['25']), l('20610', ['RT']), l('J3301')], [l('J3301'), l('20610', ['RT']), l('99214', ['25'])])).toEqual({ pairs: [2, 1, 0], extras: [] });
  });
  it('pairs one code on two lines by the modifier set, ignoring modifier order and hyphens', () => {
    expect(pairLines([l('20610', ['RT']), l('20610', ['LT'])], [l('20610', ['-LT']), l('20610', ['RT'])]).pairs).toEqual([1, 0]);
    expect(pairLines([l('20605', ['59', 'LT'])], [l('20605', ['LT', '59'])]).pairs).toEqual([0]);
  });
  it('a wrong code keeps its place, and leftover lines are extras', () => {
    expect(pairLines([l('99214'), l('83036')], [l('99213'), l('83036'), l('81002')])).toEqual({ pairs: [0, 1], extras: [2] });
    expect(pairLines([l('99214'), l('83036')], [l('83036')])).toEqual({ pairs: [undefined, 0], extras: [] });
  });
  it('pairs one service on two dates by the date, six- or eight-digit, whatever order the dates were typed in', () => {
    expect(pairLines([l('99213', [], '10/01/2026'), l('99213', [], '10/08/2026')], [l('99213', [], '10 08 26'), l('99213', [], '10/01/2026')]).pairs).toEqual([1, 0]);
  });
  it('modifiers typed two in one box with a space or hyphen pair like separate boxes', () => {
    expect(pairLines([l('20610', ['RT', '59']), l('20610', ['LT'])], [l('20610', ['LT']), l('20610', ['59-RT'])]).pairs).toEqual([1, 0]);
  });
});
