import { describe, expect, it } from 'vitest';
import { parseMueFile, parsePtpFile, ptpActiveOn } from '../../../../src/domain/claims/ncci.ts';
import { TEACHING_EDITS } from '../../../../src/domain/claims/teaching-edits.ts';

// Made-up rows in the official layouts (copyright lines, then the header, then data).
const PTP = [
  'CPT only copyright 2025 American Medical Association. All rights reserved.',
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale',
  '45380\t45378\t\t20260101\t*\t1\tStandards of medical / surgical practice',
  '11111\t22222\t*\t19960101\t20200101\t0\tMutually exclusive procedures',
].join('\r\n');
const MUE = [
  'HCPCS/ CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale',
  '36415,1,"3 Date of Service Edit: Clinical",Nature of Service/Procedure',
].join('\n');

describe('NCCI file parsers', () => {
  it('reads PTP rows with dates, deletion and modifier indicator', () => {
    const rows = parsePtpFile(PTP);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ column1: '45380', column2: '45378', priorTo1996: false, effective: '2026-01-01', modifierIndicator: '1', rationale: 'Standards of medical / surgical practice' });
    expect(rows[1]?.deleted).toBe('2020-01-01');
    expect(ptpActiveOn(rows[1]!, '2026-10-01')).toBe(false);
  });
  it('reads MUE rows and the adjudication indicator digit', () => {
    expect(parseMueFile(MUE)).toEqual([{ code: '36415', units: 1, adjudicationIndicator: '3', rationale: 'Nature of Service/Procedure' }]);
  });
  it('refuses files without the official header', () => expect(() => parseMueFile('a,b\n1,2')).toThrow(/header/));
  it('labels the teaching table and documents every row', () => {
    expect(TEACHING_EDITS.label).toBe('teaching table, not the current CMS edits');
    for (const row of [...TEACHING_EDITS.ptp, ...TEACHING_EDITS.mue]) expect(row.source).toMatch(/^Teaching example\./);
  });
});
