/**
 * Marks a sideways-scrolling table wrapper with `data-scrolls="true"` while its table is wider
 * than the wrapper, so CSS can show the "scroll sideways" hint only when there is more to see
 * (global.css, `.table-wrap`). Also keeps the wrapper's top scroll padding equal to the height of
 * the table's header row, which sticks to the top of a wrapper that scrolls down: Shift+Tab up
 * the rows then stops each link below the header instead of under it. Returns a function that
 * stops watching.
 */
export function watchTableScroll(wrap: HTMLElement): () => void {
  const update = () => {
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    if (scrolls) wrap.dataset['scrolls'] = 'true';
    else delete wrap.dataset['scrolls'];
    const head = wrap.querySelector('thead');
    wrap.style.scrollPaddingTop = head ? `${Math.ceil(head.getBoundingClientRect().height)}px` : '';
  };
  update();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(update);
  observer.observe(wrap);
  const inner = wrap.firstElementChild;
  if (inner) observer.observe(inner);
  return () => observer.disconnect();
}
