/**
 * Names shared by the progress store and the tiny script every page ships
 * (src/components/site/progress-watch.ts). No imports, so that script stays free of zod.
 */

/** localStorage key of the learner's progress (one JSON value, see progress-schema.ts). */
export const PROGRESS_KEY = 'claimlab:progress';
/** localStorage key of the copy kept when the saved progress could not be read. */
export const PROGRESS_BACKUP_KEY = 'claimlab:progress-backup';
/**
 * Window event the store dispatches when it sets unreadable progress aside or finds storage
 * blocked or full, so a page that has not shown the progress notice yet can show it.
 */
export const PROGRESS_TROUBLE_EVENT = 'claimlab:progress-trouble';
