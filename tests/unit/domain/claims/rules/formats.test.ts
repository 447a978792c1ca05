import { describe, expect, it } from 'vitest';
import { formatsRule } from '../../../../../src/domain/claims/rules/formats.ts';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { keys, run } from '../helpers.ts';

describe('formats', () => {
  it('passes the base claim', () => expect(run(formatsRule)).toEqual([]));
  it('accepts MM/DD/YYYY and rejects impossible dates', () => {
    expect(run(formatsRule, [{ path: 'patient.birthDate', value: '04/12/1979' }])).toEqual([]);
    expect(keys(run(formatsRule, [{ path: 'patient.birthDate', value: '1979-02-30' }]))).toEqual(['date@3']);
  });
  it('flags bad ZIP, state, phone and money', () => {
    const f = run(formatsRule, [
      { path: 'patient.address.zip', value: '4308' },
      { path: 'patient.address.state', value: 'Ohio' },
      { path: 'billingProvider.phone', value: '555-0100' },
      { path: 'lines.0.charge', value: '12,5x' },
    ]);
    expect(keys(f).sort()).toEqual(['money@24F', 'phone@33', 'state@5', 'zip@5']);
  });
  it('checks an N4 NDC is 11 digits with unit and quantity', () => {
    const f = run(formatsRule, [{ path: 'lines.1.supplemental', value: { qualifier: 'N4', value: '12345-678-01' } }]);
    expect(keys(f)).toEqual(['ndc@24', 'ndc-quantity@24']);
  });
  it('warns about hyphens or spaces in items 11, 9a and 23 (NUCC)', () => {
    const f = run(formatsRule, [
      { path: 'insured.policyGroup', value: 'PM-44120' },
      { path: 'priorAuthorization', value: '36D 9876543' },
    ]);
    expect(keys(f)).toEqual(['id-separator@11', 'id-separator@23']);
    expect(run(formatsRule, [{ path: 'insured.policyGroup', value: 'NONE' }, { path: 'priorAuthorization', value: 'PA88812' }])).toEqual([]);
  });
  it('a six-digit date of service is named as six-digit (which the paper form allows), never as "not a real date"', () => {
    const f = run(formatsRule, [{ path: 'lines.0.from', value: '10 14 26' }]);
    expect(keys(f)).toEqual(['date-six-digit@24A']);
    const text = f.map(describeFinding).join('\n');
    expect(text).toContain('"10 14 26" is a six-digit date (MM DD YY). The paper 1500 allows it in this box');
    expect(text).toContain('the grader reads it as 10/14/2026');
    expect(text).not.toContain('not a real date');
  });
  it('a birth date with a two-digit year is told it needs eight digits; an impossible six-digit date is still not a date', () => {
    expect(keys(run(formatsRule, [{ path: 'patient.birthDate', value: '04 12 79' }]))).toEqual(['birth-date-six-digit@3']);
    expect(keys(run(formatsRule, [{ path: 'lines.0.from', value: '02 30 26' }]))).toEqual(['date@24A']);
  });
});
