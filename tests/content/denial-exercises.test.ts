import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { denialExerciseIds, loadDenialExercise, worklistOf } from '../../src/data/billing-exercises-node.ts';
import { checkDenialExercise } from '../../src/domain/denials/check-denial-exercise.ts';
import { splitDenialExercise } from '../../src/domain/denials/split-denial.ts';
import { scoreDenial } from '../../src/domain/denials/score-denial.ts';
import { describeDenialFinding } from '../../src/domain/denials/describe-denial.ts';
import { LETTER_PARTS } from '../../src/domain/denials/letter-parts.ts';
import { emptyLine, type DenialUserInput } from '../../src/domain/denials/denial-types.ts';
import { validateContent } from '../../src/domain/content/validate-content.ts';
import { contentRules } from '../../src/domain/content/content-rules.ts';
import type { DenialExercise } from '../../src/domain/denials/denial-exercise-schema.ts';
import type { DenialRubric } from '../../src/domain/denials/denial-types.ts';

const codes = loadCodeSetView();

/** The attempt the key describes (the payer claim number typed from the remittance). */
function keyAttempt(ex: DenialExercise, rubric: DenialRubric): DenialUserInput {
  const lines = Object.fromEntries(
    ex.claims.map((c) => {
      const r = rubric.lines.find((l) => l.id === c.id);
      return [c.id, { ...emptyLine(), cause: c.key.cause, action: c.key.action, appealLevel: c.key.appealLevel ?? '', appealDeadline: c.key.appealDeadline ?? '', writeOff: c.key.writeOff ?? '', payerClaimNumber: r?.payerClaimNumber ?? '' }];
    }),
  ) as DenialUserInput['lines'];
  const letter = Object.fromEntries(LETTER_PARTS.map((p) => [p, rubric.letter?.parts[p].correct ?? ''])) as DenialUserInput['letter'];
  return { lines, letter };
}

describe('denial management exercises', () => {
  it('has at least 10', () => {
    expect(denialExerciseIds().length).toBeGreaterThanOrEqual(10);
  });

  it('covers the actions issue 14 names', () => {
    const actions = new Set(denialExerciseIds().flatMap((id) => (loadDenialExercise(id) as { ok: true; data: DenialExercise }).data.claims.map((c) => c.key.action)));
    for (const a of ['replacement-claim', 'reopening', 'new-claim', 'appeal', 'write-off', 'bill-patient', 'bill-secondary']) expect(actions.has(a as never), a).toBe(true);
  });

  describe.each(denialExerciseIds())('%s', (id) => {
    const file = `content/exercises/denials/${id}.yaml`;
    const read = loadDenialExercise(id);
    it('parses against the schema', () => expect(read.ok ? '' : read.error).toBe(''));
    if (!read.ok) return;
    const ex = read.data;
    const worklist = worklistOf(ex);
    it('the teaching payer builds its worklist', () => expect(worklist.ok ? '' : worklist.error).toBe(''));
    if (!worklist.ok) return;
    const { rubric } = splitDenialExercise(id, ex, worklist.lines);

    it('agrees with what the teaching payer produced and the follow-up rules', () => {
      expect(checkDenialExercise(file, ex, worklist.lines)).toEqual([]);
    });

    it('every line is denied or short-paid', () => {
      for (const line of worklist.lines) expect(line.adjustments.length, line.id).toBeGreaterThan(0);
    });

    it('uses diagnosis codes valid on the date of service', () => {
      for (const c of ex.claims) for (const ch of c.changes.filter((x) => x.path.startsWith('diagnoses'))) expect(codes.checkIcd(String(ch.value), worklist.lines[0]?.advice.lines[0]?.date ?? '2026-10-01').status, String(ch.value)).toBe('valid');
    });

    it('the key scores full marks', () => {
      const score = scoreDenial(rubric, keyAttempt(ex, rubric));
      expect(score.type === 'points' && score.earned === score.total, JSON.stringify(score)).toBe(true);
    });

    it('an empty attempt is invalid', () => {
      expect(scoreDenial(rubric, { lines: {}, letter: {} })).toEqual({ type: 'invalid', reason: 'empty' });
    });

    const mistakes = ex.claims.flatMap((c) => c.mistakes.map((m) => ({ claim: c.id, ...m })));
    it.each(mistakes.map((m) => [m.description, m] as const))('mistake loses points with feedback: %s', (_d, m) => {
      const attempt = keyAttempt(ex, rubric);
      attempt.lines[m.claim] = { ...attempt.lines[m.claim]!, ...(m.change as object) } as never;
      const score = scoreDenial(rubric, attempt);
      if (score.type !== 'points') throw new Error('invalid');
      expect(score.earned).toBeLessThan(score.total);
      const lost = score.findings.filter((f) => !f.ok);
      expect(lost.length).toBeGreaterThan(0);
      for (const f of lost) expect(describeDenialFinding(f, rubric).length).toBeGreaterThan(30);
    });

    if (ex.appealLetter) {
      it('a wrong letter part loses its point', () => {
        const attempt = keyAttempt(ex, rubric);
        const wrong = ex.appealLetter!.reason.find((o) => !o.correct)!.id;
        const score = scoreDenial(rubric, { ...attempt, letter: { ...attempt.letter, reason: wrong } });
        expect(score.type === 'points' && score.total - score.earned).toBe(1);
      });
    }
  });

  it('a key that disagrees with the payer names file, field and fix', () => {
    const read = loadDenialExercise('medicare-timely-filing');
    if (!read.ok) throw new Error(read.error);
    const ex = { ...read.data, claims: read.data.claims.map((c) => ({ ...c, key: { ...c.key, writeOff: 'CO-45' } })) };
    const w = worklistOf(ex);
    if (!w.ok) throw new Error(w.error);
    expect(checkDenialExercise('content/exercises/denials/medicare-timely-filing.yaml', ex, w.lines)).toEqual([
      'content/exercises/denials/medicare-timely-filing.yaml: claims.0.key.writeOff: the remittance\'s adjustment is CO-29, the key says CO-45. Hint: set writeOff: CO-29.',
    ]);
  });

  it('a typo in a field is caught by the content check', () => {
    const text = readFileSync(join(REPO_ROOT, 'content/exercises/denials/medicare-timely-filing.yaml'), 'utf8').replace('worklistDate:', 'worklistDat:');
    const errors = validateContent([{ path: 'content/exercises/denials/medicare-timely-filing.yaml', text }], contentRules);
    expect(errors.join('\n')).toMatch(/medicare-timely-filing\.yaml.*worklistDat/);
  });
});

describe('denial page data', () => {
  it.each(denialExerciseIds())('%s: holds no key, no rule id, no next steps and no letter verdicts', (id) => {
    const read = loadDenialExercise(id);
    if (!read.ok) throw new Error(read.error);
    const w = worklistOf(read.data);
    if (!w.ok) throw new Error(w.error);
    const json = JSON.stringify(splitDenialExercise(id, read.data, w.lines).publicData);
    for (const word of ['"key"', '"rule"', '"correct"', '"why"', '"writeOff"', '"mistakes"', '"nextSteps"']) expect(json).not.toContain(word);
  });
});
