import { z } from 'zod';
import { TOPIC_IDS } from '../blueprints/topics.ts';
import { certificationSchema, kebabIdSchema } from '../content/lesson-schema.ts';
import { normalizeCodingAttempt } from './normalize-attempt.ts';
import { adaptedSourceSchema } from '../content/adapted-source-schema.ts';
import { cptCodePattern, guidelineRefPattern, hcpcsCodePattern, icdCodePattern, modifierPattern } from './code-patterns.ts';

/**
 * Schema of a coding exercise (content/exercises/coding/<id>.yaml) and of a student's attempt.
 * Every object is strict so an author's typo (`anwser:`) fails loudly instead of being ignored.
 */

export { cptCodePattern, guidelineRefPattern, hcpcsCodePattern, icdCodePattern, modifierPattern };

/** An ICD-10-CM code, dotted, upper case. */
export const icdCodeSchema = z
  .string()
  .regex(icdCodePattern, { error: 'must be an ICD-10-CM code written with its dot in upper case, e.g. "E11.65" or "I10"' })
  .describe('ICD-10-CM code, dotted and upper case, e.g. "E11.65".');

/** A CPT or HCPCS Level II code on a procedure/supply line. */
export const lineCodeSchema = z
  .string()
  .regex(/^(?:[0-9]{4}[0-9FTU]|[A-V][0-9]{4})$/, { error: 'must be a CPT number such as "99214" or a HCPCS Level II code such as "J1100"' })
  .describe('CPT number (e.g. "99214") or HCPCS Level II code (e.g. "J1100").');

/** A date of service written as a quoted YYYY-MM-DD string. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a quoted date "YYYY-MM-DD", e.g. "2026-10-14"' })
  .refine((s) => isRealDate(s), { error: 'is not a real calendar date' })
  .describe('Date of service, quoted, YYYY-MM-DD. ICD-10-CM FY2027 applies from 2026-10-01.');

/** Where the encounter happened; drives which guidelines (Section II vs IV) apply. */
export const settingSchema = z
  .enum(['office', 'urgent-care', 'emergency-department', 'hospital-outpatient', 'inpatient', 'telehealth', 'skilled-nursing', 'home'])
  .describe('Care setting of the encounter.');

/** The patient as far as coding needs to know. */
export const patientSchema = z
  .object({
    /** Age in `ageUnit` units. */
    age: z.number().int().min(0).max(120).describe('Age of the patient, in ageUnit units.'),
    /** Unit of `age`; newborn and pediatric cases use days or months. */
    ageUnit: z.enum(['years', 'months', 'days']).optional().describe('Unit of age: years (default), months or days.'),
    /** Sex as documented; several codes are sex-specific. */
    sex: z.enum(['female', 'male']).describe('Sex as documented in the record.'),
  })
  .strict()
  .describe('Patient demographics relevant to coding.');

/** The scenario the student codes from. */
export const codingCaseSchema = z
  .object({
    /** Care setting. */
    setting: settingSchema,
    /** Date of service; decides which code-set year is valid. */
    dateOfService: isoDateSchema,
    /** Patient demographics. */
    patient: patientSchema,
    /** The encounter documentation, original wording, 80-250 words. */
    note: z.string().min(200, { error: 'is too short: write a realistic note of 80-250 words' }).describe('Encounter documentation the student codes from (original text, 80-250 words).'),
  })
  .strict()
  .describe('The clinical scenario.');

/** Code sets the student must use. */
export const codeSetNameSchema = z.enum(['icd10cm', 'cpt', 'hcpcs']).describe('A code set: icd10cm, cpt or hcpcs.');

/** What the student is asked to do. */
export const codingTaskSchema = z
  .object({
    /** Code sets the answer uses. */
    codeSets: z.array(codeSetNameSchema).min(1).describe('Code sets the student must use.'),
    /** Instruction shown above the answer fields. */
    instructions: z.string().min(10).describe('Instruction shown to the student.'),
  })
  .strict()
  .describe('The task given to the student.');

/** One expected diagnosis in the answer key. */
export const keyDiagnosisSchema = z
  .object({
    /** The expected ICD-10-CM code. */
    code: icdCodeSchema,
    /** Why this code: Index entry, Tabular check, guideline. */
    why: z.string().min(10).describe('Why this code is right (Index path, Tabular notes, guideline).'),
  })
  .strict()
  .describe('An expected diagnosis code.');

const modifierSchema = z.string().regex(modifierPattern, { error: 'must be a two-character modifier such as "25" or "LT"' });

