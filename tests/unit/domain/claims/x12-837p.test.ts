import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import type { Claim } from '../../../../src/domain/claims/claim-schema.ts';
import { layoutLoopOf, zipPlusFourWarnings } from '../../../../src/domain/claims/export-837p.ts';
import { claimExerciseSchema } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import { checkSegmentInLayout } from '../../../../src/domain/x12/check-segment.ts';
import { checkTransaction } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
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
    // The patient is the subscriber: 2010BA is named from item 2.
    const hostile = applyChanges(BASE, [{ path: 'patient.name.last', value: 'O*Brien~ISA' }, { path: 'patientAccountNumber', value: 'A:1^2' }]);
    const out = claimTo837p(hostile, options);
    const nm1 = out.segments.find((s) => s.loop === '2010BA' && s.segment.startsWith('NM1'));
    expect(nm1?.segment.split('*')[3]).toBe('O BRIEN ISA');
    expect(out.text.split('~').length).toBe(out.segments.length + 1);
  });
  it('gives every line a line item control number (2400 REF*6R) after its date, which the 835 returns with the line\'s payment', () => {
    const { segments } = claimTo837p(BASE, options);
    const lines = segments.filter((s) => s.loop === '2400').map((s) => s.segment.replace(/~$/, ''));
    const refs = lines.filter((s) => s.startsWith('REF*6R*'));
    expect(refs).toEqual(BASE.lines.map((_, i) => `REF*6R*${i + 1}`));
    for (const [i] of BASE.lines.entries()) expect(lines.indexOf(`REF*6R*${i + 1}`)).toBeGreaterThan(lines.findIndex((s, k) => s.startsWith('DTP*472') && lines.slice(0, k).filter((x) => x.startsWith('LX*')).length === i + 1));
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
  it('sends the subscriber address and demographics (2010BA N3, N4, DMG) only when the patient is the subscriber; a dependent\'s are in 2010CA (X12 RFI 2281)', () => {
    const loopSegs = (claim: Claim, loop: string) => claimTo837p(claim, options).segments.filter((s) => s.loop === loop).map((s) => s.segment.split('*')[0]);
    expect(loopSegs(BASE, '2010BA')).toEqual(expect.arrayContaining(['N3', 'N4', 'DMG']));
    const child = applyChanges(BASE, [{ path: 'relationship', value: 'child' }, { path: 'insured.name', value: { last: 'Marlow', first: 'Evan' } }, { path: 'insured.birthDate', value: '1980-01-02' }, { path: 'insured.sex', value: 'M' }]);
    expect(loopSegs(child, '2010BA').filter((id) => ['N3', 'N4', 'DMG'].includes(id ?? ''))).toEqual([]);
    expect(loopSegs(child, '2010CA')).toEqual(['NM1', 'N3', 'N4', 'DMG']);
  });
});

describe('every segment of every claim case fits the 005010X222A1 layout', () => {
  const dir = join(REPO_ROOT, 'content/exercises/claims');
  const variants: [string, Claim][] = [
    ['dependent with an NDC line, a suffix and a replacement claim', applyChanges(BASE, [{ path: 'relationship', value: 'child' }, { path: 'insured.name', value: { last: 'Marlow', first: 'Evan', suffix: 'Jr' } }, { path: 'patient.name.suffix', value: 'III' }, { path: 'lines.1.supplemental', value: { qualifier: 'N4', value: '12345067801', unit: 'ML', quantity: '1' } }, { path: 'resubmission', value: { code: '7', originalRef: '2026101500452' } }])],
    ['ordering provider (DK) on every line', applyChanges(BASE, [{ path: 'referringProvider', value: { qualifier: 'DK', name: { last: 'Brandt', first: 'Thomas', suffix: 'Sr' }, npi: '1357914682' } }])],
    ['supervising provider (DQ)', applyChanges(BASE, [{ path: 'referringProvider', value: { qualifier: 'DQ', name: { last: 'Brandt', first: 'Thomas' }, npi: '1357914682' } }])],
  ];
  const cases: [string, Claim][] = [
    ...readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f): [string, Claim] => [f, claimExerciseSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))).answer]),
    ...variants,
  ];
  it.each(cases)('%s', (name, claim) => {
    const { text, segments } = claimTo837p(claim, options);
    const loops = segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    const findings = checkTransaction(text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS });
    expect(findings.map((f) => `${segments[f.index ?? 0]?.segment}: ${describeX12Finding(f)}`)).toEqual([]);
    // A claim case's billing provider (2010AA) and service facility (2310C) carry the ZIP+4 the guide requires there.
    if (name.endsWith('.yaml')) expect(zipPlusFourWarnings(segments).map(describeX12Finding)).toEqual([]);
    // Each segment was held to a row of the loop the writer meant.
    for (const [i, s] of segments.entries()) {
      const { row } = checkSegmentInLayout(s.segment, X12_837P_LAYOUT, { loop: loops[i] ?? '' });
      expect(row?.loop, s.segment).toBe(loops[i]);
    }
  });
  describe('one test per segment type: element count and position against the 005010X222A1 table', () => {
    const emitted = cases.flatMap(([, claim]) => {
      const { text, segments } = claimTo837p(claim, options);
      const loops = segments.map((x) => layoutLoopOf(x.loop, x.segment.split('*')[0] ?? ''));
      const findings = checkTransaction(text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS });
      return segments.map((x, i) => ({ text: x.segment.replace(/~$/, ''), loop: loops[i] ?? '', findings: findings.filter((f) => f.index === i && f.code !== 'segment-count' && f.code !== 'isa-length') }));
    });
    const types = [...new Set(emitted.map((e) => e.text.split('*')[0] ?? ''))].sort();
    it('the writer emits the segment types a professional claim needs', () => {
      for (const id of ['ISA', 'GS', 'ST', 'BHT', 'NM1', 'PER', 'HL', 'N3', 'N4', 'REF', 'SBR', 'DMG', 'CLM', 'HI', 'LX', 'SV1', 'DTP', 'SE', 'GE', 'IEA']) expect(types, id).toContain(id);
    });
    it.each(types)('%s: no more elements than its table row, required positions filled, every element valid where it stands', (id) => {
      for (const e of emitted.filter((x) => x.text.split('*')[0] === id)) {
        const elements = e.text.split('*').slice(1);
        const { row } = checkSegmentInLayout(`${e.text}~`, X12_837P_LAYOUT, { loop: e.loop });
        expect(row, `${e.text}: no ${id} row in loop ${e.loop}`).toBeDefined();
        expect(elements.length, `${e.text}: element count`).toBeLessThanOrEqual(row!.elements.length);
        for (const x of row!.elements.filter((r) => r.usage === 'R')) expect(elements[x.position - 1] ?? '', `${e.text}: ${x.id} is required`).not.toBe('');
        expect(e.findings.map(describeX12Finding), e.text).toEqual([]);
      }
    });
  });

  it('puts the referring provider NPI in NM109 after the XX qualifier in NM108', () => {
    const exercise = claimExerciseSchema.parse(parseYaml(readFileSync(join(dir, 'medicare-referred-skin-biopsy.yaml'), 'utf8')));
    const nm1 = claimTo837p(exercise.answer, options).segments.find((s) => s.loop === '2310A');
    expect(nm1?.segment.split('*').slice(8)).toEqual(['XX', '1357914682~']);
  });
});

