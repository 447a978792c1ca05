/**
 * An independent structural reader of X12 5010 files for the audit script (scripts/x12-audit.ts):
 * it walks a pyx12 transaction map (src/data/x12/pyx12-maps) the way a validator does,
 * deciding each segment's loop from the segment sequence alone (not from the writer's labels),
 * and reports what the flat layout table cannot see: order, loop entry, max use and repeat
 * counts, required segments and loops missing, HL parent/child numbering, envelope counts and
 * control numbers, delimiters used as data. Element-level checks stay with
 * src/domain/x12/check-segment.ts; this reader reuses none of the writers' code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml, type XmlNode } from './tiny-xml.ts';

/** A problem the walk found, as data. */
export interface WalkFinding {
  code: string;
  /** 0-based index of the segment in the interchange. */
  index: number;
  segment: string;
  loop: string;
  detail: string;
}

interface ElementNode { seq: number; usage: string; type: string; codes: string[]; composite: boolean; firstComponentCodes: string[]; repeat: number }
interface SegmentNode { kind: 'segment'; id: string; usage: string; pos: number; maxUse: number; elements: ElementNode[] }
interface LoopNode { kind: 'loop'; id: string; usage: string; pos: number; repeat: number; wrapper: boolean; children: (SegmentNode | LoopNode)[] }

const txt = (n: XmlNode, tag: string): string => n.children.find((c) => c.tag === tag)?.text.trim() ?? '';
const count = (v: string): number => (v.startsWith('>') ? Number.POSITIVE_INFINITY : Number(v) || 1);

function elementOf(n: XmlNode, dict: Map<string, string>): ElementNode {
  const valid = n.children.find((c) => c.tag === 'valid_codes');
  const codes = valid && !valid.attrs.external ? valid.children.filter((c) => c.tag === 'code').map((c) => c.text.trim()) : [];
  if (n.tag === 'composite') {
    const first = n.children.find((c) => c.tag === 'element');
    const fv = first?.children.find((c) => c.tag === 'valid_codes');
    const firstCodes = fv && !fv.attrs.external ? fv.children.filter((c) => c.tag === 'code').map((c) => c.text.trim()) : [];
    return { seq: Number(txt(n, 'seq')), usage: txt(n, 'usage'), type: 'composite', codes: [], composite: true, firstComponentCodes: firstCodes, repeat: count(txt(n, 'repeat') || '1') };
  }
  return { seq: Number(txt(n, 'seq')), usage: txt(n, 'usage'), type: dict.get(txt(n, 'data_ele')) ?? 'AN', codes, composite: false, firstComponentCodes: [], repeat: count(txt(n, 'repeat') || '1') };
}

function build(n: XmlNode, dict: Map<string, string>): LoopNode {
  const children: (SegmentNode | LoopNode)[] = [];
  for (const c of n.children) {
    if (c.tag === 'loop') children.push(build(c, dict));
    else if (c.tag === 'segment') {
      children.push({ kind: 'segment', id: c.attrs.xid ?? '', usage: txt(c, 'usage'), pos: Number(txt(c, 'pos')), maxUse: count(txt(c, 'max_use')), elements: c.children.filter((e) => e.tag === 'element' || e.tag === 'composite').map((e) => elementOf(e, dict)) });
    }
  }
  return { kind: 'loop', id: n.attrs.xid ?? n.tag, usage: txt(n, 'usage') || 'R', pos: Number(txt(n, 'pos')), repeat: count(txt(n, 'repeat') || '1'), wrapper: n.attrs.type === 'wrapper', children };
}

/** A transaction map read from the pyx12 maps folder. */
export function loadMap(mapsDir: string, file: string): LoopNode {
  const dict = new Map<string, string>();
  for (const d of parseXml(readFileSync(join(mapsDir, 'dataele.xml'), 'utf8')).children.filter((c) => c.tag === 'data_ele')) {
    dict.set(d.attrs.ele_num ?? '', d.attrs.data_type ?? 'AN');
  }
  return build(parseXml(readFileSync(join(mapsDir, file), 'utf8')), dict);
}

interface Parsed { id: string; values: string[]; raw: string }

/** Splits an interchange with the delimiters its ISA declares. */
export function splitInterchange(text: string): { segments: Parsed[]; element: string; component: string; repetition: string; terminator: string } {
  const element = text[3] ?? '*';
  const component = text[104] ?? ':';
  const terminator = text[105] ?? '~';
  const repetition = text.slice(0, 106).split(element)[11] ?? '^';
  const segments = text.split(terminator).map((s) => s.replace(/^[\r\n]+/, '')).filter((s) => s.length > 0).map((raw) => {
    const [id, ...values] = raw.split(element);
    return { id: id ?? '', values, raw };
  });
  return { segments, element, component, repetition, terminator };
}

