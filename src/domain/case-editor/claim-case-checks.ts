import type { CodeSetView } from '../codes/types.ts';
import { applyChanges } from '../claims/apply-changes.ts';
import type { ClaimExercise } from '../claims/claim-exercise-schema.ts';
import { describeFinding } from '../claims/describe.ts';
import { gradeClaim } from '../claims/grade.ts';
import { RULE_IDS } from '../claims/rules/index.ts';
import { scrubClaim } from '../claims/scrub.ts';
import { TEACHING_EDITS } from '../claims/teaching-edits.ts';

/**
 * The checks tests/content/claim-exercises.test.ts runs on every claim case, for the case
 * editor: the answer claim scrubs without errors, grades itself at 100%, and each common
 * mistake costs points and is flagged by the rule it names. One line per problem, naming the
 * field and the fix. `asOf` is today (the domain never reads the clock).
 */
export function claimCaseProblems(file: string, exercise: ClaimExercise, codes: CodeSetView, asOf: string): string[] {
  const context = { codes, asOf, edits: TEACHING_EDITS };
  const problems: string[] = [];
  for (const f of scrubClaim(exercise.answer, context).findings.filter((x) => x.severity === 'error')) {
    problems.push(`${file}: answer: the answer claim fails the scrubber: ${describeFinding(f)} Fix: correct the answer claim; students are graded against it.`);
  }
  const self = gradeClaim(exercise.answer, exercise.answer, exercise.weights);
  if (self.type !== 'points' || self.percent !== 100) problems.push(`${file}: answer: graded against itself, the answer claim does not score 100%. Fix: fill every item the grader needs.`);
  exercise.commonMistakes.forEach((mistake, i) => {
    const where = `${file}: commonMistakes[${i}]`;
    if (mistake.rule !== 'grade' && !RULE_IDS.includes(mistake.rule)) {
      problems.push(`${where}.rule: "${mistake.rule}" is not a scrubber rule. Hint: use "grade" or one of: ${RULE_IDS.join(', ')}.`);
      return;
    }
    const wrong = applyChanges(exercise.answer, mistake.changes);
    const grade = gradeClaim(wrong, exercise.answer, exercise.weights);
    if (grade.type === 'points' && grade.percent >= 100) problems.push(`${where}.changes: a claim with this mistake still scores 100%. Fix: change what the mistake is about (the path or the value).`);
    if (mistake.rule === 'grade') return;
    const hits = scrubClaim(wrong, context).findings.filter((f) => f.rule === mistake.rule && (mistake.code === undefined || f.code === mistake.code));
    if (hits.length === 0) problems.push(`${where}.rule: the scrubber rule ${mistake.rule}${mistake.code ? `/${mistake.code}` : ''} does not flag this mistake. Fix: name the rule that catches it, or "grade" when only grading does.`);
  });
  return problems;
}

/** The codes a claim case's checks need loaded (diagnoses and line codes). */
export function claimCodesToLoad(exercise: ClaimExercise): string[] {
  return [...exercise.answer.diagnoses, ...exercise.answer.lines.map((l) => l.procedure)];
}