describe('837P payer situations (005010X222A1)', () => {
  const load = (name: string): Claim => claimExerciseSchema.parse(parseYaml(readFileSync(join(REPO_ROOT, 'content/exercises/claims', `${name}.yaml`), 'utf8'))).answer as Claim;
  it("workers' compensation: the employer is a non-person subscriber, WC filing, PAT*20 and the Y4 claim number", () => {
    const out = claimTo837p(load('workers-comp-lifting-back-strain'), options).text;
    expect(out).toMatch(/^SBR\*P\*\*WCP4471208\*{6}WC~$/m);
    expect(out).toContain('NM1*IL*2*RIVERSIDE DISTRIBUTION LLC*****MI*26118407~');
    expect(out).toContain('PAT*20~');
    expect(out).toContain('REF*Y4*26118407~');
    expect(out).not.toContain('NM1*IL*1*RIVERSIDE');
  });
  it('auto accident: AM filing, REF*Y4 under the subscriber and the accident date', () => {
    const claim = load('auto-accident-neck-strain-medpay');
    const out = claimTo837p(claim, options).text;
    expect(out).toMatch(/^SBR\*P\*18\*.*\*AM~$/m);
    expect(out).toContain('REF*Y4*GLA26550913~');
    expect(out).toContain(`DTP*439*D8*${claim.currentIllness?.date.replace(/-/g, '')}~`);
  });
  it('a CLIA number in item 23 goes out as REF*X4, a prior authorization as REF*G1', () => {
    const lab = claimTo837p(load('independent-lab-ordering-provider-dk'), options).text;
    expect(lab).toContain('REF*X4*36D2047719~');
    expect(lab).not.toContain('REF*G1*36D2047719');
    const pa = claimTo837p(applyChanges(BASE, [{ path: 'priorAuthorization', value: 'PA-55821' }]), options).text;
    expect(pa).toContain('REF*G1*PA-55821~');
  });
  it('CLM09 is I (not N) when the patient signature is not on file', () => {
    const noSig = applyChanges(BASE, [{ path: 'patientSignature', value: { onFile: false } }]);
    const clm = claimTo837p(noSig, options).segments.find((s) => s.segment.startsWith('CLM*'))?.segment.replace(/~$/, '').split('*');
    expect(clm?.[9]).toBe('I');
  });
});

describe('837P anesthesia time', () => {
  it('sends an anesthesia line in minutes (MJ) from item 19, other lines in units (UN)', () => {
    const claim = claimExerciseSchema.parse(parseYaml(readFileSync(join(REPO_ROOT, 'content/exercises/claims/anesthesia-lap-cholecystectomy-units.yaml'), 'utf8'))).answer as Claim;
    const sv1 = claimTo837p(claim, options).segments.filter((s) => s.segment.startsWith('SV1*'));
    expect(sv1[0]?.segment).toMatch(/^SV1\*HC:00790(:[A-Z0-9]{2})*\*[\d.]+\*MJ\*95\*/);
    expect(claimTo837p(BASE, options).text).toContain('SV1*HC:99214*185*UN*1***1:2~');
  });

  it('sends Medicare\'s 24G minutes as MJ when item 19 states none; a commercial 24G stays UN', () => {
    const line = { ...BASE.lines[0]!, procedure: '00790', modifiers: ['AA'], units: '95', charge: '1197.00' };
    const { additionalInfo: _noItem19, ...base } = BASE;
    const medicare: Claim = { ...base, insuranceType: 'medicare', lines: [line] };
    expect(claimTo837p(medicare, options).text).toMatch(/SV1\*HC:00790:AA\*1197\*MJ\*95\*/);
    expect(claimTo837p({ ...medicare, insuranceType: 'group', lines: [{ ...line, units: '13.3' }] }, options).text).toMatch(/SV1\*HC:00790:AA\*1197\*UN\*13\.3\*/);
  });

  it('on a Medicare claim the 24G minutes the contractor prices win over different minutes in item 19', () => {
    const line = { ...BASE.lines[0]!, procedure: '00790', modifiers: ['QY'], units: '111', charge: '1296.00' };
    const medicare: Claim = { ...BASE, insuranceType: 'medicare', additionalInfo: 'Anesthesia start 0752 end 0931, 99 minutes', lines: [line] };
    expect(claimTo837p(medicare, options).text).toMatch(/SV1\*HC:00790:QY\*1296\*MJ\*111\*/);
    expect(claimTo837p({ ...medicare, insuranceType: 'group' }, options).text).toMatch(/SV1\*HC:00790:QY\*1296\*MJ\*99\*/);
  });
});

