import { describe, expect, it } from 'vitest';
import { X12_277CA_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { applyChanges, type PathChange } from '../../../../src/domain/claims/apply-changes.ts';
import { claimSchema } from '../../../../src/domain/claims/claim-schema.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import { BASE } from '../claims/helpers.ts';
import { layoutProblems, send, SUBMIT } from './helpers.ts';

// pyx12 puts the remark-code list on data element 127 (REF02, TRN02): leave it out, as the 835 tests do.
const { remark_code: _remarks, ...CODE_SETS } = X12_CODE_SETS;

describe('277CA claim acknowledgment', () => {
  it('accepts a clean claim: A2:20, WQ, the payer claim number in REF*1K; every segment fits the 005010X214 table', () => {
    const sub = send();
    expect(sub.stage).toBe('adjudicated');
    const ack = sub.ack277ca!;
    expect(ack.accepted).toBe(true);
    expect(ack.text).toContain('STC*A2:20:PR*20261021*WQ*217~');
    expect(ack.text).toMatch(/REF\*1K\*\w+~/);
    expect(ack.text).toContain('QTY*90*1~');
    expect(layoutProblems(ack.text, ack.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
  });

  it('rejects a front-end edit failure with A7, U and the reason in STC12; the claim never reaches adjudication', () => {
    // Fractional units on an E/M visit (whole encounters only): a front-end edit.
    const sub = send([{ path: 'lines.0.units', value: '1.5' }]);
    expect(sub.stage).toBe('front-end-rejected');
    expect(sub.remittance).toBeUndefined();
    const ack = sub.ack277ca!;
    expect(ack.accepted).toBe(false);
    expect(ack.text).toMatch(/STC\*A7:21:PR\*20261021\*U\*217\*{8}[^~]*99214/);
    expect(ack.text).toContain('QTY*AA*1~');
    expect(ack.text).toContain('SVC*HC:99214*185');
    expect(ack.text).not.toContain('REF*1K');
    expect(layoutProblems(ack.text, ack.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
  });

  it('uses 255 for a diagnosis edit and 454 for a procedure edit', () => {
    expect(send([{ path: 'diagnoses', value: ['G63', 'I10'] }]).ack277ca?.text).toContain('STC*A7:255:PR');
    expect(send([{ path: 'lines.0.procedure', value: '99999' }]).ack277ca?.text).toContain('A7:454');
  });

  it('what the payer judges is not a 277CA rejection: age/sex and place-of-service conflicts are accepted (A2:20) and denied on the 835', () => {
    for (const change of [{ path: 'lines.0.procedure', value: '99395' }, { path: 'lines.0.procedure', value: 'G0102' }, { path: 'lines.0.placeOfService', value: '21' }]) {
      const sub = send([change]);
      expect(sub.stage, change.value).toBe('adjudicated');
      expect(sub.ack277ca?.text).toContain('STC*A2:20:PR');
      expect(sub.ack277ca?.text).not.toContain('STC*A7');
    }
  });

  it('the status codes used are in the X12 claim status list', () => {
    for (const code of ['19', '20', '21', '255', '454']) expect(X12_CODE_SETS['claim_status']).toContain(code);
    for (const cat of ['A1', 'A2', 'A7']) expect(X12_CODE_SETS['claim_status_cat']).toContain(cat);
  });

  it('audit 2026-11-30 (session 10): free text the claim carries (accented or over-long names) is written in the X12 character set and cut to the element maximum, as the 837P export does', () => {
    const sub = send([{ path: 'patient.name', value: { last: 'Pe\u00f1a-N\u00fa\u00f1ez Wolfeschlegelsteinhausenbergerdorffwelchevoralternwaren', first: 'Jos\u00e9' } }, { path: 'insured.name', value: { last: 'Pe\u00f1a-N\u00fa\u00f1ez', first: 'Jos\u00e9' } }]);
    const ack = sub.ack277ca!;
    expect(ack.segments.find((s) => s.segment.startsWith('NM1*QC'))?.segment).toMatch(/^NM1\*QC\*1\*PENA-NUNEZ WOLFE[A-Z]+\*JOSE\*/);
    expect(layoutProblems(ack.text, ack.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
  });

  it('names the billing provider as the 837P did: a solo practitioner billing under their own NPI is a person (NM1*85*1, last and first name), a group the organisation (NM1*85*2)', () => {
    const natarajan = { npi: '1246813574', name: 'Priya Natarajan MD' };
    const ackNm1 = (sub: ReturnType<typeof send>) => sub.ack277ca?.segments.find((s) => s.segment.startsWith('NM1*85'))?.segment;
    const claimNm1 = (changes: PathChange[]) => claimTo837p(claimSchema.parse(applyChanges(BASE, changes)), { ...DEFAULT_X12_OPTIONS, createdDate: SUBMIT.asOf, providers: [natarajan] }).segments.find((s) => s.loop === '2010AA' && s.segment.startsWith('NM1*85'))?.segment;
    const soloChanges: PathChange[] = [{ path: 'billingProvider.name', value: 'Priya Natarajan MD' }, { path: 'billingProvider.npi', value: natarajan.npi }, { path: 'lines.1.renderingNpi', value: '' }];
    const solo = send(soloChanges, { ...SUBMIT, providers: [natarajan] });
    expect(ackNm1(solo)).toBe('NM1*85*1*NATARAJAN*PRIYA****XX*1246813574~');
    expect(ackNm1(solo)).toBe(claimNm1(soloChanges));
    expect(layoutProblems(solo.ack277ca!.text, solo.ack277ca!.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
    // The group's NPI is no clinician's on the file: the organisation and item 33's name, in both.
    const groupChanges: PathChange[] = [{ path: 'lines.1.renderingNpi', value: '' }];
    const group = send(groupChanges, { ...SUBMIT, providers: [natarajan] });
    expect(ackNm1(group)).toBe('NM1*85*2*MAPLE GROVE FAMILY MEDICINE*****XX*1357924681~');
    expect(ackNm1(group)).toBe(claimNm1(groupChanges));
  });
});

describe('277CA read against the 837P it answers (x12v14 validation, 2026-12)', () => {
  const sentClaim = (sub: ReturnType<typeof send>) => sub.sent837p!.text.split('\n');
  const field = (lines: string[], prefix: string, n: number) => lines.find((s) => s.startsWith(prefix))?.replace(/~$/, '').split('*')[n];

  it('the claim service period (2200D DTP*472) runs from the first date of service to the last, a line\'s end date included; a line over several days is RD8 in 2220D too', () => {
    const sub = send([{ path: 'lines.0.to', value: '2026-10-16' }, { path: 'lines.0.units', value: '1.5' }]);
    expect(sub.stage).toBe('front-end-rejected');
    const ack = sub.ack277ca!.segments.map((s) => s.segment);
    expect(ack.filter((s) => s.startsWith('DTP*472'))).toEqual(['DTP*472*RD8*20261014-20261016~', 'DTP*472*RD8*20261014-20261016~']);
    expect(sentClaim(sub)).toContain('DTP*472*RD8*20261014-20261016~');
    expect(layoutProblems(sub.ack277ca!.text, sub.ack277ca!.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
  });

  it('STC04 is the total charge the 837P sent in CLM02 (item 28), even when item 28 is not the sum of the lines', () => {
    const sub = send([{ path: 'totalCharge', value: '185.00' }]);
    expect(sub.stage).toBe('front-end-rejected');
    const stc = sub.ack277ca!.segments.filter((s) => s.segment.startsWith('STC*')).map((s) => s.segment.replace(/~$/, '').split('*')[4]);
    expect(stc).toEqual(['185', '185', '185']);
    expect(field(sentClaim(sub), 'CLM*', 2)).toBe('185');
  });

  it('a blank item 26 is CLM01 NONE, and the 277CA returns NONE in 2200D TRN02 (the office matches the answer by it), as the 835 does in CLP01', () => {
    const sub = send([{ path: 'patientAccountNumber', value: '' }]);
    expect(sub.stage).toBe('adjudicated');
    expect(sub.ack277ca!.segments.map((s) => s.segment)).toContain('TRN*2*NONE~');
    expect(field(sentClaim(sub), 'CLM*', 1)).toBe('NONE');
    expect(sub.remittance!.x835.text).toMatch(/^CLP\*NONE\*/m);
  });
});
