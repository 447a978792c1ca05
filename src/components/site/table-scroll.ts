/**
 * Marks a sideways-scrolling table wrapper with `data-scrolls="true"` while its table is wider
 * than the wrapper, so CSS can show the "scroll sideways" hint only when there is more to see
 * (global.css, `.table-wrap`). Returns a function that stops watching.
 */
export function watchTableScroll(wrap: HTMLElement): () => void {
  const update = () => {
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    if (scrolls) wrap.dataset['scrolls'] = 'true';
    else delete wrap.dataset['scrolls'];
  };
  update();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(update);
  observer.observe(wrap);
  const inner = wrap.firstElementChild;
  if (inner) observer.observe(inner);
  return () => observer.disconnect();
}