function matches(node: SegmentNode, s: Parsed, component: string): boolean {
  if (node.id !== s.id) return false;
  const first = node.elements[0];
  if (first && !first.composite && first.type === 'ID' && first.usage === 'R' && first.codes.length && !first.codes.includes(s.values[0] ?? '')) return false;
  if (first?.composite && first.firstComponentCodes.length && !first.firstComponentCodes.includes((s.values[0] ?? '').split(component)[0] ?? '')) return false;
  if (s.id === 'HL') {
    const third = node.elements[2];
    if (third?.codes.length && !third.codes.includes(s.values[2] ?? '')) return false;
  }
  return true;
}

/** The segment nodes that can open a loop (its first segment, through wrappers). */
function entry(loop: LoopNode): SegmentNode | undefined {
  const first = loop.children[0];
  if (!first) return undefined;
  return first.kind === 'segment' ? first : entry(first);
}

interface Instance { node: LoopNode; at: number; segCounts: Map<SegmentNode, number>; loopCounts: Map<LoopNode, number> }

/** Walks one interchange through a map; findings empty when the structure is sound. */
export function walk(text: string, map: LoopNode): { findings: WalkFinding[]; loops: string[] } {
  const { segments, component, repetition } = splitInterchange(text);
  const findings: WalkFinding[] = [];
  const loops: string[] = [];
  const root: Instance = { node: map, at: 0, segCounts: new Map(), loopCounts: new Map() };
  let stack: Instance[] = [root];
  const add = (code: string, index: number, detail: string) => findings.push({ code, index, segment: segments[index]?.raw.slice(0, 60) ?? '', loop: stack[stack.length - 1]!.node.id, detail });

  const close = (inst: Instance, index: number) => {
    for (const c of inst.node.children) {
      if (c.usage !== 'R') continue;
      if (c.kind === 'segment' && !inst.segCounts.get(c)) add('required-segment-missing', index, `${c.id} (pos ${c.pos}) required in loop ${inst.node.id}`);
      if (c.kind === 'loop' && !inst.loopCounts.get(c) && !c.wrapper) add('required-loop-missing', index, `loop ${c.id} required in ${inst.node.id}`);
    }
  };

  /** Path of loops to open (outermost first) so that `s` is the first segment of the last one. */
  const opening = (loop: LoopNode, s: Parsed): LoopNode[] | undefined => {
    const first = loop.children[0];
    if (!first) return undefined;
    if (first.kind === 'segment') return matches(first, s, component) ? [loop] : undefined;
    const inner = opening(first, s);
    return inner ? [loop, ...inner] : undefined;
  };

  segments.forEach((s, index) => {
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const inst = stack[depth]!;
      const kids = inst.node.children;
      let found = false;
      for (let k = inst.at; k < kids.length && !found; k++) {
        const c = kids[k]!;
        if (c.kind === 'segment') {
          // A loop's first segment opens the next instance of the loop; it never repeats inside one.
          if (k === 0 && !inst.node.wrapper && inst.node !== map) continue;
          if (!matches(c, s, component)) continue;
          for (const popped of stack.slice(depth + 1).reverse()) close(popped, index);
          stack = stack.slice(0, depth + 1);
          const n = (inst.segCounts.get(c) ?? 0) + 1;
          inst.segCounts.set(c, n);
          if (n > c.maxUse) add('max-use', index, `${c.id} used ${n} times, max ${c.maxUse} in ${inst.node.id}`);
          inst.at = k;
          found = true;
        } else {
          const path = opening(c, s);
          if (!path) continue;
          for (const popped of stack.slice(depth + 1).reverse()) close(popped, index);
          stack = stack.slice(0, depth + 1);
          inst.at = k;
          let parent = inst;
          for (const loop of path) {
            const n = (parent.loopCounts.get(loop) ?? 0) + 1;
            parent.loopCounts.set(loop, n);
            if (n > loop.repeat) add('repeat', index, `loop ${loop.id} repeated ${n} times, max ${loop.repeat}`);
            const child: Instance = { node: loop, at: 0, segCounts: new Map(), loopCounts: new Map() };
            stack.push(child);
            parent = child;
          }
          const firstSeg = entry(path[path.length - 1]!)!;
          parent.segCounts.set(firstSeg, 1);
          found = true;
        }
      }
      if (found) break;
      if (depth === 0) add('unexpected-segment', index, `${s.id} does not fit after ${stack.map((i) => i.node.id).join(' > ')} (out of order, wrong loop or wrong qualifier)`);
    }
    loops.push(stack[stack.length - 1]!.node.id);
    // Delimiters as data: a component separator only in composites, a repetition separator only in repeating elements.
    const node = stack[stack.length - 1]!;
    const segNode = [...node.segCounts.keys()].find((n) => matches(n, s, component));
    if (segNode && s.id !== 'ISA') {
      s.values.forEach((v, i) => {
        const el = segNode.elements.find((e) => e.seq === i + 1);
        if (!el) return;
        if (!el.composite && v.includes(component)) add('component-in-simple-element', index, `${s.id}${String(i + 1).padStart(2, '0')} "${v}" holds the component separator`);
        if (el.repeat === 1 && v.includes(repetition)) add('repetition-in-element', index, `${s.id}${String(i + 1).padStart(2, '0')} "${v}" holds the repetition separator`);
      });
    }
  });
  for (const inst of stack.slice(1).reverse()) close(inst, segments.length - 1);
  return { findings, loops };
}

