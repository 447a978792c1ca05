/**
 * A small, tolerant XML reader for the official ICD-10-CM XML files (tabular, index, drug and
 * neoplasm tables). These files use plain elements, attributes and text with the five standard
 * entities, so a tokenizer that builds a tree is enough and avoids a parser dependency.
 */

/** An element: name, attributes and children in document order (text as strings). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Thrown for unbalanced tags, with the offset where it was noticed. */
export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replace the standard and numeric character references. Unknown ones are kept as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Parse a whole document and return its root element. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const attr = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  const addText = (raw: string): void => {
    if (raw.trim() !== '') top().children.push(decodeEntities(raw));
  };
  while ((m = tag.exec(text)) !== null) {
    addText(text.slice(last, m.index));
    last = tag.lastIndex;
    if (m[1] !== undefined) {
      top().children.push(m[1]);
      continue;
    }
    const name = m[3];
    if (name === undefined) continue;
    if (m[2] === '/') {
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`closing </${name}> does not match <${open?.name ?? '#document'}> at offset ${m.index}`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(attr)) attrs[a[1] ?? ''] = decodeEntities(a[2] ?? a[3] ?? '');
    const el: XmlElement = { name, attrs, children: [] };
    top().children.push(el);
    if (m[5] !== '/') stack.push(el);
  }
  addText(text.slice(last));
  if (stack.length !== 1) throw new XmlError(`unclosed <${top().name}> at end of document`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('document has no root element');
  return first;
}

/** Child elements with a given name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** First child element with a given name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** Concatenated text of an element and its descendants, whitespace collapsed. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
