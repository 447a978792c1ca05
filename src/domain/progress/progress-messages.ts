import type { ImportProblem } from './progress-file.ts';

/**
 * The one place progress problems become words, so the notice, the import form and the tests
 * agree. `where` says whether the value came from this browser's save or from a chosen file.
 */
export function describeProgressProblem(problem: ImportProblem, where: 'saved' | 'file'): string {
  const subject = where === 'saved' ? 'Your saved progress' : 'This file';
  switch (problem.code) {
    case 'empty':
      return `${subject} is empty.`;
    case 'bad-json':
      return `${subject} is not readable JSON (it may have been cut short or edited by hand).`;
    case 'not-progress':
      return `${subject} is not ClaimLab progress.`;
    case 'future-version':
      return `${subject} was saved by a newer version of ClaimLab (format ${problem.version}). Reload the page to get the latest version, then try again.`;
    case 'invalid':
      return `${subject} looks like ClaimLab progress (format ${problem.version}) but is damaged: ${problem.detail}.`;
  }
}

/** Notice shown after an unreadable save was set aside. */
export function describeRecovery(problem: ImportProblem): string {
  return `${describeProgressProblem(problem, 'saved')} ClaimLab kept a copy and started fresh so the site keeps working. Download the copy if you want to keep it.`;
}
