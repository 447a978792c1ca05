/** Mirrors a filter box in the address bar (?q=...) without adding a history entry per keystroke. */
export function replaceQueryParam(name: string, value: string): void {
  const url = new URL(window.location.href);
  if (value.trim() === '') url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}
