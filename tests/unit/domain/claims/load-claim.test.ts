import { describe, expect, test } from 'vitest';
import { claimFileText, describeLoadFinding, describeLoadProblem, loadClaim, loadClaimText, MAX_BOX_CHARS, type LoadClaimResult } from '../../../../src/domain/claims/load-claim.ts';
import { blankForm, formToClaimInput, readPath } from '../../../../src/components/claims/claim-form-state.ts';

const ID = 'office-visit-diabetes-hypertension';

function loaded(result: LoadClaimResult) {
  if (!result.ok) throw new Error(`expected a load, got ${result.problem.code}`);
  return result;
}
const words = (result: LoadClaimResult): string[] => loaded(result).findings.map(describeLoadFinding);

describe('loading a claim file into the form', () => {
  test('numbers in text boxes are read as text and said so, per box', () => {
    const result = loaded(loadClaim({ diagnoses: [250], lines: [{ procedure: 99213, modifiers: [25], pointers: [1], charge: 125 }] }, blankForm(), ID));
    expect(readPath(result.form, 'diagnoses.0')).toBe('250');
    expect(readPath(result.form, 'lines.0.modifiers.0')).toBe('25');
    expect(readPath(result.form, 'lines.0.pointers.0')).toBe('1');
    expect(readPath(result.form, 'lines.0.charge')).toBe('125');
    expect(words({ ...result })).toEqual([
      'The file does not say which exercise it was saved from.',
      'Item 21 (ICD indicator and diagnoses A-L) (diagnoses[0]): 250 was read as "250".',
      expect.stringMatching(/^Line 1, Item 24D .*\(lines\[0\]\.procedure\): 99213 was read as "99213"\.$/),
      expect.stringMatching(/^Line 1, Item 24D .*\(lines\[0\]\.modifiers\[0\]\): 25 was read as "25"\.$/),
      expect.stringMatching(/^Line 1, Item 24E .*\(lines\[0\]\.pointers\[0\]\): 1 was read as "1"\.$/),
      expect.stringMatching(/^Line 1, Item 24F .*\(lines\[0\]\.charge\): 125 was read as "125"\.$/),
    ]);
  });

  test('whatever the form loads, the scrubber input is well formed (strings where the form has strings)', () => {
    const result = loaded(loadClaim({ diagnoses: [250, { x: 1 }, true], lines: [{ modifiers: [25, null], pointers: 'A', units: [1] }] }, blankForm(), ID));
    const input = formToClaimInput(result.form) as { diagnoses: unknown[]; lines: { modifiers: unknown[]; pointers: unknown[] }[] };
    for (const d of input.diagnoses) expect(typeof d).toBe('string');
    for (const m of input.lines[0]?.modifiers ?? []) expect(typeof m).toBe('string');
    expect(words(result)).toContain('Line 1, Item 24E (Diagnosis pointers) (lines[0].pointers): expected a list, found text; not loaded.');
    expect(words(result)).toContain('Item 21 (ICD indicator and diagnoses A-L) (diagnoses[1]): expected text, found a group of fields; not loaded.');
  });

  test('what the form has no room for is listed as not loaded: line 7 and up, unknown fields', () => {
    const lines = Array.from({ length: 9 }, (_, i) => ({ procedure: `9921${i}` }));
    const result = loaded(loadClaim({ lines, payer: { name: 'Acme', payerId: '12345' }, favouriteColour: 'green' }, blankForm(), ID));
    const said = words(result);
    expect(said).toContain('The file has 9 service lines; the form has 6, so lines 7 to 9 were not loaded.');
    expect(said).toContain('payer.payerId is not a box on this form; not loaded.');
    expect(said).toContain('favouriteColour is not a box on this form; not loaded.');
    expect(readPath(result.form, 'lines.5.procedure')).toBe('99215');
    expect((result.form['lines'] as unknown[]).length).toBe(6);
  });

  test('yes/no boxes take true/false (and "yes"/"no"), nothing else', () => {
    const result = loaded(loadClaim({ anotherPlan: 'yes', acceptAssignment: 1, insuredId: 'X' }, blankForm(), ID));
    expect(result.form['anotherPlan']).toBe(true);
    expect(result.form['acceptAssignment']).toBe(false);
    expect(words(result)).toContain('Item 27 (Accept assignment) (acceptAssignment): expected true or false, found a number; not loaded.');
  });

  test('an over-long value is refused for its box', () => {
    const result = loaded(loadClaim({ insuredId: 'X', patient: { name: { last: 'a'.repeat(MAX_BOX_CHARS + 1) } } }, blankForm(), ID));
    expect(readPath(result.form, 'patient.name.last')).toBe('');
    expect(words(result).some((w) => w.includes('(patient.name.last)') && w.includes('not loaded'))).toBe(true);
  });

  test('a saved file carries its exercise id; another exercise\'s file is flagged before it replaces anything', () => {
    const text = claimFileText(ID, { insuredId: '1EG4TE5MK73' }, '2026-11-20T10:00:00.000Z');
    const same = loaded(loadClaimText(text, blankForm(), ID));
    expect(same).toMatchObject({ fileExerciseId: ID, otherExercise: false, findings: [] });
    const other = loaded(loadClaimText(text, blankForm(), 'another-case'));
    expect(other.otherExercise).toBe(true);
    expect(words(other)[0]).toBe(`This claim was saved from another exercise (${ID}), not this one (another-case).`);
  });

  test('files that are not a claim change nothing, with the reason and the file name', () => {
    const problem = (text: string): string => {
      const r = loadClaimText(text, blankForm(), ID);
      if (r.ok) throw new Error('expected a refusal');
      return describeLoadProblem(r.problem, 'notes.json');
    };
    expect(problem('')).toBe('notes.json is empty, so nothing was changed.');
    expect(problem('{"a":')).toMatch(/^notes\.json is not JSON \(.+\), so nothing was changed\.$/);
    expect(problem('[1, 2, 3]')).toBe('notes.json is not a ClaimLab claim, so nothing was changed (it holds a list).');
    expect(problem('{"hello":"world"}')).toBe('notes.json is not a ClaimLab claim, so nothing was changed (none of its fields is a box on the form).');
    expect(problem(JSON.stringify({ format: 'claimlab-claim', exerciseId: ID, claim: 'x' }))).toBe('notes.json is not a ClaimLab claim, so nothing was changed (it holds text).');
  });

  test('a byte order mark from a Windows editor is fine', () => {
    expect(loadClaimText(`\uFEFF${JSON.stringify({ insuredId: 'X' })}`, blankForm(), ID).ok).toBe(true);
  });
});