describe('837P audit 2026-11-30 (session 10)', () => {
  const loopsOf = (claim: Claim) => claimTo837p(claim, options).segments.filter((s) => s.loop.startsWith('2310') && s.segment.startsWith('NM1*')).map((s) => s.loop);
  const facility = { name: 'Lakeshore Annex', address: { street: '10 Annex Way', city: 'Columbus', state: 'OH', zip: '43215-1111' }, npi: '1802468037' };
  it('writes the 2310 provider loops in the guide\'s order (A referring, B rendering, C facility, D supervising), so a validator walking the map finds each one', () => {
    const supervised = applyChanges(BASE, [{ path: 'referringProvider', value: { qualifier: 'DQ', name: { last: 'Brandt', first: 'Thomas' }, npi: '1357914682' } }, { path: 'serviceFacility', value: facility }]);
    expect(loopsOf(supervised)).toEqual(['2310B', '2310C', '2310D']);
    const referred = applyChanges(BASE, [{ path: 'referringProvider', value: { qualifier: 'DN', name: { last: 'Brandt', first: 'Thomas' }, npi: '1357914682' } }, { path: 'serviceFacility', value: facility }]);
    expect(loopsOf(referred)).toEqual(['2310A', '2310B', '2310C']);
  });

  const dtps = (claim: Claim) => claimTo837p(claim, options).segments.filter((s) => s.loop === '2300' && s.segment.startsWith('DTP*')).map((s) => s.segment.replace(/~$/, ''));
  it('sends items 15, 16 and 18 as 2300 dates (other date with its qualifier, disability period, admission and discharge) in the guide\'s order', () => {
    const claim = applyChanges(BASE, [
      { path: 'currentIllness', value: { qualifier: '484', date: '2026-08-20' } },
      { path: 'otherDate', value: { qualifier: '454', date: '2026-09-01' } },
      { path: 'unableToWork', value: { from: '2026-10-01', to: '2026-10-20' } },
      { path: 'hospitalization', value: { from: '2026-09-28', to: '2026-09-30' } },
    ]);
    expect(dtps(claim)).toEqual(['DTP*454*D8*20260901', 'DTP*484*D8*20260820', 'DTP*314*RD8*20261001-20261020', 'DTP*435*D8*20260928', 'DTP*096*D8*20260930']);
  });
  it('an item 16 with one date is the start (360) or the end (361); an admission still open has no discharge date', () => {
    expect(dtps(applyChanges(BASE, [{ path: 'unableToWork', value: { from: '2026-10-01', to: '' } }]))).toEqual(['DTP*360*D8*20261001']);
    expect(dtps(applyChanges(BASE, [{ path: 'unableToWork', value: { from: '', to: '2026-10-20' } }]))).toEqual(['DTP*361*D8*20261020']);
    expect(dtps(applyChanges(BASE, [{ path: 'hospitalization', value: { from: '2026-09-28' } }]))).toEqual(['DTP*435*D8*20260928']);
  });
  it('an accident date given in item 15 (439) is sent once, not again from item 14', () => {
    const claim = applyChanges(BASE, [{ path: 'conditionRelatedTo.otherAccident', value: true }, { path: 'currentIllness', value: { qualifier: '431', date: '2026-10-10' } }, { path: 'otherDate', value: { qualifier: '439', date: '2026-10-09' } }]);
    expect(dtps(claim)).toEqual(['DTP*431*D8*20261010', 'DTP*439*D8*20261009']);
  });
  it("the workers' compensation case's item 16 reaches the 837P, and its accident date (item 10a with an overexertion accident code)", () => {
    const claim = claimExerciseSchema.parse(parseYaml(readFileSync(join(REPO_ROOT, 'content/exercises/claims/workers-comp-lifting-back-strain.yaml'), 'utf8'))).answer as Claim;
    expect(dtps(claim)).toEqual(['DTP*431*D8*20261019', 'DTP*439*D8*20261019', 'DTP*314*RD8*20261020-20261026']);
  });
  it('review 2026-11-30: DTP*439 with item 10a only when an accident external cause code (V00-X58) says the work injury was an accident', () => {
    const work = (diagnoses: string[]) => dtps(applyChanges(BASE, [{ path: 'conditionRelatedTo.employment', value: true }, { path: 'currentIllness', value: { qualifier: '431', date: '2026-10-01' } }, { path: 'diagnoses', value: diagnoses }]));
    expect(work(['S61.412A', 'W26.0XXA', 'Y99.0'])).toEqual(['DTP*431*D8*20261001', 'DTP*439*D8*20261001']);
    expect(work(['S93.401A', 'V43.52XA'])).toContain('DTP*439*D8*20261001');
    // An occupational illness with no accident code, and an assault at work (X92-Y09 is not in the accidents block): no accident date.
    expect(work(['G56.01', 'Y99.0'])).toEqual(['DTP*431*D8*20261001']);
    expect(work(['S01.81XA', 'Y04.0XXA'])).toEqual(['DTP*431*D8*20261001']);
  });
});

