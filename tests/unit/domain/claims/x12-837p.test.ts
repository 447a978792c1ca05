import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS, x12Text } from '../../../../src/domain/claims/x12-837p.ts';
import { BASE } from './helpers.ts';

const options = { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' };

describe('claimTo837p', () => {
  const { text, segments } = claimTo837p(BASE, options);
  it('has the envelope, loops and a correct SE count', () => {
    const ids = segments.map((s) => s.segment.split('*')[0]);
    expect(ids.slice(0, 4)).toEqual(['ISA', 'GS', 'ST', 'BHT']);
    expect(ids.slice(-3)).toEqual(['SE', 'GE', 'IEA']);
    const st = ids.indexOf('ST');
    const se = ids.indexOf('SE');
    expect(segments[se]?.segment).toBe(`SE*${se - st + 1}*0001~`);
    expect(segments.find((s) => s.loop === '2010AA')?.segment).toBe('NM1*85*2*MAPLE GROVE FAMILY MEDICINE*****XX*1357924681~');
    expect(text).toContain('HI*ABK:E119*ABF:I10~');
    expect(text).toContain('SV1*HC:99214*185*UN*1***1:2~');
    expect(text).toContain('DTP*472*D8*20261014~');
    expect(segments.every((s) => s.explanation.length > 10)).toBe(true);
  });
  it('keeps typed delimiters as data', () => {
    expect(x12Text('a*b~c:d^e')).toBe('A B C D E');
    const hostile = applyChanges(BASE, [{ path: 'insured.name.last', value: 'O*Brien~ISA' }, { path: 'patientAccountNumber', value: 'A:1^2' }]);
    const out = claimTo837p(hostile, options);
    const nm1 = out.segments.find((s) => s.loop === '2010BA' && s.segment.startsWith('NM1'));
    expect(nm1?.segment.split('*')[3]).toBe('O BRIEN ISA');
    expect(out.text.split('~').length).toBe(out.segments.length + 1);
  });
  it('writes item 22 as a frequency code and REF*F8', () => {
    const out = claimTo837p(applyChanges(BASE, [{ path: 'resubmission', value: { code: '7', originalRef: '2026101500452' } }]), options).text;
    expect(out).toContain('*11:B:7*');
    expect(out).toContain('REF*F8*2026101500452~');
  });
  it('adds a patient loop for a dependent and the NDC for a drug line', () => {
    const child = applyChanges(BASE, [{ path: 'relationship', value: 'child' }, { path: 'insured.name', value: { last: 'Marlow', first: 'Evan' } }, { path: 'lines.1.supplemental', value: { qualifier: 'N4', value: '12345067801', unit: 'ML', quantity: '1' } }]);
    const out = claimTo837p(child, options).text;
    expect(out).toContain('HL*3*2*23*0~');
    expect(out).toContain('PAT*19~');
    expect(out).toContain('LIN**N4*12345067801~');
    expect(out).toContain('CTP****1*ML~');
  });
});
