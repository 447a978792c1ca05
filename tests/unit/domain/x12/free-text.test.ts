import { describe, expect, it } from 'vitest';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { export837p } from '../../../../src/domain/claims/export-837p.ts';
import { DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import { remit } from '../../../../src/domain/remittance/remit.ts';
import { transliterate, x12FreeText } from '../../../../src/domain/x12/free-text.ts';
import { variant } from '../claims/helpers.ts';
import { metAccount, payer } from '../remittance/helpers.ts';

describe('free text in X12 elements (x12v14 validation, 2026-12)', () => {
  it('spells letters Unicode does not decompose instead of dropping them: ß is SS (as the 837P upper-cases it), ø O, æ AE, ł L, œ OE', () => {
    expect(transliterate('Strauß')).toBe('STRAUSS');
    expect(transliterate('Søren Ærø')).toBe('SOREN AERO');
    expect(transliterate('Łódź Œuvre')).toBe('LODZ OEUVRE');
    expect(transliterate('Peña-Núñez')).toBe('PENA-NUNEZ');
  });

  it('turns a line break or a tab into a space, as the 837P writer does, rather than joining two words', () => {
    expect(transliterate('12 Main St\nApt 4')).toBe('12 MAIN ST APT 4');
    expect(transliterate('Suite\t200')).toBe('SUITE 200');
    expect(x12FreeText('a\u200bb', 60)).toBe('AB');
  });

  it('the 835 names the patient exactly as the exported 837P did, so the posting matches the claim', () => {
    const claim = variant([
      { path: 'patient.name', value: { last: 'Strauß-Sørensen', first: 'Ælfgifu' } },
      { path: 'insured.name', value: { last: 'Strauß-Sørensen', first: 'Ælfgifu' } },
    ]);
    const exported = export837p({ claim, findings: [] }, { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' }, X12_837P_LAYOUT, X12_CODE_SETS);
    expect(exported.ok).toBe(true);
    const sent = exported.ok ? exported.text.split('\n').find((s) => s.startsWith('NM1*IL*'))?.split('*').slice(3, 5) : [];
    const answered = remit(claim, payer('lakeshore-ppo'), metAccount(100000), '2026-11-26').x835.text.split('\n').find((s) => s.startsWith('NM1*QC*'))?.split('*').slice(3, 5);
    expect(sent).toEqual(['STRAUSS-SORENSEN', 'AELFGIFU']);
    expect(answered).toEqual(sent);
  });
});