describe('837P rendering provider name (review 2026-11-30, session 10)', () => {
  const rendering = (claim: Claim, providers?: { npi: string; name: string }[]) => claimTo837p(claim, { ...options, providers }).segments.find((s) => s.loop === '2310B');
  const sof = applyChanges(BASE, [{ path: 'providerSignature.name', value: 'Signature on file' }]);
  it('item 31 "Signature on file" is a signature, not a name: the rendering provider is named from the provider file by its NPI', () => {
    expect(rendering(sof, [{ npi: '1246813574', name: 'Priya Natarajan MD' }])?.segment).toBe('NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~');
    expect(rendering(applyChanges(BASE, [{ path: 'providerSignature.name', value: 'SOF' }]), [{ npi: '1246813574', name: 'Priya Natarajan MD' }])?.segment).toBe('NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~');
  });
  it('the provider file wins over a name signed in item 31 (another physician may sign); a signed name is used only when the file has none', () => {
    expect(rendering(BASE, [{ npi: '1246813574', name: 'Priya K. Natarajan-Shah MD' }])?.segment).toBe('NM1*82*1*NATARAJAN-SHAH*PRIYA K****XX*1246813574~');
    expect(rendering(BASE)?.segment).toBe('NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~');
    expect(rendering(BASE, [{ npi: '1999999999', name: 'Somebody Else MD' }])?.segment).toBe('NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~');
  });
  it('with no name on file and a signature on file the name is missing, never "FILE, SIGNATURE ON": the layout check names NM103 in 2310B', () => {
    const out = claimTo837p(sof, options);
    expect(out.segments.find((s) => s.loop === '2310B')?.segment).toBe('NM1*82*1******XX*1246813574~');
    const loops = out.segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    const findings = checkTransaction(out.text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).filter((f) => f.loop === '2310B');
    expect(findings.map((f) => `${f.code} ${f.element}`)).toEqual(['required-missing NM103']);
  });
});

