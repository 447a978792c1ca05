import { describe, expect, it } from 'vitest';
import { denialPageData } from '../../../src/data/billing-exercises-build.ts';
import { arExerciseIds, denialExerciseIds, loadArExercise, loadDenialExercise } from '../../../src/data/billing-exercises-node.ts';
import { postingExercises, secondaryExercises } from '../../../src/data/posting-exercises-node.ts';
import { BUCKETS } from '../../../src/domain/ar/ar-metrics.ts';
import { arRubric } from '../../../src/domain/ar/ar-rubric.ts';
import type { ArRubric, ArUserInput } from '../../../src/domain/ar/ar-types.ts';
import { describeArFinding } from '../../../src/domain/ar/describe-ar.ts';
import { scoreAr } from '../../../src/domain/ar/score-ar.ts';
import { describePostingFinding, describeSecondaryFinding } from '../../../src/domain/billing/describe-billing.ts';
import type { PostingUserInput } from '../../../src/domain/billing/posting-types.ts';
import { keyAsInput, scorePosting } from '../../../src/domain/billing/score-posting.ts';
import { scoreSecondary, secondaryKeyAsInput } from '../../../src/domain/billing/score-secondary.ts';
import { emptyLine, type DenialLineInput, type DenialRubric, type DenialUserInput } from '../../../src/domain/denials/denial-types.ts';
import { describeDenialFinding } from '../../../src/domain/denials/describe-denial.ts';
import { LETTER_PARTS } from '../../../src/domain/denials/letter-parts.ts';
import { scoreDenial } from '../../../src/domain/denials/score-denial.ts';

/**
 * Held-out round 3 on the billing graders (session 14): every posting, secondary, denial and A/R
 * exercise with the key typed the ways a biller types figures ("$1,234.50", "1234.5", blank for
 * zero, pasted full-width digits and non-breaking spaces, dates in any US form, "co 29", claim ids
 * in capitals from a class submission), and slips that must lose the point named.
 */

