import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import { describeFinding, gradeReason } from '../../../../src/domain/claims/describe.ts';
import { gradeClaim } from '../../../../src/domain/claims/grade.ts';
import { BASE } from './helpers.ts';

describe('gradeClaim', () => {
  it('item 33 ZIP: the case\'s ZIP+4 is matched with or without the hyphen; five digits lose the item with feedback that the +4 was left off, and a wrong ZIP gets the plain mismatch', () => {
    const item33 = (zip: string) => {
      const g = gradeClaim(applyChanges(BASE, [{ path: 'billingProvider.address.zip', value: zip }]), BASE);
      if (g.type !== 'points') throw new Error('not graded');
      return { earned: g.items.find((i) => i.item === '33')?.earned, finding: g.findings.find((f) => f.path.at(-1) === 'zip') };
    };
    expect(BASE.billingProvider.address.zip).toBe('43081-2204');
    expect(item33('430812204')).toEqual({ earned: 1, finding: undefined });
    const short = item33('43081');
    expect(short.earned).toBe(0);
    expect(describeFinding(short.finding!)).toMatch(/you entered "43081", the answer is "43081-2204"\. The case gives the nine-digit ZIP\+4: copy all of it .* billing provider \(item 33\)\.$/);
    expect(gradeReason(short.finding!)).toContain('copy all of it');
    const wrong = item33('43082');
    expect(wrong.earned).toBe(0);
    expect(describeFinding(wrong.finding!)).not.toContain('ZIP+4');
  });

  it('item 9a on a Medicare claim: MEDIGAP, MGAP or MG before the policy number are one (Pub. 100-04 ch. 26); no prefix, or another policy, loses the item', () => {
    const medigap = applyChanges(BASE, [{ path: 'otherInsured', value: { name: { last: 'SAME', first: '' }, policyGroup: 'MG40028817', planName: '55871' } }]);
    const item9a = (policy: string) => {
      const g = gradeClaim(applyChanges(medigap, [{ path: 'otherInsured.policyGroup', value: policy }]), medigap);
      return g.type === 'points' ? g.items.find((i) => i.item === '9a')?.earned : undefined;
    };
    for (const same of ['MG40028817', 'MEDIGAP 40028817', 'mgap-40028817', 'MG 40028817']) expect(item9a(same), same).toBe(1);
    for (const other of ['40028817', 'MG40028818', 'MGX40028817']) expect(item9a(other), other).toBe(0);
  });

  it('scores the answer against itself 100%', () => {
    const g = gradeClaim(BASE, BASE);
    expect(g.type === 'points' && g.percent).toBe(100);
  });
  it('ignores harmless formatting differences', () => {
    const student = applyChanges(BASE, [
      { path: 'patient.name.last', value: 'MARLOW' },
      { path: 'patient.phone', value: '(614) 555-0142' },
      { path: 'patient.birthDate', value: '04/12/1979' },
      { path: 'lines.0.charge', value: '185' },
      { path: 'totalCharge', value: '$217.00' },
      { path: 'diagnoses', value: ['e119', 'I10'] },
      { path: 'billingProvider.address.street', value: '2200  Maple Grove Road.' },
      { path: 'federalTaxId.id', value: '31-4455678' },
    ]);
    const g = gradeClaim(student, BASE);
    expect(g.type === 'points' && g.findings.map(describeFinding)).toEqual([]);
  });
  it('reports a wrong code by item and line, and uses item weights', () => {
    const g = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.procedure', value: '99213' }]), BASE, { '24D': 10 });
    expect(g.type).toBe('points');
    if (g.type !== 'points') return;
    expect(g.findings.map((f) => `${f.rule}/${f.code}@${f.item}`)).toEqual(['grade/mismatch@24D']);
    const lost = g.total - g.earned;
    expect(lost).toBe(10);
  });
  it('compares pointers by the codes they point at', () => {
    const swapped = applyChanges(BASE, [{ path: 'diagnoses', value: ['E11.9', 'I10'] }]);
    const g = gradeClaim(applyChanges(swapped, [{ path: 'lines.0.pointers', value: ['A', 'C'] }]), BASE);
    expect(g.type === 'points' && g.findings.map((f) => f.item)).toEqual(['24E']);
  });
  it('shows 24E as the letters typed, with the codes they point at, and says why the row lost points', () => {
    const g = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.pointers', value: ['b'] }]), BASE);
    if (g.type !== 'points') throw new Error('expected points');
    const f = g.findings.find((x) => x.item === '24E');
    expect(f?.data['actual']).toBe('B');
    expect(f?.data['expected']).toMatch(/^[A-L](, [A-L])*$/);
    expect(f && describeFinding(f)).toMatch(/you entered "B" \(pointing at I10\)/);
    expect(f && gradeReason(f)).toMatch(/^Your letters point at I10; the answer points at E11\.9/);
  });
  it('reads 24E letters written together in one box, as on the paper form, one by one: "AB" is A and B, never A alone', () => {
    const item24E = (pointers: string[], line = 0) => {
      const g = gradeClaim(applyChanges(BASE, [{ path: `lines.${line}.pointers`, value: pointers }]), BASE);
      if (g.type !== 'points') throw new Error('expected points');
      return g.findings.filter((f) => f.item === '24E').map(describeFinding);
    };
    for (const same of [['AB'], ['a, b'], ['A B'], ['A', 'B', '']]) expect(item24E(same), same.join('|')).toEqual([]);
    // Line 2 points at A only: "AB" there adds I10, which was scored right when "AB" read as A.
    expect(item24E(['AB'], 1)).toEqual(['Line 2, Item 24E (Diagnosis pointers): you entered "A, B" (pointing at E11.9, I10), the answer is "A" (pointing at E11.9).']);
    // A blank box points nowhere (it read as A).
    expect(item24E([''], 1)).toEqual(['Line 2, Item 24E (Diagnosis pointers): left blank; the answer is "A" (pointing at E11.9).']);
  });
  it('item 24A: "to" left blank for one date of service is the "from" date (NUCC item 24A); a wrong "to" date is named as the "to" date', () => {
    const g = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.to', value: '' }, { path: 'lines.1.to', value: ' ' }]), BASE);
    expect(g.type === 'points' && g.percent).toBe(100);
    const late = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.to', value: '2026-10-15' }]), BASE);
    expect(late.type === 'points' && late.findings.map(describeFinding)).toEqual(['Line 1, Item 24A (Dates of service), "to" date: you entered "2026-10-15", the answer is "2026-10-14".']);
  });
  it('names the box: no two boxes the grader compares share the words that start their finding (describe.ts MULTI_FIELD_ITEMS kept in step)', () => {
    const leaves = (o: unknown, p: (string | number)[] = []): (string | number)[][] =>
      typeof o === 'string' || typeof o === 'boolean' ? [p] : Array.isArray(o) ? o.flatMap((x, i) => leaves(x, [...p, i])) : o !== null && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => leaves(v, [...p, k])) : [];
    const boxes = new Map<string, Set<string>>();
    for (const path of leaves(BASE)) {
      const value: unknown = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], BASE);
      const g = gradeClaim(applyChanges(BASE, [{ path: path.join('.'), value: typeof value === 'boolean' ? !value : `${String(value)}7` }]), BASE);
      if (g.type !== 'points') continue;
      for (const f of g.findings.filter((x) => x.rule === 'grade')) {
        const label = describeFinding(f).split(':')[0] ?? '';
        boxes.set(label, new Set([...(boxes.get(label) ?? []), f.path.filter((k) => typeof k === 'string').join('.')]));
      }
    }
    expect(boxes.size).toBeGreaterThan(40);
    expect([...boxes].filter(([, paths]) => paths.size > 1)).toEqual([]);
  });
  it('does not mark item 29 left blank wrong when the answer says 0.00 (nothing paid)', () => {
    const answer = applyChanges(BASE, [{ path: 'amountPaid', value: '0.00' }]);
    for (const typed of [undefined, '', '0', '0.00']) {
      const g = gradeClaim(applyChanges(BASE, [{ path: 'amountPaid', value: typed }]), answer);
      expect(g.type === 'points' && g.findings.map((f) => f.item), String(typed)).toEqual([]);
    }
    const paid = gradeClaim(applyChanges(BASE, [{ path: 'amountPaid', value: '20.00' }]), answer);
    expect(paid.type === 'points' && paid.findings.map((f) => `${f.item}/${f.code}`)).toEqual(['29/extra']);
  });
  it('gives every grade row a reason', () => {
    const g = gradeClaim(applyChanges(BASE, [{ path: 'insuredId', value: '' }, { path: 'priorAuthorization', value: 'X1' }, { path: 'lines.0.procedure', value: '99213' }]), BASE);
    if (g.type !== 'points') throw new Error('expected points');
    expect(g.findings.map(gradeReason)).toEqual([
      'Left blank, but the case calls for this item.',
      'Nothing in this case calls for this item: leave it blank.',
      'Different from the answer, after ignoring case, spacing and date or amount format.',
    ]);
  });
  it('returns invalid for input that is not a claim', () => expect(gradeClaim([1], BASE).type).toBe('invalid'));
  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => { gradeClaim(value, BASE); }), { numRuns: 300 });
  });
  it('never throws on claims with arbitrary changes', () => {
    const paths = ['lines.0.units', 'lines.0.pointers', 'diagnoses', 'totalCharge', 'patient.birthDate', 'lines.1.modifiers', 'lines.0.supplemental'];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => { gradeClaim(applyChanges(BASE, [{ path, value }]), BASE); }), { numRuns: 300 });
  });
  it('lines in another order lose nothing, and a finding points at the learner\'s own line', () => {
    const swapped = { ...BASE, lines: [BASE.lines[1], BASE.lines[0]] };
    const same = gradeClaim(swapped, BASE);
    expect(same.type === 'points' && same.findings.map(describeFinding)).toEqual([]);
    const wrong = gradeClaim(applyChanges(swapped, [{ path: 'lines.1.units', value: '2' }]), BASE);
    expect(wrong.type === 'points' && wrong.findings.map((f) => f.path.join('.'))).toEqual(['lines.1.units']);
  });
  it('modifiers typed with hyphens or two in one box are the same modifiers', () => {
    const g = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.modifiers', value: ['-25'] }]), applyChanges(BASE, [{ path: 'lines.0.modifiers', value: ['25'] }]));
    expect(g.type === 'points' && g.percent).toBe(100);
    const two = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.modifiers', value: ['RT 59'] }]), applyChanges(BASE, [{ path: 'lines.0.modifiers', value: ['59', 'RT'] }]));
    expect(two.type === 'points' && two.percent).toBe(100);
  });
  it('dates of service in the six-digit form the 1500 allows are right; birth dates still need eight digits', () => {
    const g = gradeClaim(applyChanges(BASE, [{ path: 'lines.0.from', value: '10 14 26' }, { path: 'lines.0.to', value: '101426' }]), BASE);
    expect(g.type === 'points' && g.findings.map(describeFinding)).toEqual([]);
    const born = gradeClaim(applyChanges(BASE, [{ path: 'patient.birthDate', value: '04 12 79' }]), BASE);
    expect(born.type === 'points' && born.findings.map((f) => f.path.join('.'))).toEqual(['patient.birthDate']);
  });
  it('a line the learner left out is pointed at their next empty row, never at a line they filled correctly', () => {
    const onlySecond = { ...BASE, lines: [BASE.lines[1]] };
    const g = gradeClaim(onlySecond, BASE);
    expect(g.type).toBe('points');
    if (g.type !== 'points') return;
    expect(g.findings.length).toBeGreaterThan(0);
    expect(new Set(g.findings.map((f) => f.path.slice(0, 2).join('.')))).toEqual(new Set(['lines.1']));
    expect(new Set(g.findings.map((f) => f.data['line']))).toEqual(new Set([2]));
  });
  it('one service on two dates typed latest first loses nothing', () => {
    const first = BASE.lines[0];
    if (first === undefined) throw new Error('BASE has lines');
    const answer = { ...BASE, lines: [{ ...first, from: '10/01/2026', to: '10/01/2026' }, { ...first, from: '10/08/2026', to: '10/08/2026' }] };
    const student = { ...answer, lines: [answer.lines[1], answer.lines[0]] };
    const g = gradeClaim(student, answer);
    expect(g.type === 'points' && g.findings.map(describeFinding)).toEqual([]);
  });
});