describe('837P open items of the session 10 audit (005010X222A1)', () => {
  const write = (claim: Claim, providers?: { npi: string; name: string }[]) => claimTo837p(claim, { ...options, providers });
  const lines = (claim: Claim, providers?: { npi: string; name: string }[]) => write(claim, providers).segments.map((s) => `${s.loop} ${s.segment.replace(/~$/, '')}`);
  /** What a validator would say: every segment against the table, in the loop the writer names. */
  const layoutFindings = (out: ReturnType<typeof claimTo837p>) => {
    const loops = out.segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    return checkTransaction(out.text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).map(describeX12Finding);
  };
  const reasons = (claim: Claim) => write(claim).notSent.map((f) => `${f.segment} ${String(f.data['reason'])}`);
  const dtp439 = (claim: Claim) => lines(claim).filter((l) => l.startsWith('2300 DTP*439'));

  it('DTP*439 is not sent when items 10a-10c say no accident, even when item 15 gives a date under 439; the export says why', () => {
    const noAccident = applyChanges(BASE, [{ path: 'otherDate', value: { qualifier: '439', date: '2026-10-01' } }]);
    expect(dtp439(noAccident)).toEqual([]);
    expect(reasons(noAccident)).toEqual(['DTP dtp439-no-accident']);
    // A work-related illness with no accident external cause code is no accident either.
    const illness = applyChanges(noAccident, [{ path: 'conditionRelatedTo.employment', value: true }, { path: 'diagnoses', value: ['G56.01', 'Y99.0'] }]);
    expect(dtp439(illness)).toEqual([]);
    // Item 10c yes: the same item 15 date is the accident date.
    expect(dtp439(applyChanges(noAccident, [{ path: 'conditionRelatedTo.otherAccident', value: true }]))).toEqual(['2300 DTP*439*D8*20261001']);
  });
  it('an accident with no date in item 14 (431) or item 15 (439) sends no DTP*439 and the export names the missing date', () => {
    const auto = applyChanges(BASE, [{ path: 'conditionRelatedTo.autoAccident', value: true }, { path: 'conditionRelatedTo.autoAccidentState', value: 'OH' }]);
    expect(dtp439(auto)).toEqual([]);
    expect(reasons(auto)).toEqual(['DTP dtp439-no-date']);
    expect(reasons(applyChanges(auto, [{ path: 'currentIllness', value: { qualifier: '431', date: '2026-10-01' } }]))).toEqual([]);
  });

  const okafor = { npi: '1468024694', name: 'Daniel Okafor DO' };
  const natarajan = { npi: '1246813574', name: 'Priya Natarajan MD' };
  it('one rendering NPI on every line: 2310B only, no 2420A', () => {
    const out = lines(BASE, [natarajan]);
    expect(out.filter((l) => l.includes('NM1*82'))).toEqual(['2310B NM1*82*1*NATARAJAN*PRIYA****XX*1246813574']);
  });
  it('a line whose 24J differs from the claim-level rendering provider gets 2420A NM1*82 after its 2400 segments; the layout holds', () => {
    const claim = applyChanges(BASE, [{ path: 'lines.1.renderingNpi', value: okafor.npi }]);
    const out = lines(claim, [natarajan, okafor]);
    expect(out.filter((l) => l.includes('NM1*82'))).toEqual(['2310B NM1*82*1*NATARAJAN*PRIYA****XX*1246813574', '2420A NM1*82*1*OKAFOR*DANIEL****XX*1468024694']);
    // The 2420A loop belongs to line 2: after its LX and line item control number, and nothing of line 1 follows it.
    const at = out.indexOf('2420A NM1*82*1*OKAFOR*DANIEL****XX*1468024694');
    expect(out.slice(0, at).filter((l) => l.startsWith('2400 LX*')).at(-1)).toBe('2400 LX*2');
    expect(out[at - 1]).toBe('2400 REF*6R*2');
    expect(layoutFindings(write(claim, [natarajan, okafor]))).toEqual([]);
    // Not on file: NM103 is missing, never item 31's signer (another physician), so the layout refuses it.
    const unnamed = write(claim, [natarajan]);
    expect(unnamed.segments.find((s) => s.loop === '2420A')?.segment).toBe('NM1*82*1******XX*1468024694~');
    expect(layoutFindings(unnamed)).toEqual(['NM103 (loop 2420A) (Rendering Provider Last or Organization Name) is required but empty.']);
  });
  it('a blank 24J is the billing provider: with 2310B for the other line it gets 2420A NM1*82*2; when the billing provider comes first there is no 2310B (X12 RFI 345)', () => {
    const blankSecond = applyChanges(BASE, [{ path: 'lines.1.renderingNpi', value: '' }]);
    expect(lines(blankSecond, [natarajan]).filter((l) => l.includes('NM1*82'))).toEqual(['2310B NM1*82*1*NATARAJAN*PRIYA****XX*1246813574', '2420A NM1*82*2*MAPLE GROVE FAMILY MEDICINE*****XX*1357924681']);
    const blankFirst = applyChanges(BASE, [{ path: 'lines.0.renderingNpi', value: '' }]);
    expect(lines(blankFirst, [natarajan]).filter((l) => l.includes('NM1*82'))).toEqual(['2420A NM1*82*1*NATARAJAN*PRIYA****XX*1246813574']);
    expect(layoutFindings(write(blankFirst, [natarajan]))).toEqual([]);
  });

  const lab = { name: 'Lakeshore Reference Lab', address: { street: '40 Lab Park Drive', city: 'Columbus', state: 'OH', zip: '43215-2020' }, npi: '1802468037' };
  const oneLine = (changes: Parameters<typeof applyChanges>[1]) => applyChanges(BASE, [{ path: 'lines', value: [BASE.lines[1]] }, { path: 'totalCharge', value: '32.00' }, ...changes]);
  it('item 20 YES with its charge on a one-line claim: 2400 PS1 with the item 32a supplier NPI and the purchase price, after the line\'s REF', () => {
    const claim = oneLine([{ path: 'outsideLab', value: { used: true, charges: '20.00' } }, { path: 'serviceFacility', value: lab }]);
    const out = lines(claim);
    expect(out.filter((l) => l.includes('PS1*'))).toEqual(['2400 PS1*1802468037*20']);
    expect(out.indexOf('2400 PS1*1802468037*20')).toBe(out.indexOf('2400 REF*6R*1') + 1);
    expect(out).toContain('2310C NM1*77*2*LAKESHORE REFERENCE LAB*****XX*1802468037');
    expect(layoutFindings(write(claim))).toEqual([]);
    // Item 20 NO: no PS1.
    expect(lines(oneLine([{ path: 'outsideLab', value: { used: false } }, { path: 'serviceFacility', value: lab }])).some((l) => l.includes('PS1*'))).toBe(false);
  });
  it('item 20 YES that the 837P cannot carry is left out with a reason: several lines, no 32a NPI, no charge', () => {
    expect(reasons(applyChanges(BASE, [{ path: 'outsideLab', value: { used: true, charges: '20.00' } }, { path: 'serviceFacility', value: lab }]))).toEqual(['PS1 ps1-which-line']);
    expect(reasons(oneLine([{ path: 'outsideLab', value: { used: true, charges: '20.00' } }]))).toEqual(['PS1 ps1-no-npi']);
    expect(reasons(oneLine([{ path: 'outsideLab', value: { used: true } }, { path: 'serviceFacility', value: lab }]))).toEqual(['PS1 ps1-no-charge']);
    expect(lines(applyChanges(BASE, [{ path: 'outsideLab', value: { used: true, charges: '20.00' } }, { path: 'serviceFacility', value: lab }])).some((l) => l.includes('PS1*'))).toBe(false);
  });

  it('taxonomy with qualifier ZZ: 33b -> 2000A PRV*BI*PXC right after HL*1; 24I/24J shaded -> PRV*PE*PXC after the rendering NM1 (2310B or 2420A)', () => {
    const claim = applyChanges(BASE, [
      { path: 'billingProvider.otherId', value: 'ZZ 207Q00000X' },
      { path: 'lines.0.idQualifier', value: 'ZZ' }, { path: 'lines.0.renderingOtherId', value: '207Q00000X' },
      { path: 'lines.1.renderingNpi', value: okafor.npi }, { path: 'lines.1.idQualifier', value: 'ZZ' }, { path: 'lines.1.renderingOtherId', value: '207R00000X' },
    ]);
    const out = lines(claim, [natarajan, okafor]);
    expect(out[out.indexOf('2000A HL*1**20*1') + 1]).toBe('2000A PRV*BI*PXC*207Q00000X');
    expect(out[out.indexOf('2310B NM1*82*1*NATARAJAN*PRIYA****XX*1246813574') + 1]).toBe('2310B PRV*PE*PXC*207Q00000X');
    expect(out[out.indexOf('2420A NM1*82*1*OKAFOR*DANIEL****XX*1468024694') + 1]).toBe('2420A PRV*PE*PXC*207R00000X');
    expect(layoutFindings(write(claim, [natarajan, okafor]))).toEqual([]);
    // No taxonomy on the claim, no PRV: the guide sends it only when it affects adjudication.
    expect(lines(BASE).some((l) => l.includes('PRV*'))).toBe(false);
  });
  it('a 24I state license (0B) goes in the rendering REF; a ZZ entry that is not a taxonomy code and a 24I qualifier with no place are left out with a reason', () => {
    expect(lines(applyChanges(BASE, [{ path: 'lines.0.idQualifier', value: '0B' }, { path: 'lines.0.renderingOtherId', value: 'MD12345' }]))).toContain('2310B REF*0B*MD12345');
    const bad = applyChanges(BASE, [{ path: 'billingProvider.otherId', value: 'ZZ FAMILY MED' }, { path: 'lines.0.idQualifier', value: 'XY' }, { path: 'lines.0.renderingOtherId', value: '123' }]);
    expect(lines(bad).some((l) => l.includes('PRV*') || l.startsWith('2310B REF'))).toBe(false);
    expect(reasons(bad)).toEqual(['PRV taxonomy-format', 'REF rendering-id-qualifier']);
  });
});

