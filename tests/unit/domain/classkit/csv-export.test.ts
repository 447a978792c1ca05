import { describe, expect, it } from 'vitest';
import { buildRoster } from '../../../../src/domain/classkit/gradebook.ts';
import { allItemsCsv, canvasCsv, csvCell, csvFileName, moodleCsv, toCsv } from '../../../../src/domain/classkit/csv-export.ts';
import { ASSIGNMENT, graded, ok } from './graded-fixtures.ts';

const at = '2026-12-01T00:00:00Z';
const roster = buildRoster(ASSIGNMENT, [
  ok(graded('zoe.json', 'Zoe Park', at, 10, 12.5)),
  ok(graded('ana.json', 'Ruiz, Ana', at, 4, 15, {}, true)),
]);
const lines = (csv: string): string[] => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('RFC 4180 quoting', () => {
  it('quotes commas, quotes and line breaks, doubles inner quotes, and ends records with CRLF', () => {
    expect(toCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', 3.5, undefined]])).toBe('plain,"a,b","say ""hi""","two\nlines",3.5,\r\n');
  });
});

describe('formula injection', () => {
  it.each([['=1+1', "'=1+1"], ['+SUM(A1)', "'+SUM(A1)"], ['-2+3', "'-2+3"], ['@cmd', "'@cmd"], ['\tx', "'\tx"]])('prefixes %j so a spreadsheet shows it as text', (value, safe) => {
    expect(csvCell(value)).toBe(safe);
  });

  it('still quotes a prefixed cell that needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
  });

  it('leaves numbers and ordinary names alone', () => {
    expect([csvCell(12.5), csvCell(0), csvCell('Ana Ruiz'), csvCell('O\'Neil')]).toEqual(['12.5', '0', 'Ana Ruiz', "O'Neil"]);
  });

  it('makes a student name that is a formula harmless in every export', () => {
    const evil = buildRoster(ASSIGNMENT, [ok(graded('x.json', '=cmd|\' /C calc\'!A0', at, 1, 1))]);
    for (const csv of [canvasCsv(evil), moodleCsv(evil), allItemsCsv(evil)]) {
      expect(lines(csv)[csv.includes('Points Possible') ? 2 : 1]).toMatch(/^,*'=cmd/);
    }
  });
});

describe('Canvas gradebook import', () => {
  it('has Canvas header columns, the "Title (id)" column and the Points Possible row', () => {
    expect(lines(canvasCsv(roster))).toEqual([
      'Student,ID,SIS User ID,SIS Login ID,Section,Week 3: diabetes coding and claim (a1b2c3)',
      'Points Possible,,,,,30',
      '"Ruiz, Ana",,,,,19',
      'Zoe Park,,,,,22.5',
      '',
    ]);
  });

  it('puts the typed text in SIS User ID or SIS Login ID when that is what students typed', () => {
    expect(lines(canvasCsv(roster, 'sis-id'))[2]).toBe(',,"Ruiz, Ana",,,19');
    expect(lines(canvasCsv(roster, 'login'))[3]).toBe(',,,Zoe Park,,22.5');
  });
});

describe('Moodle grade import', () => {
  it('has an identifier column to map at import and one grade column named after the assignment', () => {
    expect(lines(moodleCsv(roster))).toEqual(['ID number,Week 3: diabetes coding and claim', '"Ruiz, Ana",19', 'Zoe Park,22.5', '']);
    expect(lines(moodleCsv(roster, 'login'))[0]).toBe('Email address,Week 3: diabetes coding and claim');
  });
});

describe('all items', () => {
  it('has one column per item, totals, percent, pass and late, with a byte-order mark for Excel', () => {
    const csv = allItemsCsv(roster);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      'Student,File,Submitted at,Late,Diabetes with CKD (coding: diabetes-ckd),Office visit claim (claim: office-visit-diabetes-hypertension),Points,Points possible,Percent,Passed (70%)',
      '"Ruiz, Ana",ana.json,2026-12-01T00:00:00Z,yes,4,15,19,30,63.3,no',
      'Zoe Park,zoe.json,2026-12-01T00:00:00Z,no,10,12.5,22.5,30,75,yes',
      '',
    ]);
  });

  it('names downloads after the assignment', () => {
    expect(csvFileName(roster, 'canvas')).toBe('week-3-diabetes-coding-and-claim-canvas.csv');
  });
});
