import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../../../../src/data/code-set-node.ts';
import { formatZodIssues } from '../../../../../src/domain/content-errors.ts';
import { codingCaseProblems } from '../../../../../src/domain/content/coding-case-checks.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../../src/domain/exercises/coding-exercise-schema.ts';
import { describeFinding } from '../../../../../src/domain/exercises/describe-finding.ts';
import { answerKeyAttempt, gradeCodingExercise, type CodingResult } from '../../../../../src/domain/exercises/grade-coding.ts';

/**
 * Held-out-style cases: written the way a credentialed coder writes a case we never see, each
 * graded with the key, defensible alternatives and typical mistakes through the real grader and
 * the real FY2027 code set. Each expectation is what a fair instructor would give.
 */

const codes = loadCodeSetView();
const DIR = join(import.meta.dirname, 'cases');

function load(id: string): CodingExercise {
  const raw: unknown = parse(readFileSync(join(DIR, `${id}.yaml`), 'utf8'));
  const parsed = codingExerciseSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatZodIssues(`${id}.yaml`, parsed.error, { schema: codingExerciseSchema, input: raw }));
  return parsed.data;
}

type Points = Extract<CodingResult, { type: 'points' }>;
function grade(id: string, attempt: unknown): Points & { text: string; percent: number } {
  const result = gradeCodingExercise(load(id), attempt, codes);
  if (result.type !== 'points') throw new Error(`expected points, got ${JSON.stringify(result)}`);
  return { ...result, text: result.findings.map(describeFinding).join('\n'), percent: result.earned / result.total };
}
const full = (id: string, attempt: unknown): void => {
  const r = grade(id, attempt);
  expect(r.earned, r.text).toBe(r.total);
};

const IDS = ['h01-dm-ckd-combination', 'h02-either-first', 'h03-sprain-seventh-placeholder', 'h04-otitis-laterality', 'h05-torus-header', 'h06-strep-symptoms', 'h07-duplicates', 'h08-messy-input', 'h09-injections-modifiers', 'h10-drug-waste-lines', 'h11-addon-destruction', 'h12-extra-codes'];

describe('every held-out case', () => {
  it.each(IDS)('%s: parses, its codes are valid on the date of service, and its key scores full marks', (id) => {
    const ex = load(id);
    for (const d of ex.answer.diagnoses) expect(codes.checkIcd(d.code, ex.case.dateOfService).status, d.code).toBe('valid');
    for (const l of ex.answer.lines ?? []) {
      const check = l.system === 'cpt' ? codes.checkCpt(l.code, ex.case.dateOfService) : codes.checkHcpcs(l.code, ex.case.dateOfService);
      expect(check.status, l.code).toBe('valid');
    }
    full(id, answerKeyAttempt(ex));
  });
  it.each(IDS)('%s: passes every author check the case editor and check-content run', (id) => {
    expect(codingCaseProblems(load(id), codes)).toEqual([]);
  });
});