describe('837P session 11 review (2026-11-30)', () => {
  const write = (claim: Claim, providers?: { npi: string; name: string }[]) => claimTo837p(claim, { ...options, providers });
  const natarajan = { npi: '1246813574', name: 'Priya Natarajan MD' };
  it('a ten-digit NPI or payer ID after ZZ is no taxonomy code (NUCC codes end in X): no PRV, a note', () => {
    const out = write(applyChanges(BASE, [{ path: 'billingProvider.otherId', value: 'ZZ1234567890' }, { path: 'lines.0.idQualifier', value: 'zz' }, { path: 'lines.0.renderingOtherId', value: '207q00000x' }]), [natarajan]);
    expect(out.segments.filter((s) => s.segment.startsWith('PRV')).map((s) => `${s.loop} ${s.segment}`)).toEqual(['2310B PRV*PE*PXC*207Q00000X~']);
    expect(out.notSent.map(describeX12Finding)).toEqual(['Item 33b gives qualifier ZZ (taxonomy) with "1234567890", which is not a provider taxonomy code (ten letters and digits ending in X), so no PRV (loop 2000A) was sent. Enter ZZ followed by the code, e.g. ZZ207Q00000X.']);
  });
  it('a 24I/24J shaded entry the 837P has no loop for is named, not dropped in silence: a line the billing provider rendered, a second entry for the 2310B provider', () => {
    const billing = applyChanges(BASE, [{ path: 'lines.0.renderingNpi', value: '' }, { path: 'lines.1.renderingNpi', value: '' }, { path: 'lines.1.idQualifier', value: 'ZZ' }, { path: 'lines.1.renderingOtherId', value: '207Q00000X' }]);
    const a = write(billing, [natarajan]);
    expect(a.text).not.toContain('PRV*');
    expect(a.notSent.map(describeX12Finding)).toEqual(['Line 2\'s 24I/24J shaded entry "ZZ 207Q00000X" was not sent: the billing provider (item 33a) rendered that line (24J NPI blank or the billing NPI), so the 837P has no rendering provider loop to carry it. The billing provider\'s own taxonomy goes in item 33b (ZZ followed by the code).']);
    const two = applyChanges(BASE, [{ path: 'lines.0.idQualifier', value: 'ZZ' }, { path: 'lines.0.renderingOtherId', value: '207Q00000X' }, { path: 'lines.1.idQualifier', value: 'ZZ' }, { path: 'lines.1.renderingOtherId', value: '207R00000X' }]);
    const b = write(two, [natarajan]);
    expect(b.segments.filter((s) => s.segment.startsWith('PRV')).map((s) => `${s.loop} ${s.segment}`)).toEqual(['2310B PRV*PE*PXC*207Q00000X~']);
    expect(b.notSent.map((f) => `${f.loop} ${f.segment} ${String(f.data['reason'])} ${String(f.data['from'])}`)).toEqual(['2310B PRV rendering-shaded-unused 1']);
    // The same entry on both lines is sent once and is no note.
    expect(write(applyChanges(two, [{ path: 'lines.1.renderingOtherId', value: '207Q00000X' }]), [natarajan]).notSent).toEqual([]);
  });
  it('a provider file name loses its credentials however written and a note in parentheses (the face sheets have "PA-C", "PT DPT", "MD (psychiatry)")', () => {
    const [first, second] = [BASE.lines[0]!, BASE.lines[1]!];
    const claim = applyChanges(BASE, [{ path: 'lines', value: [{ ...first, renderingNpi: '1692581477' }, { ...second, renderingNpi: '1470369251' }, { ...second, renderingNpi: '1913579243' }] }]);
    const out = write(claim, [
      { npi: '1692581477', name: 'Leah Brenner MD (psychiatry)' }, { npi: '1470369251', name: 'Jordan Reyes PA-C' }, { npi: '1913579243', name: 'Morgan Ellis PT DPT' },
    ]);
    expect(out.segments.filter((s) => s.segment.startsWith('NM1*82')).map((s) => `${s.loop} ${s.segment}`)).toEqual([
      '2310B NM1*82*1*BRENNER*LEAH****XX*1692581477~', '2420A NM1*82*1*REYES*JORDAN****XX*1470369251~', '2420A NM1*82*1*ELLIS*MORGAN****XX*1913579243~',
    ]);
  });
  it('keeps a name that is also a credential ("Do", "Pa"): only the credentials after the name go', () => {
    const [first, second] = [BASE.lines[0]!, BASE.lines[1]!];
    const claim = applyChanges(BASE, [{ path: 'lines', value: [{ ...first, renderingNpi: '1692581477' }, { ...second, renderingNpi: '1470369251' }, { ...second, renderingNpi: '1913579243' }] }]);
    const out = write(claim, [
      { npi: '1692581477', name: 'Anh Do MD' }, { npi: '1470369251', name: 'Pa Vang NP' }, { npi: '1913579243', name: 'Minh Do' },
    ]);
    expect(out.segments.filter((s) => s.segment.startsWith('NM1*82')).map((s) => s.segment)).toEqual([
      'NM1*82*1*DO*ANH****XX*1692581477~', 'NM1*82*1*VANG*PA****XX*1470369251~', 'NM1*82*1*DO*MINH****XX*1913579243~',
    ]);
  });
});

