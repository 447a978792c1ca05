import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { describeEmResult } from '../../../src/domain/em/describe-em.ts';
import { emExerciseSchema, type EmExercise, type EmUserInput } from '../../../src/domain/em/em-exercise-schema.ts';
import { ELEMENT_LEVELS, MDM_ELEMENTS } from '../../../src/domain/em/em-table.ts';
import { emKeyInput, gradeEm } from '../../../src/domain/em/score-em.ts';

/**
 * Held-out round 3 on the E/M grader (session 14): every E/M exercise with the key typed as a
 * CLI user, a class submission or an LMS might carry it (level words in capitals, codes padded
 * or in full-width digits, add-on codes with the plus sign the CPT book prints before them, add-on
 * units "2.0", "2 units" or a number), every accepted other reading, and answers one level off.
 */

const DIR = join(REPO_ROOT, 'content/exercises/em');
const exercises: EmExercise[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => emExerciseSchema.parse(parse(readFileSync(join(DIR, f), 'utf8'))));

function grade(ex: EmExercise, input: EmUserInput) {
  const r = gradeEm(ex, input);
  if (r.type !== 'points') throw new Error(`${ex.id}: ${JSON.stringify(r)}`);
  return { ...r, lost: r.total - r.earned, text: describeEmResult(r, ex.case.family).join('\n') };
}

const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const withAddOn = exercises.filter((ex) => ex.answer.addOn !== undefined && ex.answer.addOn.code !== 'none');

const FORMS: [string, (k: EmUserInput) => EmUserInput][] = [
  ['level words in capitals', (k) => ({ ...k, ...Object.fromEntries(MDM_ELEMENTS.filter((e) => k[e] !== undefined).map((e) => [e, String(k[e]).toUpperCase()])) })],
  ['the code and time padded with non-breaking spaces', (k) => ({ ...k, code: `\u00a0${String(k.code)} `, ...(k.time === undefined ? {} : { time: ` ${String(k.time)}\u00a0` }) })],
  ['the code and time in full-width digits', (k) => ({ ...k, code: fullWidth(String(k.code)), ...(k.time === undefined ? {} : { time: fullWidth(String(k.time)) }) })],
  ['the add-on with the plus sign the CPT book prints before it (+99292)', (k) => (k.addOn === undefined || k.addOn === 'none' ? k : { ...k, addOn: `+${String(k.addOn)}` })],
  ['add-on units with a decimal ("2.0")', (k) => (k.addOnUnits === undefined ? k : { ...k, addOnUnits: `${String(k.addOnUnits)}.0` })],
  ['add-on units with their word ("2 units")', (k) => (k.addOnUnits === undefined ? k : { ...k, addOnUnits: `${String(k.addOnUnits)} units` })],
  ['add-on units as a number', (k) => (k.addOnUnits === undefined ? k : { ...k, addOnUnits: Number(k.addOnUnits) as unknown as string })],
];

describe('every E/M exercise: the key typed another way earns full marks', () => {
  it('has add-on exercises for the add-on forms', () => expect(withAddOn.length).toBeGreaterThanOrEqual(2));
  it.each(FORMS)('%s', (_name, form) => {
    const unfair = exercises.map((ex) => [ex.id, grade(ex, form(emKeyInput(ex)))] as const).filter(([, r]) => r.lost !== 0).map(([id, r]) => `${id}: lost ${r.lost}: ${r.text}`);
    expect(unfair).toEqual([]);
  });
});

describe('every accepted other reading (accept) earns the point and is never called wrong', () => {
  const accepted = exercises.flatMap((ex) => MDM_ELEMENTS.flatMap((e) => (ex.answer[e]?.accept ?? []).map((a) => [ex.id, ex, e, a.level, a.why] as const)));
  it('the content has accepted readings', () => expect(accepted.length).toBeGreaterThanOrEqual(5));
  it.each(accepted)('%s: %s %s', (_id, ex, element, level, why) => {
    const r = grade(ex, { ...emKeyInput(ex), [element]: level });
    expect(r.lost).toBe(0);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.text).toContain(`${level} is also acceptable`);
    expect(r.text).toContain(why);
    expect(r.text).not.toMatch(/you chose/);
  });
});

describe('every E/M exercise: one level off loses that element and says which, and why', () => {
  it('an element one level away from the key (and not an accepted reading) loses 1 point, naming the element and the key level', () => {
    const lenient: string[] = [];
    let checked = 0;
    for (const ex of exercises) {
      for (const element of MDM_ELEMENTS) {
        const keyed = ex.answer[element];
        if (keyed === undefined) continue;
        const levels: readonly string[] = ELEMENT_LEVELS[element];
        const at = levels.indexOf(keyed.level);
        const other = levels[at === levels.length - 1 ? at - 1 : at + 1];
        if (other === undefined || (keyed.accept ?? []).some((a) => a.level === other)) continue;
        checked += 1;
        const r = grade(ex, { ...emKeyInput(ex), [element]: other });
        const name = { problems: 'Problems', data: 'Data', risk: 'Risk' }[element];
        if (r.lost !== 1 || !r.text.includes(`${name}: you chose ${other}`) || !r.text.includes(`the note supports ${keyed.level}`)) lenient.push(`${ex.id} ${element} ${other}: lost ${r.lost}: ${r.text}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(lenient).toEqual([]);
  });

  it('the add-on units one too many lose the units point and name the add-on', () => {
    for (const ex of withAddOn) {
      const key = emKeyInput(ex);
      const r = grade(ex, { ...key, addOnUnits: `${Number(key.addOnUnits) + 1}.0` });
      expect(r.lost, ex.id).toBe(1);
      expect(r.text).toContain(`of ${String(key.addOn)}`);
    }
  });

  it('a code described in words is the wrong code, shown as typed', () => {
    const ex = exercises[0];
    if (ex === undefined) throw new Error('no E/M exercise');
    const r = grade(ex, { ...emKeyInput(ex), code: 'office visit, level four' });
    expect(r.lost).toBe(2);
    expect(r.text).toContain('you chose office visit, level four');
  });
});
