import { describe, expect, it } from 'vitest';
import { X12_277CA_LAYOUT, X12_835_LAYOUT, X12_837P_LAYOUT, X12_999_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { checkSegment, checkSegmentInLayout, layoutCandidates } from '../../../../src/domain/x12/check-segment.ts';
import { checkTransaction, readDelimiters } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';

const row = (loop: string, segment: string) => {
  const r = layoutCandidates(X12_837P_LAYOUT, segment, loop)[0];
  if (!r) throw new Error(`${loop} ${segment} not in table`);
  return r;
};
const codes = (findings: { code: string; element?: string }[]) => findings.map((f) => `${f.code}@${f.element ?? ''}`);

describe('X12 layout tables', () => {
  it('cite their source map, pyx12 commit and guide version', () => {
    for (const [layout, guide] of [[X12_837P_LAYOUT, '005010X222A1'], [X12_835_LAYOUT, '005010X221A1'], [X12_999_LAYOUT, '005010X231A1'], [X12_277CA_LAYOUT, '005010X214']] as const) {
      expect(layout.guide).toBe(guide);
      expect(layout.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(layout.source.map).toMatch(/\.xml$/);
      expect(layout.segments.length).toBeGreaterThan(10);
    }
  });
  it('know the 2310A referring provider NM1: NM108 qualifier XX, NPI in NM109, NM106 not used', () => {
    const nm1 = row('2310A', 'NM1');
    expect(nm1.name).toBe('Referring Provider Name');
    expect(nm1.elements.find((e) => e.position === 1)?.codes).toEqual(['DN', 'P3']);
    expect(nm1.elements.find((e) => e.position === 6)?.usage).toBe('N');
    expect(nm1.elements.find((e) => e.position === 8)?.codes).toEqual(['XX']);
    expect(nm1.elements.find((e) => e.position === 9)).toMatchObject({ id: 'NM109', type: 'AN', min: 2, max: 80 });
  });
  it('hold composites with their components (SV101 procedure identifier)', () => {
    const sv101 = row('2400', 'SV1').elements[0];
    expect(sv101?.components?.map((c) => c.id)).toEqual(['SV101-01', 'SV101-02', 'SV101-03', 'SV101-04', 'SV101-05', 'SV101-06', 'SV101-07', 'SV101-08']);
  });
});

describe('checkSegment', () => {
  it('passes a well-formed referring provider NM1', () => {
    expect(checkSegment('NM1*DN*1*BRANDT*THOMAS****XX*1357914682~', row('2310A', 'NM1'))).toEqual([]);
  });
  it('catches the one-element-short referring NM1 (NPI in NM108)', () => {
    const findings = checkSegment('NM1*DN*1*BRANDT*THOMAS***XX*1357914682~', row('2310A', 'NM1'));
    expect(codes(findings)).toEqual(expect.arrayContaining(['too-long@NM108', 'code-not-allowed@NM108', 'syntax@']));
    expect(findings.map(describeX12Finding).join(' ')).toContain('NM108 (loop 2310A) "1357914682" is not an allowed code here (XX)');
  });
  it('reports elements beyond the layout', () => {
    const findings = checkSegment('N4*COLUMBUS*OH*43214*US**X*Y*Z~', row('2010AA', 'N4'));
    expect(codes(findings)).toContain('too-many-elements@');
  });
  it('reports an empty required element, a value in a not-used position and a trailing separator', () => {
    expect(codes(checkSegment('NM1*85*2******XX*1357924681~', row('2010AA', 'NM1')))).toContain('required-missing@NM103');
    expect(codes(checkSegment('NM1*IL*1*DOE*JANE**MR**MI*X1~', row('2010BA', 'NM1')))).toContain('not-used-present@NM106');
    expect(codes(checkSegment('N3*1 MAIN ST*~', row('2010AA', 'N3')))).toContain('trailing-empty@');
  });
  it('checks lengths, codes, data types and the character set', () => {
    expect(codes(checkSegment(`NM1*85*2*${'A'.repeat(61)}*****XX*1357924681~`, row('2010AA', 'NM1')))).toContain('too-long@NM103');
    expect(codes(checkSegment('DMG*D8*19510315*Q~', row('2010BA', 'DMG')))).toContain('code-not-allowed@DMG03');
    expect(codes(checkSegment('DMG*D8*19510231*M~', row('2010BA', 'DMG')))).toContain('bad-format@DMG02');
    expect(codes(checkSegment('N3*１ MAIN ST~', row('2010AA', 'N3')))).toContain('bad-character@N301');
    expect(codes(checkSegment('N4*COLUMBUS*ZZ*43214~', row('2010AA', 'N4')), )).toEqual([]);
    expect(codes(checkSegment('N4*COLUMBUS*ZZ*43214~', row('2010AA', 'N4'), { codeSets: X12_CODE_SETS }))).toContain('code-not-allowed@N402');
  });
  it('counts a decimal amount without its point, and checks composite components', () => {
    expect(checkSegment('SV1*HC:99214*185.5*UN*1***1:2~', row('2400', 'SV1'))).toEqual([]);
    expect(codes(checkSegment('SV1*HC:99214:25:59:76:77:X:Y:Z*185*UN*1***1~', row('2400', 'SV1')))).toContain('too-many-components@SV101');
    expect(codes(checkSegment('SV1*XX:99214*185*UN*1***1~', row('2400', 'SV1')))).toContain('code-not-allowed@SV101-01');
    expect(codes(checkSegment('SV1*HC:99214*1E309*UN*1***1~', row('2400', 'SV1')))).toContain('bad-format@SV102');
  });
  it('picks the row whose qualifier fits (DTP*472 service date in 2400)', () => {
    const { row: r, findings } = checkSegmentInLayout('DTP*472*D8*20261013~', X12_837P_LAYOUT, { loop: '2400' });
    expect(r?.name).toBe('Date - Service Date');
    expect(findings).toEqual([]);
    expect(codes(checkSegmentInLayout('DTP*472*D8*~', X12_837P_LAYOUT, { loop: '2400' }).findings)).toContain('required-missing@DTP03');
  });
  it('names a segment the table does not have', () => {
    expect(codes(checkSegmentInLayout('ZZZ*1~', X12_837P_LAYOUT).findings)).toEqual(['unknown-segment@']);
  });
});

describe('checkTransaction', () => {
  const isa = 'ISA*00*          *00*          *ZZ*CLAIMLAB       *ZZ*TEACHINGCH     *261126*1200*^*00501*000000001*0*T*:~';
  it('reads the delimiters from the ISA and checks the ISA length', () => {
    expect(isa.length).toBe(106);
    expect(readDelimiters(isa)).toEqual({ element: '*', repetition: '^', component: ':', segment: '~' });
    expect(checkTransaction(isa, X12_837P_LAYOUT)).toEqual([]);
    const long = isa.replace('261126', 'YESTERDAY').replace('*1200*', '*1200*');
    expect(codes(checkTransaction(long, X12_837P_LAYOUT))).toContain('isa-length@');
  });
  it('checks the SE segment count', () => {
    const text = 'ST*837*0001*005010X222A1~\nBHT*0019*00*1*20261126*1200*CH~\nSE*5*0001~';
    expect(codes(checkTransaction(text, X12_837P_LAYOUT))).toEqual(['segment-count@SE01']);
  });
});
