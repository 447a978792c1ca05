import { assignmentId, describeLinkProblem, readAssignmentFragment } from './assignment-link.ts';
import { assignmentSchema } from './assignment-schema.ts';
import type { Assignment } from './types.ts';
import { describeZodIssue } from './describe-issue.ts';

/** An assignment read from a link, or the message to show instead. */
export type DecodeAssignmentResult = { ok: true; assignment: Assignment } | { ok: false; message: string };

/**
 * Reads and validates the assignment in a location hash. Never throws: a missing, damaged,
 * oversized or changed link gives one message saying what to do.
 */
export async function decodeAssignment(hash: string): Promise<DecodeAssignmentResult> {
  const raw = await readAssignmentFragment(hash);
  if (!raw.ok) return { ok: false, message: describeLinkProblem(raw.problem) };
  const value = raw.value as { v?: unknown } | null;
  if (typeof value === 'object' && value !== null && typeof value.v === 'number' && value.v > 1) {
    return { ok: false, message: 'This assignment was made by a newer version of ClaimLab. Reload the page (or clear the site cache) and open the link again.' };
  }
  const parsed = assignmentSchema.safeParse(raw.value);
  if (!parsed.success) return { ok: false, message: `This assignment link is not valid: ${describeZodIssue(parsed.error.issues[0])}. Ask your instructor for a new link.` };
  const a = parsed.data;
  if (assignmentId(a) !== a.id) return { ok: false, message: 'This assignment link was changed after it was made (its id no longer matches its content). Ask your instructor for the original link.' };
  return { ok: true, assignment: a };
}
