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

/**
 * Notice shown when unreadable saved progress could not be copied aside (storage full): the
 * save is left as it was, and nothing new is saved until the learner downloads it and chooses.
 */
export function describeUnstoredRecovery(problem: ImportProblem): string {
  return `${describeProgressProblem(problem, 'saved')} ClaimLab could not keep a copy (this browser's storage for the site is full), so it left your saved progress untouched and is not saving new progress. Download the copy, then choose "Start fresh" to save again.`;
}

/** Storage trouble that is not about the data. */
export type StorageTroubleCode = 'unavailable' | 'write-failed' | 'newer-version';

/** Words for storage trouble (the progress notice). */
export function describeStorageTrouble(trouble: StorageTroubleCode): string {
  switch (trouble) {
    case 'unavailable':
      return 'This browser is not letting ClaimLab save progress (storage is blocked, for example in some private windows). Progress lasts until you close the tab.';
    case 'write-failed':
      return 'ClaimLab could not save your latest progress (browser storage may be full). What was saved before is kept. Export your progress from the Progress page to keep the rest.';
    case 'newer-version':
      return 'Your progress was saved by a newer version of ClaimLab (in another tab, or after an update). Reload this page to continue; until then this tab does not save, so it cannot overwrite the newer save.';
  }
}

/** What the import form says after an import, from what actually happened. */
export function describeImportOutcome(
  mode: 'merge' | 'replace',
  outcome: { saved: boolean; lessons: number; attemptsInFile: number; attemptsLeftOut: number; cap: number; why?: string | undefined },
): string {
  if (!outcome.saved) {
    return `The file was read but not saved.${outcome.why ? ` ${outcome.why}` : ''} Your saved progress was not changed; this page shows the import until you reload.`;
  }
  const n = (x: number): string => x.toLocaleString('en-US');
  const cap = outcome.attemptsLeftOut > 0 ? ` Kept the newest ${n(outcome.attemptsInFile - outcome.attemptsLeftOut)} of its ${n(outcome.attemptsInFile)} attempts (ClaimLab keeps at most ${n(outcome.cap)}).` : '';
  return mode === 'replace'
    ? `Replaced your progress with the file (${outcome.lessons} completed lessons).${cap}`
    : `Merged the file into your progress (${outcome.lessons} completed lessons in the file).${cap}`;
}
