import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkClaimCaseText } from '../../../../src/domain/case-editor/check-claim-case.ts';

const text = readFileSync('content/exercises/claims/office-visit-diabetes-hypertension.yaml', 'utf8');

describe('checkClaimCaseText (claim cases written as YAML in the editor)', () => {
  it('accepts an authored claim case and keeps the value as authored for the share link', () => {
    const check = checkClaimCaseText('office-visit-diabetes-hypertension', text);
    expect(check.problems).toEqual([]);
    expect(check.exercise?.title).toBeTruthy();
    expect(check.value).toEqual(parse(text));
  });

  it('names a YAML syntax error with its line', () => {
    const check = checkClaimCaseText('x-case', 'title: "ok"\nsummary: [unclosed\n');
    expect(check.problems[0]).toMatch(/^content\/exercises\/claims\/x-case\.yaml \(line \d+, column \d+\): this is not valid YAML: .*Hint: check indentation/);
  });

  it('names schema problems by field with the content-errors hint, as check-content does', () => {
    const check = checkClaimCaseText('Bad Name', text.replace(/^title:/m, 'titel:'));
    expect(check.exercise).toBeUndefined();
    expect(check.problems).toContain('content/exercises/claims/Bad Name.yaml: titel: unknown key "titel". Hint: did you mean "title"?');
    expect(check.problems.some((p) => p.includes('file name: must be kebab-case'))).toBe(true);
  });
});
