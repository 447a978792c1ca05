import { describe, expect, it } from 'vitest';
import { expectedAddOn, addOnChoices } from '../../../../src/domain/em/add-on-rules.ts';
import { applyEmMistake, emKeyInput, gradeEm } from '../../../../src/domain/em/score-em.ts';
import { describeEmAttemptShape, describeEmFinding, describeEmInvalid, describeEmResult, answerKeyWords } from '../../../../src/domain/em/describe-em.ts';
import { emExerciseSchema } from '../../../../src/domain/em/em-exercise-schema.ts';
import { formatZodIssues } from '../../../../src/domain/content-errors.ts';
import { makeEmExercise } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { timeCodes } from '../../../../src/domain/em/key-time.ts';
import { caseTimeRule } from '../../../../src/domain/em/em-rules.ts';
import { emOptions } from '../../../../src/domain/lms/scorm-em.ts';

const note = 'Critical care note with each stretch of time documented at the bedside. '.repeat(5);

/** A critical care case: time alone, no MDM elements, with an add-on key. */
function criticalCare(payer: 'cpt' | 'medicare', minutes: number, addOn: { code: string; units: number }, mistakes: unknown[] = [{ element: 'code', chose: '99285', feedback: 'The ED level does not describe more than 30 minutes of critical care.' }]) {
  return emExerciseSchema.parse({
    id: 'em-cc-fixture',
    title: 'Critical care fixture',
    summary: 'A critically ill patient with the critical care time documented.',
    difficulty: 'advanced',
    topics: ['em-leveling'],
    certifications: ['CPC'],
    case: { family: 'critical-care', payer, dateOfService: '2026-10-20', patient: { age: 70, sex: 'female' }, totalMinutes: minutes, note },
    answer: { code: { code: '99291', why: 'More than 30 minutes of critical care on the date.' }, addOn: { ...addOn, why: 'Counted under the payer rule for further critical care time.' } },
    mistakes,
    rationale: 'Critical care is chosen by time alone; the add-on follows the payer counting rule.',
  });
}

