import { PROGRESS_TROUBLE_EVENT } from '../../stores/progress-keys.ts';
import { progressNeedsAttention } from '../../stores/progress-sniff.ts';

/**
 * The progress notice on every page without shipping React and zod to every page: a quick look
 * at localStorage (progress-sniff.ts) and, only when something is off, a dynamic import of the
 * notice. The full store, wherever an island loads it, reports trouble it finds later through
 * PROGRESS_TROUBLE_EVENT.
 */
export function watchProgress(): void {
  const host = document.querySelector<HTMLElement>('[data-progress-notice-host]');
  if (!host) return;
  let mounting = false;
  const mount = (): void => {
    if (mounting) return;
    mounting = true;
    import('./mount-progress-notice.tsx')
      .then((m) => m.mountProgressNotice(host))
      .catch(() => {
        // Offline without a cached copy: try again on the next sign of trouble.
        mounting = false;
      });
  };
  window.addEventListener(PROGRESS_TROUBLE_EVENT, mount);
  if (progressNeedsAttention(() => window.localStorage)) mount();
}
