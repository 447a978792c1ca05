import type { Assignment } from './types.ts';
import { MAX_SUBMISSION_CHARS, SUBMISSION_FORMAT, SUBMISSION_VERSION, submissionSchema, type Submission, type SubmissionItem } from './submission-schema.ts';
import { describeZodIssue } from './describe-issue.ts';

/** What the student's browser holds for one assigned item (from saved answers and progress). */
export interface ItemRecord {
  answer?: unknown;
  earned?: number;
  total?: number;
  at?: string;
  seconds?: number;
}

/**
 * Builds a submission (pure: `now` and the records are passed in). Items keep the assignment's
 * order; an item without a record is listed without an answer, so the gradebook shows it as not done.
 */
export function buildSubmission(input: { assignment: Assignment; student: string; appVersion: string; now: Date; records: ReadonlyMap<string, ItemRecord> }): Submission {
  const items: SubmissionItem[] = input.assignment.items.map((item) => {
    const r = input.records.get(`${item.kind}:${item.id}`);
    const entry: SubmissionItem = { item: { kind: item.kind, id: item.id } };
    if (r?.answer !== undefined) entry.answer = r.answer;
    if (r?.earned !== undefined) entry.earned = r.earned;
    if (r?.total !== undefined) entry.total = r.total;
    if (r?.at !== undefined) entry.at = r.at;
    if (r?.seconds !== undefined) entry.seconds = r.seconds;
    return entry;
  });
  return {
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    appVersion: input.appVersion,
    student: input.student.trim(),
    assignment: input.assignment,
    submittedAt: input.now.toISOString(),
    items,
  };
}

/** Lowercase letters, digits and dashes from what the student typed, for the file name. */
export function nameSlug(student: string): string {
  const slug = student
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'student' : slug;
}

/** File name of a submission: claimlab-submission-<assignment-id>-<name-slug>.json. */
export function submissionFileName(submission: Pick<Submission, 'assignment' | 'student'>): string {
  return `claimlab-submission-${submission.assignment.id}-${nameSlug(submission.student)}.json`;
}

/** The file's text (pretty JSON, so an instructor can read it). */
export function submissionText(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

/** A parsed submission file, or a message naming the file and what is wrong. */
export type ParseSubmissionResult = { ok: true; submission: Submission } | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a submission file's text. Never throws. */
export function parseSubmission(text: string, fileName: string): ParseSubmissionResult {
  const fail = (what: string): ParseSubmissionResult => ({ ok: false, message: `${fileName}: ${what}` });
  if (text.length > MAX_SUBMISSION_CHARS) return fail(`the file is larger than ${MAX_SUBMISSION_CHARS.toLocaleString('en-US')} characters, too large to be a ClaimLab submission.`);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not a JSON file (it may be damaged or another kind of file). Ask the student to download the submission file again.');
  }
  if (!isRecord(value) || value['format'] !== SUBMISSION_FORMAT) return fail('not a ClaimLab submission file (it has no "format": "claimlab-submission"). Ask the student for the file the assignment page made.');
  const version = value['version'];
  if (typeof version === 'number' && version > SUBMISSION_VERSION) return fail(`made by a newer ClaimLab (file version ${version}; this page reads version ${SUBMISSION_VERSION}). Reload this page to get the current version, then try again.`);
  const parsed = submissionSchema.safeParse(value);
  if (!parsed.success) return fail(`${describeZodIssue(parsed.error.issues[0])}. The file was changed or damaged after it was made; ask the student to make it again.`);
  return { ok: true, submission: parsed.data };
}
