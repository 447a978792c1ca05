import { z } from 'zod';
import { certificationSchema, kebabIdSchema } from '../content/lesson-schema.ts';
import { isoDateSchema, patientSchema } from '../exercises/coding-exercise-schema.ts';
import { adaptedSourceSchema } from '../content/adapted-source-schema.ts';
import { codeChoices, codeForMinutes, codeForRank, codeOrder, dataRank, EM_FAMILIES, ELEMENT_LEVELS, MDM_ELEMENTS, mdmRank, rankOf, timeAllowed, usesMdm, type ElementLevel, type EmFamily } from './em-table.ts';
import { addOnChoices, expectedAddOn, MEDICARE_UNGRADED_ADD_ONS, PAYER_RULES } from './add-on-rules.ts';
import { levelFamily, timeCodes } from './key-time.ts';
import { primaryTopicField } from '../blueprints/topic-field.ts';

/**
 * Schema of an E/M levelling exercise (content/exercises/em/<id>.yaml), the sibling of the coding
 * exercise. The rubric is checked against the MDM table itself: the data level must follow from
 * its tally, and the key code must follow from the elements (two of three) or the total time.
 */

/** The E/M family the visit belongs to. */
export const emFamilySchema = z.enum(EM_FAMILIES).describe('E/M family: office-new, office-established, hospital-initial, hospital-subsequent, emergency, nursing-initial, nursing-subsequent, home-new, home-established, hospital-same-day, hospital-discharge, consult-office, consult-inpatient or critical-care.');

/** Where the adapted note comes from (CC BY 4.0 credit). */
export const emSourceSchema = adaptedSourceSchema;

/** The scenario. */
export const emCaseSchema = z
  .object({
    /** The E/M family, which decides the codes and time thresholds. */
    family: emFamilySchema,
    /** Whose counting rules apply: Medicare's or CPT's (most commercial plans). */
    payer: z.enum(PAYER_RULES).optional().describe("Whose rules apply: medicare, or cpt (a payer that follows CPT, as most commercial plans do). Decides add-on counting (99292, prolonged services) and whether consultation codes are paid. Omit when the payer changes nothing."),
    /** The family the visit is billed under when the payer does not take the family's codes. */
    reportAs: emFamilySchema.optional().describe('The family the claim uses when the payer does not pay the visit family itself: a Medicare consultation is reported as an office (office-new, office-established) or hospital (hospital-initial, hospital-subsequent) visit. Its codes and time thresholds then set the key.'),
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
    /** Problems addressed (omitted in time-only families). */
    problems: z.object({ level: z.enum(ELEMENT_LEVELS.problems).describe('minimal, low, moderate or high.'), why, accept: acceptSchema(ELEMENT_LEVELS.problems) }).strict().optional().describe('Number and complexity of problems addressed. Required when MDM levels the family; omit for discharge day management and critical care, which time alone decides.'),
    /** Data reviewed and analysed (omitted in time-only families). */
    data: z.object({ level: z.enum(ELEMENT_LEVELS.data).describe('minimal, limited, moderate or extensive.'), tally: dataTallySchema, why, accept: acceptSchema(ELEMENT_LEVELS.data) }).strict().optional().describe('Amount and complexity of data reviewed and analysed. Required when MDM levels the family; omit for discharge day management and critical care.'),
    /** Risk of patient management (omitted in time-only families). */
    risk: z.object({ level: z.enum(ELEMENT_LEVELS.risk).describe('minimal, low, moderate or high.'), why, accept: acceptSchema(ELEMENT_LEVELS.risk) }).strict().optional().describe('Risk of complications of patient management. Required when MDM levels the family; omit for discharge day management and critical care.'),
    /** The code to report, with why (MDM or time). */
    code: z.object({ code: z.string().regex(/^99\d{3}$/, { error: 'must be a quoted E/M code such as "99214"' }).describe('The E/M code to report.'), why }).strict().describe('The visit code and how it follows.'),
    /** The time add-on to report with the code, or "none"; graded when present. */
    addOn: z
      .object({
        /** The add-on code, or none. */
        code: z.string().regex(/^(?:99\d{3}|G\d{4}|none)$/, { error: 'must be a quoted add-on code such as "99292" or "G2212", or none' }).describe('The add-on code (99292, 99417, 99418, G2212) or none.'),
        /** Units of the add-on (0 with none). */
        units: z.number().int().min(0).max(12).describe('Units of the add-on; 0 when code is none.'),
        why,
      })
      .strict()
      .optional()
      .describe("The time add-on the documented minutes and the payer's counting support, or none; when present the learner is graded on the add-on and its units. The schema checks it against the counting rules in src/domain/em/add-on-rules.ts."),
  })
  .strict()
  .describe('The answer key.');

