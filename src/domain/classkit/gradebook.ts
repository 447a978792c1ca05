/**
 * The gradebook's roster (issue 17 part 2): from every file the instructor dropped, one row per
 * student with the regraded score per assigned item, the total, percent, pass or fail against the
 * assignment's passing score, and the late flag; plus one message per file that was not counted
 * or that replaced another. Pure: files are read and regraded by the caller, and the messages are
 * data turned into words by `describeFileNote` here, the one place for their wording.
 *
 * Rules, as the instructor sees them:
 * - A file that could not be read or parsed is listed with its name and what is wrong.
 * - A file for a different assignment than the one loaded is listed and not counted.
 * - The same student twice: the file with the latest `submittedAt` counts, and the other is
 *   listed as superseded by it. "Same" compares the names trimmed, with Unicode normalisation
 *   and without regard to case, because a student who typed "ana ruiz" on Tuesday and
 *   "Ana Ruiz" on Friday is one student. Names are shown as typed, trimmed and nothing else.
 * - Points always come from the regrade (GradedSubmission), never from the file.
 */
import type { Assignment, AssignmentItem, GradedItem, GradedSubmission } from './types.ts';

/** What reading one dropped file produced: a regraded submission, or why it could not be used. */
export type FileOutcome =
  /** `assignmentChanged`: the copy of the assignment inside the file was edited (graded against the instructor's). */
  | { fileName: string; kind: 'graded'; submission: GradedSubmission; assignmentChanged?: boolean }
  | { fileName: string; kind: 'unreadable'; problem: string }
  /** A readable submission for another assignment: not regraded, only named. */
  | { fileName: string; kind: 'other-assignment'; assignmentId: string; title: string };

/** Points on one assigned item for one student; `earned` undefined when the item was not done. */
export interface RosterCell {
  item: AssignmentItem;
  earned?: number;
  total?: number;
  /** Why the item could not be regraded, when it could not. */
  problem?: string;
}

/** One student's row. */
export interface RosterRow {
  /** Name or student ID as typed, trimmed. */
  student: string;
  fileName: string;
  submittedAt: string;
  late: boolean;
  cells: RosterCell[];
  earned: number;
  total: number;
  /** 0..100, one decimal. */
  percent: number;
  passed: boolean;
  /** The regraded submission the row comes from (for item analysis and exports). */
  submission: GradedSubmission;
}

/** Why a file is worth a line under the roster: data, worded by `describeFileNote`. */
export type FileNote =
  | { fileName: string; code: 'unreadable'; problem: string }
  | { fileName: string; code: 'wrong-assignment'; assignmentId: string; title?: string; expectedId: string; expectedTitle: string }
  | { fileName: string; code: 'no-student' }
  | { fileName: string; code: 'superseded'; student: string; submittedAt: string; byFile: string; bySubmittedAt: string }
  | { fileName: string; code: 'item-problems'; student: string; problems: { title: string; problem: string }[] }
  | { fileName: string; code: 'late'; student: string; submittedAt: string; due: string }
  | { fileName: string; code: 'assignment-changed'; student: string };

/** The roster, sorted by name, and the notes in the order the files were given. */
export interface Roster {
  assignment: Assignment;
  rows: RosterRow[];
  notes: FileNote[];
  /** Files that count toward the roster. */
  counted: number;
}

/** The key two spellings of one student share. */
export function studentKey(typed: string): string {
  return typed.trim().normalize('NFC').toLocaleLowerCase('en-US');
}

const itemKey = (i: AssignmentItem): string => `${i.kind}:${i.id}`;

/** Percent with one decimal; 0 when there are no points to earn. */
export function percentOf(earned: number, total: number): number {
  return total > 0 ? Math.round((earned / total) * 1000) / 10 : 0;
}

/** Milliseconds since the epoch, or -Infinity for a date that does not parse (so it loses). */
const when = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

function cellsFor(assignment: Assignment, items: GradedItem[]): RosterCell[] {
  const byKey = new Map(items.map((g) => [itemKey(g.item), g]));
  return assignment.items.map((item) => {
    const g = byKey.get(itemKey(item));
    const cell: RosterCell = { item };
    if (g?.earned !== undefined) cell.earned = g.earned;
    if (g?.total !== undefined) cell.total = g.total;
    if (g?.problem) cell.problem = g.problem;
    return cell;
  });
}

/**
 * The assignment most of the files belong to: the id that occurs most often (the first seen
 * wins a tie), returned as the first assignment object with that id. Undefined for no candidates.
 */
export function pickAssignment(candidates: readonly Assignment[]): Assignment | undefined {
  const counts = new Map<string, { n: number; first: Assignment }>();
  for (const a of candidates) {
    const c = counts.get(a.id);
    if (c) c.n += 1;
    else counts.set(a.id, { n: 1, first: a });
  }
  let best: { n: number; first: Assignment } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}