const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const dollars = (v: string): string => {
  if (v.trim() === '' || !Number.isFinite(Number(v))) return v;
  const n = Number(v);
  const text = `$${Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  return n < 0 ? `-${text}` : text;
};
const AMOUNT_FORMS: [string, (v: string) => string][] = [
  ['"$1,234.50"', dollars],
  ['"1234.5" (no trailing zeros)', (v) => (v.trim() === '' ? v : String(Number(v)))],
  ['blank for zero', (v) => (v.trim() !== '' && Number(v) === 0 ? '' : v)],
  ['"0.00" for blank', (v) => (v.trim() === '' ? '0.00' : v)],
  ['full-width digits', fullWidth],
  ['padded with non-breaking spaces', (v) => `\u00a0${v}\u00a0`],
];
/** Every amount of an answer retyped; choice fields (transfer, route, action) left as they are. */
function retype<T>(input: T, form: (v: string) => string): T {
  const walk = (o: unknown, key: string): unknown => {
    if (typeof o === 'string') return /^(transfer|postTo|action|route)$/.test(key) ? o : form(o);
    if (Array.isArray(o)) return o.map((x) => walk(x, key));
    if (o !== null && typeof o === 'object') return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v, k)]));
    return o;
  };
  return walk(input, '') as T;
}

describe('payment posting and secondary billing: every exercise, amounts typed another way, full marks', () => {
  const posting = postingExercises();
  const secondary = secondaryExercises();
  it('covers the exercises', () => expect([posting.length, secondary.length]).toEqual([expect.any(Number), expect.any(Number)]));
  it.each(AMOUNT_FORMS)('posting: %s', (_name, form) => {
    const unfair = posting.flatMap((ex) => {
      const r = scorePosting(retype(keyAsInput(ex.rubric), form), ex.rubric);
      return r.type === 'points' && r.earned === r.total ? [] : [`${ex.id}: ${r.type === 'points' ? r.findings.map(describePostingFinding).join(' | ') : JSON.stringify(r.reason)}`];
    });
    expect(posting.length).toBeGreaterThanOrEqual(20);
    expect(unfair).toEqual([]);
  });
  it.each(AMOUNT_FORMS)('secondary: %s', (_name, form) => {
    const unfair = secondary.flatMap((ex) => {
      const r = scoreSecondary(retype(secondaryKeyAsInput(ex.rubric), form), ex.rubric);
      return r.type === 'points' && r.earned === r.total ? [] : [`${ex.id}: ${r.type === 'points' ? r.findings.map((f) => describeSecondaryFinding(f, ex.rubric)).join(' | ') : JSON.stringify(r.reason)}`];
    });
    expect(secondary.length).toBeGreaterThanOrEqual(5);
    expect(unfair).toEqual([]);
  });

  it('posting: a payment a cent off loses points, and the finding names the row and the column', () => {
    const lenient: string[] = [];
    for (const ex of posting) {
      const input: PostingUserInput = keyAsInput(ex.rubric);
      const row = input.rows.findIndex((r) => Number(r.paid) > 0);
      const target = input.rows[row];
      if (target === undefined) continue;
      target.paid = (Number(target.paid) + 0.01).toFixed(2);
      const r = scorePosting(input, ex.rubric);
      const text = r.type === 'points' ? r.findings.map(describePostingFinding).join('\n') : '';
      if (r.type !== 'points' || r.earned >= r.total || !text.includes(`Row ${row + 1}: the payment is`)) lenient.push(`${ex.id}: ${text}`);
    }
    expect(lenient).toEqual([]);
  });
});

const denialRubrics = new Map<string, DenialRubric>();
/** Each worklist's rubric, built once: building them for every form took most of this file's time. */
function denialRubric(id: string): DenialRubric {
  const cached = denialRubrics.get(id);
  if (cached !== undefined) return cached;
  const loaded = loadDenialExercise(id);
  if (!loaded.ok) throw new Error(loaded.error);
  const rubric = denialPageData(id, loaded.data).rubric;
  denialRubrics.set(id, rubric);
  return rubric;
}
/** The key of a worklist with each line's fields passed through `edit`. */
function denialKey(rubric: DenialRubric, edit: (field: keyof DenialLineInput, value: string) => string = (_f, v) => v): DenialUserInput {
  const lines = Object.fromEntries(
    rubric.lines.map((l) => {
      const line: DenialLineInput = { ...emptyLine(), cause: l.key.cause, action: l.key.action, appealLevel: l.key.appealLevel ?? '', appealDeadline: l.key.appealDeadline ?? '', writeOff: l.key.writeOff ?? '', payerClaimNumber: l.payerClaimNumber };
      for (const field of ['appealDeadline', 'writeOff', 'payerClaimNumber'] as const) line[field] = edit(field, line[field]);
      return [l.id, line];
    }),
  );
  const letter = Object.fromEntries(LETTER_PARTS.map((p) => [p, rubric.letter?.parts[p].correct ?? '']));
  return { lines, letter };
}
const usDate = (iso: string): [string, string, string] => [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];

describe('denial worklists: every exercise, the key typed another way, full marks', () => {
  const ids = denialExerciseIds();
  const FORMS: [string, (field: keyof DenialLineInput, v: string) => string][] = [
    ['deadlines as MM/DD/YYYY', (f, v) => { if (f !== 'appealDeadline' || v === '') return v; const [y, m, d] = usDate(v); return `${m}/${d}/${y}`; }],
    ['deadlines as MMDDYYYY', (f, v) => { if (f !== 'appealDeadline' || v === '') return v; const [y, m, d] = usDate(v); return `${m}${d}${y}`; }],
    ['deadlines written out (March 2, 2027)', (f, v) => (f !== 'appealDeadline' || v === '' ? v : new Date(`${v}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }))],
    ['deadlines in full-width digits', (f, v) => (f === 'appealDeadline' ? fullWidth(v) : v)],
    ['write-off codes in lower case with a space or an en dash (co 29, CO\u201329)', (f, v) => (f !== 'writeOff' ? v : v.includes('45') ? v.toLowerCase().replace('-', ' ') : v.replace('-', '\u2013'))],
    ['payer claim numbers in groups with spaces', (f, v) => (f === 'payerClaimNumber' ? ` ${v.replace(/(\d{4})/g, '$1 ')}` : v)],
  ];
  it.each(FORMS)('%s', (_name, edit) => {
    const unfair = ids.flatMap((id) => {
      const rubric = denialRubric(id);
      const r = scoreDenial(rubric, denialKey(rubric, edit));
      return r.type === 'points' && r.earned === r.total ? [] : [`${id}: ${r.type === 'points' ? r.findings.filter((f) => !f.ok).map((f) => describeDenialFinding(f, rubric)).join(' | ') : 'invalid'}`];
    });
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(unfair).toEqual([]);
  });

  it('a deadline a day late loses the deadline point and says the last day and the rule', () => {
    let checked = 0;
    for (const id of ids) {
      const rubric = denialRubric(id);
      const late = (f: keyof DenialLineInput, v: string) => {
        if (f !== 'appealDeadline' || v === '') return v;
        const d = new Date(`${v}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1);
        return d.toISOString().slice(0, 10);
      };
      const r = scoreDenial(rubric, denialKey(rubric, late));
      if (r.type !== 'points') throw new Error(id);
      const wrong = r.findings.filter((f) => !f.ok);
      if (!rubric.lines.some((l) => l.key.appealDeadline)) continue;
      checked += 1;
      expect(wrong.length, id).toBeGreaterThan(0);
      for (const f of wrong) expect(describeDenialFinding(f, rubric), id).toMatch(/^Deadline: you gave .*; the last day is \d{4}-\d{2}-\d{2}: .*Source: /);
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});

/** An A/R exercise graded on the report alone (buckets, work order, KPIs): the collections step has its own held-out checks in its content test. */
type ReportRubric = ArRubric & { buckets: NonNullable<ArRubric['buckets']>; daysInAr: number; netCollectionRate: number };
const isReportOnly = (r: ArRubric): r is ReportRubric => r.buckets !== undefined && r.daysInAr !== undefined && r.netCollectionRate !== undefined && r.collections === undefined;

describe('A/R follow-up: every report exercise, the key typed another way, full marks', () => {
  const exercises = arExerciseIds().map((id) => {
    const loaded = loadArExercise(id);
    if (!loaded.ok) throw new Error(loaded.error);
    return [id, arRubric(loaded.data)] as const;
  }).flatMap(([id, rubric]) => (isReportOnly(rubric) ? [[id, rubric] as const] : []));
  const keyOf = (r: ReportRubric): ArUserInput => ({ buckets: Object.fromEntries(BUCKETS.map((b) => [b, r.buckets[b].toFixed(2)])), priority: [...r.priority], daysInAr: r.daysInAr.toFixed(1), netCollectionRate: r.netCollectionRate.toFixed(1) });
  const FORMS: [string, (r: ReportRubric) => ArUserInput][] = [
    ['buckets as "$1,234.50"', (r) => ({ ...keyOf(r), buckets: Object.fromEntries(BUCKETS.map((b) => [b, dollars(r.buckets[b].toFixed(2))])) })],
    ['figures without trailing zeros, the rate with %', (r) => ({ ...keyOf(r), buckets: Object.fromEntries(BUCKETS.map((b) => [b, String(r.buckets[b])])), daysInAr: String(r.daysInAr), netCollectionRate: `${r.netCollectionRate}%` })],
    ['days with their word, the rate with "percent"', (r) => ({ ...keyOf(r), daysInAr: `${r.daysInAr} days`, netCollectionRate: `${r.netCollectionRate} percent` })],
    ['figures in full-width digits', (r) => ({ ...keyOf(r), daysInAr: fullWidth(r.daysInAr.toFixed(1)), buckets: Object.fromEntries(BUCKETS.map((b) => [b, fullWidth(r.buckets[b].toFixed(2))])) })],
    ['claim ids padded with non-breaking spaces', (r) => ({ ...keyOf(r), priority: r.priority.map((p) => `\u00a0${p} `) })],
    ['claim ids in capitals, as a class submission file may carry them', (r) => ({ ...keyOf(r), priority: r.priority.map((p) => p.toUpperCase()) })],
  ];
  it.each(FORMS)('%s', (_name, form) => {
    const unfair = exercises.flatMap(([id, rubric]) => {
      const r = scoreAr(rubric, form(rubric));
      return r.type === 'points' && r.earned === r.total ? [] : [`${id}: ${r.type === 'points' ? r.findings.filter((f) => !f.ok).map((f) => describeArFinding(f, rubric)).join(' | ') : 'invalid'}`];
    });
    expect(exercises.length).toBeGreaterThanOrEqual(5);
    expect(unfair).toEqual([]);
  });
  it('the top two claims swapped (when they do not tie) lose both ranks, each naming the claim to work there', () => {
    for (const [id, rubric] of exercises) {
      const [a, b] = rubric.priority;
      if (a === undefined || b === undefined || (rubric.standing?.[a] !== undefined && rubric.standing[a] === rubric.standing[b])) continue;
      const r = scoreAr(rubric, { ...keyOf(rubric), priority: [b, a, ...rubric.priority.slice(2)] });
      if (r.type !== 'points') throw new Error(id);
      expect(r.total - r.earned, id).toBe(2);
      const text = r.findings.filter((f) => !f.ok).map((f) => describeArFinding(f, rubric)).join('\n');
      expect(text).toContain(`Rank 1: you put ${b} (`);
      expect(text).toContain(`; work ${a} here (`);
    }
  });
});