/** What a common mistake looks like: one element levelled wrong, or the wrong code. */
export const emMistakeSchema = z
  .object({
    /** The element the student got wrong, or "code". */
    element: z.enum(['problems', 'data', 'risk', 'time', 'code', 'addOn', 'addOnUnits']).describe('problems, data, risk, time, code, addOn or addOnUnits.'),
    /** The level (or, for time and code, the E/M code) the student chose. */
    chose: z.string().min(1).describe('The level word the student chose (e.g. "moderate"); for time and code an E/M code such as "99215"; for addOn an add-on code or none; for addOnUnits a number of units such as "2".'),
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
    const family = levelFamily(ex.case);
    const a = ex.answer;
    if (ex.case.reportAs !== undefined) {
      const consult = ex.case.family === 'consult-office' || ex.case.family === 'consult-inpatient';
      if (!consult || ex.case.payer !== 'medicare') ctx.addIssue({ code: 'custom', path: ['case', 'reportAs'], message: 'is only for a consultation on a Medicare case (payer: medicare), which is reported as an office or hospital visit; remove it' });
      else if (!codeChoices(ex.case.family).some((c) => c.family === ex.case.reportAs) || ex.case.reportAs === ex.case.family) ctx.addIssue({ code: 'custom', path: ['case', 'reportAs'], message: `use one of ${codeChoices(ex.case.family).map((c) => c.family).filter((f) => f !== ex.case.family).join(', ')}` });
    } else if ((ex.case.family === 'consult-office' || ex.case.family === 'consult-inpatient') && ex.case.payer === 'medicare') {
      ctx.addIssue({ code: 'custom', path: ['case', 'reportAs'], message: 'is needed: Medicare does not pay consultation codes, so name the office or hospital visit family the claim uses' });
    }
    if (usesMdm(family)) {
      for (const element of MDM_ELEMENTS) if (a[element] === undefined) ctx.addIssue({ code: 'custom', path: ['answer', element], message: `is needed: MDM levels ${family} visits; rate the element with a why` });
    } else {
      for (const element of MDM_ELEMENTS) if (a[element] !== undefined) ctx.addIssue({ code: 'custom', path: ['answer', element], message: `remove it: ${family} is chosen by time alone, so MDM elements are not levelled` });
      if (ex.case.totalMinutes === undefined) ctx.addIssue({ code: 'custom', path: ['case', 'totalMinutes'], message: `is needed: ${family} is chosen by time alone` });
    }
    if (a.data !== undefined) {
      const tallied = dataRank(a.data.tally);
      if (tallied !== rankOf('data', a.data.level)) {
        ctx.addIssue({ code: 'custom', path: ['answer', 'data', 'level'], message: `"${a.data.level}" does not follow from the tally, which supports "${ELEMENT_LEVELS.data[tallied - 1]}"; fix the level or the tally` });
      }
    }
    if (ex.case.timeInParts === true && ex.case.totalMinutes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['case', 'timeInParts'], message: 'needs case.totalMinutes: the total of the parts that count' });
    }
    if (ex.case.totalMinutes !== undefined && !timeAllowed(family)) {
      ctx.addIssue({ code: 'custom', path: ['case', 'totalMinutes'], message: 'emergency department visits are levelled by MDM only; remove totalMinutes' });
    }
    const expected = keyCode(family, a, ex.case.totalMinutes);
    if (a.code.code !== expected) {
      ctx.addIssue({ code: 'custom', path: ['answer', 'code', 'code'], message: `${a.code.code} does not follow from the ${usesMdm(family) ? 'elements' : ''}${ex.case.totalMinutes === undefined ? '' : usesMdm(family) ? ' and the time' : 'time'}: ${expected === '' ? 'they support no code of this family' : `they support ${expected}`}` });
    }
    const addOnKey = keyAddOn(ex);
    const ungraded = ex.case.payer === 'medicare' ? MEDICARE_UNGRADED_ADD_ONS[a.code.code] : undefined;
    if (a.addOn !== undefined && ungraded !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['answer', 'addOn'], message: `remove it: Medicare's prolonged code for ${a.code.code} is ${ungraded}, which the grader does not count yet; explain it in the rationale instead` });
    } else if (a.addOn !== undefined) {
      const got = a.addOn.code === 'none' ? 'none' : `${a.addOn.code} x ${a.addOn.units}`;
      const want = addOnKey === undefined ? 'none' : `${addOnKey.code} x ${addOnKey.units}`;
      if (a.addOn.code === 'none' && a.addOn.units !== 0) ctx.addIssue({ code: 'custom', path: ['answer', 'addOn', 'units'], message: 'must be 0 when the add-on is none' });
      else if (got !== want) ctx.addIssue({ code: 'custom', path: ['answer', 'addOn'], message: `${got} does not follow from ${ex.case.totalMinutes ?? 'no'} minutes under ${ex.case.payer ?? 'cpt'} counting: it supports ${want}` });
    } else if (addOnKey !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['answer', 'addOn'], message: `is needed: ${ex.case.totalMinutes ?? '?'} minutes under ${ex.case.payer ?? 'cpt'} counting support ${addOnKey.code} x ${addOnKey.units}; add the add-on (or set case.payer when another payer's counting applies)` });
    }
    for (const element of MDM_ELEMENTS) {
      (a[element]?.accept ?? []).forEach((alt, i) => {
        if (alt.level === a[element]?.level) ctx.addIssue({ code: 'custom', path: ['answer', element, 'accept', i, 'level'], message: `"${alt.level}" is already the key's level` });
      });
    }
    // Every combination of accepted levels must keep the key code, or a learner could earn every element point and still be told the code is wrong.
    for (const combo of acceptedCombinations(a)) {
      const swapped = keyCode(family, { problems: { level: combo.problems }, data: { level: combo.data }, risk: { level: combo.risk } }, ex.case.totalMinutes);
      if (swapped !== expected) {
        const changed = MDM_ELEMENTS.filter((e) => combo[e] !== a[e]?.level);
        ctx.addIssue({ code: 'custom', path: ['answer', changed[0] ?? 'problems', 'accept'], message: `accepting ${changed.map((e) => `${e} "${combo[e]}"`).join(' with ')} would change the code to ${swapped}; accept only levels that keep ${expected}, or rethink the key` });
      }
    }
    ex.mistakes.forEach((m, i) => {
      const allowed = mistakeChoices(ex, m.element);
      if (m.element === 'time' && ex.case.totalMinutes === undefined) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'element'], message: 'the case documents no total time; add case.totalMinutes or pick another element' });
      if ((m.element === 'addOn' || m.element === 'addOnUnits') && a.addOn === undefined) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'element'], message: 'the key has no add-on; add answer.addOn or pick another element' });
      if ((m.element === 'problems' || m.element === 'data' || m.element === 'risk') && a[m.element] === undefined) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'element'], message: `${family} is chosen by time alone; pick time, code or an add-on element` });
      else if (allowed !== undefined && !allowed.includes(m.chose)) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'chose'], message: `"${m.chose}" is not a choice for ${m.element}; use one of ${allowed.join(', ')}` });
      if (m.element === 'addOnUnits' && !/^[1-9]\d?$/.test(m.chose)) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'chose'], message: `"${m.chose}" is not a number of units; write a whole number such as "2"` });
      const key = mistakeKey(ex, m.element);
      const accepted = m.element === 'problems' || m.element === 'data' || m.element === 'risk' ? (a[m.element]?.accept ?? []).map((x) => x.level as string) : [];
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
export function keyCode(family: EmFamily, answer: { problems?: { level: ElementLevel<'problems'> } | undefined; data?: { level: ElementLevel<'data'> } | undefined; risk?: { level: ElementLevel<'risk'> } | undefined }, totalMinutes: number | undefined): string {
  if (!usesMdm(family)) return totalMinutes === undefined ? '' : (codeForMinutes(family, totalMinutes) ?? '');
  if (answer.problems === undefined || answer.data === undefined || answer.risk === undefined) return '';
  const mdm = codeForRank(family, mdmRank(rankOf('problems', answer.problems.level), rankOf('data', answer.data.level), rankOf('risk', answer.risk.level)));
  const byTime = totalMinutes === undefined || !timeAllowed(family) ? undefined : codeForMinutes(family, totalMinutes);
  return byTime !== undefined && codeOrder(family, byTime) > codeOrder(family, mdm) ? byTime : mdm;
}