/** Another modifier set that is also acceptable on a key line, with the reason. */
export const modifierAlternativeSchema = z
  .object({
    /** The full modifier set accepted instead of the key's (empty list: no modifier). */
    modifiers: z.array(modifierSchema).max(4).describe('The whole modifier set accepted instead of the key\'s; [] means no modifier.'),
    /** Why a coder may defensibly use this set (payer rule, equivalent modifier). */
    why: z.string().min(10).describe('Why this modifier set is also acceptable, e.g. "59 is still accepted by payers that do not use the X{EPSU} modifiers".'),
  })
  .strict()
  .describe('A modifier set also accepted on this line for full credit.');

/** One expected procedure or supply line in the answer key. */
export const keyLineSchema = z
  .object({
    /** Code system of the line. */
    system: z.enum(['cpt', 'hcpcs']).describe('Code system of the line: cpt or hcpcs.'),
    /** The expected CPT or HCPCS code. */
    code: lineCodeSchema,
    /** Expected modifiers; order does not matter for grading. */
    modifiers: z.array(modifierSchema).max(4).optional().describe('Expected modifiers (two characters each, e.g. "25", "LT"); none when omitted.'),
    /** Other modifier sets a competent coder could defensibly use on this line. */
    acceptModifiers: z.array(modifierAlternativeSchema).max(4).optional().describe('Other modifier sets accepted for full credit, each with its reason (e.g. 59 or XS).'),
    /** Expected units; 1 when omitted. */
    units: z.number().int().min(1).max(999).optional().describe('Expected units of service (whole number); 1 when omitted.'),
    /** Why this line, modifiers and units. */
    why: z.string().min(10).describe('Why this line, its modifiers and units are right.'),
  })
  .strict()
  .superRefine((line, ctx) => {
    const pattern = line.system === 'cpt' ? cptCodePattern : hcpcsCodePattern;
    if (!pattern.test(line.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `does not look like a ${line.system.toUpperCase()} code; check "system"` });
    }
  })
  .describe('An expected procedure or supply line.');

/** Another defensible first-listed diagnosis, with the reasoning that supports it. */
export const acceptFirstSchema = z
  .object({
    /** A key diagnosis (not the key's first) that may also be listed first. */
    code: icdCodeSchema.describe('A key diagnosis, other than the first, that may also be listed first.'),
    /** Why listing it first is defensible (guideline, documentation). */
    why: z.string().min(10).describe('Why listing this code first is also defensible (cite the guideline).'),
  })
  .strict()
  .describe('An also-acceptable first-listed diagnosis.');

/** The answer key. */
export const codingAnswerSchema = z
  .object({
    /** Expected diagnoses in order; the first is the first-listed diagnosis. */
    diagnoses: z.array(keyDiagnosisSchema).min(1).max(12).describe('Expected diagnoses in order; the first is the first-listed diagnosis.'),
    /** Expected procedure/supply lines; order does not matter. */
    lines: z.array(keyLineSchema).max(12).optional().describe('Expected CPT/HCPCS lines; order does not matter.'),
    /** How the diagnosis order is graded. */
    sequencing: z.enum(['first-only', 'strict']).optional().describe('first-only (default): only the first-listed diagnosis position is graded; strict: the whole order is graded.'),
    /** Other key diagnoses that may defensibly be listed first. */
    acceptFirst: z.array(acceptFirstSchema).max(4).optional().describe('Other key diagnoses that may also be listed first for full credit, each with its reason.'),
  })
  .strict()
  .superRefine((answer, ctx) => {
    const keyCodes = answer.diagnoses.map((d) => d.code);
    (answer.acceptFirst ?? []).forEach((alt, i) => {
      if (!keyCodes.includes(alt.code)) ctx.addIssue({ code: 'custom', path: ['acceptFirst', i, 'code'], message: `${alt.code} is not a key diagnosis; list it under diagnoses first` });
      else if (keyCodes[0] === alt.code) ctx.addIssue({ code: 'custom', path: ['acceptFirst', i, 'code'], message: `${alt.code} is already the key's first-listed diagnosis` });
    });
  })
  .describe('The answer key.');

