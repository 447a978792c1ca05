/**
 * Names shared by the progress store and the tiny script every page ships
 * (src/components/site/progress-watch.ts). Only zod-free imports, so that script stays small.
 */

export { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../domain/storage/storage-keys.ts';
/**
 * Window event the store dispatches when it sets unreadable progress aside or finds storage
 * blocked or full, so a page that has not shown the progress notice yet can show it.
 */
export const PROGRESS_TROUBLE_EVENT = 'claimlab:progress-trouble';
