import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { emExerciseSchema, type EmExercise } from '../../../../src/domain/em/em-exercise-schema.ts';
import { applyEmMistake, emKeyInput } from '../../../../src/domain/em/score-em.ts';
import { ADD_ON_TOKEN_CODES, decodeEm, emOptions, encodeEm } from '../../../../src/domain/lms/scorm-em.ts';
import { ADD_ON_RULES, addOnChoices } from '../../../../src/domain/em/add-on-rules.ts';
import { codeChoices, EM_FAMILIES } from '../../../../src/domain/em/em-table.ts';
import { decodeSuspendData, encodeSuspendData, worstCaseLength } from '../../../../src/domain/lms/suspend-data.ts';
import { gradeEmForPackage } from '../../../../src/lms-player/em.ts';
import { buildScormPackage } from '../../../../scripts/lib/scorm-build.ts';

const dir = join(REPO_ROOT, 'content/exercises/em');
const all: EmExercise[] = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => emExerciseSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));

describe('E/M levelling exercises in a SCORM package', () => {
  it('offers every choice of the key and of each listed mistake, saves it in five characters (seven with a graded add-on) and grades it like the site', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const ex of all) {
      const key = emKeyInput(ex);
      for (const [field, value] of Object.entries(key)) expect(emOptions(ex, field as keyof typeof key), `${ex.id}: ${field}`).toContain(value);
      const token = encodeEm(ex, key);
      expect(token, ex.id).toMatch(ex.answer.addOn === undefined ? /^[0-9a-z_]{5}$/ : /^[0-9a-z_]{7}$/);
      expect(decodeEm(ex, token), ex.id).toEqual(key);
      const graded = gradeEmForPackage(ex, decodeEm(ex, token));
      expect(graded.earned, `${ex.id}: the key`).toBe(graded.total);
      for (const m of ex.mistakes) {
        const wrong = decodeEm(ex, encodeEm(ex, applyEmMistake(ex, m)))!;
        expect(gradeEmForPackage(ex, wrong).earned, `${ex.id}: mistake ${m.element} ${m.chose}`).toBeLessThan(graded.total);
      }
      const empty = gradeEmForPackage(ex, undefined);
      expect([empty.result.type, empty.earned, empty.total]).toEqual(['invalid', 0, graded.total]);
    }
  });

  it('keeps E/M choices beside quiz answers and coding drafts in suspend_data', () => {
    const ex = all[0]!;
    const data = encodeSuspendData([], { answers: {}, submitted: false, em: { [ex.id]: { problems: 'low', code: ex.answer.code.code } } }, [], [ex]);
    expect(data).toMatch(/^1w\.1___[0-9a-z]$/);
    expect(decodeSuspendData([], data, [], [ex])).toEqual({ ok: true, state: { answers: {}, submitted: false, em: { [ex.id]: { problems: 'low', code: ex.answer.code.code } } } });
    const withAddOn = all.filter((e) => e.answer.addOn !== undefined).length;
    expect(withAddOn).toBeGreaterThan(0);
    expect(worstCaseLength([], [], all)).toBe(3 + all.length * 5 + withAddOn * 2 + all.length - 1);
  });

  it('still reads a five-character token saved before the add-on pair existed, for an exercise without an add-on', () => {
    const ex = all.find((e) => e.answer.addOn === undefined)!;
    const key = emKeyInput(ex);
    expect(decodeEm(ex, encodeEm(ex, key))).toEqual(key);
    expect(decodeEm(ex, `${encodeEm(ex, key)}00`)).toBeUndefined();
  });

  it('saves the add-on and its units, and the time-only families without MDM choices', () => {
    const cc = all.find((e) => e.case.family === 'critical-care' && e.answer.addOn !== undefined && e.answer.addOn.code !== 'none')!;
    expect(emOptions(cc, 'problems')).toEqual([]);
    const key = emKeyInput(cc);
    expect(key.addOnUnits).toBe(String(cc.answer.addOn!.units));
    const token = encodeEm(cc, key);
    expect(token.slice(0, 3)).toBe('___');
    expect(decodeEm(cc, token)).toEqual(key);
  });

  it('a saved add-on reads the same in a package rebuilt after the add-on rules were reordered or a family gained an add-on', async () => {
    const saved = all.filter((e) => e.answer.addOn !== undefined).flatMap((ex) => emOptions(ex, 'addOn').map((addOn) => {
      const { addOnUnits: _units, ...key } = emKeyInput(ex);
      const input = addOn === 'none' ? { ...key, addOn } : { ...key, addOn, addOnUnits: '2' };
      return { ex, input, token: encodeEm(ex, input) };
    }));
    expect(saved.length).toBeGreaterThan(4);
    vi.resetModules();
    // The rebuilt package's choices: the rules in another order, and a new Medicare code offered first.
    vi.doMock('../../../../src/domain/em/add-on-rules.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../../src/domain/em/add-on-rules.ts')>();
      return { ...real, addOnChoices: (families: Parameters<typeof real.addOnChoices>[0]) => ['G0316', ...real.addOnChoices(families).reverse()] };
    });
    try {
      const rebuilt = await import('../../../../src/domain/lms/scorm-em.ts');
      for (const { ex, input, token } of saved) expect(rebuilt.decodeEm(ex, token), `${ex.id} ${input.addOn}`).toEqual(input);
    } finally {
      vi.doUnmock('../../../../src/domain/em/add-on-rules.ts');
      vi.resetModules();
    }
  });

  it('saves every graded add-on code (a rule whose code is missing from the list would lose the choice) in one base-36 character; the list only grows at its end', () => {
    for (const rule of ADD_ON_RULES) expect(ADD_ON_TOKEN_CODES, `${rule.code}: append it to ADD_ON_TOKEN_CODES`).toContain(rule.code);
    expect(ADD_ON_TOKEN_CODES.length).toBeLessThanOrEqual(36);
    // Tokens in learners' LMS records point into this order (scorm-em.ts).
    expect(ADD_ON_TOKEN_CODES.slice(0, 5)).toEqual(['99292', 'G2212', 'none', '99417', '99418']);
  });

  it('reads a token saved by the per-exercise add-on indexes of 2026-11-30 as the same add-on or as unset, never as another add-on the case offers', () => {
    // Before ADD_ON_TOKEN_CODES the add-on was saved as its index among the case's choices: the
    // add-on codes of its families in the rule order of that day, then "none".
    const RULE_ORDER_THEN = ['99292', '99417', '99418', 'G2212'];
    const base = all.find((e) => e.answer.addOn !== undefined)!;
    const kept: string[] = [];
    for (const family of EM_FAMILIES) {
      const ex: EmExercise = { ...base, case: { ...base.case, family } };
      const families = codeChoices(family).map((g) => g.family);
      const then = [...addOnChoices(families).filter((c) => RULE_ORDER_THEN.includes(c)).sort((a, b) => RULE_ORDER_THEN.indexOf(a) - RULE_ORDER_THEN.indexOf(b)), 'none'];
      then.forEach((addOn, i) => {
        const read = decodeEm(ex, `_____${i.toString(36)}_`)?.addOn;
        expect([undefined, addOn], `${family}: saved index ${i} (${addOn}) read as ${read}`).toContain(read);
        if (read === addOn) kept.push(`${family} ${addOn}`);
      });
    }
    // What the list's order keeps: 99292 on critical care days, G2212 and none on office visits.
    expect(kept).toEqual(expect.arrayContaining(['critical-care 99292', 'office-new G2212', 'office-new none', 'office-established G2212']));
  });

  it('offers every number of units the schema lets a key give (a long critical care day), so a SCORM learner can choose it', () => {
    const cc = all.find((e) => e.id === 'em-critical-care-icu-respiratory-failure')!;
    // 390 minutes under CPT counting: 99291 and 99292 x 11 (75, 105 ... 375 minutes).
    const long = emExerciseSchema.safeParse({ ...cc, case: { ...cc.case, totalMinutes: 390, timeInParts: undefined }, answer: { ...cc.answer, addOn: { ...cc.answer.addOn!, units: 11 } }, mistakes: cc.mistakes.filter((m) => m.element !== 'addOnUnits') });
    expect(long.success, JSON.stringify(long.error?.issues)).toBe(true);
    const ex = long.data!;
    const key = emKeyInput(ex);
    expect(key.addOnUnits).toBe('11');
    expect(emOptions(ex, 'addOnUnits')).toContain('11');
    expect(decodeEm(ex, encodeEm(ex, key))).toEqual(key);
    expect(gradeEmForPackage(ex, decodeEm(ex, encodeEm(ex, key))).earned).toBe(gradeEmForPackage(ex, key).total);
  });

  it('packages an E/M case with its ACI-BENCH credit, our own code explanations and no code-set files', async () => {
    const ex = all.find((e) => e.source !== undefined)!;
    const built = await buildScormPackage(REPO_ROOT, { ids: [ex.id] });
    expect(built.content.emExercises?.map((e) => e.id)).toEqual([ex.id]);
    expect(built.content.credits.map((c) => c.encounter)).toEqual([ex.source!.encounter]);
    expect(Object.keys(built.content.codeSummaries ?? {})).toContain(ex.answer.code.code);
    expect(Object.keys(built.files).filter((f) => f.startsWith('data/'))).toEqual([]);
  });
});
