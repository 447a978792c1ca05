/**
 * Builds the X12 5010 segment-layout tables (src/data/x12/<transaction>.json) from the pyx12
 * transaction maps in ../shared/data/x12/pyx12-maps (BSD licence, copied beside the output),
 * and copies the maps `npm run x12:audit` walks (the four transactions and dataele.xml, with the
 * licence) unchanged into src/data/x12/pyx12-maps, so the audit runs from a clone.
 *
 *   node --experimental-strip-types scripts/data/build-x12-layouts.ts [--maps <dir>] [--out <dir>] [--audit-maps <dir>]
 *
 * One row per segment occurrence in guide order, with its loop, usage and every element's
 * position, usage, data element type, min/max length and fixed code values. The tables are
 * facts about the standard's layout, not the implementation guides' text.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml, type XmlNode } from '../lib/tiny-xml.ts';
import type { X12ElementLayout, X12Layout, X12SegmentLayout } from '../../src/domain/x12/layout.ts';

const PYX12_COMMIT = '8893c59ffd95ccc213cc7661757dc4298b9f430a';
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const maps = option('maps', '../shared/data/x12/pyx12-maps');
const out = option('out', 'src/data/x12');
const auditMaps = option('audit-maps', 'src/data/x12/pyx12-maps');

const TRANSACTIONS = [
  { file: '837.5010.X222.A1.xml', id: '837p', guide: '005010X222A1' },
  { file: '835.5010.X221.A1.xml', id: '835', guide: '005010X221A1' },
  { file: '999.5010X231.A1.xml', id: '999', guide: '005010X231A1' },
  { file: '277.5010.X214.xml', id: '277ca', guide: '005010X214' },
] as const;

const text = (node: XmlNode, tag: string): string | undefined => node.children.find((c) => c.tag === tag)?.text.trim();
const kids = (node: XmlNode, tag: string): XmlNode[] => node.children.filter((c) => c.tag === tag);

interface DataElement { type: string; min: number; max: number }
const dictionary = new Map<string, DataElement>();
for (const d of kids(parseXml(readFileSync(join(maps, 'dataele.xml'), 'utf8')), 'data_ele')) {
  dictionary.set(d.attrs.ele_num ?? '', { type: d.attrs.data_type ?? 'AN', min: Number(d.attrs.min_len), max: Number(d.attrs.max_len) });
}

const externalUsed = new Set<string>();
const codesXml = parseXml(readFileSync(join(maps, 'codes.xml'), 'utf8'));
/** Code set id -> the data element codes.xml says it lists. */
const codeSetElement = new Map(kids(codesXml, 'codeset').map((set) => [text(set, 'id') ?? '', text(set, 'data_ele') ?? '']));

function element(node: XmlNode): X12ElementLayout {
  const dataElement = text(node, 'data_ele') ?? '';
  const position = Number(text(node, 'seq'));
  const base = { id: node.attrs.xid ?? '', name: text(node, 'name') ?? '', position, usage: (text(node, 'usage') ?? 'S') as 'R' | 'S' | 'N', dataElement };
  if (node.tag === 'composite') return { ...base, components: kids(node, 'element').map(element) };
  const dict = dictionary.get(dataElement);
  if (!dict) throw new Error(`${base.id}: data element ${dataElement} not in dataele.xml`);
  const valid = node.children.find((c) => c.tag === 'valid_codes');
  const codes = valid ? kids(valid, 'code').map((c) => c.text.trim()) : [];
  const external = valid?.attrs.external;
  if (external) externalUsed.add(external);
  const regex = text(node, 'regex');
  return { ...base, type: dict.type, min: dict.min, max: dict.max, ...(codes.length ? { codes } : {}), ...(external ? { externalCodes: external } : {}), ...(regex ? { pattern: regex } : {}) };
}

