import type { AssignmentFields } from './assignment-link.ts';

/** What is wrong with the instructor's fields, as data; worded by describeFieldProblem. */
export type FieldProblem = 'title-missing' | 'due-missing' | 'pass-range' | 'class-code' | 'no-items';

/** The instructor's fields before a link is made. Zod-free (the instructor page stays light). */
export function checkFields(f: AssignmentFields): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (f.title.trim() === '') out.push('title-missing');
  if (f.due === '' || Number.isNaN(Date.parse(f.due))) out.push('due-missing');
  if (!Number.isFinite(f.passPercent) || f.passPercent < 0 || f.passPercent > 100) out.push('pass-range');
  if (!/^[A-Za-z0-9-]{0,40}$/.test(f.classCode.trim())) out.push('class-code');
  if (f.items.length === 0) out.push('no-items');
  return out;
}

/** The one place field problems become words. */
export function describeFieldProblem(p: FieldProblem): string {
  switch (p) {
    case 'title-missing':
      return 'Give the assignment a title.';
    case 'due-missing':
      return 'Set the due date and time.';
    case 'pass-range':
      return 'The passing score is a percent from 0 to 100.';
    case 'class-code':
      return 'The class code may use only letters, digits and dashes (up to 40).';
    case 'no-items':
      return 'Pick at least one lesson, exercise or exam.';
  }
}
