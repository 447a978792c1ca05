import { describe, expect, it } from 'vitest';
import { loadRecordReview, recordReviewIds } from '../../src/data/record-review-node.ts';
import type { RecordReview } from '../../src/domain/records/record-review-schema.ts';
import { AAA03, AAA04, DTP_2100C, EB01, EB02, EB03_USED, EB04_USED, EB06, EB09, EB11, EB12, III01, NM101_2120C, ORDER_2100C } from './x12-271-codes.ts';

/**
 * The X12 271 text in the eligibility record reviews is read by learners as the real thing, so
 * every segment they see must follow 005010X279A1: the envelope and counts of a full response,
 * and the code values of the EB, AAA, DTP, III and 2120C NM1 segments wherever they appear.
 */
const eligibility = recordReviewIds()
  .map((id) => ({ id, read: loadRecordReview(id) }))
  .filter((r): r is { id: string; read: { ok: true; data: RecordReview } } => r.read.ok && r.read.data.topic === 'eligibility');

/** Every text a learner reads: exhibit lines and item details. */
function texts(ex: RecordReview): string[] {
  return [...ex.exhibits.flatMap((e) => e.lines), ...ex.items.flatMap((i) => i.details)];
}

/** The segments (without terminator) of an id found anywhere in a line, e.g. "EB*C*IND*30***29*385*****Y". */
function segmentsIn(line: string, id: string): string[] {
  return [...line.matchAll(new RegExp(`(?:^|[\\s"(])(${id}\\*[^~]*)~`, 'g'))].map((m) => m[1]!);
}