describe('expectedAddOn (the counting rules)', () => {
  it('starts 99292 at 75 minutes under CPT and at 104 under Medicare, then every 30 minutes', () => {
    const units = (m: number, payer: 'cpt' | 'medicare') => expectedAddOn('99291', m, payer, true)?.units ?? 0;
    expect([74, 75, 104, 105, 134, 135].map((m) => units(m, 'cpt'))).toEqual([0, 1, 1, 2, 2, 3]);
    expect([74, 95, 103, 104, 133, 134].map((m) => units(m, 'medicare'))).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('counts prolonged office time as 99417 under CPT and G2212 under Medicare, only when time chose the level', () => {
    expect(expectedAddOn('99215', 54, 'cpt', true)).toBeUndefined();
    expect(expectedAddOn('99215', 55, 'cpt', true)).toEqual({ code: '99417', units: 1 });
    expect(expectedAddOn('99215', 70, 'cpt', true)).toEqual({ code: '99417', units: 2 });
    expect(expectedAddOn('99215', 68, 'medicare', true)).toBeUndefined();
    expect(expectedAddOn('99215', 69, 'medicare', true)).toEqual({ code: 'G2212', units: 1 });
    expect(expectedAddOn('99205', 89, 'medicare', true)).toEqual({ code: 'G2212', units: 1 });
    expect(expectedAddOn('99215', 70, 'cpt', false)).toBeUndefined();
  });

  it('adds 99418 after the highest inpatient consultation code from 95 minutes', () => {
    expect(expectedAddOn('99255', 94, 'cpt', true)).toBeUndefined();
    expect(expectedAddOn('99255', 102, 'cpt', true)).toEqual({ code: '99418', units: 1 });
    expect(expectedAddOn('99255', 110, 'cpt', true)).toEqual({ code: '99418', units: 2 });
  });

  it('offers the add-ons of the families a learner chooses from', () => {
    expect(addOnChoices(['critical-care', 'emergency', 'hospital-subsequent'])).toEqual(['99292', '99418']);
    expect(addOnChoices(['office-new', 'office-established'])).toEqual(['99417', 'G2212']);
  });
});

describe('gradeEm with an add-on in the key', () => {
  const cc = criticalCare('cpt', 118, { code: '99292', units: 2 }, [
    { element: 'addOnUnits', chose: '1', feedback: 'One unit is the Medicare count; CPT reaches two at 105 minutes.' },
    { element: 'addOn', chose: 'none', feedback: '99291 covers only the first 74 minutes.' },
  ]);

  it('grades time, code, add-on and units, with no MDM elements in a time-only family', () => {
    const r = gradeEm(cc, emKeyInput(cc));
    expect(r).toMatchObject({ type: 'points', earned: 5, total: 5 });
    if (r.type === 'points') expect(r.findings.map((f) => f.element)).toEqual(['time', 'code', 'addOn', 'addOnUnits']);
    expect(answerKeyWords(cc)).toBe('99291 + 99292 x 2.');
  });

  it('costs one point for the wrong units, with the payer rule and the feedback', () => {
    const r = gradeEm(cc, applyEmMistake(cc, { element: 'addOnUnits', chose: '1' }));
    expect(r).toMatchObject({ type: 'points', earned: 4, total: 5 });
    expect(describeEmResult(r, 'critical-care')).toContain(
      'Error: Add-on units: you chose 1 unit; the note supports 2 units of 99292. Rule: 118 minutes under CPT\'s counting. Under CPT counting, 99292 adds one unit from 75 minutes of critical care on the date, a second from 105, a third from 135 (each further half hour counts once its midpoint is passed). One unit is the Medicare count; CPT reaches two at 105 minutes.',
    );
  });

  it('says why the right number of units earns nothing beside the wrong add-on code, instead of "you chose 2 units; the note supports 2 units"', () => {
    const r = gradeEm(cc, { ...emKeyInput(cc), addOn: '99418' });
    expect(r).toMatchObject({ type: 'points', earned: 3, total: 5 });
    const units = describeEmResult(r, 'critical-care').find((l) => l.includes('Add-on units'));
    expect(units).not.toMatch(/you chose 2 units; the note supports 2 units/);
    expect(units).toMatch(/^Error: Add-on units: 2 units is the right count, but units score only with the right add-on code \(99292\)\./);
  });

  it('costs both add-on points for leaving the add-on out, and needs no units with none', () => {
    const attempt = applyEmMistake(cc, { element: 'addOn', chose: 'none' });
    expect(attempt.addOnUnits).toBeUndefined();
    const r = gradeEm(cc, attempt);
    expect(r).toMatchObject({ type: 'points', earned: 3, total: 5 });
    if (r.type === 'points') expect(r.findings.find((f) => f.element === 'addOn')?.feedback).toBe('99291 covers only the first 74 minutes.');
  });

  it('names the add-on code and its units whenever the add-on is wrong or left out', () => {
    const lines = (attempt: Parameters<typeof gradeEm>[1]) => describeEmResult(gradeEm(cc, attempt), 'critical-care').filter((l) => l.startsWith('Error: Add-on'));
    expect(lines(applyEmMistake(cc, { element: 'addOn', chose: 'none' })).map((l) => l.split(' Rule:')[0])).toEqual([
      'Error: Add-on: you chose no add-on; the note supports 99292, 2 units.',
      'Error: Add-on units: you chose nothing; the note supports 2 units of 99292.',
    ]);
    expect(lines({ ...emKeyInput(cc), addOn: '99418', addOnUnits: '1' }).map((l) => l.split(' Rule:')[0])).toEqual([
      'Error: Add-on: you chose 99418; the note supports 99292, 2 units.',
      'Error: Add-on units: you chose 1 unit; the note supports 2 units of 99292.',
    ]);
  });

  it('reads add-on codes and units as typed (lower case, leading zero, numbers)', () => {
    const r = gradeEm(cc, { ...emKeyInput(cc), addOn: ' 99292 ', addOnUnits: '02' });
    expect(r).toMatchObject({ earned: 5, total: 5 });
    const g = makeEmExercise({ case: { family: 'office-established', payer: 'medicare', dateOfService: '2026-10-14', patient: { age: 70, sex: 'male' }, totalMinutes: 70, note: 'Long follow-up of heart failure and kidney disease. '.repeat(6) }, answer: { ...makeEmExercise().answer, code: { code: '99215', why: 'Seventy minutes meets the 40-minute minimum of 99215.' }, addOn: { code: 'G2212', units: 1, why: 'Medicare counts G2212 from 69 minutes after 99215.' } } });
    expect(gradeEm(g, { ...emKeyInput(g), addOn: 'g2212', addOnUnits: 1 as unknown as string })).toMatchObject({ earned: 8, total: 8 });
  });

  it('asks for the units when an add-on is chosen without them', () => {
    const r = gradeEm(cc, { time: '99291', code: '99291', addOn: '99292' });
    expect(r).toEqual({ type: 'invalid', reason: 'incomplete', missing: ['addOnUnits'] });
    if (r.type === 'invalid') expect(describeEmInvalid(r)).toBe('Not graded yet: choose add-on units as well.');
  });

  it('explains Medicare counting when the learner adds 99292 the key leaves out', () => {
    const medicare = criticalCare('medicare', 95, { code: 'none', units: 0 });
    const r = gradeEm(medicare, { ...emKeyInput(medicare), addOn: '99292', addOnUnits: '1' });
    expect(r).toMatchObject({ type: 'points', earned: 3, total: 4 });
    if (r.type !== 'points') return;
    const addOn = r.findings.find((f) => f.element === 'addOn');
    expect(addOn && describeEmFinding(addOn, 'critical-care')).toContain('Add-on: you chose 99292; the note supports no add-on. Rule: 95 minutes under Medicare\'s counting. Medicare counts 99292 only in full 30-minute units beyond the 74 minutes of 99291: the first unit at 104 minutes');
  });

  it('leaves exercises without an add-on key as they were', () => {
    const plain = makeEmExercise();
    const r = gradeEm(plain, emKeyInput(plain));
    expect(r).toMatchObject({ earned: 6, total: 6 });
    if (r.type === 'points') expect(r.findings.some((f) => f.element === 'addOn' || f.element === 'addOnUnits')).toBe(false);
  });
});

describe('the schema checks add-ons, payers and time-only families', () => {
  const message = (input: unknown): string => {
    const r = emExerciseSchema.safeParse(input);
    return r.success ? '' : formatZodIssues('content/exercises/em/x.yaml', r.error, { schema: emExerciseSchema, input });
  };
  const base = JSON.parse(JSON.stringify(criticalCare('cpt', 118, { code: '99292', units: 2 }))) as Record<string, Record<string, unknown>>;

  it('refuses an add-on count the minutes and payer do not support', () => {
    expect(message({ ...base, answer: { ...base.answer, addOn: { code: '99292', units: 1, why: 'Counted under the payer rule for further time.' } } })).toContain('answer.addOn: 99292 x 1 does not follow from 118 minutes under cpt counting: it supports 99292 x 2');
    expect(message({ ...base, case: { ...base.case, payer: 'medicare' } })).toContain('it supports 99292 x 1');
  });

  it('asks for the add-on when the time supports one and the key has none', () => {
    const { addOn: _left, ...answer } = base.answer as Record<string, unknown>;
    expect(message({ ...base, answer })).toContain('answer.addOn: is needed: 118 minutes under cpt counting support 99292 x 2');
  });

  it('refuses MDM elements in a time-only family and asks for the time', () => {
    const fixture = makeEmExercise();
    expect(message({ ...base, answer: { ...base.answer, problems: fixture.answer.problems } })).toContain('answer.problems: remove it: critical-care is chosen by time alone');
    const { totalMinutes: _t, ...noTime } = base.case as Record<string, unknown>;
    expect(message({ ...base, case: noTime })).toContain('case.totalMinutes: is needed: critical-care is chosen by time alone');
  });

  it('asks a Medicare consultation for the family the claim uses', () => {
    const fixture = JSON.parse(JSON.stringify(makeEmExercise())) as Record<string, Record<string, unknown>>;
    const consult = { ...fixture, case: { ...fixture.case, family: 'consult-office', payer: 'medicare' }, mistakes: [{ element: 'data', chose: 'moderate', feedback: 'Two category 1 items make limited data.' }] };
    expect(message(consult)).toContain('case.reportAs: is needed: Medicare does not pay consultation codes');
    const reported = { ...consult, case: { ...consult.case, reportAs: 'office-established' } };
    expect(message(reported)).toBe('');
    expect(message({ ...reported, case: { ...reported.case, payer: 'cpt' } })).toContain('case.reportAs: is only for a consultation on a Medicare case');
  });

  it('refuses a graded add-on on a Medicare case whose primary takes G0316-G0318, which the grader does not count', () => {
    const consult = parse(readFileSync('content/exercises/em/em-consult-inpatient-bacteremia-prolonged.yaml', 'utf8')) as Record<string, Record<string, unknown>>;
    const medicare = { ...consult, case: { ...consult.case, payer: 'medicare', reportAs: 'hospital-initial' }, answer: { ...consult.answer, code: { code: '99223', why: 'High MDM and 102 minutes: the initial hospital visit a Medicare consultant reports.' } }, mistakes: [{ element: 'code', chose: '99255', feedback: 'Medicare does not pay the inpatient consultation codes; report the initial hospital visit.' }] };
    expect(message(medicare)).toContain("answer.addOn: remove it: Medicare's prolonged code for 99223 is G0316");
    const { addOn: _left, ...answer } = medicare.answer as Record<string, unknown>;
    expect(message({ ...medicare, answer })).toBe('');
  });
});

describe('time choices of a consultation reported as another family', () => {
  it('offers every family the code question offers, so the choices do not name the claim family', () => {
    expect(timeCodes({ family: 'office-new' })).toEqual(['99202', '99203', '99204', '99205']);
    const psa = { family: 'consult-office', reportAs: 'office-new' } as const;
    expect(timeCodes(psa)).toEqual(['99242', '99243', '99244', '99245', '99202', '99203', '99204', '99205', '99212', '99213', '99214', '99215']);
    expect(caseTimeRule(psa)).toContain('99242 20 min');
    expect(caseTimeRule(psa)).toContain('99212 10 min');
    const ex = emExerciseSchema.parse(parse(readFileSync('content/exercises/em/em-consult-office-medicare-psa.yaml', 'utf8')));
    expect(emOptions(ex, 'time')).toEqual([...timeCodes(psa), 'none']);
    expect(gradeEm(ex, { ...emKeyInput(ex), time: '99244' })).toMatchObject({ type: 'points' });
    expect(emKeyInput(ex).time).toBe('99203');
  });
});

describe('a typed attempt of the wrong shape (npm run grade)', () => {
  it('names every field the grader cannot read, a number too large for JSON (1e999, read as Infinity) included, never an empty list', () => {
    const ex = makeEmExercise();
    const shape = (attempt: unknown) => describeEmAttemptShape(ex, attempt).split('. Expected')[0];
    expect(shape(JSON.parse('{"code": 1e999, "risk": ["low"], "data": true}'))).toBe('"data" is true (true or false), not text or a number; "risk" is a list, not text or a number; "code" is a number too large to read; give it as text');
    expect(shape([])).toBe('it is a list, not an object');
  });
});
