import { z } from 'zod';
import { certificationSchema, kebabIdSchema } from '../content/lesson-schema.ts';
import { isoDateSchema, patientSchema } from '../exercises/coding-exercise-schema.ts';
import { adaptedSourceSchema } from '../content/adapted-source-schema.ts';
import { codeChoices, codeForMinutes, codeForRank, codeOrder, dataRank, EM_FAMILIES, ELEMENT_LEVELS, familyCodes, MDM_ELEMENTS, mdmRank, rankOf, timeAllowed, type ElementLevel, type EmFamily } from './em-table.ts';
import { primaryTopicField } from '../blueprints/topic-field.ts';

/**
 * Schema of an E/M levelling exercise (content/exercises/em/<id>.yaml), the sibling of the coding
 * exercise. The rubric is checked against the MDM table itself: the data level must follow from
 * its tally, and the key code must follow from the elements (two of three) or the total time.
 */

/** The E/M family the visit belongs to. */
export const emFamilySchema = z.enum(EM_FAMILIES).describe('E/M family: office-new, office-established, hospital-initial, hospital-subsequent, emergency, nursing-initial, nursing-subsequent, home-new or home-established.');

/** Where the adapted note comes from (CC BY 4.0 credit). */
export const emSourceSchema = adaptedSourceSchema;

/** The scenario. */
export const emCaseSchema = z
  .object({
    /** The E/M family, which decides the codes and time thresholds. */
    family: emFamilySchema,
    /** Date of service, FY2027 (2026-10-01) or later for new cases. */
    dateOfService: isoDateSchema,
    /** Patient demographics. */
    patient: patientSchema,
    /** Total minutes the reporting provider spent on the date; only when the note documents it. */
    totalMinutes: z.number().int().min(1).max(600).optional().describe('Total time on the date documented in the note, in minutes; omit when not documented. With timeInParts, the total of the parts that count.'),
    /** The note gives time in parts (two visits, two practitioners, travel) that the learner adds up. */
    timeInParts: z.boolean().optional().describe('true when the note gives time in parts for the learner to add up (two visits on one date, a split/shared visit, travel that does not count); the page then hides totalMinutes until grading. Needs totalMinutes.'),
    /** The visit note the student levels. */
    note: z.string().min(200, { error: 'is too short: write a realistic note of 80-350 words' }).describe('The visit note (80-350 words).'),
  })
  .strict()
  .describe('The visit to level.');

const why = z.string().min(20).describe('What in the note supports this level, citing the rule.');

/** Another level a competent coder could defensibly give an element, with the reason. */
const acceptSchema = <T extends readonly [string, ...string[]]>(levels: T) =>
  z
    .array(
      z
        .object({
          /** The also-acceptable level. */
          level: z.enum(levels).describe('The other level accepted for full credit.'),
          /** Why it is defensible. */
          why: z.string().min(20).describe('Why this level is also defensible (definition, auditor practice).'),
        })
        .strict(),
    )
    .max(2)
    .optional()
    .describe('Other defensible levels for this element; accepted only when they do not change the visit code.');

/** Data tally by category; the data level must follow from it. */
export const dataTallySchema = z
  .object({
    /** Unique external sources whose notes were reviewed. */
    externalNotes: z.number().int().min(0).max(20).describe('Category 1: unique external sources of notes reviewed.'),
    /** Unique tests whose results were reviewed (not ones counted when ordered). */
    resultsReviewed: z.number().int().min(0).max(20).describe('Category 1: unique test results reviewed that were not ordered (and counted) by this provider.'),
    /** Unique tests ordered. */
    testsOrdered: z.number().int().min(0).max(20).describe('Category 1: unique tests ordered at this visit.'),
    /** Independent historian. */
    independentHistorian: z.boolean().describe('An assessment needed an independent historian.'),
    /** Independent interpretation. */
    independentInterpretation: z.boolean().describe("Category 2: the provider's own interpretation of a test performed by another physician or QHP, not separately reported by this provider."),
    /** Discussion with an external source. */
    discussion: z.boolean().describe('Category 3: discussion of management or results with an external physician or appropriate source.'),
  })
  .strict()
  .describe('The data element counted by category.');

