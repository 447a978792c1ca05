import { describe, expect, it } from 'vitest';
import { X12_999_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { ack999, IK403 } from '../../../../src/domain/acknowledgment/ack-999.ts';
import { DEFAULT_ACK_OPTIONS } from '../../../../src/domain/acknowledgment/envelope.ts';
import { layoutProblems, send } from './helpers.ts';
import { rejectionStage } from '../../../../src/domain/acknowledgment/stage.ts';
import { scrubClaim } from '../../../../src/domain/claims/scrub.ts';
import { BASE, CONTEXT } from '../claims/helpers.ts';

const OPTIONS = { ...DEFAULT_ACK_OPTIONS, date: '2026-10-21' };
const ids = (segments: { segment: string }[]) => segments.map((s) => s.segment.split('*')[0]);

describe('999 implementation acknowledgment', () => {
  it('accepts a clean 837P: IK5*A and AK9*A, every segment fits the 005010X231A1 table', () => {
    const ack = ack999({ groupControl: '1', transactionControl: '0001', errors: [] }, OPTIONS);
    expect(ack.accepted).toBe(true);
    expect(ids(ack.segments)).toEqual(['ISA', 'GS', 'ST', 'AK1', 'AK2', 'IK5', 'AK9', 'SE', 'GE', 'IEA']);
    expect(ack.text).toContain('IK5*A~');
    expect(ack.text).toContain('AK9*A*1*1*1~');
    expect(layoutProblems(ack.text, ack.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });

  it('rejects with IK3 and IK4 naming the segment, element and error code', () => {
    const ack = ack999({ groupControl: '1', transactionControl: '0001', errors: [
      { segmentId: 'NM1', position: 9, loop: '2010', element: { position: 9, code: IK403['required-missing'] }, sentence: 'The billing provider NPI is blank.' },
      { segmentId: 'SV1', position: 30, loop: '2400', element: { position: 1, component: 2, code: IK403['bad-code'], value: '9921' }, sentence: 'Bad code.' },
    ] }, OPTIONS);
    expect(ack.accepted).toBe(false);
    expect(ack.text).toContain('IK3*NM1*9*2010*8~');
    expect(ack.text).toContain('IK4*9**1~');
    expect(ack.text).toContain('IK4*1:2**7*9921~');
    expect(ack.text).toContain('IK5*R*5~');
    expect(ack.text).toContain('AK9*R*1*1*0~');
    expect(layoutProblems(ack.text, ack.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });

  it('the claim chain answers broken syntax with a 999 rejection that fits the table', () => {
    const sub = send([{ path: 'lines.0.from', value: '10/45/2026' }, { path: 'patient.name.last', value: '' }]);
    expect(sub.stage).toBe('syntax-rejected');
    expect(sub.ack277ca).toBeUndefined();
    expect(sub.ack999.text).toContain('IK5*R*5~');
    expect(sub.ack999.segments.filter((s) => s.segment.startsWith('IK3*')).length).toBeGreaterThanOrEqual(2);
    expect(layoutProblems(sub.ack999.text, sub.ack999.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });

  it('one IK3 per segment in error, its element errors below it (IK304 8 always has an IK4); a missing segment is IK304 I6 without one', () => {
    const ack = ack999({ groupControl: '1', transactionControl: '0001', errors: [
      { segmentId: 'SV1', position: 29, loop: '2400', element: { position: 1, component: 4, code: IK403['too-long'], value: 'PS2' }, sentence: 'Modifier too long.' },
      { segmentId: 'SV1', position: 29, loop: '2400', element: { position: 1, component: 4, code: IK403['bad-character'] }, sentence: 'Modifier is not two letters or digits.' },
      { segmentId: 'SV1', position: 29, loop: '2400', element: { position: 4, code: IK403['bad-character'] }, sentence: 'Units unreadable.' },
      { segmentId: 'NM1', position: 21, loop: '2310', segmentCode: 'I6', sentence: 'Item 32 is blank.' },
    ] }, OPTIONS);
    const body = ack.segments.map((s) => s.segment).filter((s) => /^IK[34]/.test(s));
    expect(body).toEqual(['IK3*SV1*29*2400*8~', 'IK4*1:4**5*PS2~', 'IK4*4**6~', 'IK3*NM1*21*2310*I6~']);
    expect(layoutProblems(ack.text, ack.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });

  it('the claim chain names the element of a broken pair (NM108 XX without its NPI in NM109) and of a scrubber error it locates (item 10b: CLM11-4)', () => {
    const referring = send([
      { path: 'referringProvider', value: { qualifier: 'DN', name: { last: 'Lee', first: 'Ann' }, npi: '' } },
    ]);
    const ik = (sub: ReturnType<typeof send>) => sub.ack999.segments.map((s) => s.segment).filter((s) => /^IK[34]/.test(s));
    expect(ik(referring).filter((s) => s.startsWith('IK3*NM1'))).toHaveLength(1);
    expect(ik(referring)).toContain('IK4*9**2~');
    const accident = send([
      { path: 'conditionRelatedTo.autoAccident', value: true },
      { path: 'currentIllness', value: { date: '2026-10-10', qualifier: '431' } },
    ]);
    expect(ik(accident)).toEqual([expect.stringMatching(/^IK3\*CLM\*\d+\*2300\*8~$/), 'IK4*11:4**I9~']);
  });

  it('names the element of the part of an item that is wrong: item 33 phone is 2010AA PER04 (not the ZIP), item 4 last name NM103 (a dependent\'s insured), a blank street N301 (a required element: IK403 1)', () => {
    const ik = (changes: Parameters<typeof send>[0]) => send(changes).ack999.segments.map((s) => s.segment).filter((s) => /^IK[34]/.test(s));
    expect(ik([{ path: 'billingProvider.phone', value: '12' }])).toEqual([expect.stringMatching(/^IK3\*PER\*\d+\*2010\*8~$/), 'IK4*4**7~']);
    expect(ik([{ path: 'billingProvider.address.zip', value: '430' }])).toEqual([expect.stringMatching(/^IK3\*N4\*\d+\*2010\*8~$/), 'IK4*3**6~']);
    expect(ik([{ path: 'relationship', value: 'child' }, { path: 'insured.name', value: { last: '', first: 'Robert' } }])).toEqual([expect.stringMatching(/^IK3\*NM1\*\d+\*2010\*8~$/), 'IK4*3**1~']);
    expect(ik([{ path: 'patient.address.street', value: '' }])).toEqual([expect.stringMatching(/^IK3\*N3\*\d+\*2010\*8~$/), 'IK4*1**1~']);
  });

  it('a claim that is not a claim at all still gets a 999, never an exception', () => {
    const sub = send([{ path: 'lines', value: 'none' }]);
    expect(sub.stage).toBe('syntax-rejected');
    expect(layoutProblems(sub.ack999.text, sub.ack999.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });

  it('audit 2026-11-30 (session 10): item 15, 16 and 18 dates are 2300 DTPs, so an unreadable one is located to DTP03 with IK403 8 (invalid date)', () => {
    const ik = (changes: Parameters<typeof send>[0]) => send(changes).ack999.segments.map((s) => s.segment).filter((s) => /^IK[34]/.test(s));
    expect(ik([{ path: 'unableToWork', value: { from: '2026-13-45', to: '2026-10-20' } }])).toEqual([expect.stringMatching(/^IK3\*DTP\*\d+\*2300\*8~$/), 'IK4*3**8*-20261020~']);
  });

  it('review 2026-11-30: an unreadable one-day date (items 14, 15, 18) is IK403 8 (invalid date) too, not 1 (missing): the learner typed it', () => {
    const ik4 = (changes: Parameters<typeof send>[0]) => send(changes).ack999.segments.map((s) => s.segment).filter((s) => s.startsWith('IK4'));
    expect(ik4([{ path: 'otherDate', value: { qualifier: '454', date: '2026-13-45' } }])).toEqual(['IK4*3**8~']);
    expect(ik4([{ path: 'hospitalization', value: { from: '2026-13-45' } }])).toEqual(['IK4*3**8~']);
    expect(ik4([{ path: 'currentIllness', value: { qualifier: '431', date: '2026-02-30' } }])).toEqual(['IK4*3**8~']);
  });

  it('audit 2026-11-30 (session 10): a bad value copied into IK404 never brings characters outside the X12 set into the 999', () => {
    const sub = send([{ path: 'insuredId', value: 'LHP448120931\u2014\u00c9' }, { path: 'priorAuthorization', value: 'PA\u201c123\u201d' }]);
    expect(sub.stage).toBe('syntax-rejected');
    expect(sub.ack999.segments.filter((s) => s.segment.startsWith('IK4*')).map((s) => s.segment)).toEqual(['IK4*9**6~', 'IK4*2**6~']);
    expect(layoutProblems(sub.ack999.text, sub.ack999.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });
});

describe('999 business unit identifier (review 2026-11-30, session 10: 005010X231A1 2100 CTX, X12 RFI 2162 and 2293)', () => {
  const errors = [
    { segmentId: 'NM1', position: 9, loop: '2010', element: { position: 9, code: IK403['required-missing'] }, sentence: 'The billing provider NPI is blank.' },
    { segmentId: 'CLM', position: 21, loop: '2300', element: { position: 11, component: 4, code: IK403['implementation-missing'] }, sentence: 'Item 10b has no state.' },
    { segmentId: 'SV1', position: 29, loop: '2400', element: { position: 4, code: IK403['bad-character'] }, sentence: 'Units unreadable.' },
  ];
  const body = (claimId: string | undefined) => ack999({ groupControl: '1', transactionControl: '0001', errors, claimId }, OPTIONS);
  const lines = (ack: ReturnType<typeof body>) => ack.segments.map((s) => s.segment).filter((s) => /^(IK[34]|CTX)/.test(s));

  it('ties an error inside the claim (2300 and its loops) to the claim by CLM01, after its IK3 and before its IK4s; an error above the claim gets none', () => {
    const ack = body('MAR10442');
    expect(lines(ack)).toEqual(['IK3*NM1*9*2010*8~', 'IK4*9**1~', 'IK3*CLM*21*2300*8~', 'CTX*CLM01:MAR10442~', 'IK4*11:4**I9~', 'IK3*SV1*29*2400*8~', 'CTX*CLM01:MAR10442~', 'IK4*4**6~']);
    expect(layoutProblems(ack.text, ack.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });
  it('is not sent when CLM01 is unknown or not valid X12 text, and is cut to the 35 characters CTX01-2 holds', () => {
    expect(lines(body(undefined)).some((s) => s.startsWith('CTX'))).toBe(false);
    expect(lines(body('MAR\u00e910442')).some((s) => s.startsWith('CTX'))).toBe(false);
    expect(lines(body('A'.repeat(38)))).toContain(`CTX*CLM01:${'A'.repeat(35)}~`);
  });
  it('the claim chain sends the CLM01 the 837P carried (the patient account number)', () => {
    const sub = send([{ path: 'lines.0.units', value: 'one' }]);
    expect(sub.stage).toBe('syntax-rejected');
    expect(sub.ack999.segments.map((s) => s.segment).filter((s) => /^(IK3|CTX)/.test(s))).toEqual([expect.stringMatching(/^IK3\*SV1\*\d+\*2400\*8~$/), 'CTX*CLM01:MAR-10442~']);
    expect(layoutProblems(sub.ack999.text, sub.ack999.segments, X12_999_LAYOUT, X12_CODE_SETS)).toEqual([]);
  });
});

describe('999 read against the 837P it answers (x12v14 validation, 2026-12)', () => {
  const body = (sub: ReturnType<typeof send>) => sub.ack999.segments.map((s) => s.segment).filter((s) => /^IK[34]/.test(s));
  /** The segment IK302 names (ST = 1) in the 837P the chain sent. */
  const named = (sub: ReturnType<typeof send>, ik3: string) => {
    const lines = sub.sent837p!.text.split('\n');
    const st = lines.findIndex((l) => l.startsWith('ST*'));
    return lines[st + Number(ik3.split('*')[2]) - 1];
  };

  it('locates each item on the element that carries it, with an IK4 under every IK3*...*8: item 2 (the patient is the subscriber: 2010BA NM103, empty), item 33\'s name (NM1*85 NM103), an unreadable item 29 (AMT*F5 sent as typed)', () => {
    const patient = send([{ path: 'patient.name.last', value: '' }]);
    expect(body(patient)).toEqual([expect.stringMatching(/^IK3\*NM1\*\d+\*2010\*8~$/), 'IK4*3**1~']);
    // IK403 1 names an element the file leaves empty (review: it used to hold item 4's name).
    expect(named(patient, body(patient)[0]!)).toMatch(/^NM1\*IL\*1\*\*DENISE\*/);
    const billing = send([{ path: 'billingProvider.name', value: '' }]);
    expect(body(billing)).toEqual([expect.stringMatching(/^IK3\*NM1\*\d+\*2010\*8~$/), 'IK4*3**1~']);
    expect(named(billing, body(billing)[0]!)).toBe('NM1*85*2******XX*1357924681~');
    const paid = send([{ path: 'amountPaid', value: 'ten' }]);
    expect(body(paid)).toEqual([expect.stringMatching(/^IK3\*AMT\*\d+\*2300\*8~$/), 'IK4*2**6*TEN~']);
    expect(named(paid, body(paid)[0]!)).toBe('AMT*F5*TEN~');
  });

  it('item 11d yes with items 9, 9a and 9d blank is one missing 2320 loop (IK3 SBR, I6), not an IK3 on CLM without an element', () => {
    expect(body(send([{ path: 'anotherPlan', value: true }]))).toEqual([expect.stringMatching(/^IK3\*SBR\*\d+\*2320\*I6~$/)]);
  });

  it('the ICD indicator (item 21) is HI01-1, the qualifier the 837P sent, not the diagnosis code: indicator 9 sends BK (ICD-9-CM), which the 999 refuses; a blank one leaves it empty', () => {
    const sub = send([{ path: 'icdIndicator', value: '9' }]);
    expect(body(sub)).toEqual([expect.stringMatching(/^IK3\*HI\*\d+\*2300\*8~$/), 'IK4*1:1**7*BK~']);
    expect(named(sub, body(sub)[0]!)).toBe('HI*BK:E119*BF:I10~');
    // Review (2026-12-01): the 999 said ABK, the qualifier every ICD-10-CM claim must send, was an invalid code.
    const blank = send([{ path: 'icdIndicator', value: '' }]);
    expect(body(blank)).toEqual([expect.stringMatching(/^IK3\*HI\*\d+\*2300\*8~$/), 'IK4*2:1**1~', 'IK4*1:1**1~']);
    expect(named(blank, body(blank)[0]!)).toBe('HI*:E119*:I10~');
  });

  it('IK404 copies the whole bad value from the file, not the finding\'s shortened quote of it', () => {
    const long = 'A'.repeat(45);
    const sub = send([{ path: 'patientAccountNumber', value: long }]);
    expect(body(sub)).toEqual([expect.stringMatching(/^IK3\*CLM\*\d+\*2300\*8~$/), `IK4*1**5*${long}~`]);
  });

  it('items the 837P has no value for are not syntax errors: a blank item 31 (CLM06 N), item 12 (CLM09 I), the patient\'s phone (no PER outside property and casualty claims) come back on the 277CA, the 999 accepts', () => {
    for (const changes of [[{ path: 'providerSignature.name', value: '' }], [{ path: 'patientSignature', value: { onFile: false } }], [{ path: 'patient.phone', value: '555' }]]) {
      const sub = send(changes);
      expect(sub.ack999.accepted).toBe(true);
      expect(sub.stage).toBe('front-end-rejected');
      expect(sub.ack277ca!.text).toMatch(/STC\*A7:21:PR\*/);
    }
    // A blank item 27 is CLM07 C (not assigned), a valid code: Medicaid's front end rejects it, not the clearinghouse.
    const { acceptAssignment: _blank, ...noItem27 } = { ...BASE, insuranceType: 'medicaid' as const };
    const item27 = scrubClaim(noItem27, CONTEXT).findings.filter((f) => f.item === '27' && f.severity === 'error');
    expect(item27.map((f) => `${f.code} ${rejectionStage(f)}`)).toEqual(['missing front-end']);
    // Item 27 left at NO (the form's unticked box) is the same CLM07 C: the front end cannot tell it from a blank, and refuses it too (review 2026-12-01).
    const no = scrubClaim({ ...BASE, insuranceType: 'medicaid', acceptAssignment: false }, CONTEXT).findings.filter((f) => f.item === '27' && f.severity === 'error');
    expect(no.map((f) => `${f.code} ${rejectionStage(f)}`)).toEqual(['not-assigned front-end']);
  });

  it('a blank item 4 when the patient is the subscriber is not in the file (2010BA is named from item 2, the same person): the 999 accepts, the 277CA rejects and names the patient as the 837P did', () => {
    const sub = send([{ path: 'insured.name', value: { last: '', first: '' } }]);
    expect(sub.ack999.accepted).toBe(true);
    expect(sub.stage).toBe('front-end-rejected');
    expect(sub.stoppedBy.map((f) => `${f.code}@${f.item}`)).toEqual(['missing@4', 'missing@4']);
    expect(sub.sent837p!.text).toContain('NM1*IL*1*MARLOW*DENISE*A***MI*LHP448120931~');
    expect(sub.ack277ca!.text).toContain('NM1*QC*1*MARLOW*DENISE****MI*LHP448120931~');
  });
});