/** A code accepted in place of a key code for full credit. */
export const alternateSchema = z
  .object({
    /** The accepted code (ICD-10-CM dotted, or CPT/HCPCS). */
    code: z.string().regex(/^(?:[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?|[0-9]{4}[0-9FTU]|[A-V][0-9]{4})$/, { error: 'must be a dotted ICD-10-CM code or a CPT/HCPCS code' }).describe('Code accepted for full credit.'),
    /** The key code it may replace. */
    acceptFor: z.string().min(3).describe('The answer-key code this alternate may replace.'),
    /** Why it is acceptable. */
    why: z.string().min(10).describe('Why this alternate is acceptable.'),
  })
  .strict()
  .describe('An alternate accepted answer.');

/** A code that may be reported or left out: it earns no point and costs none. */
export const optionalCodeSchema = z
  .object({
    /** The optional code (ICD-10-CM dotted, or CPT/HCPCS). */
    code: z.string().regex(/^(?:[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?|[0-9]{4}[0-9FTU]|[A-V][0-9]{4})$/, { error: 'must be a dotted ICD-10-CM code or a CPT/HCPCS code' }).describe('Code accepted without credit or penalty.'),
    /** Why it is optional: why a coder may add it, and why leaving it out is fine too. */
    why: z.string().min(10).describe('Why this code is optional: what supports it and why omitting it is also correct.'),
  })
  .strict()
  .describe('An optional code: neither credited nor penalized.');

/**
 * What a common mistake looks like. Exactly one kind per trigger:
 * `reported` (optionally `instead`), `omitted`, `firstListed`, or `line` with `modifiers` and/or `units`.
 */
export const mistakeTriggerSchema = z
  .object({
    /** The student reported this code... */
    reported: z.string().min(3).optional().describe('The student reported this code (dotted ICD-10-CM, or CPT/HCPCS).'),
    /** ...in place of this key code. */
    instead: z.string().min(3).optional().describe('With reported: the key code the student replaced.'),
    /** The student left out this key code. */
    omitted: z.string().min(3).optional().describe('The student left out this key code.'),
    /** The student put this code first. */
    firstListed: z.string().min(3).optional().describe('The student listed this code first.'),
    /** The key line whose modifiers/units were wrong. */
    line: lineCodeSchema.optional().describe('Code of the key line the student got wrong (with modifiers and/or units).'),
    /** The modifiers the student put on that line. */
    modifiers: z.array(z.string().regex(modifierPattern)).optional().describe('With line: the modifiers the student used.'),
    /** The units the student put on that line. */
    units: z.number().int().min(0).max(9999).optional().describe('With line: the units the student used.'),
  })
  .strict()
  .superRefine((t, ctx) => {
    const kinds = [t.reported, t.omitted, t.firstListed, t.line].filter((v) => v !== undefined).length;
    if (kinds !== 1) {
      ctx.addIssue({ code: 'custom', message: 'needs exactly one of reported, omitted, firstListed or line' });
    }
    if (t.instead !== undefined && t.reported === undefined) {
      ctx.addIssue({ code: 'custom', path: ['instead'], message: 'only makes sense together with reported' });
    }
    if ((t.modifiers !== undefined || t.units !== undefined) && t.line === undefined) {
      ctx.addIssue({ code: 'custom', path: ['line'], message: 'is required when modifiers or units are given' });
    }
    if (t.line !== undefined && t.modifiers === undefined && t.units === undefined) {
      ctx.addIssue({ code: 'custom', path: ['line'], message: 'needs modifiers or units to describe what the student got wrong' });
    }
  })
  .describe('What the student did: reported (+instead), omitted, firstListed, or line (+modifiers/units).');

/** A common mistake and the feedback that teaches out of it. */
export const mistakeSchema = z
  .object({
    /** What the mistake looks like in an attempt. */
    trigger: mistakeTriggerSchema,
    /** Targeted feedback shown when the trigger matches. */
    feedback: z.string().min(20).describe('Feedback shown when the student makes this mistake.'),
    /** Guideline section the feedback relies on. */
    guideline: z.string().regex(guidelineRefPattern, { error: 'must be a guideline section such as "I.C.4.a.3" or "IV.G"' }).optional().describe('Guideline section cited, e.g. "I.C.4.a.3".'),
  })
  .strict()
  .describe('A common mistake with targeted feedback.');

/** The fields of a coding exercise, before the cross-field checks (used to pick the rubric part). */
export const codingExerciseShape = z
  .object({
    /** Kebab-case id; equals the file name without .yaml. */
    id: kebabIdSchema.describe('Kebab-case id, equal to the file name without .yaml.'),
    /** Title shown on the exercise page. */
    title: z.string().min(3).max(100).describe('Title shown on the exercise page.'),
    /** One line shown in lists. */
    summary: z.string().min(10).max(200).describe('One line shown in lists.'),
    /** Difficulty level. */
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']).describe('beginner, intermediate or advanced.'),
    /** Topic tags (kebab-case). */
    topics: z.array(kebabIdSchema).min(1).describe('Topic tags, kebab-case, e.g. diabetes.'),
    /** The one topic the readiness map counts the case under. */
    topic: z
      .enum(TOPIC_IDS)
      .optional()
      .describe('The one ClaimLab topic the readiness map counts the case under; by default the CPT section of the first procedure line, or ICD-10-CM chapter coding when there is none.'),
    /** Certifications the exercise prepares for. */
    certifications: z.array(certificationSchema).min(1).describe('Certifications this exercise prepares for.'),
    /** Credit for a note adapted from a licensed data set (shown on the page). */
    source: adaptedSourceSchema.optional(),
    /** The scenario. */
    case: codingCaseSchema,
    /** The task. */
    task: codingTaskSchema,
    /** The answer key. */
    answer: codingAnswerSchema,
    /** Codes accepted in place of key codes. */
    alternates: z.array(alternateSchema).optional().describe('Codes accepted in place of a key code for full credit.'),
    /** Codes a coder may add or leave out without credit or penalty. */
    optional: z.array(optionalCodeSchema).max(6).optional().describe('Codes accepted without credit or penalty, each with why it is optional.'),
    /** One to six common mistakes with targeted feedback. */
    mistakes: z.array(mistakeSchema).min(1).max(6).describe('One to six common mistakes, each with a trigger and feedback.'),
    /** Walk-through of the whole answer. */
    rationale: z.string().min(40).describe('Plain-language walk-through of the answer with guideline sections.'),
    /** Guideline sections cited. */
    guidelines: z.array(z.string().regex(guidelineRefPattern, { error: 'must be a guideline section such as "I.C.4.a" or "IV.G"' })).min(1).describe('FY2026 guideline sections cited, e.g. "I.C.4.a".'),
  })
  .strict();

/** A coding exercise, one YAML file per exercise in content/exercises/coding/. */
export const codingExerciseSchema = codingExerciseShape
  .superRefine((ex, ctx) => {
    const key = new Set([...ex.answer.diagnoses.map((d) => d.code), ...(ex.answer.lines ?? []).map((l) => l.code), ...(ex.alternates ?? []).map((a) => a.code)]);
    const reported = new Set(ex.mistakes.map((m) => m.trigger.reported).filter((c) => c !== undefined));
    const firstListed = new Set(ex.mistakes.map((m) => m.trigger.firstListed).filter((c) => c !== undefined));
    (ex.optional ?? []).forEach((o, i) => {
      if (key.has(o.code)) ctx.addIssue({ code: 'custom', path: ['optional', i, 'code'], message: `${o.code} is already a key code or alternate; an optional code is one the key does not require` });
      if (reported.has(o.code)) ctx.addIssue({ code: 'custom', path: ['optional', i, 'code'], message: `${o.code} is also a mistake trigger (reported); a code cannot be both optional and a mistake` });
    });
    (ex.answer.acceptFirst ?? []).forEach((a, i) => {
      if (firstListed.has(a.code)) ctx.addIssue({ code: 'custom', path: ['answer', 'acceptFirst', i, 'code'], message: `${a.code} is also a firstListed mistake trigger; remove one of them` });
    });
  })
  .describe('A ClaimLab coding exercise.');

/** A parsed coding exercise. */
export type CodingExercise = z.infer<typeof codingExerciseSchema>;
/** A common-mistake trigger. */
export type MistakeTrigger = z.infer<typeof mistakeTriggerSchema>;
/** An optional code with its reason. */
export type OptionalCode = z.infer<typeof optionalCodeSchema>;
/** One expected line of the answer key. */
export type KeyLine = z.infer<typeof keyLineSchema>;

/** The attempt shape the UI submits and `npm run grade` reads (documented in docs/attempt-format.md). */
export const codingAttemptInputSchema = z
  .object({
    /** Diagnosis codes in order; the first is the first-listed diagnosis. */
    diagnoses: z.array(z.string()).optional().describe('Diagnosis codes in order; the first is first-listed. Dots, case and spaces do not matter.'),
    /** Procedure/supply lines in any order. */
    lines: z
      .array(
        z
          .object({
            /** CPT or HCPCS code. */
            code: z.string().describe('CPT or HCPCS code.'),
            /** Modifiers on the line. */
            modifiers: z.array(z.string()).optional().describe('Modifiers on the line.'),
            /** Units; 1 when omitted. */
            units: z.number().optional().describe('Units of service; 1 when omitted.'),
          })
          .describe('A procedure or supply line.'),
      )
      .optional()
      .describe('Procedure and supply lines, any order.'),
  })
  .describe('A student attempt at a coding exercise.');

/**
 * Lenient attempt parser: accepts anything and yields a normalized attempt, because students
 * type codes with or without dots, in any case, with stray spaces or full-width characters.
 */
export const codingAttemptSchema = z.unknown().transform((input) => normalizeCodingAttempt(input));

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
