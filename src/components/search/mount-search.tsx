import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import SiteSearch, { type SearchHandle } from './SiteSearch.tsx';

/**
 * Mounts the search dialog on first use and opens it. Imported with `import()` by
 * search-trigger.ts, so React arrives only when the learner first asks for search.
 */

const handle = createRef<SearchHandle>();
let mounted = false;

/**
 * Opens the dialog, rendering it into `host` the first time. The first render is synchronous
 * (flushSync) so the dialog opens in the same task, before more keys arrive; `takeTyped` hands
 * over what was typed while this module was loading and stops the header script collecting.
 */
export function openSearch(host: HTMLElement, trigger: HTMLElement, takeTyped: () => string): void {
  if (!mounted) {
    mounted = true;
    const root = createRoot(host);
    flushSync(() => root.render(<SiteSearch trigger={trigger} ref={handle} />));
  }
  const typed = takeTyped();
  handle.current?.open(typed);
}

/** Whether the dialog is mounted and open. */
export function searchIsOpen(): boolean {
  return handle.current?.isOpen() ?? false;
}
