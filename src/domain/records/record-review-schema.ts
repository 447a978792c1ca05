import { z } from 'zod';
import { primaryTopicField } from '../blueprints/topic-field.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens, e.g. "release-with-authorization"');

/** One choice the learner may pick for an item. */
export const recordChoiceSchema = z
  .object({
    id: slug.describe('Short id of the choice, unique in its set; the key and the feedback name it.'),
    label: z.string().min(2).describe('What the learner reads, e.g. "Release".'),
  })
  .strict();

/** A read-only document the learner reviews: a request, an authorization, audit-log lines, an HL7 message. */
export const recordExhibitSchema = z
  .object({
    id: slug.describe('Short id, unique in the exercise.'),
    title: z.string().min(3).describe('Heading of the exhibit, e.g. "Authorization received 2026-11-02".'),
    lines: z.array(z.string().min(1)).min(1).describe('The exhibit, one line per entry (a field of a form, an audit-log line, an HL7 segment).'),
    monospace: z.boolean().default(false).describe('Show the lines in a fixed-width block (audit logs, HL7 messages).'),
  })
  .strict();

/** One decision the learner makes, with its key, the feedback for each wrong choice and the citation. */
export const recordItemSchema = z
  .object({
    id: slug.describe('Short id, unique in the exercise.'),
    prompt: z.string().min(5).describe('What to decide on, e.g. "Document 3: psychotherapy notes, 2026-10-02".'),
    details: z.array(z.string().min(1)).default([]).describe('Facts shown with the item (lines of the document, the audit-log line).'),
    choices: slug.describe('Id of the choice set (under choiceSets) the learner picks from.'),
    answer: slug.describe('Id of the right choice in that set.'),
    why: z.string().min(20).describe('Why the answer is right, shown after grading.'),
    mistakes: z.record(slug, z.string().min(20)).describe('Feedback for EVERY wrong choice of the set, by choice id: what is wrong and why.'),
    cite: z.string().min(5).describe('The rule or source the answer rests on, e.g. "45 CFR 164.508(a)(2)", with its date when it can change.'),
  })
  .strict();

/** A source the exercise's facts were checked against. */
export const recordSourceSchema = z
  .object({
    title: z.string().min(5).describe('Title of the page or rule.'),
    publisher: z.string().min(2).describe('Who publishes it (eCFR, HHS OCR, ASTP/ONC, AHIMA...).'),
    url: z.url().describe('Where to read it.'),
  })
  .strict();

/**
 * A record review exercise (content/exercises/records): a short scenario and exhibits, then items
 * the learner decides on, each from a choice set the exercise declares. Graded one point per item.
 */
export const recordReviewSchema = z
  .object({
    title: z.string().min(5).describe('Title shown in lists.'),
    summary: z.string().min(10).describe('One sentence on what the exercise practises.'),
    certifications: z.array(z.enum(['CPC', 'CCA', 'CCS', 'CBCS', 'CPB', 'RHIT'])).default(['CCA']).describe('Certifications this exercise helps prepare for.'),
    difficulty: z.enum(['intro', 'core', 'advanced']).describe('intro, core or advanced.'),
    topics: z.array(z.string().min(2)).default([]).describe('Short tags.'),
    topic: primaryTopicField,
    checked: date.describe('The date the rules the key relies on were checked against the sources.'),
    scenario: z.string().min(40).describe('The situation: where the learner works, what arrived, what to decide.'),
    exhibits: z.array(recordExhibitSchema).default([]).describe('Documents to read before deciding.'),
    choiceSets: z
      .record(slug, z.array(recordChoiceSchema).min(2).max(6))
      .describe('The fixed sets of choices, by set id (2 to 6 choices each); every item picks from one set.'),
    items: z.array(recordItemSchema).min(4).describe('The decisions, one point each.'),
    teachingPoints: z.array(z.string().min(10)).default([]).describe('What to take away, shown after grading.'),
    sources: z.array(recordSourceSchema).min(1).describe('Where the rules in the key come from.'),
  })
  .strict()
  .superRefine((ex, ctx) => {
    const seen = new Set<string>();
    ex.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `"${item.id}" is used by an earlier item. Hint: give every item its own id` });
      seen.add(item.id);
      const set = ex.choiceSets[item.choices];
      if (!set) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'choices'], message: `"${item.choices}" is not a choice set. Hint: use one of: ${Object.keys(ex.choiceSets).join(', ')}` });
        return;
      }
      const ids = set.map((c) => c.id);
      if (!ids.includes(item.answer)) ctx.addIssue({ code: 'custom', path: ['items', i, 'answer'], message: `"${item.answer}" is not a choice of set "${item.choices}". Hint: use one of: ${ids.join(', ')}` });
      for (const wrong of ids.filter((id) => id !== item.answer)) {
        if (!Object.hasOwn(item.mistakes, wrong)) ctx.addIssue({ code: 'custom', path: ['items', i, 'mistakes'], message: `has no feedback for the wrong choice "${wrong}". Hint: add "${wrong}: <what is wrong and why>"` });
      }
      for (const key of Object.keys(item.mistakes)) {
        if (key === item.answer) ctx.addIssue({ code: 'custom', path: ['items', i, 'mistakes', key], message: `"${key}" is the answer, not a mistake. Hint: remove it; explain the answer in "why"` });
        else if (!ids.includes(key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'mistakes', key], message: `"${key}" is not a choice of set "${item.choices}". Hint: use one of: ${ids.join(', ')}` });
      }
    });
    for (const [setId, set] of Object.entries(ex.choiceSets)) {
      if (new Set(set.map((c) => c.id)).size !== set.length) ctx.addIssue({ code: 'custom', path: ['choiceSets', setId], message: 'has two choices with the same id. Hint: give every choice its own id' });
      if (!ex.items.some((item) => item.choices === setId)) ctx.addIssue({ code: 'custom', path: ['choiceSets', setId], message: 'is not used by any item. Hint: remove it or point an item\'s "choices" at it' });
    }
    const exhibitIds = ex.exhibits.map((e) => e.id);
    if (new Set(exhibitIds).size !== exhibitIds.length) ctx.addIssue({ code: 'custom', path: ['exhibits'], message: 'two exhibits share an id. Hint: give every exhibit its own id' });
  });

export type RecordReview = z.infer<typeof recordReviewSchema>;
export type RecordItem = z.infer<typeof recordItemSchema>;
export type RecordChoice = z.infer<typeof recordChoiceSchema>;
