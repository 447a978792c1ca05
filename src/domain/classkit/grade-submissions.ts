/**
 * From dropped texts to the gradebook's file outcomes: parse each submission file, take the
 * assignment from the files (or from the instructor's link), and regrade every file of that
 * assignment with the site's graders. Pure: the answer keys are loaded by the caller.
 *
 * The assignment a file is graded against is always the instructor's (from the link, or the one
 * most untouched files carry), never the copy inside each file: a student who edits the due date
 * or the item list in their file changes nothing, and the gradebook says the file was changed.
 */
import { assignmentId } from './assignment-link.ts';
import type { FileOutcome } from './gradebook.ts';
import { pickAssignment } from './gradebook.ts';
import type { RegradeKeys } from './item-keys.ts';
import type { DroppedText } from './read-dropped-files.ts';
import { regradeSubmission } from './regrade.ts';
import type { Submission } from './submission-schema.ts';
import { parseSubmission } from './submission.ts';
import type { Assignment } from './types.ts';

/** A parsed submission file, or what is wrong with it (a sentence, without the file name). */
export type ParsedText = { fileName: string; submission: Submission } | { fileName: string; problem: string };

/** Drops a leading "file name: " the parser puts on its messages (the gradebook names files itself). */
function withoutFileName(message: string, fileName: string): string {
  const rest = message.startsWith(`${fileName}: `) ? message.slice(fileName.length + 2) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Parses every dropped text; files that could not be read keep their problem. */
export function parseDroppedTexts(texts: readonly DroppedText[]): ParsedText[] {
  return texts.map((t) => {
    if ('problem' in t) return t;
    const parsed = parseSubmission(t.text, t.fileName);
    return parsed.ok ? { fileName: t.fileName, submission: parsed.submission } : { fileName: t.fileName, problem: withoutFileName(parsed.message, t.fileName) };
  });
}

/** Whether the assignment inside a file is still the one its id was made from. */
export function isUntouched(a: Assignment): boolean {
  return assignmentId(a) === a.id;
}

/** The assignment most of the readable, untouched files carry. */
export function assignmentFromFiles(parsed: readonly ParsedText[]): Assignment | undefined {
  return pickAssignment(parsed.flatMap((p) => ('submission' in p && isUntouched(p.submission.assignment) ? [p.submission.assignment] : [])));
}

/** Regrades the files of `assignment`; the others are named, not regraded. Keeps the drop order. */
export function gradeParsed(assignment: Assignment, parsed: readonly ParsedText[], keys: RegradeKeys): FileOutcome[] {
  return parsed.map((p): FileOutcome => {
    if ('problem' in p) return { fileName: p.fileName, kind: 'unreadable', problem: p.problem };
    const own = p.submission.assignment;
    if (own.id !== assignment.id) return { fileName: p.fileName, kind: 'other-assignment', assignmentId: own.id, title: own.title };
    const submission = regradeSubmission({ ...p.submission, assignment }, keys, p.fileName);
    const changed = !isUntouched(own) || JSON.stringify(own) !== JSON.stringify(assignment);
    return changed ? { fileName: p.fileName, kind: 'graded', submission, assignmentChanged: true } : { fileName: p.fileName, kind: 'graded', submission };
  });
}
