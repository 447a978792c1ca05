import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../../src/data/code-set-node.ts';
import { describeEmResult } from '../../../../../src/domain/em/describe-em.ts';
import { emExerciseSchema, type EmExercise, type EmUserInput } from '../../../../../src/domain/em/em-exercise-schema.ts';
import { gradeEm } from '../../../../../src/domain/em/score-em.ts';

/**
 * Held-out-style E/M attempts on the real exercises, written as an experienced auditor would
 * submit them: the key in other words a competent coder uses (CLI and class submissions carry
 * typed words, not radio values), defensible other readings, and answers wrong in small ways.
 * Each row is the verdict a fair instructor gives.
 */

const load = (id: string): EmExercise => emExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/em', `${id}.yaml`), 'utf8')));

function grade(id: string, input: unknown): { earned: number; total: number; text: string } {
  const r = gradeEm(load(id), input as EmUserInput);
  if (r.type !== 'points') throw new Error(`expected points, got ${JSON.stringify(r)}`);
  return { earned: r.earned, total: r.total, text: describeEmResult(r, load(id).case.family).join('\n') };
}

interface Fixture {
  /** What the attempt is, as the auditor would describe it. */
  name: string;
  id: string;
  attempt: Record<string, unknown>;
  /** Points lost against the total. */
  lost: number;
  /** Words the feedback must contain. */
  says?: string[];
}

const FIXTURES: Fixture[] = [
  // Same answer, other words (fair: full marks).
  { name: 'data "low" for limited and capitalised words, as auditors say them', id: 'em-hospital-pneumonia-day-two', attempt: { problems: 'Moderate', data: 'Low', risk: 'MODERATE', time: '99232', code: '99232' }, lost: 0 },
  { name: 'data "minimal or none", the AMA table\'s own wording', id: 'em-ankle-sprain-new-patient', attempt: { problems: 'low', data: 'Minimal or None', risk: 'low', code: '99203' }, lost: 0 },
  { name: 'data "none" for minimal', id: 'em-knee-pain-runner', attempt: { problems: 'low', data: 'none', risk: 'low', code: '99213' }, lost: 0 },
  { name: 'problems "straightforward" (the MDM level name of rank 1) for minimal', id: 'em-child-eye-tic', attempt: { problems: 'straightforward', data: 'limited', risk: 'minimal', code: '99202' }, lost: 0 },
  { name: 'extra spaces and the code as a JSON number', id: 'em-sore-throat-with-chronic', attempt: { problems: ' moderate ', data: 'moderate  ', risk: 'moderate', code: 99214 }, lost: 0 },
  { name: 'the code pasted with an invisible character after it', id: 'em-knee-pain-runner', attempt: { problems: 'low', data: 'minimal', risk: 'low', code: '99213\u200b' }, lost: 0 },
  { name: 'another level the author accepts (problems high for the post-MI visit)', id: 'em-post-mi-follow-up-time', attempt: { problems: 'high', data: 'limited', risk: 'moderate', time: '99213', code: '99214' }, lost: 0, says: ['also acceptable'] },
  { name: 'code by time when time beats MDM (42 minutes, 99215)', id: 'em-chronic-follow-up-time', attempt: { problems: 'moderate', data: 'moderate', risk: 'moderate', time: '99215', code: '99215' }, lost: 0 },
  // Subtly wrong (fair: loses the right points and says why).
  { name: 'levels right, code by MDM alone when 42 minutes supports 99215', id: 'em-chronic-follow-up-time', attempt: { problems: 'moderate', data: 'moderate', risk: 'moderate', time: '99215', code: '99214' }, lost: 2, says: ['your own element choices support 99215, not 99214'] },
  { name: '28 minutes rounded up to the 30-minute threshold of 99214', id: 'em-post-mi-follow-up-time', attempt: { problems: 'moderate', data: 'limited', risk: 'moderate', time: '99214', code: '99214' }, lost: 1, says: ['28 minutes meets or exceeds the 20-minute minimum of 99213, not the 30-minute minimum of 99214'] },
  { name: 'established-patient code for a new patient', id: 'em-ankle-sprain-new-patient', attempt: { problems: 'low', data: 'minimal', risk: 'low', code: '99213' }, lost: 2, says: ['the documentation supports 99203'] },
  { name: 'the x-ray the practice reads and bills counted again as data', id: 'em-ankle-sprain-new-patient', attempt: { problems: 'low', data: 'limited', risk: 'low', code: '99203' }, lost: 1, says: ['Data: you chose limited; the note supports minimal'] },
  { name: 'results of the provider\'s own admission orders counted again', id: 'em-hospital-pneumonia-day-two', attempt: { problems: 'moderate', data: 'moderate', risk: 'moderate', time: '99232', code: '99232' }, lost: 1, says: ['Data: you chose moderate; the note supports limited'] },
  { name: 'initial hospital code for a day-two visit', id: 'em-hospital-pneumonia-day-two', attempt: { problems: 'moderate', data: 'limited', risk: 'moderate', time: '99232', code: '99222' }, lost: 2, says: ['the documentation supports 99232'] },
  { name: 'a level word from another element ("limited" risk is read as low, which is wrong here)', id: 'em-sore-throat-with-chronic', attempt: { problems: 'moderate', data: 'moderate', risk: 'limited', code: '99214' }, lost: 1, says: ['Risk: you chose low; the note supports moderate'] },
  { name: 'a word that is no level at all scores as wrong and is shown as typed', id: 'em-sore-throat-with-chronic', attempt: { problems: 'moderate', data: 'moderate', risk: 'medium', code: '99214' }, lost: 1, says: ['Risk: you chose medium'] },
];

describe('E/M held-out attempts on the real exercises', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const r = grade(f.id, f.attempt);
    expect(r.total - r.earned, r.text).toBe(f.lost);
    for (const words of f.says ?? []) expect(r.text).toContain(words);
  });

  it('odd input is an attempt to grade or an invalid one, never a crash', () => {
    for (const input of [null, 42, 'moderate', [], { problems: 7, data: {}, risk: ['x'], code: '99214\u200b' }]) {
      expect(() => gradeEm(load('em-knee-pain-runner'), input as EmUserInput)).not.toThrow();
    }
    expect(gradeEm(load('em-knee-pain-runner'), null as unknown as EmUserInput)).toEqual({ type: 'invalid', reason: 'empty' });
  });
});
