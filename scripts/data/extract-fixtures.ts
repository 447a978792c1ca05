/**
 * Writes the small public-domain source extracts that the unit and content tests read, so a
 * fresh clone (with no ../shared beside it) passes its own tests. Everything is cut mechanically
 * from the official files in ../shared/data; the lines kept are unmodified copies.
 * tests/fixtures/sources/README.md gives the provenance of each file.
 *
 *   node --experimental-strip-types scripts/data/extract-fixtures.ts
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared/data');
const OUT = join(ROOT, 'tests/fixtures/sources');

/** One element of a pretty-printed XML file: its opening line, children and closing line. */
interface XmlBlock {
  name: string;
  open: string;
  close: string;
  children: XmlNode[];
}
type XmlNode = XmlBlock | string;

/**
 * Reads the line structure of the official pretty-printed XML (one tag per line, children
 * indented). Good enough to cut whole elements out unchanged; not a general XML parser.
 */
function lineTree(xml: string): XmlNode[] {
  const root: XmlBlock = { name: '#root', open: '', close: '', children: [] };
  const stack = [root];
  for (const line of xml.split(/\r?\n/)) {
    const top = stack[stack.length - 1] ?? root;
    const open = /^\s*<([\w.]+)(\s[^>]*)?>\s*$/.exec(line);
    if (open && !line.trimEnd().endsWith('/>')) {
      const block: XmlBlock = { name: open[1] ?? '', open: line, close: '', children: [] };
      top.children.push(block);
      stack.push(block);
    } else if (/^\s*<\/[\w.]+>\s*$/.test(line)) {
      top.close = line;
      stack.pop();
    } else if (line !== '') {
      top.children.push(line);
    }
  }
  return root.children;
}

function serialize(nodes: XmlNode[]): string[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [n] : [n.open, ...serialize(n.children), n.close]));
}

const blocks = (nodes: XmlNode[], name: string) => nodes.filter((n): n is XmlBlock => typeof n !== 'string' && n.name === name);
/** Text of a one-line child element such as `<name>J45</name>`. */
function childText(block: XmlBlock, name: string): string | undefined {
  for (const c of block.children) {
    const m = typeof c === 'string' ? new RegExp(`^\\s*<${name}>(.*)</${name}>\\s*$`).exec(c) : null;
    if (m) return m[1];
  }
  return undefined;
}

/**
 * A Tabular List cut down to the named sections (in the chapter's section index and body) and,
 * inside them, the named categories with all their subcodes and notes. The introduction is dropped.
 */
function cutTabular(xml: string, keep: Record<string, string[]>): string {
  const [decl, ...rest] = xml.split(/\r?\n/);
  const tree = lineTree(rest.join('\n'));
  const root = blocks(tree, 'ICD10CM.tabular')[0];
  if (!root) throw new Error('not a tabular list');
  const keepSection = (b: XmlBlock) => Object.hasOwn(keep, b.open.match(/id="([^"]+)"/)?.[1] ?? '');
  root.children = root.children.flatMap<XmlNode>((c) => {
    if (typeof c === 'string') return [c];
    if (c.name === 'introduction') return [];
    if (c.name !== 'chapter' || !blocks(c.children, 'section').some(keepSection)) return c.name === 'chapter' ? [] : [c];
    c.children = c.children.flatMap<XmlNode>((cc) => {
      if (typeof cc === 'string') return [cc];
      if (cc.name === 'sectionIndex') cc.children = cc.children.filter((r) => typeof r === 'string' || keepSection(r));
      if (cc.name !== 'section') return [cc];
      if (!keepSection(cc)) return [];
      const diags = keep[cc.open.match(/id="([^"]+)"/)?.[1] ?? ''] ?? [];
      cc.children = cc.children.filter((d) => typeof d === 'string' || d.name !== 'diag' || diags.includes(childText(d, 'name') ?? ''));
      return [cc];
    });
    return [c];
  });
  return [decl, ...serialize(tree)].join('\n') + '\n';
}

/** An Alphabetic Index cut down to the first `count` main terms of each named letter. */
function cutIndex(xml: string, letters: string[], count: number): string {
  const [decl, ...rest] = xml.split(/\r?\n/);
  const tree = lineTree(rest.join('\n'));
  const root = blocks(tree, 'ICD10CM.index')[0];
  if (!root) throw new Error('not an index');
  root.children = root.children.flatMap<XmlNode>((c) => {
    if (typeof c === 'string' || c.name !== 'letter') return [c];
    if (!letters.includes(childText(c, 'title') ?? '')) return [];
    let n = 0;
    c.children = c.children.filter((t) => typeof t === 'string' || t.name !== 'mainTerm' || n++ < count);
    return [c];
  });
  return [decl, ...serialize(tree)].join('\n') + '\n';
}

function unzipText(zip: string, name: string): string {
  const files = unzipSync(readFileSync(join(SHARED, zip)), { filter: (f) => f.name === name });
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} not found in ${zip}`);
  return strFromU8(bytes);
}

function write(rel: string, text: string): void {
  const path = join(OUT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote tests/fixtures/sources/${rel} (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)`);
}

function copy(rel: string): void {
  const path = join(OUT, rel);
  mkdirSync(dirname(path), { recursive: true });
  copyFileSync(join(SHARED, rel), path);
  chmodSync(path, 0o644); // ../shared is read-only; the copy must stay writable for the next run
  console.log(`copied tests/fixtures/sources/${rel}`);
}

/** The deterministic sample the FY2026 order-file test uses: every k-th row from a fixed offset. */
export function sampleOrderLines(lines: string[], size = 200, offset = 7): string[] {
  const step = Math.floor(lines.length / size);
  return Array.from({ length: size }, (_, i) => lines[offset + i * step] ?? '');
}

function main(): void {
  copy('icd10cm/guidelines/icd-10-cm-guidelines-fy2026.txt');
  for (const f of ['added', 'deleted', 'revised', 'billable-status-changes']) copy(`icd10cm/fy2027-changes/${f}.csv`);

  const order = unzipText('icd10cm/fy2026/icd10cm-code-descriptions-2026.zip', 'icd10cm-order-2026.txt');
  const rows = order.split(/\r?\n/).filter((l) => l.trim() !== '');
  write('icd10cm/fy2026/icd10cm-order-2026-sample.txt', sampleOrderLines(rows).join('\r\n') + '\r\n');

  write(
    'icd10cm/fy2025-tables/icd-10-cm-tabular-2025-chapter2-extract.xml',
    cutTabular(readFileSync(join(SHARED, 'icd10cm/fy2025-tables/icd-10-cm-tabular-2025-chapter2-excerpt.xml'), 'utf8'), { 'C00-C14': ['C00'] }),
  );

  const zip = 'icd10cm/fy2017-full-xml/ICD10CM_FY2017_Full_XML.zip';
  write(
    'icd10cm/fy2017-full-xml/icd10cm_tabular_2017-extract.xml',
    cutTabular(unzipText(zip, 'icd10cm_tabular_2017.xml'), { 'E08-E13': ['E10', 'E11'], 'J40-J47': ['J45'], 'S70-S79': ['S72'] }),
  );
  write('icd10cm/fy2017-full-xml/icd10cm_index_2017-extract.xml', cutIndex(unzipText(zip, 'icd10cm_index_2017.xml'), ['A'], 12));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
