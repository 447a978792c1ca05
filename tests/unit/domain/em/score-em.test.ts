import { describe, expect, it } from 'vitest';
import { applyEmMistake, emKeyInput, gradeEm } from '../../../../src/domain/em/score-em.ts';
import { describeEmFinding, describeEmInvalid, describeEmResult } from '../../../../src/domain/em/describe-em.ts';
import { emExerciseSchema } from '../../../../src/domain/em/em-exercise-schema.ts';
import { formatZodIssues } from '../../../../src/domain/content-errors.ts';
import { timeFact, timeQuestion } from '../../../../src/domain/em/em-rules.ts';
import { makeEmExercise } from './fixtures.ts';

const ex = makeEmExercise();

describe('gradeEm', () => {
  it('gives the key full marks', () => {
    const r = gradeEm(ex, emKeyInput(ex));
    expect(r).toMatchObject({ type: 'points', earned: 6, total: 6 });
  });

  it('treats an empty attempt as invalid and names what is missing in a partial one', () => {
    expect(gradeEm(ex, {})).toEqual({ type: 'invalid', reason: 'empty' });
    const partial = gradeEm(ex, { problems: 'moderate' });
    expect(partial).toEqual({ type: 'invalid', reason: 'incomplete', missing: ['data', 'risk', 'time', 'code'] });
    if (partial.type === 'invalid') expect(describeEmInvalid(partial)).toBe('Not graded yet: choose data, risk, time, code as well.');
  });

  it('gives partial credit per element: one wrong element costs one point', () => {
    const r = gradeEm(ex, applyEmMistake(ex, { element: 'data', chose: 'moderate' }));
    expect(r).toMatchObject({ type: 'points', earned: 5, total: 6 });
  });

  it('says what the rule requires and what in the note supports it, with the mistake feedback', () => {
    const r = gradeEm(ex, applyEmMistake(ex, { element: 'data', chose: 'moderate' }));
    if (r.type !== 'points') throw new Error('expected points');
    const data = r.findings.find((f) => f.element === 'data');
    expect(data && describeEmFinding(data, 'office-established')).toBe(
      'Data: you chose moderate; the note supports limited. Rule: limited data means two things from the first group (outside notes, counted once per unique source; each unique test result looked at; each unique test ordered), or a history that had to come from someone other than the patient (an independent historian). In this note: One outside result reviewed and one test ordered. Two category 1 items make limited data, not moderate.',
    );
  });

  it('names the next time threshold that was not met', () => {
    const short = makeEmExercise({ case: { ...ex.case, totalMinutes: 33 }, answer: { ...ex.answer, code: { code: '99214', why: 'MDM is moderate and 33 minutes supports 99214 as well.' } }, mistakes: [{ element: 'time', chose: '99215', feedback: 'Thirty-three minutes does not reach the 40-minute minimum.' }] });
    const r = gradeEm(short, { ...emKeyInput(short), time: '99215' });
    expect(describeEmResult(r, 'office-established')).toContain('Error: Time: you chose 99215; the note supports 99214. Rule: 33 minutes meets or exceeds the 30-minute minimum of 99214, not the 40-minute minimum of 99215. Thirty-three minutes does not reach the 40-minute minimum.');
  });

  it('explains the time element with the threshold met', () => {
    const r = gradeEm(ex, { ...emKeyInput(ex), time: '99214' });
    const lines = describeEmResult(r, 'office-established');
    expect(lines[0]).toBe('Score: 5 / 6');
    expect(lines).toContain('Error: Time: you chose 99214; the note supports 99215. Rule: 42 minutes meets or exceeds the 40-minute minimum of 99215.');
  });

  it('warns when the chosen code does not follow from the student\'s own elements', () => {
    const r = gradeEm(ex, { ...emKeyInput(ex), code: '99214' });
    if (r.type !== 'points') throw new Error('expected points');
    expect(r.earned).toBe(4);
    const warning = r.findings.find((f) => f.code === 'code-does-not-follow');
    expect(warning?.follows).toBe('99215');
    expect(r.findings.find((f) => f.code === 'code-wrong')?.feedback).toBe('MDM gives 99214, but the documented time supports more: report the higher.');
  });

  it('does not warn when a wrong code follows from wrong elements consistently', () => {
    const r = gradeEm(ex, { problems: 'low', data: 'limited', risk: 'moderate', time: '99213', code: '99213' });
    if (r.type !== 'points') throw new Error('expected points');
    expect(r.findings.some((f) => f.code === 'code-does-not-follow')).toBe(false);
    expect(r.earned).toBe(2);
  });

  it('accepts level words in any case', () => {
    expect(gradeEm(ex, { ...emKeyInput(ex), problems: 'Moderate ' })).toMatchObject({ earned: 6 });
  });
});