describe('h01 combination code vs. the two separate codes', () => {
  const id = 'h01-dm-ckd-combination';
  it('half credit for E11.9 in place of E11.22, saying why (complication linked by "with")', () => {
    const r = grade(id, ['E11.9', 'N18.31']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('E11.9 (Type 2 diabetes mellitus without complications) is in the right category but not the most specific code');
    expect(r.text).toContain('combination code E11.22 is required');
  });
  it('no credit for the header E11.2, and says it is a header', () => {
    const r = grade(id, ['E11.2', 'N18.31']);
    expect(r.earned).toBe(r.total - 1);
    expect(r.text).toContain('E11.2 (Type 2 diabetes mellitus with kidney complications) is a header');
  });
  it('charges E11.9 added beside E11.22: a contradiction, not a free extra', () => {
    const r = grade(id, ['E11.22', 'N18.31', 'E11.9']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('E11.9');
  });
  it('loses the first-listed point for the stage code first', () => {
    const r = grade(id, ['N18.31', 'E11.22']);
    expect(r.earned).toBe(r.total - 1);
    expect(r.text).toContain('should not be listed first');
  });
});

describe('h02 either order acceptable', () => {
  const id = 'h02-either-first';
  it('full marks in both orders, and says the other order is also acceptable and why', () => {
    full(id, ['M17.11', 'I10']);
    const r = grade(id, ['I10', 'M17.11']);
    expect(r.earned).toBe(r.total);
    expect(r.text).toContain('first is also acceptable');
    expect(r.text).toContain('equal effort');
  });
  it('the wrong knee is half credit on that code and named as laterality', () => {
    const r = grade(id, ['M17.12', 'I10']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.findings.some((f) => f.code === 'laterality')).toBe(true);
    expect(r.text).toContain('wrong side');
  });
});

describe('h03 7th character and placeholder X', () => {
  const id = 'h03-sprain-seventh-placeholder';
  it('takes the code typed in lower case, without the dot, with spaces', () => {
    full(id, ['s134xxa']);
    full(id, [' S13.4XXA ']);
    full(id, 'S13.4XXA');
  });
  it('a missing placeholder is an invalid code: no points, and the feedback teaches the X', () => {
    const r = grade(id, ['S13.4A']);
    expect(r.earned).toBeLessThan(r.total);
    expect(r.text).toContain('missing the placeholder X');
  });
  it('subsequent encounter D is half credit on the code, named as the 7th character, with the case feedback', () => {
    const r = grade(id, ['S13.4XXD']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('wrong or missing 7th character');
    expect(r.text).toContain('D is for subsequent care');
  });
  it('the external cause code is optional', () => {
    full(id, ['S13.4XXA', 'V43.52XA']);
  });
});

describe('h04 laterality', () => {
  const id = 'h04-otitis-laterality';
  it('right ear for left is half credit named as the wrong side; bilateral too', () => {
    for (const wrong of ['H66.91', 'H66.93']) {
      const r = grade(id, [wrong]);
      expect(r.earned, wrong).toBe(r.total - 0.5);
      expect(r.text, wrong).toContain('wrong side');
    }
  });
  it('unspecified ear is half credit and not called the wrong side', () => {
    const r = grade(id, ['H66.90']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).not.toContain('wrong side');
    expect(r.text).toContain('unspecified-ear code is not appropriate');
  });
});

describe('h05 header code', () => {
  const id = 'h05-torus-header';
  it('the 6-character header is no credit, said to be a header missing its 7th character', () => {
    const r = grade(id, ['S52.521']);
    expect(r.earned).toBe(r.total - 1);
    expect(r.text).toContain('is a header');
    expect(r.text).toContain('7th character');
  });
  it('the other wrist at a follow-up visit is half credit, named as both the wrong side and the wrong 7th character', () => {
    const r = grade(id, ['S52.522D']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('wrong side');
    expect(r.text).toContain('wrong or missing 7th character');
  });
  it('the other wrist is half credit named as the wrong side', () => {
    const r = grade(id, ['S52.522A']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('wrong side');
  });
});

describe('h06 symptom integral to a confirmed diagnosis', () => {
  const id = 'h06-strep-symptoms';
  it('each added symptom costs the extra penalty and the words say why symptoms are not coded', () => {
    const r = grade(id, ['J02.0', 'R50.9']);
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toMatch(/R50\.9 \(Fever, unspecified\) is a sign or symptom/);
    expect(r.text).toContain('confirmed');
  });
  it('the listed mistake adds its own feedback', () => {
    const r = grade(id, ['J02.0', 'R07.0']);
    expect(r.text).toContain('Sore throat is part of streptococcal pharyngitis');
  });
  it('a named wrong diagnosis in place of the key costs that code\'s point only, not an extra penalty too', () => {
    const r = grade(id, ['J03.00']);
    expect(r.earned).toBe(1);
    expect(r.total).toBe(2);
    expect(r.text).toContain('J03.00 (Acute streptococcal tonsillitis, unspecified) was reported in place of J02.0 (Streptococcal pharyngitis)');
    expect(r.text).toContain('code the condition as the provider documents it');
    expect(r.text).not.toContain('extra codes cost points');
  });
  it('symptoms alone, without the diagnosis, score zero', () => {
    const r = grade(id, ['R07.0', 'R50.9']);
    expect(r.earned).toBe(0);
    expect(r.text).toContain('A code is missing: J02.0');
  });
});

describe('h07 duplicates', () => {
  const id = 'h07-duplicates';
  it('a diagnosis typed twice costs nothing and is flagged once', () => {
    const r = grade(id, { diagnoses: ['I10', 'i10'], lines: [{ code: '99213' }] });
    expect(r.earned).toBe(r.total);
    expect(r.text).toContain('listed more than once');
  });
  it('the same service on two lines is called a duplicate line, not "not supported by the documentation"', () => {
    const r = grade(id, { diagnoses: ['I10'], lines: [{ code: '99213' }, { code: '99213' }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('99213 is reported on more than one line');
    expect(r.text).toContain('Units on 99213 should be 1, not 2');
    expect(r.text).toContain('An office visit is one service: one unit.');
    expect(r.text).not.toContain('not supported by this documentation');
  });
});

describe('h08 messy input', () => {
  const id = 'h08-messy-input';
  it('lower case, no dot, spaces, non-breaking spaces, either order', () => {
    full(id, { diagnoses: ['e119', ' I10 '], lines: [{ code: ' 99214 ' }] });
    full(id, { diagnoses: ['E11.9\u00a0', 'I10'], lines: [{ code: '99214' }] });
    full(id, { diagnoses: 'I10, e11.9', lines: [{ code: '99214' }] });
  });
  it('codes separated by spaces in a string are separate codes', () => {
    full(id, { diagnoses: 'E11.9 I10', lines: [{ code: '99214' }] });
    full(id, { diagnoses: 'E11.9  I10  Z79.84', lines: [{ code: '99214' }] });
  });
  it('a CPT code typed among the diagnoses is not graded as a nonsense diagnosis "992.14"', () => {
    const r = grade(id, { diagnoses: ['E11.9', 'I10', '99214'] });
    expect(r.text).not.toContain('992.14');
    expect(r.text).toContain('99214 is a CPT or HCPCS code');
  });
  it('a diagnosis typed on a procedure line is named as a diagnosis, not as "E119"', () => {
    const r = grade(id, { diagnoses: ['I10'], lines: [{ code: '99214' }, { code: 'E11.9' }] });
    expect(r.text).not.toContain('E119 ');
    expect(r.text).toContain('E11.9 (Type 2 diabetes mellitus without complications) is an ICD-10-CM diagnosis code');
  });
  it('the optional drug-use code costs nothing', () => {
    full(id, { diagnoses: ['E11.9', 'I10', 'Z79.84'], lines: [{ code: '99214' }] });
  });
});

describe('h09 modifiers in any order and any notation', () => {
  const id = 'h09-injections-modifiers';
  const dx = ['M17.11', 'M19.032'];
  const knee = { code: '20610', modifiers: ['RT'] };
  const drug = { code: 'J3301', units: 5 };
  it('-LT -59, 59 LT, ["LT", "59"] and "20605-59-LT" are the same line', () => {
    for (const wrist of [{ code: '20605', modifiers: 'LT59' }, { code: '20605', modifiers: '-LT -59' }, { code: '20605', modifiers: '59 LT' }, { code: '20605', modifiers: ['LT', '59'] }, { code: '20605-59-LT' }, { code: '20605 59 LT' }]) {
      const r = grade(id, { diagnoses: dx, lines: [knee, wrist, drug] });
      expect(r.earned, `${JSON.stringify(wrist)}\n${r.text}`).toBe(r.total);
    }
  });
  it('XS in place of 59 is accepted with its reason', () => {
    const r = grade(id, { diagnoses: dx, lines: [knee, { code: '20605', modifiers: ['XS', 'LT'] }, drug] });
    expect(r.earned).toBe(r.total);
    expect(r.text).toContain('also acceptable');
  });
  it('the sides swapped cost the modifier penalty on both lines and say so', () => {
    const r = grade(id, { diagnoses: dx, lines: [{ code: '20610', modifiers: ['LT'] }, { code: '20605', modifiers: ['59', 'RT'] }, drug] });
    expect(r.earned).toBe(r.total - 1);
    expect(r.text).toContain('Modifiers on 20610 should be RT, not LT');
  });
  it('50 mg as 50 units costs the units penalty with the case feedback', () => {
    const r = grade(id, { diagnoses: dx, lines: [knee, { code: '20605', modifiers: ['59', 'LT'] }, { code: 'J3301', units: 50 }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('J3301 is per 10 mg');
  });
});

describe('h10 the same drug code on two lines', () => {
  const id = 'h10-drug-waste-lines';
  const knee = { code: '20610', modifiers: ['RT'] };
  it('the two drug lines may come in either order', () => {
    full(id, { diagnoses: ['M06.9'], lines: [knee, { code: 'J3301', units: 3 }, { code: 'J3301', modifiers: ['JW'], units: 1 }] });
    full(id, { diagnoses: ['M06.9'], lines: [{ code: 'J3301', modifiers: ['JW'], units: 1 }, knee, { code: 'J3301', units: 3 }] });
  });
  it('blank units are 1 and unreadable units are named as typed', () => {
    full(id, { diagnoses: ['M06.9'], lines: [{ ...knee, units: '' }, { code: 'J3301', units: '3' }, { code: 'J3301', modifiers: ['JW'], units: ' ' }] });
    const r = grade(id, { diagnoses: ['M06.9'], lines: [knee, { code: 'J3301', units: 'three' }, { code: 'J3301', modifiers: ['JW'], units: 1 }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('Units on J3301 must be a number, not "three"');
  });
  it('units as a string are read', () => {
    full(id, { diagnoses: ['M06.9'], lines: [knee, { code: 'J3301', units: '3' }, { code: 'J3301', modifiers: 'JW', units: '1' }] });
  });
  it('milligrams as units on the given line cost only that line\'s units penalty', () => {
    const r = grade(id, { diagnoses: ['M06.9'], lines: [knee, { code: 'J3301', modifiers: ['JW'], units: 1 }, { code: 'J3301', units: 30 }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('Units on J3301 should be 3, not 30');
    expect(r.text).toContain('J3301 is per 10 mg');
  });
  it('no waste line: the JW line is missing', () => {
    const r = grade(id, { diagnoses: ['M06.9'], lines: [knee, { code: 'J3301', units: 3 }] });
    expect(r.earned).toBe(r.total - 1);
    expect(r.text).toContain('A code is missing: J3301');
  });
});

describe('h11 CPT add-on codes', () => {
  const id = 'h11-addon-destruction';
  it('all six lesions on 17003 costs the units penalty with the case feedback', () => {
    const r = grade(id, { diagnoses: ['L57.0'], lines: [{ code: '17000' }, { code: '17003', units: 6 }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('17003 counts the lesions after the first');
  });
  it('59 on the add-on costs the modifier penalty', () => {
    const r = grade(id, { diagnoses: ['L57.0'], lines: [{ code: '17000' }, { code: '17003', modifiers: ['59'], units: 5 }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('Modifiers on 17003 should be none, not 59');
  });
  it('17000 times 6 and no add-on: units wrong and the add-on missing', () => {
    const r = grade(id, { diagnoses: ['L57.0'], lines: [{ code: '17000', units: 6 }] });
    expect(r.earned).toBe(r.total - 1.5);
    expect(r.text).toContain('A code is missing: 17003');
  });
  it('the add-on split over five one-unit lines is counted once, with a note to report one line', () => {
    const r = grade(id, { diagnoses: ['L57.0'], lines: [{ code: '17000' }, ...Array.from({ length: 5 }, () => ({ code: '17003' }))] });
    expect(r.earned, r.text).toBe(r.total);
    expect(r.text).toContain('17003 is reported on more than one line');
  });
});

describe('h12 extra valid but unnecessary codes', () => {
  const id = 'h12-extra-codes';
  it('an unsupported exposure code costs the extra penalty and says why', () => {
    const r = grade(id, { diagnoses: ['J06.9', 'Z20.822'], lines: [{ code: '99213' }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('Z20.822 (Contact with and (suspected) exposure to COVID-19) is not supported');
  });
  it('the wrong visit level costs the line\'s point, never more than leaving the visit out', () => {
    const wrongLevel = grade(id, { diagnoses: ['J06.9'], lines: [{ code: '99214' }] });
    const noVisit = grade(id, { diagnoses: ['J06.9'] });
    expect(wrongLevel.earned).toBe(wrongLevel.total - 1);
    expect(wrongLevel.earned).toBeGreaterThanOrEqual(noVisit.earned);
    expect(wrongLevel.text).toContain('99214 was reported in place of 99213');
    expect(wrongLevel.text).toContain('low-complexity decision making');
  });
  it('an injection line never documented costs the extra penalty', () => {
    const r = grade(id, { diagnoses: ['J06.9'], lines: [{ code: '99213' }, { code: '96372' }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('96372');
  });
  it('a symptom beside the confirmed infection carries the case feedback', () => {
    const r = grade(id, { diagnoses: ['J06.9', 'R05.9'], lines: [{ code: '99213' }] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.text).toContain('The cough is part of the upper respiratory infection');
  });
});
