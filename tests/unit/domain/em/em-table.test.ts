import { describe, expect, it } from 'vitest';
import { codeChoices, codeForMinutes, codeForRank, dataRank, mdmRank, settingOf, type DataTally } from '../../../../src/domain/em/em-table.ts';

const none: DataTally = { externalNotes: 0, resultsReviewed: 0, testsOrdered: 0, independentHistorian: false, independentInterpretation: false, discussion: false };

describe('two of three', () => {
  it('takes the middle rating: low problems, minimal data, moderate risk is low MDM', () => {
    expect(mdmRank(2, 1, 3)).toBe(2);
  });
  it('high problems and high risk with limited data is high MDM', () => {
    expect(mdmRank(4, 2, 4)).toBe(4);
  });
  it('one high element alone does not lift the level', () => {
    expect(mdmRank(1, 1, 4)).toBe(1);
  });
});

describe('data element by category', () => {
  it('one test ordered is minimal', () => {
    expect(dataRank({ ...none, testsOrdered: 1 })).toBe(1);
  });
  it('two category 1 items are limited', () => {
    expect(dataRank({ ...none, testsOrdered: 1, resultsReviewed: 1 })).toBe(2);
  });
  it('an independent historian alone is limited', () => {
    expect(dataRank({ ...none, independentHistorian: true })).toBe(2);
  });
  it('three category 1 items (historian counting as one) are moderate', () => {
    expect(dataRank({ ...none, testsOrdered: 2, independentHistorian: true })).toBe(3);
  });
  it('an independent interpretation alone is moderate', () => {
    expect(dataRank({ ...none, independentInterpretation: true })).toBe(3);
  });
  it('two categories met is extensive', () => {
    expect(dataRank({ ...none, testsOrdered: 3, discussion: true })).toBe(4);
    expect(dataRank({ ...none, independentInterpretation: true, discussion: true })).toBe(4);
  });
});

describe('codes and time', () => {
  it('maps MDM ranks to office codes', () => {
    expect(codeForRank('office-new', 1)).toBe('99202');
    expect(codeForRank('office-established', 4)).toBe('99215');
  });
  it('hospital straightforward and low share the lowest code', () => {
    expect(codeForRank('hospital-subsequent', 1)).toBe('99231');
    expect(codeForRank('hospital-subsequent', 2)).toBe('99231');
    expect(codeForRank('emergency', 3)).toBe('99284');
  });
  it('uses minimum times met or exceeded', () => {
    expect(codeForMinutes('office-established', 39)).toBe('99214');
    expect(codeForMinutes('office-established', 40)).toBe('99215');
    expect(codeForMinutes('office-new', 14)).toBeUndefined();
    expect(codeForMinutes('hospital-initial', 55)).toBe('99222');
  });
  it('gives the emergency family no time levels', () => {
    expect(codeForMinutes('emergency', 120)).toBeUndefined();
  });
});

describe('nursing facility and home or residence families (2023 rules)', () => {
  it('initial nursing facility care shares one code for straightforward and low, like the hospital', () => {
    expect(codeForRank('nursing-initial', 1)).toBe('99304');
    expect(codeForRank('nursing-initial', 2)).toBe('99304');
    expect(codeForRank('nursing-initial', 3)).toBe('99305');
    expect(codeForMinutes('nursing-initial', 34)).toBe('99304');
    // 99306 needs 50 minutes (not the 45 some summaries print): 45-49 minutes stay at 99305.
    expect(codeForMinutes('nursing-initial', 49)).toBe('99305');
    expect(codeForMinutes('nursing-initial', 50)).toBe('99306');
  });
  it('subsequent nursing facility care has a code for each MDM level', () => {
    expect([1, 2, 3, 4].map((r) => codeForRank('nursing-subsequent', r as 1 | 2 | 3 | 4))).toEqual(['99307', '99308', '99309', '99310']);
    expect(codeForMinutes('nursing-subsequent', 29)).toBe('99308');
    // 99308 needs 20 minutes (not 15): 15-19 minutes stay at 99307.
    expect(codeForMinutes('nursing-subsequent', 19)).toBe('99307');
    expect(codeForMinutes('nursing-subsequent', 20)).toBe('99308');
    expect(codeForMinutes('nursing-subsequent', 9)).toBeUndefined();
  });
  it('a new-patient home visit skips the deleted 99343 and needs 60 minutes for 99344', () => {
    expect(codeForRank('home-new', 3)).toBe('99344');
    expect(codeForMinutes('home-new', 59)).toBe('99342');
    expect(codeForMinutes('home-new', 60)).toBe('99344');
    expect(codeForMinutes('home-established', 40)).toBe('99349');
    expect(codeForMinutes('home-established', 60)).toBe('99350');
  });
  it('offers the sibling family of the same setting, so patient status or visit order is part of the task', () => {
    expect(codeChoices('home-new').map((g) => g.codes)).toEqual([['99341', '99342', '99344', '99345'], ['99347', '99348', '99349', '99350']]);
    expect(codeChoices('nursing-subsequent').map((g) => g.label)).toEqual(['Initial nursing facility visit', 'Subsequent nursing facility visit']);
  });
  it('names the setting of each family', () => {
    expect(settingOf('nursing-initial')).toBe('Nursing facility');
    expect(settingOf('home-established')).toBe('Home or residence (including assisted living)');
    expect(settingOf('emergency')).toBe('Emergency department');
  });
});
