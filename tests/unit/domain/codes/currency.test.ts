import { describe, expect, it } from 'vitest';
import { fiscalYearSpan, guidelinesNote, hcpcsNote, releaseLabel } from '../../../../src/domain/codes/currency.ts';

const today = { icdYear: 2027, icdEffective: '2026-10-01', guidelinesEdition: 2026, hcpcsRelease: '2025-10' };

describe('data currency wording', () => {
  it('names a HCPCS quarter in words', () => {
    expect(releaseLabel('2025-10')).toBe('October 2025');
    expect(releaseLabel('2026-01')).toBe('January 2026');
  });
  it('knows which dates of service a fiscal year covers', () => {
    expect(fiscalYearSpan(2026)).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });
  it('says the guidelines are the FY2026 edition while cases use FY2027 dates of service', () => {
    const note = guidelinesNote(today);
    expect(note).toContain('FY2026 ICD-10-CM Official Guidelines');
    expect(note).toContain('October 1, 2025 to September 30, 2026');
    expect(note).toContain('FY2027 dates of service (from October 1, 2026)');
  });
  it('drops the caveat once the FY2027 guidelines are loaded', () => {
    const note = guidelinesNote({ ...today, guidelinesEdition: 2027 });
    expect(note).toContain('FY2027');
    expect(note).not.toContain('check the FY2027 edition');
  });
  it('says which HCPCS quarter the checks use', () => {
    expect(hcpcsNote(today)).toContain('CMS October 2025 quarterly file');
    expect(hcpcsNote({ ...today, hcpcsRelease: '2026-04' })).toContain('CMS April 2026 quarterly file');
    // The CMS file keeps codes deleted long before its release (G0202 ended 2018-01-01): the note must not imply validity.
    expect(hcpcsNote(today)).toContain('not proof it is active');
  });
});