/** Builds the roster for `assignment` from every dropped file's outcome. */
export function buildRoster(assignment: Assignment, outcomes: readonly FileOutcome[]): Roster {
  const notes: FileNote[] = [];
  const latest = new Map<string, GradedSubmission>();
  const superseded: GradedSubmission[] = [];
  for (const o of outcomes) {
    if (o.kind === 'unreadable') {
      notes.push({ fileName: o.fileName, code: 'unreadable', problem: o.problem });
      continue;
    }
    if (o.kind === 'other-assignment' && o.assignmentId !== assignment.id) {
      notes.push({ fileName: o.fileName, code: 'wrong-assignment', assignmentId: o.assignmentId, title: o.title, expectedId: assignment.id, expectedTitle: assignment.title });
      continue;
    }
    if (o.kind === 'other-assignment') continue;
    const s = o.submission;
    if (s.assignmentId !== assignment.id) {
      notes.push({ fileName: o.fileName, code: 'wrong-assignment', assignmentId: s.assignmentId, expectedId: assignment.id, expectedTitle: assignment.title });
      continue;
    }
    if (o.assignmentChanged) notes.push({ fileName: o.fileName, code: 'assignment-changed', student: s.student.trim() });
    const key = studentKey(s.student);
    if (!key) {
      notes.push({ fileName: o.fileName, code: 'no-student' });
      continue;
    }
    const prior = latest.get(key);
    if (!prior) {
      latest.set(key, s);
      continue;
    }
    // Ties keep the file dropped first, so the outcome never depends on anything but the files.
    const [keep, drop] = when(s.submittedAt) > when(prior.submittedAt) ? [s, prior] : [prior, s];
    latest.set(key, keep);
    superseded.push(drop);
  }
  // Named after the loop, so a file replaced twice names the file that finally counts.
  for (const drop of superseded) {
    const keep = latest.get(studentKey(drop.student));
    if (keep) notes.push({ fileName: drop.fileName, code: 'superseded', student: drop.student.trim(), submittedAt: drop.submittedAt, byFile: keep.fileName, bySubmittedAt: keep.submittedAt });
  }

  const rows: RosterRow[] = [...latest.values()].map((s) => {
    const percent = percentOf(s.earned, s.total);
    return {
      student: s.student.trim(), fileName: s.fileName, submittedAt: s.submittedAt, late: s.late,
      cells: cellsFor(assignment, s.items), earned: s.earned, total: s.total, percent,
      passed: percent >= assignment.passPercent, submission: s,
    };
  });
  rows.sort((a, b) => a.student.localeCompare(b.student, 'en', { sensitivity: 'base' }) || a.fileName.localeCompare(b.fileName));
  for (const r of rows) {
    if (r.late) notes.push({ fileName: r.fileName, code: 'late', student: r.student, submittedAt: r.submittedAt, due: assignment.due });
    const problems = r.submission.items.filter((i) => i.problem).map((i) => ({ title: i.title, problem: i.problem ?? '' }));
    if (problems.length) notes.push({ fileName: r.fileName, code: 'item-problems', student: r.student, problems });
  }
  const order = new Map(outcomes.map((o, i) => [o.fileName, i]));
  notes.sort((a, b) => (order.get(a.fileName) ?? 0) - (order.get(b.fileName) ?? 0));
  return { assignment, rows, notes, counted: rows.length };
}

/** Whether a note means the file was left out (as opposed to counted with a remark). */
export function isLeftOut(note: FileNote): boolean {
  return note.code === 'unreadable' || note.code === 'wrong-assignment' || note.code === 'no-student' || note.code === 'superseded';
}

/** A long value cut so a huge pasted name is never echoed back whole. */
const cut = (v: string): string => (v.length > 120 ? `${v.slice(0, 120)}... (${v.length} characters)` : v);

/** The one place file notes become sentences (UI, tests and docs share them). */
export function describeFileNote(note: FileNote): string {
  const f = cut(note.fileName);
  switch (note.code) {
    case 'unreadable':
      return `${f}: not counted. ${note.problem}`;
    case 'wrong-assignment':
      return `${f}: not counted. It is for a different assignment (${note.title === undefined ? '' : `"${cut(note.title)}", `}id ${cut(note.assignmentId)}), not "${cut(note.expectedTitle)}" (id ${note.expectedId}). Hint: grade it with the files of its own assignment.`;
    case 'no-student':
      return `${f}: not counted. It has no name or student ID. Hint: ask the student to type a name or ID and download the file again.`;
    case 'superseded':
      return `${f}: not counted. ${cut(note.student)} sent a later file (${cut(note.byFile)}, made ${note.bySubmittedAt}); this one was made ${note.submittedAt}.`;
    case 'item-problems':
      return `${f}: ${cut(note.student)}: ${note.problems.map((p) => `"${cut(p.title)}": ${p.problem.replace(/\.$/, '')}`).join('; ')}. Those items score nothing.`;
    case 'assignment-changed':
      return `${f}: ${cut(note.student)}: the assignment inside this file was changed after the link made it (due date, passing score or items), so it was graded against your assignment instead.`;
    case 'late':
      return `${f}: ${cut(note.student)} handed in late (made ${note.submittedAt}; due ${note.due}).`;
  }
}