/** The answer key: one level per element, with what supports it. */
export const emAnswerSchema = z
  .object({
    /** Problems addressed. */
    problems: z.object({ level: z.enum(ELEMENT_LEVELS.problems).describe('minimal, low, moderate or high.'), why, accept: acceptSchema(ELEMENT_LEVELS.problems) }).strict().describe('Number and complexity of problems addressed.'),
    /** Data reviewed and analysed. */
    data: z.object({ level: z.enum(ELEMENT_LEVELS.data).describe('minimal, limited, moderate or extensive.'), tally: dataTallySchema, why, accept: acceptSchema(ELEMENT_LEVELS.data) }).strict().describe('Amount and complexity of data reviewed and analysed.'),
    /** Risk of patient management. */
    risk: z.object({ level: z.enum(ELEMENT_LEVELS.risk).describe('minimal, low, moderate or high.'), why, accept: acceptSchema(ELEMENT_LEVELS.risk) }).strict().describe('Risk of complications of patient management.'),
    /** The code to report, with why (MDM or time). */
    code: z.object({ code: z.string().regex(/^99\d{3}$/, { error: 'must be a quoted E/M code such as "99214"' }).describe('The E/M code to report.'), why }).strict().describe('The visit code and how it follows.'),
  })
  .strict()
  .describe('The answer key.');

/** What a common mistake looks like: one element levelled wrong, or the wrong code. */
export const emMistakeSchema = z
  .object({
    /** The element the student got wrong, or "code". */
    element: z.enum(['problems', 'data', 'risk', 'time', 'code']).describe('problems, data, risk, time or code.'),
    /** The level (or, for time and code, the E/M code) the student chose. */
    chose: z.string().min(1).describe('The level word the student chose (e.g. "moderate"), or for time and code an E/M code such as "99215".'),
    /** Feedback shown when the student makes this choice. */
    feedback: z.string().min(20).describe('Feedback shown for this choice: what the rule says and what the note shows.'),
  })
  .strict()
  .describe('A common mistake with targeted feedback.');

/** An E/M levelling exercise. */
export const emExerciseSchema = z
  .object({
    /** Kebab-case id, equal to the file name. */
    id: kebabIdSchema.describe('Kebab-case id, equal to the file name without .yaml.'),
    /** Title. */
    title: z.string().min(3).max(100).describe('Title shown on the exercise page.'),
    /** One line for lists; never the answer. */
    summary: z.string().min(10).max(200).describe('One line shown in lists; must not give away the level or code.'),
    /** Difficulty. */
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']).describe('beginner, intermediate or advanced.'),
    /** Topic tags. */
    topics: z.array(kebabIdSchema).min(1).describe('Topic tags, kebab-case.'),
    /** The one topic the readiness map counts the exercise under. */
    topic: primaryTopicField,
    /** Certifications served. */
    certifications: z.array(certificationSchema).min(1).describe('Certifications this exercise prepares for.'),
    /** Credit for a note adapted from ACI-BENCH; omit for an original note. */
    source: emSourceSchema.optional(),
    /** The visit. */
    case: emCaseSchema,
    /** The key. */
    answer: emAnswerSchema,
    /** One to six common mistakes. */
    mistakes: z.array(emMistakeSchema).min(1).max(6).describe('One to six common mistakes with feedback.'),
    /** Walk-through. */
    rationale: z.string().min(40).describe('Plain-language walk-through of the levelling.'),
  })
  .strict()
  .superRefine((ex, ctx) => {
    const family = ex.case.family;
    const tallied = dataRank(ex.answer.data.tally);
    if (tallied !== rankOf('data', ex.answer.data.level)) {
      ctx.addIssue({ code: 'custom', path: ['answer', 'data', 'level'], message: `"${ex.answer.data.level}" does not follow from the tally, which supports "${ELEMENT_LEVELS.data[tallied - 1]}"; fix the level or the tally` });
    }
    if (ex.case.timeInParts === true && ex.case.totalMinutes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['case', 'timeInParts'], message: 'needs case.totalMinutes: the total of the parts that count' });
    }
    if (ex.case.totalMinutes !== undefined && !timeAllowed(family)) {
      ctx.addIssue({ code: 'custom', path: ['case', 'totalMinutes'], message: 'emergency department visits are levelled by MDM only; remove totalMinutes' });
    }
    const expected = keyCode(family, ex.answer, ex.case.totalMinutes);
    if (ex.answer.code.code !== expected) {
      ctx.addIssue({ code: 'custom', path: ['answer', 'code', 'code'], message: `${ex.answer.code.code} does not follow from the elements${ex.case.totalMinutes === undefined ? '' : ' and the time'}: they support ${expected}` });
    }
    for (const element of MDM_ELEMENTS) {
      (ex.answer[element].accept ?? []).forEach((alt, i) => {
        if (alt.level === ex.answer[element].level) ctx.addIssue({ code: 'custom', path: ['answer', element, 'accept', i, 'level'], message: `"${alt.level}" is already the key's level` });
      });
    }
    // Every combination of accepted levels must keep the key code, or a learner could earn every element point and still be told the code is wrong.
    for (const combo of acceptedCombinations(ex.answer)) {
      const swapped = keyCode(family, { problems: { level: combo.problems }, data: { level: combo.data }, risk: { level: combo.risk } }, ex.case.totalMinutes);
      if (swapped !== expected) {
        const changed = MDM_ELEMENTS.filter((e) => combo[e] !== ex.answer[e].level);
        ctx.addIssue({ code: 'custom', path: ['answer', changed[0] ?? 'problems', 'accept'], message: `accepting ${changed.map((e) => `${e} "${combo[e]}"`).join(' with ')} would change the code to ${swapped}; accept only levels that keep ${expected}, or rethink the key` });
      }
    }
    ex.mistakes.forEach((m, i) => {
      const allowed = m.element === 'code' ? codeChoices(family).flatMap((c) => c.codes) : m.element === 'time' ? [...familyCodes(family), 'none'] : (ELEMENT_LEVELS[m.element] as readonly string[]);
      if (m.element === 'time' && ex.case.totalMinutes === undefined) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'element'], message: 'the case documents no total time; add case.totalMinutes or pick another element' });
      if (!allowed.includes(m.chose)) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'chose'], message: `"${m.chose}" is not a choice for ${m.element}; use one of ${allowed.join(', ')}` });
      const key = m.element === 'code' ? ex.answer.code.code : m.element === 'time' ? (ex.case.totalMinutes === undefined ? undefined : (codeForMinutes(family, ex.case.totalMinutes) ?? 'none')) : ex.answer[m.element].level;
      const accepted = m.element === 'problems' || m.element === 'data' || m.element === 'risk' ? (ex.answer[m.element].accept ?? []).map((a) => a.level as string) : [];
      if (accepted.includes(m.chose)) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'chose'], message: `"${m.chose}" is an accepted level for ${m.element}, not a mistake` });
      if (key === m.chose) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'chose'], message: `"${m.chose}" is the key's own answer, not a mistake` });
    });
  })
  .describe('A ClaimLab E/M levelling exercise.');

