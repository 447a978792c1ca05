/**
 * The class kit's shared shapes (issue 17): an assignment, which travels in a link; and a
 * submission once the gradebook has regraded it. The submission file's own zod schema lives in
 * submission-schema.ts; these types are what the assignment page, the gradebook and the CSV
 * exports agree on. Pure types, no imports, so any island can use them without pulling zod.
 */

/** Kinds of work an assignment can name. Ids are the ids the site uses in its URLs and progress. */
export type AssignmentItemKind = 'lesson' | 'coding' | 'claim' | 'em' | 'posting' | 'secondary' | 'denial' | 'ar' | 'records' | 'variance' | 'exam';

/** One piece of assigned work. */
export interface AssignmentItem {
  kind: AssignmentItemKind;
  /** The item's id as progress records it (e.g. "foundations/revenue-cycle", "denials/co-16-missing-npi"). */
  id: string;
}

/** An assignment as the instructor set it; encoded in the link, never stored on a server. */
export interface Assignment {
  /** Format version of the encoded assignment. */
  v: 1;
  /** Short stable id, derived from the content (so two links to the same work match). */
  id: string;
  title: string;
  /** Due date-time, ISO 8601 with offset. */
  due: string;
  /** Passing score, percent 0..100. */
  passPercent: number;
  /** Class code the instructor gives out (letters, digits, dashes). */
  classCode: string;
  items: AssignmentItem[];
}

/** One thing a student missed, with what they gave and the feedback they saw. */
export interface GradedMiss {
  /** Stable key within the item (e.g. "dx-2", "box-24e-line-1", "q17"). */
  key: string;
  /** What was asked, safe to show (never AMA CPT descriptor text). */
  prompt: string;
  /** The expected answer (e.g. "E11.22"). */
  expected: string;
  /** What the student gave, as text ("" when left blank). */
  given: string;
  /** The feedback the student saw (why), citing the guideline where there is one. */
  feedback: string;
}

/** One assigned item after regrading with the site's own graders. */
export interface GradedItem {
  item: AssignmentItem;
  /** Title shown to people. */
  title: string;
  /** Points from the regrade (never from the file). Undefined when the student did not do it. */
  earned?: number;
  total?: number;
  /** Seconds spent, as the student's browser recorded it (informational). */
  seconds?: number;
  missed: GradedMiss[];
  /** Why this item could not be regraded, in words (unknown id, answer unreadable...). */
  problem?: string;
}

/** A submission file after parsing and regrading: what the gradebook shows and exports. */
export interface GradedSubmission {
  /** File name it came from (for messages). */
  fileName: string;
  /** Name or student ID exactly as the student typed it. */
  student: string;
  assignmentId: string;
  /** When the student made the file, ISO 8601. */
  submittedAt: string;
  /** ClaimLab version that made the file. */
  appVersion: string;
  items: GradedItem[];
  /** Sum of regraded points over all items, and the total available. */
  earned: number;
  total: number;
  /** True when submittedAt is after the assignment's due date-time. */
  late: boolean;
}