/** Envelope checks: ISA width, control numbers, counts (SE01, GE01, IEA01), GS08 = ST03, dates. */
export function checkEnvelope(text: string): WalkFinding[] {
  const out: WalkFinding[] = [];
  const { segments } = splitInterchange(text);
  const add = (code: string, index: number, detail: string) => out.push({ code, index, segment: segments[index]?.raw.slice(0, 60) ?? '', loop: 'envelope', detail });
  const isaRaw = text.slice(0, 106);
  if (!/^ISA/.test(isaRaw) || text[105] !== '~') add('isa-width', 0, 'ISA is not 106 characters ending with the terminator');
  const isa = segments[0];
  const widths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
  isa?.values.forEach((v, i) => { if (v.length !== widths[i]) add('isa-element-width', 0, `ISA${String(i + 1).padStart(2, '0')} is ${v.length} wide, must be ${widths[i]}`); });
  const iea = segments.findLast((s) => s.id === 'IEA');
  if (iea?.values[1] !== isa?.values[12]) add('control', segments.length - 1, `IEA02 ${iea?.values[1]} != ISA13 ${isa?.values[12]}`);
  const groups = segments.filter((s) => s.id === 'GS');
  if (Number(iea?.values[0]) !== groups.length) add('count', segments.length - 1, `IEA01 ${iea?.values[0]} != ${groups.length} groups`);
  let gs: Parsed | undefined;
  let st: { s: Parsed; i: number } | undefined;
  let sets = 0;
  segments.forEach((s, i) => {
    if (s.id === 'GS') {
      gs = s;
      sets = 0;
      if (!/^\d{8}$/.test(s.values[3] ?? '')) add('date', i, `GS04 ${s.values[3]} not CCYYMMDD`);
    }
    if (s.id === 'ST') {
      st = { s, i };
      sets++;
      if (s.values[2] && gs && s.values[2] !== gs.values[7]) add('version', i, `ST03 ${s.values[2]} != GS08 ${gs.values[7]}`);
    }
    if (s.id === 'SE' && st) {
      if (Number(s.values[0]) !== i - st.i + 1) add('count', i, `SE01 ${s.values[0]} != ${i - st.i + 1} segments`);
      if (s.values[1] !== st.s.values[1]) add('control', i, `SE02 ${s.values[1]} != ST02 ${st.s.values[1]}`);
    }
    if (s.id === 'GE' && gs) {
      if (Number(s.values[0]) !== sets) add('count', i, `GE01 ${s.values[0]} != ${sets} transaction sets`);
      if (s.values[1] !== gs.values[5]) add('control', i, `GE02 ${s.values[1]} != GS06 ${gs.values[5]}`);
    }
  });
  return out;
}

/** HL numbering: HL01 1, 2, 3...; HL02 an earlier HL01; HL04 1 exactly when a later HL names it parent. */
export function checkHl(text: string): WalkFinding[] {
  const out: WalkFinding[] = [];
  const { segments } = splitInterchange(text);
  const hls = segments.map((s, i) => ({ s, i })).filter((x) => x.s.id === 'HL');
  const ids = new Set<string>();
  hls.forEach(({ s, i }, k) => {
    const add = (detail: string) => out.push({ code: 'hl', index: i, segment: s.raw, loop: 'HL', detail });
    if (s.values[0] !== String(k + 1)) add(`HL01 ${s.values[0]} should be ${k + 1}`);
    if (s.values[1] && !ids.has(s.values[1])) add(`HL02 ${s.values[1]} names no earlier HL`);
    ids.add(s.values[0] ?? '');
    const hasChild = hls.some((h) => h.s.values[1] === s.values[0]);
    if (s.values[3] !== undefined && s.values[3] !== '' && (s.values[3] === '1') !== hasChild) add(`HL04 ${s.values[3]} but ${hasChild ? 'a child follows' : 'no child follows'}`);
  });
  return out;
}
