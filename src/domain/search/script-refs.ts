/**
 * How a built script names the other built scripts it loads: static imports (`from"./x.js"`,
 * `import"./x.js"`), lazy imports (``import(`./x.js`)``), Vite's list of a lazy chunk's own
 * dependencies (`"_astro/x.js"`) and a Web Worker's script (``new Worker(new URL(`/_astro/x.js`, …))``). The service worker (precache) and the practice pack (a page's
 * scripts) both follow these names; group 1 is the file name under /_astro/.
 */
export const SCRIPT_REF_SOURCE = String.raw`(?:(?:\bfrom|\bimport)\s*\(?\s*["'\x60]\.\/|["'\x60]\/?_astro\/)([\w.@~-]+\.js)["'\x60]`;

/** The /_astro/ scripts one built script names (see SCRIPT_REF_SOURCE), without duplicates. */
export function scriptsNamedIn(js: string): string[] {
  return [...new Set([...js.matchAll(new RegExp(SCRIPT_REF_SOURCE, 'g'))].map((m) => `/_astro/${m[1] ?? ''}`))];
}
