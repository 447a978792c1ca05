import { describe, expect, it } from 'vitest';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { export837p, isIsoDate } from '../../../../src/domain/claims/export-837p.ts';
import { transliterate } from '../../../../src/domain/x12/free-text.ts';
import { scrubClaim } from '../../../../src/domain/claims/scrub.ts';
import { DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import { BASE, CONTEXT, variant } from './helpers.ts';

const options = { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' };
/** As if the scrubber had passed the claim: the layout guard must still hold. */
const unscrubbed = (changes: Parameters<typeof variant>[0]) => ({ claim: variant(changes), findings: [] });
const run = (input: ReturnType<typeof unscrubbed>, o = options) => export837p(input, o, X12_837P_LAYOUT, X12_CODE_SETS);

describe('export837p', () => {
  it('exports a clean claim with no warnings and a 106-character ISA', () => {
    const out = run({ claim: BASE, findings: [] });
    expect(out.ok && out.warnings).toEqual([]);
    expect(out.ok && out.text.split('\n')[0]?.length).toBe(106);
  });
  it('warns when the billing provider (2010AA) or a service facility (2310C) has a five-digit ZIP: the guide requires ZIP+4 there, not for the patient', () => {
    const out = run(unscrubbed([
      { path: 'billingProvider.address.zip', value: '43081' },
      { path: 'serviceFacility', value: { name: 'Scioto Valley Community Hospital', address: { street: '1500 Scioto Valley Boulevard', city: 'Columbus', state: 'OH', zip: '43214' } } },
    ]));
    expect(out.ok).toBe(true);
    const zips = out.ok ? out.warnings.filter((w) => w.code === 'zip-plus-four') : [];
    expect(zips.map((w) => `${w.loop} ${w.data['value']}`)).toEqual(['2010AA 43081', '2310C 43214']);
    expect(describeX12Finding(zips[0]!)).toContain('requires the full nine-digit ZIP+4 for the billing provider (loop 2010AA)');
    expect(describeX12Finding(zips[0]!)).toContain('Write item 33 as ZIP+4');
  });
  it('says what the form has that the 837P leaves out, and why: an item 15 accident date with items 10a-10c no, item 20 on a claim of several lines', () => {
    const lab = { name: 'Lakeshore Reference Lab', address: { street: '40 Lab Park Drive', city: 'Columbus', state: 'OH', zip: '43215-2020' }, npi: '1802468037' };
    const out = run(unscrubbed([{ path: 'otherDate', value: { qualifier: '439', date: '2026-10-01' } }, { path: 'outsideLab', value: { used: true, charges: '20.00' } }, { path: 'serviceFacility', value: lab }]));
    expect(out.ok).toBe(true);
    const notes = out.ok ? out.warnings.filter((w) => w.code === 'not-sent') : [];
    expect(notes.map((w) => `${w.loop} ${w.segment}`)).toEqual(['2300 DTP', '2400 PS1']);
    expect(out.ok && out.text).not.toContain('DTP*439');
    expect(describeX12Finding(notes[0]!)).toBe("Item 15's date 2026-10-01 under qualifier 439 (accident) was not sent: items 10a-10c say the claim is not from an accident (10b auto, 10c other, or 10a with an accident external cause code), and the 837P guide (005010X222A1) sends the accident date (DTP*439) only then. Check items 10a-10c, or give item 15 the qualifier that fits the date.");
    expect(describeX12Finding(notes[1]!)).toContain('on a claim with 2 lines: the form cannot say which line was purchased');
  });
  it('is blocked by every scrubber error, and names them', () => {
    const scrubbed = scrubClaim(variant([{ path: 'lines.0.from', value: '' }]), CONTEXT);
    const out = export837p(scrubbed, options, X12_837P_LAYOUT);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason).toBe('scrubber-errors');
    expect(!out.ok && out.reason === 'scrubber-errors' && out.errors.map((f) => f.rule)).toContain('required-items');
  });
  it('refuses an as-of date that is not a date instead of writing a 107-character ISA', () => {
    const out = run({ claim: BASE, findings: [] }, { ...options, createdDate: 'yesterday' });
    expect(out).toEqual({ ok: false, reason: 'options', problems: [{ option: 'createdDate', value: 'yesterday' }] });
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
  it('cuts an over-long name to the element maximum, with a warning', () => {
    // The patient is the subscriber: 2010BA names them from item 2 (item 4 names the same person on a real form).
    const out = run(unscrubbed([{ path: 'patient.name.last', value: 'X'.repeat(5000) }, { path: 'insured.name.last', value: 'X'.repeat(5000) }]));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.text).toContain(`NM1*IL*1*${'X'.repeat(60)}*`);
    expect(out.warnings.map(describeX12Finding)).toContain(`NM103 (loop 2010BA) was 5000 characters; cut to the maximum 60: "${'X'.repeat(60)}".`);
  });
  it('transliterates full-width and invisible characters in free text, with a warning', () => {
    const out = run(unscrubbed([{ path: 'patient.address.street', value: '１２ Ｍａｐｌｅ\u200B Rd' }, { path: 'patient.name.first', value: 'José' }, { path: 'insured.name.first', value: 'José' }]));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.text).toContain('N3*12 MAPLE RD~');
    expect(out.text).toContain('*JOSE*');
    expect(out.warnings.map((w) => `${w.code}@${w.element}`)).toEqual(expect.arrayContaining(['transliterated@N301', 'transliterated@NM104']));
  });
  it('refuses malformed amounts, units, dates, codes and IDs instead of bending them', () => {
    const refused = (changes: Parameters<typeof variant>[0]) => {
      const out = run(unscrubbed(changes));
      return out.ok ? [] : out.reason === 'layout' ? out.findings.map((f) => `${f.code}@${f.element}`) : [out.reason];
    };
    expect(refused([{ path: 'lines.0.units', value: '1E309' }])).toContain('bad-format@SV104');
    expect(refused([{ path: 'totalCharge', value: 'lots' }])).toContain('bad-format@CLM02');
    expect(refused([{ path: 'lines.0.from', value: '' }, { path: 'lines.0.to', value: '' }])).toContain('required-missing@DTP03');
    expect(refused([{ path: 'lines.0.procedure', value: '９９２１４' }])).toContain('bad-character@SV101-02');
    expect(refused([{ path: 'diagnoses.0', value: 'E11\u200B9' }])).toContain('bad-character@HI01-02');
    expect(refused([{ path: 'patientAccountNumber', value: 'A'.repeat(39) }])).toContain('too-long@CLM01');
  });
  it('maps compatibility forms to plain letters', () => {
    expect(transliterate('Ｅ１１')).toBe('E11');
  });
});