export { keyTimeChoice, levelFamily } from './key-time.ts';

/** The add-on the key's code, the documented time and the payer's counting support (undefined: none). */
export function keyAddOn(ex: Pick<EmExercise, 'case' | 'answer'>): { code: string; units: number } | undefined {
  const family = levelFamily(ex.case);
  const minutes = ex.case.totalMinutes;
  const timeChose = minutes !== undefined && timeAllowed(family) && codeForMinutes(family, minutes) === ex.answer.code.code;
  return expectedAddOn(ex.answer.code.code, minutes, ex.case.payer ?? 'cpt', timeChose);
}

/** The choices a mistake may name for an element (undefined: any whole number, for units). */
function mistakeChoices(ex: EmExercise, element: EmMistake['element']): string[] | undefined {
  switch (element) {
    case 'code':
      return codeChoices(ex.case.family).flatMap((c) => c.codes);
    case 'time':
      return [...timeCodes(ex.case), 'none'];
    case 'addOn':
      return [...addOnChoices(codeChoices(ex.case.family).map((c) => c.family)), 'none'];
    case 'addOnUnits':
      return undefined;
    default:
      return [...ELEMENT_LEVELS[element]];
  }
}

/** The key's own answer for an element, as a mistake would name it. */
function mistakeKey(ex: EmExercise, element: EmMistake['element']): string | undefined {
  switch (element) {
    case 'code':
      return ex.answer.code.code;
    case 'time':
      return ex.case.totalMinutes === undefined ? undefined : (codeForMinutes(levelFamily(ex.case), ex.case.totalMinutes) ?? 'none');
    case 'addOn':
      return ex.answer.addOn?.code;
    case 'addOnUnits':
      return ex.answer.addOn === undefined ? undefined : String(ex.answer.addOn.units);
    default:
      return ex.answer[element]?.level;
  }
}

