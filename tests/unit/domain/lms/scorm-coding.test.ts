import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { answerKeyAttempt, applyMistake } from '../../../../src/domain/exercises/grade-coding.ts';
import { decodeDraft, encodeDraft, scormCodingExercise, worstCaseDraft, type CodingDraft } from '../../../../src/domain/lms/scorm-coding.ts';
import { decodeSuspendData, encodeSuspendData, fitsSuspendData, worstCaseLength } from '../../../../src/domain/lms/suspend-data.ts';
import type { QuizQuestion } from '../../../../src/domain/quiz/quiz-schema.ts';

const codingDir = join(REPO_ROOT, 'content/exercises/coding');
const all: CodingExercise[] = readdirSync(codingDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => codingExerciseSchema.parse(parse(readFileSync(join(codingDir, f), 'utf8'))));
const exercise = (id: string) => all.find((e) => e.id === id)!;

/** The key (or a mistake) as the learner would have typed it into the package's fields. */
function typed(attempt: { diagnoses: string[]; lines: { code: string; modifiers: string[]; units: number }[] }): CodingDraft {
  return { diagnoses: attempt.diagnoses, lines: attempt.lines.map((l) => ({ code: l.code, modifiers: l.modifiers, units: l.units === 1 ? '' : String(l.units) })) };
}

describe('coding answers in cmi.suspend_data', () => {
  it('saves typed codes compactly, cleaned, and reads them back', () => {
    const x = scormCodingExercise(exercise('aci-ankle-sprain-brace-and-crutches'));
    const draft: CodingDraft = { diagnoses: ['s93.401a', '', ' z 23'], lines: [{ code: 'e0114', modifiers: ['rt, lt'], units: '2' }, { code: '', modifiers: [''], units: '' }] };
    const token = encodeDraft(draft, x);
    expect(token).toBe('S93.401A+Z23~E0114:RT.LT:2');
    expect(decodeDraft(token)).toEqual({ diagnoses: ['S93.401A', 'Z23'], lines: [{ code: 'E0114', modifiers: ['RT', 'LT'], units: '2' }] });
    expect(encodeDraft({ diagnoses: ['', ' '], lines: [] }, x)).toBe('');
    expect(decodeDraft('not, a draft')).toBeUndefined();
  });

  it('saves units typed with a decimal or their word as the number the grader reads ("8.0" was saved as 80 and graded 80 on return)', () => {
    const x = scormCodingExercise(exercise('aci-ankle-sprain-brace-and-crutches'));
    const lines = (units: string[]) => units.map((u) => ({ code: 'E0114', modifiers: [], units: u }));
    const token = encodeDraft({ diagnoses: ['S93.401A'], lines: lines(['8.0', '1.0', '2.5', '4 units']) }, x);
    expect(decodeDraft(token)?.lines.map((l) => l.units)).toEqual(['8', '1', '2.5', '4']);
  });

  it('never writes more than the worst case, whatever is typed (property)', () => {
    const x = scormCodingExercise(exercise('aci-ankle-sprain-brace-and-crutches'));
    const text = fc.string({ maxLength: 30 });
    const line = fc.record({ code: text, modifiers: fc.array(text, { maxLength: 6 }), units: text });
    fc.assert(fc.property(fc.array(text, { maxLength: 20 }), fc.array(line, { maxLength: 20 }), (diagnoses, lines) => {
      const token = encodeDraft({ diagnoses, lines }, x);
      expect(token.length).toBeLessThanOrEqual(worstCaseDraft(x));
      expect(token).not.toContain(',');
      if (token !== '') expect(encodeDraft(decodeDraft(token)!, x)).toBe(token);
    }));
  });

  it('restores quiz answers and coding drafts side by side, and refuses another package', () => {
    const fill: QuizQuestion = { id: 'f', kind: 'fill', prompt: 'p', accepted: ['E11.9'], explanation: 'e' };
    const xs = ['aci-allergic-asthma-new-diagnosis', 'aci-ankle-sprain-brace-and-crutches'].map((id) => scormCodingExercise(exercise(id)));
    const coding = { 'aci-ankle-sprain-brace-and-crutches': { diagnoses: ['S93.401A'], lines: [{ code: 'E0114', modifiers: [], units: '' }] } };
    const data = encodeSuspendData([fill], { answers: { f: 'e11.9' }, submitted: true, coding }, xs);
    expect(data).toBe("1s.'e11.9,,S93.401A~E0114::");
    expect(decodeSuspendData([fill], data, xs)).toEqual({ ok: true, state: { answers: { f: 'e11.9' }, submitted: true, coding } });
    expect(decodeSuspendData([fill], data, xs.slice(0, 1))).toEqual({ ok: false, reason: 'other-package' });
  });

  it('the key and every listed mistake of every coding exercise fit their fields and survive saving', () => {
    for (const ex of all) {
      const x = scormCodingExercise(ex);
      expect(x.diagnosisSlots, ex.id).toBeGreaterThan(ex.answer.diagnoses.length);
      for (const attempt of [answerKeyAttempt(ex), ...ex.mistakes.map((m) => applyMistake(ex, m.trigger))]) {
        const draft = typed(attempt);
        const back = decodeDraft(encodeDraft(draft, x));
        expect(back?.diagnoses, ex.id).toEqual(attempt.diagnoses.slice(0, x.diagnosisSlots));
        expect(back?.lines.map((l) => l.code), ex.id).toEqual(attempt.lines.slice(0, x.lineSlots).map((l) => l.code));
      }
    }
  });

  it('counts coding fields in the worst case: a dozen cases fit in 4,096 characters, all of them do not', () => {
    const xs = all.map(scormCodingExercise);
    expect(worstCaseLength([], xs.slice(0, 12))).toBeLessThanOrEqual(4096);
    expect(fitsSuspendData([], xs.slice(0, 12))).toBe(true);
    expect(fitsSuspendData([], xs)).toBe(false);
    const full = Object.fromEntries(xs.slice(0, 12).map((x) => [x.exercise.id, {
      diagnoses: Array.from({ length: x.diagnosisSlots }, () => 'S99.999A'),
      lines: Array.from({ length: x.lineSlots }, () => ({ code: '99999', modifiers: ['AA BB CC DD'], units: '999' })),
    }]));
    expect(encodeSuspendData([], { answers: {}, submitted: false, coding: full }, xs.slice(0, 12)).length).toBe(worstCaseLength([], xs.slice(0, 12)));
  });
});
