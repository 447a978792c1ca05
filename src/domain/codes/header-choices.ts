import type { IcdLookup } from './icd-code-set.ts';
import type { IcdNotes } from './notes.ts';

/**
 * What a student must still choose when they pick a header (a category or subcategory that is
 * not valid on a claim): the codes one level down and, when the category takes a 7th
 * character, what each 7th character means. Built from the same lookup and notes the code
 * pages show, so the exercise picker and /codes/ never disagree.
 */

/** The choices under one header. */
export interface HeaderChoices {
  /** The header, dotted. */
  code: string;
  title: string;
  /** What is missing: a 7th character only, or more characters (possibly then a 7th). */
  needs: 'seventh-character' | 'more-characters';
  /** Codes one level down; headers among them need another choice. */
  children: { code: string; title: string; billable: boolean }[];
  /** The 7th-character list that applies, with the code that carries it. */
  seventh?: { from: string; choices: [char: string, meaning: string][] };
}

/**
 * Choices for a looked-up code, or undefined when the code is valid on a claim.
 * `notes` are nearest level first, as `loadNotesFor` returns them.
 */
export function headerChoices(entry: Pick<IcdLookup, 'code' | 'title' | 'billable' | 'children'>, notes: readonly { code: string; notes: IcdNotes }[]): HeaderChoices | undefined {
  if (entry.billable) return undefined;
  const withSeventh = notes.find((n) => (n.notes.sevenChr ?? []).length > 0);
  const dotlessLength = entry.code.replace('.', '').length;
  const seventh = withSeventh?.notes.sevenChr ? { from: withSeventh.code, choices: withSeventh.notes.sevenChr } : undefined;
  return {
    code: entry.code,
    title: entry.title,
    needs: seventh !== undefined && dotlessLength === 6 ? 'seventh-character' : 'more-characters',
    children: entry.children,
    ...(seventh ? { seventh } : {}),
  };
}

/** One sentence saying what the header still needs. */
export function describeHeaderChoices(c: HeaderChoices): string {
  return c.needs === 'seventh-character'
    ? `${c.code} is a header: it needs a 7th character before it can go on a claim. Choose the encounter below.`
    : `${c.code} is a header: it needs more characters before it can go on a claim. Choose a more specific code below.`;
}
