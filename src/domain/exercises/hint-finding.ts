import { chapterOf } from '../codes/chapters.ts';
import { maskAnswer, mentionsAnswer, type AnswerToken } from './answer-leaks.ts';
import { describeFindingCore, placeholderWhy } from './describe-finding.ts';
import type { CodingFinding } from './finding.ts';

/**
 * Feedback that teaches without telling, for the tries before the key is revealed: what kind of
 * code is missing and where to look (chapter, Index main term, guideline section), never the
 * key code itself. The words for the revealed key stay in describe-finding.ts.
 */

/** What the hint wording may use from the rubric. */
export interface HintContext {
  /** Fragments of the key that must not be shown (answer-leaks.ts). */
  tokens: readonly AnswerToken[];
  /** Key code -> the key's "why" line, read for the Index main term only. */
  whyFor: ReadonlyMap<string, string>;
}

/** Where a student looks for one key code: the kind of code and the places to search. */
export interface LookHint {
  /** E.g. "an external cause code for the place where it happened". */
  kind: string;
  /** E.g. "Chapter 20 (External causes of morbidity)". */
  where?: string;
  /** Index main term or table named in the key's reasoning, e.g. "Sprain". */
  mainTerm?: string;
  /** Guideline section, e.g. "I.C.20.b". */
  guideline?: string;
}

const EXTERNAL: { test: RegExp; kind: string; guideline: string }[] = [
  { test: /^Y92/, kind: 'an external cause code for the place where it happened', guideline: 'I.C.20.b' },
  { test: /^Y93/, kind: 'an external cause code for the activity at the time', guideline: 'I.C.20.c' },
  { test: /^Y99/, kind: 'an external cause status code (work, leisure, military, volunteer)', guideline: 'I.C.20.k' },
  { test: /^[VWXY]/, kind: 'an external cause code for how the injury happened', guideline: 'I.C.20.a' },
];

/** The Index main term or table the key's reasoning starts from, when it names one safely. */
export function mainTermOf(why: string | undefined, tokens: readonly AnswerToken[]): string | undefined {
  if (why === undefined) return undefined;
  const m = /\b(External Cause Index|Index|Neoplasm Table|Table of Drugs(?: and Chemicals)?)\s*:\s*([A-Za-z][A-Za-z' -]{1,40}?)\s*(?=[,:;(.]|$)/.exec(why);
  if (!m?.[1] || !m[2]) return undefined;
  const where = m[1] === 'Index' ? 'the Alphabetic Index' : m[1] === 'External Cause Index' ? 'the External Cause Index' : `the ${m[1]}`;
  const text = `${where}, main term "${m[2].trim()}"`;
  return mentionsAnswer(text, tokens) ? undefined : text;
}

/** Kind of code and where to look, for a key code the student has not found. */
export function lookHint(expected: string, ctx: HintContext): LookHint {
  const mainTerm = mainTermOf(ctx.whyFor.get(expected), ctx.tokens);
  const withTerm = (h: LookHint): LookHint => (mainTerm === undefined ? h : { ...h, mainTerm });
  if (/^\d{4}[0-9FTU]$/.test(expected)) return withTerm({ kind: 'a CPT line for a service or procedure the note documents' });
  if (/^J\d{4}$/.test(expected)) return withTerm({ kind: 'a HCPCS Level II drug line (J code; units come from the dose in its descriptor)' });
  if (/^[A-V]\d{4}$/.test(expected)) return withTerm({ kind: 'a HCPCS Level II line for a supply, drug or service' });
  const chapter = chapterOf(expected);
  const where = chapter === undefined ? undefined : `Chapter ${chapter.number} (${chapter.title})`;
  const external = EXTERNAL.find((e) => e.test.test(expected));
  if (external !== undefined) return withTerm({ kind: external.kind, where: 'the External Cause Index and Chapter 20', guideline: external.guideline });
  if (chapter?.number === 21) return withTerm({ kind: 'a Z code (a reason for the encounter, a status, a history or long-term drug use)', where: `${where ?? 'Chapter 21'}`, guideline: 'I.C.21' });
  const base: LookHint = { kind: 'a diagnosis code', ...(where ? { where } : {}), ...(chapter ? { guideline: `I.C.${chapter.number}` } : {}) };
  return withTerm(base);
}

function lookSentence(h: LookHint): string {
  const places = [h.mainTerm, h.where].filter((x): x is string => x !== undefined);
  const look = places.length > 0 ? ` Look in ${places.join(' and in ')}` : '';
  const guide = h.guideline === undefined ? '' : `${look === '' ? ' See' : ', and read'} Guidelines ${h.guideline}`;
  return `${look}${guide}${look === '' && guide === '' ? '' : '.'}`;
}

/** A finding in words that name no part of the key. */
export function describeFindingHint(f: CodingFinding, ctx: HintContext): string {
  const got = f.received === undefined ? 'This code' : f.receivedTitle === undefined ? f.received : `${f.received} (${f.receivedTitle})`;
  const core = ((): string => {
    switch (f.code) {
      case 'alternate':
        return `${got} is accepted.`;
      case 'missing-code': {
        const h = f.expected === undefined ? undefined : lookHint(f.expected, ctx);
        return `A code is missing: ${h?.kind ?? 'one more code'}.${h ? lookSentence(h) : ''}`;
      }
      case 'substituted':
        return `${got} is not the code the documentation supports here: go back to the note and the Index entry for this condition or service.`;
      case 'wrong-specificity':
        return `${got} is in the right category but not the most specific code: read the choices under it against the note (type, site, cause, severity).`;
      case 'seventh-character':
        return `${got} has the wrong or missing 7th character: match the encounter (initial, subsequent, sequela) and the fracture type to the 7th-character list at the top of the category.`;
      case 'laterality':
        return `${got} is for the wrong side: read again which side the note documents.`;
      case 'placeholder':
        return `${got} is missing the placeholder X. ${placeholderWhy(f.expected)}`;
      case 'extra-characters':
        return `${got} adds characters to a code that is already complete: check where the code ends in the Tabular List; X only fills an empty position before a 7th character.`;
      case 'sequence':
        return f.expected !== undefined && f.expected.includes(',')
          ? 'The diagnoses are out of order: check the "code first" and "use additional code" notes and the sequencing guideline for this condition.'
          : `${got} should not be listed first: ask what the encounter was chiefly for (Guidelines Section IV for outpatient visits, Section II for inpatient stays) and check for "code first" notes.`;
      case 'modifier':
        return `The modifiers on ${f.line ?? 'this line'} are not what the documentation supports: check the side, a separate E/M on the same day, or a distinct procedure.`;
      case 'units':
        return `The units on ${f.line ?? 'this line'} do not match the documentation: divide the dose or quantity given by the amount in the code's descriptor.`;
      default:
        return describeFindingCore(f);
    }
  })();
  const parts = [core];
  // The exercise's own feedback often names the right code: it is shown with the code masked.
  if (f.feedback !== undefined) parts.push(maskAnswer(f.feedback, ctx.tokens));
  if (f.guideline !== undefined) parts.push(`(Guidelines ${f.guideline})`);
  return parts.join(' ');
}