const isDate = (s: string) => /^\d{8}$/.test(s) && !Number.isNaN(Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`));

/** Problems of one segment against the table, as short strings (empty when it conforms). */
function problems(segment: string, loop: '2000A' | '2100C'): string[] {
  const e = segment.split('*');
  const out: string[] = [];
  const inList = (value: string | undefined, list: readonly string[], name: string) => {
    if (value && !list.includes(value)) out.push(`${name} "${value}" is not a code of the guide`);
  };
  switch (e[0]) {
    case 'EB':
      if (e.length > 15) out.push('EB has more than 14 elements');
      if (!e[1]) out.push('EB01 is required');
      inList(e[1], EB01, 'EB01');
      inList(e[2], EB02, 'EB02');
      inList(e[3], EB03_USED, 'EB03');
      inList(e[4], EB04_USED, 'EB04');
      inList(e[6], EB06, 'EB06');
      if (e[7] && !/^\d+(\.\d{1,2})?$/.test(e[7])) out.push(`EB07 "${e[7]}" is not an amount`);
      if (e[8] && !(/^\.?\d+(\.\d+)?$/.test(e[8]) && Number(e[8]) <= 1)) out.push(`EB08 "${e[8]}" is not a percent written as a decimal`);
      inList(e[9], EB09, 'EB09');
      if (Boolean(e[9]) !== Boolean(e[10])) out.push('EB09 and EB10 go together');
      inList(e[11], EB11, 'EB11');
      inList(e[12], EB12, 'EB12');
      if (e.at(-1) === '') out.push('trailing separator');
      break;
    case 'AAA':
      if (!['Y', 'N'].includes(e[1] ?? '')) out.push(`AAA01 "${e[1]}" must be Y or N`);
      if (e[2]) out.push('AAA02 is not used');
      inList(e[3], AAA03[loop], `AAA03 (loop ${loop})`);
      inList(e[4], AAA04[loop], `AAA04 (loop ${loop})`);
      break;
    case 'DTP':
      inList(e[1], DTP_2100C, 'DTP01');
      if (e[2] === 'D8' && !isDate(e[3] ?? '')) out.push(`DTP03 "${e[3]}" is not a CCYYMMDD date`);
      else if (e[2] === 'RD8' && !(/^\d{8}-\d{8}$/.test(e[3] ?? '') && (e[3] ?? '').split('-').every(isDate))) out.push(`DTP03 "${e[3]}" is not a CCYYMMDD-CCYYMMDD range`);
      else if (e[2] !== 'D8' && e[2] !== 'RD8') out.push(`DTP02 "${e[2]}" must be D8 or RD8`);
      break;
    case 'III':
      inList(e[1], III01, 'III01');
      // With ZZ, III02 carries a place of service code (two digits, e.g. 11 office).
      if (e[1] === 'ZZ' && !/^\d{2}$/.test(e[2] ?? '')) out.push(`III02 "${e[2]}" is not a place of service code`);
      break;
  }
  return out;
}

/**
 * Segments of loop 2100C that appear out of the guide's order in a text: from each subscriber
 * NM1*IL on, every 2100C segment must come at or after the previous one's position; the loop ends
 * at the first segment that is not a 2100C segment (EB, HL, LS, another NM1).
 */
function outOfOrder2100C(text: string): string[] {
  const order = ORDER_2100C as readonly string[];
  const out: string[] = [];
  let last = -1;
  for (const m of text.matchAll(/(?:^|[\s"(])(([A-Z][A-Z0-9]{1,2})\*[^~]*)~/g)) {
    const [, seg, id] = m as unknown as [string, string, string];
    if (seg.startsWith('NM1*IL*')) last = 0;
    else if (last < 0) continue;
    else if (id === 'NM1' || !order.includes(id)) last = -1;
    else if (order.indexOf(id) < last) out.push(`${seg} comes after a later 2100C segment (order: ${order.join(', ')})`);
    else last = order.indexOf(id);
  }
  return out;
}

describe('X12 271 text in the eligibility record reviews', () => {
  it('covers the eligibility cases (at least one shows a full 271)', () => {
    expect(eligibility.length).toBeGreaterThanOrEqual(4);
    expect(eligibility.some(({ read }) => read.data.exhibits.some((x) => x.lines.some((l) => l.startsWith('ST*271*'))))).toBe(true);
  });

  it('the table catches a wrong code (so the checks below can fail)', () => {
    expect(problems('EB*C*IND*30***29*385*****Q', '2100C')).toEqual(['EB12 "Q" is not a code of the guide']);
    expect(problems('AAA*Y**72*C', '2000A')).toEqual(['AAA03 (loop 2000A) "72" is not a code of the guide']);
    expect(problems('DTP*291*RD8*20260101-20261331', '2100C')).toHaveLength(1);
    expect(problems('III*ZZ*OFFICE', '2100C')).toEqual(['III02 "OFFICE" is not a place of service code']);
    expect(outOfOrder2100C('NM1*IL*1*REYES*ANA****MI*LHP220345918~ DMG*D8*19901104~ AAA*N**71*C~')).toHaveLength(1);
    expect(outOfOrder2100C('NM1*IL*1*REYES*ANA****MI*LHP220345918~ AAA*N**71*C~ DMG*D8*19901104~')).toEqual([]);
  });

  describe.each(eligibility)('$id', ({ read }) => {
    const ex = read.data;

    it('every EB, AAA, DTP and III segment uses codes of 005010X279A1', () => {
      const found: string[] = [];
      for (const line of texts(ex)) {
        // An AAA on a line with the information source HL (20) sits in loop 2000A; otherwise it is the subscriber's.
        const loop = /HL\*\d+\*\*20\*/.test(line) ? '2000A' : '2100C';
        for (const id of ['EB', 'AAA', 'DTP', 'III']) for (const seg of segmentsIn(line, id)) found.push(...problems(seg, loop).map((p) => `${seg}: ${p}`));
      }
      expect(found).toEqual([]);
    });

    it('keeps the segments of loop 2100C in the guide\'s order (NM1, N3, N4, AAA, DMG, DTP)', () => {
      const texts2 = [...ex.exhibits.map((e) => e.lines.join(' ')), ...ex.items.flatMap((i) => i.details)];
      expect(texts2.flatMap(outOfOrder2100C)).toEqual([]);
    });

    for (const exhibit of ex.exhibits.filter((x) => x.lines.some((l) => l.startsWith('ST*271*')))) {
      it(`exhibit "${exhibit.id}" is a well-formed 271 interchange`, () => {
        const lines = exhibit.lines;
        const isa = lines[0] ?? '';
        expect(isa.startsWith('ISA*'), 'starts with ISA').toBe(true);
        expect(isa.length, 'the ISA is fixed length: 106 characters with its terminator').toBe(106);
        const field = (prefix: string) => (lines.find((l) => l.startsWith(prefix)) ?? '').replace(/~$/, '').split('*');
        const [gs, st, se, ge, iea] = [field('GS*'), field('ST*'), field('SE*'), field('GE*'), field('IEA*')];
        expect(gs[1]).toBe('HB');
        expect(gs[8]).toBe('005010X279A1');
        expect(st.slice(1)).toEqual([st[1], st[2], '005010X279A1']);
        expect(st[1]).toBe('271');
        const from = lines.findIndex((l) => l.startsWith('ST*'));
        const to = lines.findIndex((l) => l.startsWith('SE*'));
        expect(Number(se[1]), 'SE01 counts the segments from ST to SE').toBe(to - from + 1);
        expect(se[2], 'SE02 repeats ST02').toBe(st[2]);
        expect(ge[2], 'GE02 repeats GS06').toBe(gs[6]);
        expect(iea[2], 'IEA02 repeats ISA13').toBe(isa.split('*')[13]);
        expect(lines.every((l) => l.endsWith('~')), 'every segment ends with ~').toBe(true);
        // HL: information source (20), receiver (21), subscriber (22), each pointing at an earlier parent.
        const hls = lines.filter((l) => l.startsWith('HL*')).map((l) => l.replace(/~$/, '').split('*'));
        expect(hls.map((h) => h[3])).toEqual(['20', '21', '22']);
        hls.forEach((h, i) => expect(h[2] ?? '', `HL ${h[1]} parent`).toBe(i === 0 ? '' : hls[i - 1]![1]));
        // LS/LE wrap loop 2120C, whose NM1 names a benefit related entity.
        const ls = lines.findIndex((l) => l.startsWith('LS*'));
        if (ls >= 0) {
          const le = lines.findIndex((l) => l.startsWith('LE*'));
          expect(lines[ls]).toBe(lines[le]!.replace(/^LE/, 'LS'));
          const nm1 = lines[ls + 1]!.replace(/~$/, '').split('*');
          expect(nm1[0]).toBe('NM1');
          expect(NM101_2120C as readonly string[]).toContain(nm1[1]);
        }
      });
    }
  });
});