describe('emExerciseSchema', () => {
  const raw = (patch: (o: Record<string, unknown>) => void): unknown => {
    const o = structuredClone(ex) as unknown as Record<string, unknown>;
    patch(o);
    return o;
  };

  it('rejects a key code that does not follow from the elements and time', () => {
    const input = raw((o) => ((o.answer as { code: { code: string } }).code.code = '99214'));
    const r = emExerciseSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(formatZodIssues('content/exercises/em/x.yaml', r.error, { schema: emExerciseSchema, input })).toContain('content/exercises/em/x.yaml: answer.code.code: 99214 does not follow from the elements and the time: they support 99215');
  });

  it('rejects a data level the tally does not support', () => {
    const input = raw((o) => ((o.answer as { data: { level: string } }).data.level = 'moderate'));
    const r = emExerciseSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toContain('does not follow from the tally, which supports "limited"');
  });

  it('rejects total time on an emergency department visit', () => {
    const input = raw((o) => ((o.case as { family: string }).family = 'emergency'));
    const r = emExerciseSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.message)).toContain('emergency department visits are levelled by MDM only; remove totalMinutes');
  });

  it('rejects time given in parts without the total that counts', () => {
    const withoutTotal = (timeInParts: boolean) => raw((o) => {
      const c = o.case as { totalMinutes?: number; timeInParts?: boolean };
      delete c.totalMinutes;
      c.timeInParts = timeInParts;
      (o.answer as { code: { code: string } }).code.code = '99214';
      o.mistakes = [{ element: 'data', chose: 'moderate', feedback: 'Two category 1 items make limited data, not moderate.' }];
    });
    const input = withoutTotal(true);
    const r = emExerciseSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(formatZodIssues('content/exercises/em/x.yaml', r.error, { schema: emExerciseSchema, input })).toContain('case.timeInParts: needs case.totalMinutes: the total of the parts that count');
    // timeInParts: false says the note gives no parts: no total is needed then.
    expect(emExerciseSchema.safeParse(withoutTotal(false)).success).toBe(true);
  });

  it('rejects a mistake that is the key itself and a typo in a key name', () => {
    const input = raw((o) => ((o.mistakes as unknown[]).push({ element: 'risk', chose: 'moderate', feedback: 'This is the key, not a mistake at all.' })));
    expect(emExerciseSchema.safeParse(input).success).toBe(false);
    expect(emExerciseSchema.safeParse(raw((o) => (o.anwser = {}))).success).toBe(false);
  });
});

describe('defensible alternatives', () => {
  const withAccept = (level: string): unknown => {
    const o = structuredClone(ex) as unknown as { answer: { problems: Record<string, unknown> } };
    o.answer.problems.accept = [{ level, why: 'Some auditors rate an unstable chronic illness this way.' }];
    return o;
  };

  it('gives full credit for an accepted level and says why', () => {
    const accepting = emExerciseSchema.parse(withAccept('high'));
    const r = gradeEm(accepting, { ...emKeyInput(accepting), problems: 'high' });
    expect(r).toMatchObject({ type: 'points', earned: 6 });
    expect(describeEmResult(r, 'office-established')).toContain('OK: Problems: high is also acceptable (the key rates it moderate). Why: Some auditors rate an unstable chronic illness this way. Rule: moderate problems means a long-term condition that is getting worse, not at goal, or causing treatment side effects; two or more long-term conditions at goal; a new problem not yet diagnosed whose outcome is unclear; a new illness with body-wide symptoms such as fever; or a new injury with complications. In this note: Diabetes is not at goal (A1c up), a chronic illness progressing.');
  });

  it('refuses an accepted level that would change the code', () => {
    const r = emExerciseSchema.safeParse({ ...(withAccept('minimal') as object), case: { ...ex.case, totalMinutes: 25 } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.message)).toContain('accepting problems "minimal" would change the code to 99213; accept only levels that keep 99214, or rethink the key');
  });
});

describe('time given in parts', () => {
  it('shows the total and asks about it when the note states the total', () => {
    expect(timeFact({ totalMinutes: 42 })).toEqual({ label: 'Total time documented', value: '42 minutes' });
    expect(timeQuestion({ totalMinutes: 42 })).toBe('Total time on the date of service: which code does 42 minutes support?');
  });
  it('hides the total and asks the learner to add up the parts when the note gives them', () => {
    expect(timeFact({ totalMinutes: 53, timeInParts: true })).toEqual({ label: 'Time documented', value: 'in parts in the note: add up what counts' });
    expect(timeQuestion({ totalMinutes: 53, timeInParts: true })).not.toContain('53');
  });
  it('says nothing about time when the note documents none', () => {
    expect(timeFact({})).toBeUndefined();
  });
  it('still grades the time element against the total that counts, and names it after grading', () => {
    const parts = emExerciseSchema.parse({ ...ex, case: { ...ex.case, timeInParts: true } });
    const r = gradeEm(parts, { ...emKeyInput(parts), time: '99214' });
    expect(r.type).toBe('points');
    if (r.type !== 'points') return;
    const time = r.findings.find((f) => f.element === 'time');
    expect(time?.earned).toBe(0);
    expect(describeEmFinding(time!, 'office-established')).toContain('Rule: 42 minutes meets or exceeds the 40-minute minimum of 99215.');
  });
});