/** A parsed E/M exercise (the rubric: holds the answers). */
export type EmExercise = z.infer<typeof emExerciseSchema>;
/** The answer key. */
export type EmAnswer = z.infer<typeof emAnswerSchema>;
/** A common mistake. */
export type EmMistake = z.infer<typeof emMistakeSchema>;

/**
 * The code the key's elements and time support: the MDM code from two of three, or the time code
 * when it is higher (the provider may use whichever method supports the visit better).
 */
export function keyCode(family: EmFamily, answer: { problems: { level: ElementLevel<'problems'> }; data: { level: ElementLevel<'data'> }; risk: { level: ElementLevel<'risk'> } }, totalMinutes: number | undefined): string {
  const mdm = codeForRank(family, mdmRank(rankOf('problems', answer.problems.level), rankOf('data', answer.data.level), rankOf('risk', answer.risk.level)));
  const byTime = totalMinutes === undefined || !timeAllowed(family) ? undefined : codeForMinutes(family, totalMinutes);
  return byTime !== undefined && codeOrder(family, byTime) > codeOrder(family, mdm) ? byTime : mdm;
}

export { keyTimeChoice } from './key-time.ts';

/** The attempt: one choice per element and the code. Anything missing is reported by validateEm. */
export const emUserInputSchema = z
  .object({
    problems: z.string().optional().describe('Level chosen for problems.'),
    data: z.string().optional().describe('Level chosen for data.'),
    risk: z.string().optional().describe('Level chosen for risk.'),
    time: z.string().optional().describe('Code the documented time supports, or "none".'),
    code: z.string().optional().describe('The E/M code chosen.'),
  })
  .describe('A student attempt at an E/M levelling exercise.');

/** A student attempt. */
export type EmUserInput = z.infer<typeof emUserInputSchema>;

type LevelCombo = { problems: ElementLevel<'problems'>; data: ElementLevel<'data'>; risk: ElementLevel<'risk'> };

/** Every mix of key and accepted levels other than the key itself. */
function acceptedCombinations(answer: EmAnswer): LevelCombo[] {
  const options = <E extends 'problems' | 'data' | 'risk'>(e: E): ElementLevel<E>[] => [answer[e].level as ElementLevel<E>, ...(answer[e].accept ?? []).map((a) => a.level as ElementLevel<E>)];
  const combos: LevelCombo[] = [];
  for (const problems of options('problems')) for (const data of options('data')) for (const risk of options('risk')) combos.push({ problems, data, risk });
  return combos.slice(1);
}