/** A typed choice: text, or a JSON number (a code such as 99214, units such as 2) read as its text, as the grader reads it. */
const typedChoice = (description: string) => z.union([z.string(), z.number().transform(String)]).optional().describe(description);

/** The attempt: one choice per element and the code. Anything missing is reported by validateEm. */
export const emUserInputSchema = z
  .object({
    problems: typedChoice('Level chosen for problems.'),
    data: typedChoice('Level chosen for data.'),
    risk: typedChoice('Level chosen for risk.'),
    time: typedChoice('Code the documented time supports, or "none".'),
    code: typedChoice('The E/M code chosen.'),
    addOn: typedChoice('The add-on code chosen, or "none" (only when the exercise grades an add-on).'),
    addOnUnits: typedChoice('Units of the add-on chosen, as a whole number (not needed with "none").'),
  })
  .describe('A student attempt at an E/M levelling exercise.');

/** A student attempt. */
export type EmUserInput = z.infer<typeof emUserInputSchema>;

type LevelCombo = { problems: ElementLevel<'problems'>; data: ElementLevel<'data'>; risk: ElementLevel<'risk'> };

/** Every mix of key and accepted levels other than the key itself. */
function acceptedCombinations(answer: EmAnswer): LevelCombo[] {
  if (answer.problems === undefined || answer.data === undefined || answer.risk === undefined) return [];
  const options = <E extends 'problems' | 'data' | 'risk'>(e: E): ElementLevel<E>[] => [answer[e]!.level as ElementLevel<E>, ...(answer[e]!.accept ?? []).map((a) => a.level as ElementLevel<E>)];
  const combos: LevelCombo[] = [];
  for (const problems of options('problems')) for (const data of options('data')) for (const risk of options('risk')) combos.push({ problems, data, risk });
  return combos.slice(1);
}
