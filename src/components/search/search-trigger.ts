import { opensSearch } from '../../domain/search/shortcut.ts';

/**
 * The header's Search button and its shortcuts ("/" unless typing, Ctrl/Cmd+K), without React:
 * the dialog (mount-search.tsx, React) is imported on first use. Keys typed while it loads are
 * kept and put in the search box, so "/" followed by fast typing loses nothing.
 */
export function setupSearchTrigger(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
  const host = document.querySelector<HTMLElement>('[data-search-host]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!button || !host) return;
  let loading = false;
  let typed = '';
  let dialogModule: typeof import('./mount-search.tsx') | undefined;

  // Capture phase on window: runs before the page's own key handlers (review, quiz), which must
  // not act on keys meant for the search box.
  const collect = (event: KeyboardEvent): void => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const takeTyped = (): string => {
    window.removeEventListener('keydown', collect, true);
    const text = typed;
    typed = '';
    return text;
  };

  const open = (): void => {
    if (loading || dialogModule?.searchIsOpen()) return;
    if (dialogModule) {
      dialogModule.openSearch(host, button, () => '');
      return;
    }
    loading = true;
    button.setAttribute('aria-busy', 'true');
    window.addEventListener('keydown', collect, true);
    import('./mount-search.tsx')
      .then((m) => {
        dialogModule = m;
        if (status) status.textContent = '';
        m.openSearch(host, button, takeTyped);
      })
      .catch(() => {
        takeTyped();
        if (status) status.textContent = 'Search could not load. Check your connection and try again.';
      })
      .finally(() => {
        loading = false;
        button.removeAttribute('aria-busy');
      });
  };

  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : undefined;
    const key = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, targetTag: target?.tagName ?? '', targetEditable: target?.isContentEditable ?? false };
    if (loading || dialogModule?.searchIsOpen() || !opensSearch(key)) return;
    event.preventDefault();
    open();
  });
}