describe('837P re-read, session 12 (2026-12-01)', () => {
  const write = (claim: Claim, providers?: { npi: string; name: string }[]) => claimTo837p(claim, { ...options, providers });
  const natarajan = { npi: '1246813574', name: 'Priya Natarajan MD' };
  const shaded = (first: [string, string], second: [string, string]) => applyChanges(BASE, [
    { path: 'lines.0.idQualifier', value: first[0] }, { path: 'lines.0.renderingOtherId', value: first[1] },
    { path: 'lines.1.idQualifier', value: second[0] }, { path: 'lines.1.renderingOtherId', value: second[1] },
  ]);
  const sent = (out: ReturnType<typeof claimTo837p>) => out.segments.filter((s) => /^(PRV|REF\*0B)/.test(s.segment)).map((s) => `${s.loop} ${s.segment}`);
  it('two 24J shaded IDs that differ by a hyphen are two IDs, as REF02 carries them: the second is named as not sent', () => {
    const out = write(shaded(['0B', 'MD-12345'], ['0B', 'MD12345']), [natarajan]);
    expect(sent(out)).toEqual(['2310B REF*0B*MD-12345~']);
    expect(out.notSent.map(describeX12Finding)).toEqual(['Line 2\'s 24I/24J shaded entry "0B MD12345" was not sent: its rendering provider is the claim-level one (loop 2310B), which carries one such entry, taken from line 1, and this line gives a different one. Give the provider the same 24I/24J shaded entry on every line.']);
  });
  it('entries the 837P writes alike are one: spaces in an ID (REF02 drops them), spaces and hyphens in a taxonomy code (which has neither)', () => {
    const license = write(shaded(['0B', 'MD 12345'], ['0B', 'md12345']), [natarajan]);
    expect([sent(license), license.notSent]).toEqual([['2310B REF*0B*MD12345~'], []]);
    const taxonomy = write(shaded(['ZZ', '207Q-00000X'], ['zz', '207Q 00000X']), [natarajan]);
    expect([sent(taxonomy), taxonomy.notSent]).toEqual([['2310B PRV*PE*PXC*207Q00000X~'], []]);
  });

  const okafor = { npi: '1468024694', name: 'Daniel Okafor DO' };
  const nm1 = (out: ReturnType<typeof claimTo837p>) => out.segments.filter((s) => /^NM1\*(85|82)\*/.test(s.segment)).map((s) => `${s.loop} ${s.segment}`);
  it('a solo practitioner billing under their own NPI (named on the provider file) is a person: 2010AA NM1*85*1, and the line they rendered beside another clinician\'s gets 2420A NM1*82*1 with their name', () => {
    const solo = applyChanges(BASE, [
      { path: 'billingProvider.name', value: 'Priya Natarajan MD' }, { path: 'billingProvider.npi', value: natarajan.npi },
      { path: 'lines.0.renderingNpi', value: okafor.npi }, { path: 'lines.1.renderingNpi', value: '' },
    ]);
    const out = write(solo, [natarajan, okafor]);
    expect(nm1(out)).toEqual(['2010AA NM1*85*1*NATARAJAN*PRIYA****XX*1246813574~', '2310B NM1*82*1*OKAFOR*DANIEL****XX*1468024694~', '2420A NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~']);
    const loops = out.segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    expect(checkTransaction(out.text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).map(describeX12Finding)).toEqual([]);
    // A group's NPI is no clinician's on the file: the organisation and item 33's name, as before.
    expect(nm1(write(applyChanges(BASE, [{ path: 'lines.1.renderingNpi', value: '' }]), [natarajan]))).toEqual([
      '2010AA NM1*85*2*MAPLE GROVE FAMILY MEDICINE*****XX*1357924681~', '2310B NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~', '2420A NM1*82*2*MAPLE GROVE FAMILY MEDICINE*****XX*1357924681~',
    ]);
  });
  it('a solo practitioner who rendered every line is named once, in 2010AA: no 2310B or 2420A (the rendering provider is the billing provider), and item 25 decides REF*EI or REF*SY', () => {
    const solo = (changes: Parameters<typeof applyChanges>[1]) => write(applyChanges(BASE, [
      { path: 'billingProvider.name', value: 'Priya Natarajan MD' }, { path: 'billingProvider.npi', value: natarajan.npi },
      { path: 'lines.0.renderingNpi', value: natarajan.npi }, { path: 'lines.1.renderingNpi', value: '' }, ...changes,
    ]), [natarajan, okafor]);
    const taxId = (out: ReturnType<typeof claimTo837p>) => out.segments.filter((s) => s.loop === '2010AA' && s.segment.startsWith('REF*')).map((s) => s.segment);
    const ein = solo([]);
    expect([nm1(ein), taxId(ein)]).toEqual([['2010AA NM1*85*1*NATARAJAN*PRIYA****XX*1246813574~'], ['REF*EI*314455678~']]);
    const ssn = solo([{ path: 'federalTaxId', value: { id: '123456789', type: 'SSN' } }]);
    expect([nm1(ssn), taxId(ssn)]).toEqual([['2010AA NM1*85*1*NATARAJAN*PRIYA****XX*1246813574~'], ['REF*SY*123456789~']]);
  });
  it('a place on the provider file is no person: a hospital\'s NPI typed in 33a (32a\'s, by mistake) keeps NM1*85*2 and item 33\'s name, never an address split into a name', () => {
    const hospital = { npi: '1802468037', name: 'Scioto Valley Community Hospital, 1500 Scioto Valley Boulevard, Columbus, OH 43214-1500' };
    const out = write(applyChanges(BASE, [{ path: 'billingProvider.npi', value: hospital.npi }]), [natarajan, hospital]);
    expect(nm1(out)[0]).toBe('2010AA NM1*85*2*MAPLE GROVE FAMILY MEDICINE*****XX*1802468037~');
  });
  it('a place\'s NPI typed in 24J goes out as a non-person rendering provider named as the file names the place (2310B and 2420A), never an address split into a last and first name', () => {
    const hospital = { npi: '1802468037', name: 'Scioto Valley Community Hospital, 1500 Scioto Valley Boulevard, Columbus, OH 43214-1500' };
    const every = write(applyChanges(BASE, [{ path: 'lines.0.renderingNpi', value: hospital.npi }, { path: 'lines.1.renderingNpi', value: hospital.npi }]), [natarajan, hospital]);
    expect(every.segments.filter((s) => s.segment.startsWith('NM1*82*')).map((s) => `${s.loop} ${s.segment}`)).toEqual(['2310B NM1*82*2*SCIOTO VALLEY COMMUNITY HOSPITAL*****XX*1802468037~']);
    const one = write(applyChanges(BASE, [{ path: 'lines.0.renderingNpi', value: natarajan.npi }, { path: 'lines.1.renderingNpi', value: hospital.npi }]), [natarajan, hospital]);
    expect(one.segments.filter((s) => s.segment.startsWith('NM1*82*')).map((s) => `${s.loop} ${s.segment}`)).toEqual([
      '2310B NM1*82*1*NATARAJAN*PRIYA****XX*1246813574~', '2420A NM1*82*2*SCIOTO VALLEY COMMUNITY HOSPITAL*****XX*1802468037~',
    ]);
  });
});

