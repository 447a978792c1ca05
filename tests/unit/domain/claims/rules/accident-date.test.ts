import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { accidentDateRule } from '../../../../../src/domain/claims/rules/accident-date.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../../src/domain/claims/x12-837p.ts';
import { claimStatusCode, rejectionStage } from '../../../../../src/domain/acknowledgment/stage.ts';
import { keys, run, variant } from '../helpers.ts';

const ITEM15_439 = { path: 'otherDate', value: { date: '2026-10-10', qualifier: '439' } };
const ONSET_431 = { path: 'currentIllness', value: { date: '2026-10-10', qualifier: '431' } };
const AUTO = [{ path: 'conditionRelatedTo.autoAccident', value: true }, { path: 'conditionRelatedTo.autoAccidentState', value: 'OH' }];
const notes = (changes: { path: string; value: unknown }[]) => claimTo837p(variant(changes), { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' }).notSent.map((n) => n.data?.['reason']);

describe('accident-date', () => {
  it('is silent on a claim with no accident and no accident date, and on an accident claim with its date in item 14 or 15', () => {
    expect(run(accidentDateRule)).toEqual([]);
    expect(run(accidentDateRule, [...AUTO, ONSET_431])).toEqual([]);
    expect(run(accidentDateRule, [{ path: 'conditionRelatedTo.otherAccident', value: true }, ITEM15_439])).toEqual([]);
    // 10a with an external cause code from the accidents block is an accident claim: its 439 date is sent
    expect(run(accidentDateRule, [{ path: 'conditionRelatedTo.employment', value: true }, { path: 'diagnoses', value: ['S93.401A', 'W10.8XXA'] }, ITEM15_439])).toEqual([]);
  });

  it('warns on an item 15 date under 439 when 10a-10c say no accident: the 837P leaves it out', () => {
    const found = run(accidentDateRule, [ITEM15_439]);
    expect(keys(found)).toEqual(['date-without-accident@15']);
    expect(found[0]?.severity).toBe('warning');
    expect(describeFinding(found[0]!)).toMatch(/^Item 15 gives 2026-10-10 under qualifier 439 \(accident date\), but items 10b and 10c say the condition is not from an accident\. The 837P sends an accident date \(DTP\*439\) only on an accident claim/);
    expect(found[0]?.reference).toContain('DTP*439');
    // the scrubber says what the export does
    expect(notes([ITEM15_439])).toContain('dtp439-no-accident');
  });

  it('names 10a when employment is yes but no accident cause code says accident', () => {
    const found = run(accidentDateRule, [{ path: 'conditionRelatedTo.employment', value: true }, ITEM15_439]);
    expect(describeFinding(found[0]!)).toContain('item 10a (employment) comes with no external cause code from the accidents block (V00-X58)');
  });

  it('rejects 10b or 10c yes with no accident date (no item 14 under 431, no item 15 under 439), at the payer\'s front end', () => {
    for (const changes of [AUTO, [{ path: 'conditionRelatedTo.otherAccident', value: true }], [...AUTO, { path: 'otherDate', value: { date: '2026-10-10', qualifier: '454' } }]]) {
      const found = run(accidentDateRule, changes);
      expect(keys(found)).toEqual(['accident-without-date@14']);
      expect(found[0]?.severity).toBe('error');
      expect(rejectionStage(found[0]!)).toBe('front-end');
      expect(claimStatusCode(found[0]!)).toBe('21');
      expect(notes(changes)).toContain('dtp439-no-date');
    }
    expect(describeFinding(run(accidentDateRule, AUTO)[0]!)).toBe('Item 10b says auto accident, but the claim gives no accident date: enter the date of the accident in item 14 with qualifier 431 (onset of the current illness or injury) or in item 15 with qualifier 439 (accident). The 837P guide requires the accident date (DTP*439) when the claim says auto or other accident (CLM11 AA or OA), so the claim is rejected without it.');
  });

  it('warns on 10a with an accident cause code and no accident date: the guide wants DTP*439 with EM for an accident, the export leaves it out', () => {
    const work = [{ path: 'conditionRelatedTo.employment', value: true }, { path: 'diagnoses', value: ['S93.401A', 'W10.8XXA'] }];
    const found = run(accidentDateRule, work);
    expect(keys(found)).toEqual(['work-accident-without-date@14']);
    expect(found[0]?.severity).toBe('warning');
    expect(describeFinding(found[0]!)).toMatch(/^Item 10a says the condition is related to employment/);
    expect(notes(work)).toContain('dtp439-no-date');
    // without an accident cause code 10a alone is no accident claim: nothing to say
    expect(run(accidentDateRule, [{ path: 'conditionRelatedTo.employment', value: true }])).toEqual([]);
    expect(run(accidentDateRule, [...work, ONSET_431])).toEqual([]);
  });

  it('an item 14 date under 484 (last menstrual period) is no accident date', () => {
    const found = run(accidentDateRule, [{ path: 'conditionRelatedTo.otherAccident', value: true }, { path: 'currentIllness', value: { date: '2026-10-10', qualifier: '484' } }]);
    expect(describeFinding(found[0]!)).toMatch(/^Item 10c says other accident, but the claim gives no accident date \(item 14 under 484 is the last menstrual period, not an accident date\)/);
  });
});
