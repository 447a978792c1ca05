/**
 * Scrolls `el` just into view (not at all when it is already in view), smoothly unless the
 * learner asked the system for reduced motion. The element's CSS scroll-margin sets how much room
 * is left round it.
 */
export function reveal(el: Element | null): void {
  if (!el) return;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