describe('837P read by an outside validator (x12v14 validation, 2026-12)', () => {
  const write = (changes: Parameters<typeof applyChanges>[1]) => claimTo837p(applyChanges(BASE, changes), options);
  const segment = (text: string, prefix: string) => text.split('\n').find((s) => s.startsWith(prefix));

  it('CLM11 carries two related causes (CLM11-3 is not used in 005010X222A1): items 10a, 10b and 10c all yes send EM and AA with the state, and say 10c was left out', () => {
    const out = write([{ path: 'conditionRelatedTo', value: { employment: true, autoAccident: true, autoAccidentState: 'OH', otherAccident: true } }, { path: 'currentIllness', value: { qualifier: '431', date: '2026-10-10' } }]);
    expect(segment(out.text, 'CLM*')).toMatch(/\*EM:AA::OH~$/);
    expect(checkTransaction(out.text, X12_837P_LAYOUT, { loops: out.segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? '')) })).toEqual([]);
    const note = out.notSent.find((n) => n.data['reason'] === 'related-causes-two');
    expect(note && describeX12Finding(note)).toMatch(/other accident \(OA\) was not/);
  });

  it('SV104 writes units as X12 writes numbers: no leading zero, no trailing decimal zero', () => {
    expect(segment(write([{ path: 'lines.1.units', value: '01' }]).text, 'SV1*HC:83036')).toBe('SV1*HC:83036*32*UN*1***1~');
    expect(segment(write([{ path: 'lines.1.units', value: '2.50' }]).text, 'SV1*HC:83036')).toBe('SV1*HC:83036*32*UN*2.5***1~');
    expect(segment(write([{ path: 'lines.1.units', value: '0.50' }]).text, 'SV1*HC:83036')).toBe('SV1*HC:83036*32*UN*0.5***1~');
    // Digit by digit (review 2026-12-01): Number() wrote this one as 1.2345678901234568e+21, a value the learner never typed.
    expect(segment(write([{ path: 'lines.1.units', value: '1234567890123456789012' }]).text, 'SV1*HC:83036')).toBe('SV1*HC:83036*32*UN*1234567890123456789012***1~');
  });

  it('CLM06 says N when item 31 has no signature, never Y', () => {
    expect(segment(write([{ path: 'providerSignature.name', value: '' }]).text, 'CLM*')?.split('*')[6]).toBe('N');
    expect(segment(write([]).text, 'CLM*')?.split('*')[6]).toBe('Y');
  });

  it('2010BA names the patient (item 2) when the patient is the subscriber, as its N3, N4 and DMG (items 5 and 3); item 4 only when the subscriber is someone else (review 2026-12-01)', () => {
    // Item 4 blank or different on a self claim: the patient, item 2, is the subscriber.
    expect(segment(write([{ path: 'insured.name.last', value: '' }]).text, 'NM1*IL*')).toMatch(/^NM1\*IL\*1\*MARLOW\*DENISE\*/);
    expect(segment(write([{ path: 'insured.name.last', value: 'Marlowe' }]).text, 'NM1*IL*')).toMatch(/^NM1\*IL\*1\*MARLOW\*DENISE\*/);
    // Item 2 blank: NM103 stays empty, so the 999 points at what the file lacks.
    expect(segment(write([{ path: 'patient.name.last', value: '' }]).text, 'NM1*IL*')).toMatch(/^NM1\*IL\*1\*\*DENISE\*/);
    expect(segment(write([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'insured.name', value: { last: '', first: '' } }]).text, 'NM1*IL*')).toMatch(/^NM1\*IL\*1\*MARLOW\*DENISE\*/);
    // A dependent: 2010BA is the insured of item 4, 2010CA the patient of item 2.
    const child = write([{ path: 'relationship', value: 'child' }, { path: 'insured.name', value: { last: 'Marlow', first: 'Robert' } }]).text;
    expect(segment(child, 'NM1*IL*')).toMatch(/^NM1\*IL\*1\*MARLOW\*ROBERT\*/);
    expect(segment(child, 'NM1*QC*')).toMatch(/^NM1\*QC\*1\*MARLOW\*DENISE/);
  });
});
