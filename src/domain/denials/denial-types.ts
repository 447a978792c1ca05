import type { AppealLevel, Cause, DenialAction } from './appeal-rules.ts';
import type { DenialKey } from './denial-exercise-schema.ts';
import type { LetterPart } from './letter-parts.ts';

/** What the student answers for one worklist line (blank strings when not chosen). */
export interface DenialLineInput {
  cause: Cause | '';
  action: DenialAction | '';
  appealLevel: AppealLevel | '';
  appealDeadline: string;
  writeOff: string;
  payerClaimNumber: string;
}

/** The student's whole attempt: one entry per worklist line id, and the letter's chosen options. */
export interface DenialUserInput {
  lines: Record<string, DenialLineInput>;
  letter: Partial<Record<LetterPart, string>>;
}

/** The answer side of one worklist line, kept out of the page until the first attempt. */
export interface DenialLineRubric {
  id: string;
  key: DenialKey;
  payerClaimNumber: string;
  payerKind: string;
  /** The denial adjustment the feedback cites. */
  adjustment?: { group: string; carc: string; text: string } | undefined;
}

export interface DenialRubric {
  /** Shown after grading. */
  teachingPoints?: string[] | undefined;
  lines: DenialLineRubric[];
  letter?: { forClaim: string; parts: Record<LetterPart, { correct: string; why: Record<string, string> }> } | undefined;
}

export type DenialFindingCode = 'cause' | 'action' | 'appeal-level' | 'appeal-deadline' | 'write-off' | 'claim-number' | 'letter-part';

/** One graded point lost or won, as data; describe-denial.ts turns it into words. */
export interface DenialFinding {
  code: DenialFindingCode;
  lineId: string;
  ok: boolean;
  expected: string;
  given: string;
  /** For letter findings: which part. */
  part?: LetterPart | undefined;
}

export type DenialScore = { type: 'invalid'; reason: 'empty' } | { type: 'points'; earned: number; total: number; findings: DenialFinding[] };

export const emptyLine = (): DenialLineInput => ({ cause: '', action: '', appealLevel: '', appealDeadline: '', writeOff: '', payerClaimNumber: '' });
