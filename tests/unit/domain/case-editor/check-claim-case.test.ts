import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkClaimCaseText } from '../../../../src/domain/case-editor/check-claim-case.ts';
import { claimCaseProblems } from '../../../../src/domain/case-editor/claim-case-checks.ts';
import type { ClaimExercise } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import { loadCodeSetView } from '../../../../src/data/code-set-node.ts';

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

describe('claimCaseProblems (the claim content tests, in the editor)', () => {
  const codes = loadCodeSetView();
  const file = 'content/exercises/claims/x.yaml';
  const exercise = (): ClaimExercise => structuredClone(checkClaimCaseText('x', text).exercise!);

  it('finds nothing wrong in an authored case', () => {
    expect(claimCaseProblems(file, exercise(), codes, '2026-11-26')).toEqual([]);
  });

  it('names a mistake no rule flags, and a rule that does not exist', () => {
    const ex = exercise();
    ex.commonMistakes[0] = { ...ex.commonMistakes[0]!, rule: 'npi-check-digit', code: undefined, changes: [{ path: 'patient.name', value: 'SOMEONE ELSE' }] };
    ex.commonMistakes.push({ description: 'A rule with a typo in its id', rule: 'npi-chek-digit', changes: [{ path: 'patient.name', value: 'X' }] });
    const problems = claimCaseProblems(file, ex, codes, '2026-11-26');
    expect(problems).toContain(`${file}: commonMistakes[0].rule: the scrubber rule npi-check-digit does not flag this mistake. Fix: name the rule that catches it, or "grade" when only grading does.`);
    expect(problems.some((p) => p.startsWith(`${file}: commonMistakes[${ex.commonMistakes.length - 1}].rule: "npi-chek-digit" is not a scrubber rule.`))).toBe(true);
  });

  it('names an answer claim the scrubber refuses', () => {
    const ex = exercise();
    ex.answer.billingProvider.npi = '1234567890';
    expect(claimCaseProblems(file, ex, codes, '2026-11-26').some((p) => p.startsWith(`${file}: answer: the answer claim fails the scrubber:`))).toBe(true);
  });
});
