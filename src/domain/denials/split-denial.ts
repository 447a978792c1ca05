import { describeAdjustment } from '../remittance/describe.ts';
import type { DenialExercise } from './denial-exercise-schema.ts';
import { LETTER_PARTS, type LetterPart } from './letter-parts.ts';
import type { DenialRubric } from './denial-types.ts';
import type { WorklistLine } from './build-worklist.ts';

/** An adjustment as the page shows it: worded at build, without the payer rule id (that would name the cause). */
export interface PublicAdjustment {
  group: string;
  carc: string;
  amountCents: number;
  text: string;
}

/** A worklist line as the page gets it. */
export type PublicWorklistLine = Omit<WorklistLine, 'adjustments' | 'advice'> & { adjustments: PublicAdjustment[]; advice: Omit<WorklistLine['advice'], 'nextSteps'> };

/** What the page may show before an attempt: the worklist and the letter's options, no answers. */
export interface DenialPublicData {
  id: string;
  title: string;
  summary: string;
  worklistDate: string;
  lines: PublicWorklistLine[];
  letter?: { forClaim: string; parts: Record<LetterPart, { id: string; text: string }[]> } | undefined;

}

/**
 * The payer claim number a replacement of this line must name in item 22: the claim on the
 * remittance, except for a duplicate (CARC 18), whose correction replaces the claim the payer
 * already processed, the one the duplicate denial names, not the duplicate just denied.
 */
export function claimToReplace(line: WorklistLine | undefined): string {
  const adj = line?.adjustments[0];
  const original = adj?.rule === 'duplicate' ? adj.data.original : undefined;
  return typeof original === 'string' && original ? original : line?.advice.payerClaimNumber ?? '';
}

/** Splits an exercise and its generated worklist into the public page data and the rubric (key.json). */
export function splitDenialExercise(id: string, exercise: DenialExercise, lines: WorklistLine[]): { publicData: DenialPublicData; rubric: DenialRubric } {
  const letter = exercise.appealLetter;
  const publicData: DenialPublicData = {
    id,
    title: exercise.title,
    summary: exercise.summary,
    worklistDate: exercise.worklistDate,
    // nextSteps would name the action the student must choose, so it stays out of the page.
    lines: lines.map(({ advice: { nextSteps: _steps, ...advice }, ...l }) => ({ ...l, advice, adjustments: l.adjustments.map((a) => ({ group: a.group, carc: a.carc, amountCents: a.amountCents, text: describeAdjustment(a) })) })),
    letter: letter ? { forClaim: letter.forClaim, parts: Object.fromEntries(LETTER_PARTS.map((p) => [p, letter[p].map(({ id: optionId, text }) => ({ id: optionId, text }))])) as Record<LetterPart, { id: string; text: string }[]> } : undefined,
  };
  const rubric: DenialRubric = {
    lines: exercise.claims.map((item) => {
      const line = lines.find((l) => l.id === item.id);
      const adj = line?.adjustments[0];
      return { id: item.id, key: item.key, payerClaimNumber: claimToReplace(line), payerKind: line?.payerKind ?? '', adjustment: adj ? { group: adj.group, carc: adj.carc, text: describeAdjustment(adj) } : undefined };
    }),
    letter: letter
      ? { forClaim: letter.forClaim, parts: Object.fromEntries(LETTER_PARTS.map((p) => [p, { correct: letter[p].find((o) => o.correct)?.id ?? '', why: Object.fromEntries(letter[p].map((o) => [o.id, o.why])) }])) as NonNullable<DenialRubric['letter']>['parts'] }
      : undefined,
  };
  return { publicData, rubric: { ...rubric, teachingPoints: exercise.teachingPoints } };
}
