/** The player's one DOM helper (no framework in a SCORM package). */

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element; `true` attributes are set empty, `false`/undefined are left out. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}