function walk(node: XmlNode, loops: string[], rows: X12SegmentLayout[]): void {
  for (const child of node.children) {
    if (child.tag === 'loop') walk(child, [...loops, child.attrs.xid ?? ''], rows);
    else if (child.tag === 'segment') {
      const elements = child.children.filter((c) => c.tag === 'element' || c.tag === 'composite').map(element);
      rows.push({
        loop: loops[loops.length - 1] ?? '',
        loopPath: loops,
        segment: child.attrs.xid ?? '',
        name: text(child, 'name') ?? '',
        usage: (text(child, 'usage') ?? 'S') as 'R' | 'S' | 'N',
        maxUse: text(child, 'max_use') ?? '1',
        elements,
        ...(kids(child, 'syntax').length ? { syntax: kids(child, 'syntax').map((s) => s.text.trim()) } : {}),
      });
    }
  }
}

/**
 * The maps name an external list on most elements of a coded data element but not all (2010AA N402
 * has no states list while 2010BA N402 does): apply a list named anywhere in a map to every
 * element of that data element in the same map, so the same value is judged the same way.
 */
function fillExternal(rows: X12SegmentLayout[]): void {
  const all = (els: X12ElementLayout[]): X12ElementLayout[] => els.flatMap((e) => [e, ...(e.components ?? [])]);
  const lists = new Map<string, string>();
  // Only lists that codes.xml ties to that data element, and only for ID (coded) elements:
  // states for 156, never remark codes for 127, which is also every free reference number.
  for (const r of rows) for (const e of all(r.elements)) if (e.externalCodes && e.type === 'ID' && codeSetElement.get(e.externalCodes) === e.dataElement) lists.set(e.dataElement, e.externalCodes);
  for (const r of rows) for (const e of all(r.elements)) if (!e.codes && !e.externalCodes && e.usage !== 'N' && lists.has(e.dataElement)) e.externalCodes = lists.get(e.dataElement)!;
}

mkdirSync(out, { recursive: true });
for (const t of TRANSACTIONS) {
  const root = parseXml(readFileSync(join(maps, t.file), 'utf8'));
  const rows: X12SegmentLayout[] = [];
  walk(root, [], rows);
  fillExternal(rows);
  const layout: X12Layout = {
    transaction: t.id,
    guide: t.guide,
    name: text(root, 'name') ?? '',
    source: {
      map: t.file,
      project: 'pyx12 (github.com/azoner/pyx12)',
      commit: PYX12_COMMIT,
      licence: 'BSD; see LICENSE-pyx12.txt beside this file',
      note: 'Segment and element layout derived from the pyx12 map; the 5010 implementation guides themselves are X12 copyright and not reproduced.',
    },
    segments: rows,
  };
  writeFileSync(join(out, `${t.id}.json`), `${JSON.stringify(layout)}\n`);
  process.stdout.write(`${t.id}: ${rows.length} segment rows from ${t.file}\n`);
}

const codeSets: Record<string, string[]> = {};
for (const set of kids(codesXml, 'codeset')) {
  const id = text(set, 'id') ?? '';
  if (!externalUsed.has(id)) continue;
  codeSets[id] = set.children.filter((c) => c.tag === 'version').flatMap((v) => kids(v, 'code').map((c) => c.text.trim()));
}
writeFileSync(join(out, 'external-codes.json'), `${JSON.stringify({ source: { file: 'codes.xml', project: 'pyx12 (github.com/azoner/pyx12)', commit: PYX12_COMMIT, licence: 'BSD; see LICENSE-pyx12.txt beside this file' }, sets: codeSets })}\n`);
copyFileSync(join(maps, 'LICENSE.txt'), join(out, 'LICENSE-pyx12.txt'));
process.stdout.write(`external code sets: ${Object.keys(codeSets).join(', ')}\n`);

// The audit's walk (scripts/lib/x12-walk.ts) reads the maps themselves, not the tables: an
// independent reader. It needs each transaction map and dataele.xml (types), not codes.xml.
mkdirSync(auditMaps, { recursive: true });
for (const file of [...TRANSACTIONS.map((t) => t.file), 'dataele.xml', 'LICENSE.txt']) {
  copyFileSync(join(maps, file), join(auditMaps, file));
  // ../shared is read-only; the copies must stay writable so the next run can replace them.
  chmodSync(join(auditMaps, file), 0o644);
}
process.stdout.write(`audit maps: ${TRANSACTIONS.length} transactions, dataele.xml and LICENSE.txt copied to ${auditMaps}\n`);
