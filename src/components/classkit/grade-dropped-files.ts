import { loadRegradeKeys } from '../../data/classkit-keys-browser.ts';
import { decodeAssignment } from '../../domain/classkit/decode-assignment.ts';
import { assignmentFromFiles, gradeParsed, parseDroppedTexts } from '../../domain/classkit/grade-submissions.ts';
import type { FileOutcome } from '../../domain/classkit/gradebook.ts';
import { readDroppedFiles, type DroppedFile } from '../../domain/classkit/read-dropped-files.ts';
import type { Assignment } from '../../domain/classkit/types.ts';

/** The files regraded against one assignment, or why there is no assignment to grade against. */
export type GradedFiles = { assignment: Assignment; outcomes: FileOutcome[] } | { assignment?: undefined; message: string; problems: string[] };

/** The fragment of a pasted link ("#a=..."), or the text itself when it is only the fragment. */
const fragmentOf = (link: string): string => {
  const i = link.indexOf('#');
  return i >= 0 ? link.slice(i) : `#${link}`;
};

/** The assignment in a pasted link, or the one message the page shows when it cannot be used. */
async function readLink(link: string): Promise<{ ok: true; assignment: Assignment } | { ok: false; message: string }> {
  const decoded = await decodeAssignment(fragmentOf(link.trim()));
  return decoded.ok ? decoded : { ok: false, message: `The assignment link could not be used: ${decoded.message}` };
}

/**
 * Reads the dropped files (zips expanded), takes the assignment from the pasted link or from
 * the files, loads the answer keys for its items from this site, and regrades every file.
 */
export async function gradeDroppedFiles(files: readonly DroppedFile[], link: string): Promise<GradedFiles> {
  const parsed = parseDroppedTexts(readDroppedFiles(files));
  let assignment: Assignment | undefined;
  if (link.trim()) {
    const decoded = await readLink(link);
    if (!decoded.ok) return { message: decoded.message, problems: [] };
    assignment = decoded.assignment;
  } else {
    assignment = assignmentFromFiles(parsed);
  }
  if (!assignment) {
    return {
      message: 'No file could be read as a ClaimLab submission, so there is no assignment to grade against. The reasons are listed below.',
      problems: parsed.flatMap((p) => ('problem' in p ? [`${p.fileName}: ${p.problem}`] : [])),
    };
  }
  const answers = parsed.flatMap((p) => ('submission' in p ? p.submission.items.map((i) => i.answer) : []));
  const { keys } = await loadRegradeKeys(assignment.items, answers);
  return { assignment, outcomes: gradeParsed(assignment, parsed, keys) };
}

/**
 * What "Use this assignment" says before any file is added (there is nothing to regrade yet):
 * whether the pasted link is a usable assignment, and what to do next.
 */
export async function describeLinkWithoutFiles(link: string): Promise<string> {
  if (!link.trim()) return 'Add the submission files first. Pasting the assignment link is optional: without it, the assignment is taken from the files.';
  const decoded = await readLink(link);
  if (!decoded.ok) return decoded.message;
  return `Assignment "${decoded.assignment.title}" is set. Now add the submission files.`;
}
