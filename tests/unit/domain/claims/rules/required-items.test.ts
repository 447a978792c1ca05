import { describe, expect, it } from 'vitest';
import { requiredItemsRule } from '../../../../../src/domain/claims/rules/required-items.ts';
import { keys, run } from '../helpers.ts';

describe('required-items', () => {
  it('passes a complete claim', () => expect(run(requiredItemsRule)).toEqual([]));
  it('flags a blank insured ID (1a)', () => expect(keys(run(requiredItemsRule, [{ path: 'insuredId', value: ' ' }]))).toEqual(['missing@1a']));
  it('requires items 11 and 32 for Medicare (Pub. 100-04 ch. 26) but not item 4', () => {
    const f = run(requiredItemsRule, [{ path: 'insuranceType', value: 'medicare' }, { path: 'insured.name', value: { last: '', first: '' } }, { path: 'insured.policyGroup', value: null }, { path: 'relationship', value: null }]);
    expect(keys(f)).toEqual(['missing@11', 'missing@32']);
  });
  it('does not want item 32 on a Medicare home visit (POS 12)', () => {
    const f = run(requiredItemsRule, [{ path: 'insuranceType', value: 'medicare' }, { path: 'insured.name', value: { last: '', first: '' } }, { path: 'insured.policyGroup', value: 'NONE' }, { path: 'relationship', value: null }, { path: 'lines.0.placeOfService', value: '12' }, { path: 'lines.1.placeOfService', value: '12' }]);
    expect(keys(f)).toEqual([]);
  });
  it('requires 9, 9a and 9d when 11d is yes', () => {
    expect(keys(run(requiredItemsRule, [{ path: 'anotherPlan', value: true }]))).toEqual(['missing@9', 'missing@9a', 'missing@9d']);
  });
  it('warns when items 9-9d are filled without 11d, but not on Medicare, where 9-9d name a Medigap policy and 11d stays blank (ch. 26)', () => {
    const medigap = { path: 'otherInsured', value: { name: { last: 'SAME', first: '' }, policyGroup: 'MG40028817', planName: '55871' } };
    expect(keys(run(requiredItemsRule, [medigap, { path: 'anotherPlan', value: null }]))).toEqual(['other-insured-without-11d@11d']);
    const medicare = [{ path: 'insuranceType', value: 'medicare' }, { path: 'insured.name', value: { last: '', first: '' } }, { path: 'insured.policyGroup', value: 'NONE' }, { path: 'relationship', value: null }, { path: 'serviceFacility', value: { name: 'Office', address: { street: '1 Main St', city: 'Columbus', state: 'OH', zip: '43215' } } }];
    expect(keys(run(requiredItemsRule, [...medicare, medigap, { path: 'anotherPlan', value: null }]))).toEqual([]);
  });
  it("a workers' compensation claim may name the employer in item 4 (no first name, no 11a birth date); a person still needs both", () => {
    const employer = [{ path: 'insured.name', value: { last: 'Riverside Distribution LLC', first: '' } }, { path: 'insured.birthDate', value: null }, { path: 'insured.address', value: { street: '4500 Logistics Parkway', city: 'Groveport', state: 'OH', zip: '43125' } }, { path: 'relationship', value: 'other' }];
    expect(keys(run(requiredItemsRule, [...employer, { path: 'conditionRelatedTo.employment', value: true }]))).toEqual([]);
    expect(keys(run(requiredItemsRule, employer))).toEqual(['missing@4', 'missing@11a']);
  });
  it('Medicaid wants item 27 YES (42 CFR 447.15): blank is missing, NO (the form\'s unticked box, CLM07 C like a blank) is not-assigned; other payers may say NO (review 2026-12-01)', () => {
    expect(keys(run(requiredItemsRule, [{ path: 'insuranceType', value: 'medicaid' }, { path: 'acceptAssignment', value: null }]))).toEqual(['missing@27']);
    expect(keys(run(requiredItemsRule, [{ path: 'insuranceType', value: 'medicaid' }, { path: 'acceptAssignment', value: false }]))).toEqual(['not-assigned@27']);
    expect(keys(run(requiredItemsRule, [{ path: 'acceptAssignment', value: false }]))).toEqual([]);
  });
  it('flags a claim without lines', () => expect(keys(run(requiredItemsRule, [{ path: 'lines', value: [] }, { path: 'totalCharge', value: '0' }]))).toContain('no-lines@24'));
});
