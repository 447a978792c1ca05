import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView, loadIcdCodeSet, REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../src/domain/exercises/coding-exercise-schema.ts';
import { describeFinding } from '../../../src/domain/exercises/describe-finding.ts';
import type { CodingFindingCode } from '../../../src/domain/exercises/finding.ts';
import { answerKeyAttempt, gradeCodingExercise } from '../../../src/domain/exercises/grade-coding.ts';

/**
 * Held-out round 3 on the coding grader (session 14): every authored coding exercise graded with
 * the key typed the ways a credentialed coder types it away from the key's clean form, and with
 * answers wrong in substance that must lose points and say why. Nothing here is chosen per
 * exercise: the variants are made from each key, so a new exercise is tested the day it lands.
 */

const codes = loadCodeSetView();
const DIR = join(REPO_ROOT, 'content/exercises/coding');
const exercises: CodingExercise[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => codingExerciseSchema.parse(parse(readFileSync(join(DIR, f), 'utf8'))));

function grade(ex: CodingExercise, attempt: unknown) {
  const r = gradeCodingExercise(ex, attempt, codes);
  if (r.type !== 'points') throw new Error(`${ex.id}: not graded (${r.reason})`);
  return { ...r, lost: r.total - r.earned, text: r.findings.map(describeFinding).join('\n') };
}

const key = (ex: CodingExercise) => answerKeyAttempt(ex);
const fullWidth = (s: string): string => s.replace(/[0-9A-Z.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The key retyped: [what the coder did, the attempt]. */
const FORMS: [string, (ex: CodingExercise) => unknown][] = [
  ['codes without dots, in lower case (modifiers too)', (ex) => ({ diagnoses: key(ex).diagnoses.map((c) => c.replace('.', '').toLowerCase()), lines: key(ex).lines.map((l) => ({ ...l, code: l.code.toLowerCase(), modifiers: l.modifiers.map((m) => m.toLowerCase()) })) })],
  ['codes padded with spaces and non-breaking spaces', (ex) => ({ diagnoses: key(ex).diagnoses.map((c) => ` ${c}\u00a0`), lines: key(ex).lines.map((l) => ({ ...l, code: `\u00a0${l.code} ` })) })],
  ['a dash after each complete diagnosis code', (ex) => ({ ...key(ex), diagnoses: key(ex).diagnoses.map((c) => `${c}-`) })],
  ['every diagnosis typed twice', (ex) => ({ ...key(ex), diagnoses: [...key(ex).diagnoses, ...key(ex).diagnoses] })],
  ['codes in full-width characters, pasted from another program', (ex) => ({ diagnoses: key(ex).diagnoses.map(fullWidth), lines: key(ex).lines.map((l) => ({ ...l, code: fullWidth(l.code) })) })],
  ['diagnoses in one string separated by commas, new lines and non-breaking spaces', (ex) => ({ ...key(ex), diagnoses: key(ex).diagnoses.join(',\u00a0\n') })],
  ['lines in the other order, each with its modifiers in the other order', (ex) => ({ ...key(ex), lines: [...key(ex).lines].reverse().map((l) => ({ ...l, modifiers: [...l.modifiers].reverse() })) })],
  ['units as text with decimals ("1.0")', (ex) => ({ ...key(ex), lines: key(ex).lines.map((l) => ({ ...l, units: `${l.units}.0` })) })],
  ['modifiers written after the code in the code box (20610-RT)', (ex) => ({ ...key(ex), lines: key(ex).lines.map((l) => ({ code: [l.code, ...l.modifiers].join('-'), units: l.units })) })],
  ['modifiers as one string, each with a hyphen before it', (ex) => ({ ...key(ex), lines: key(ex).lines.map((l) => ({ ...l, modifiers: l.modifiers.map((m) => `-${m}`).join(', ') })) })],
];

describe('every coding exercise: the key typed another way earns full marks, with no error', () => {
  it.each(FORMS)('%s', (_name, make) => {
    const unfair: string[] = [];
    for (const ex of exercises) {
      const r = grade(ex, make(ex));
      const errors = r.findings.filter((f) => f.severity === 'error');
      if (r.lost !== 0 || errors.length > 0) unfair.push(`${ex.id}: lost ${r.lost}: ${errors.map(describeFinding).join(' | ')}`);
    }
    expect(unfair).toEqual([]);
  });

  it('the secondary diagnoses in the reverse order (any order, unless the exercise says strict)', () => {
    const unfair: string[] = [];
    for (const ex of exercises.filter((e) => e.answer.sequencing !== 'strict' && e.answer.diagnoses.length > 2)) {
      const [first, ...rest] = key(ex).diagnoses;
      const r = grade(ex, { ...key(ex), diagnoses: [first, ...rest.reverse()] });
      if (r.lost !== 0) unfair.push(`${ex.id}: ${r.text}`);
    }
    expect(unfair).toEqual([]);
  });
});

describe('every accepted alternative in a key is accepted and never called wrong', () => {
  const withAlternates = exercises.filter((ex) => (ex.alternates ?? []).length > 0);
  it('the content has alternates to check', () => expect(withAlternates.length).toBeGreaterThan(3));
  it.each(withAlternates.map((ex) => [ex.id, ex] as const))('%s: each alternate in place of its key code, as typed or dotless', (_id, ex) => {
    for (const alt of ex.alternates ?? []) {
      const swap = (c: string) => (c === alt.acceptFor ? alt.code : c);
      for (const typed of [(c: string) => c, (c: string) => c.replace('.', '').toLowerCase()]) {
        const attempt = { diagnoses: key(ex).diagnoses.map(swap).map(typed), lines: key(ex).lines.map((l) => ({ ...l, code: swap(l.code) })) };
        const r = grade(ex, attempt);
        expect(r.lost, `${alt.code} for ${alt.acceptFor}: ${r.text}`).toBe(0);
        expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(r.text).toContain(`${alt.code}`);
        expect(r.text).toContain(`is also acceptable in place of ${alt.acceptFor}`);
        expect(r.text).toContain(alt.why);
      }
    }
  });
});

// ---- Substance: answers a fair instructor marks wrong, with the reason named ----

const icd = loadIcdCodeSet();
const rows = [...icd.rows()].map(([code, billable, title]) => ({ code: code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code, billable, title }));
const byCategory = new Map<string, typeof rows>();
for (const row of rows) {
  const list = byCategory.get(row.code.slice(0, 3));
  if (list === undefined) byCategory.set(row.code.slice(0, 3), [row]);
  else list.push(row);
}
const byCode = new Map(rows.map((r) => [r.code, r]));
const titleOf = (code: string, date: string): string => codes.checkIcd(code, date).title ?? '';

interface Wrong {
  ex: CodingExercise;
  keyCode: string;
  wrong: string;
}

/** For each exercise, a wrong code in place of one key diagnosis, found in the code set by `pick`. */
function wrongCodes(pick: (keyCode: string, ex: CodingExercise) => string | undefined): Wrong[] {
  const out: Wrong[] = [];
  for (const ex of exercises) {
    const accepted = new Set([...key(ex).diagnoses, ...(ex.alternates ?? []).map((a) => a.code), ...(ex.optional ?? []).map((o) => o.code)]);
    for (const keyCode of key(ex).diagnoses) {
      const wrong = pick(keyCode, ex);
      if (wrong !== undefined && !accepted.has(wrong)) out.push({ ex, keyCode, wrong });
    }
  }
  return out;
}

const SUBSTANCE: [string, (k: string, ex: CodingExercise) => string | undefined, CodingFindingCode, string, number][] = [
  [
    'another 7th character (encounter, healing or sequela)',
    (k) => (k.replace('.', '').length === 7 ? byCategory.get(k.slice(0, 3))?.find((r) => r.billable && r.code.length === 8 && r.code.slice(0, 7) === k.slice(0, 7) && r.code !== k)?.code : undefined),
    'seventh-character',
    'wrong or missing 7th character',
    0.5,
  ],
  [
    'the other side (laterality)',
    (k, ex) => {
      const t = titleOf(k, ex.case.dateOfService);
      const swapped = t.replace(/\b(right|left)\b/g, (m) => (m === 'right' ? 'left' : 'right'));
      return swapped === t ? undefined : byCategory.get(k.slice(0, 3))?.find((r) => r.billable && r.title === swapped)?.code;
    },
    'laterality',
    'is for the wrong side',
    0.5,
  ],
  [
    'an unspecified code where the note documents more',
    (k, ex) => (/unspecified/i.test(titleOf(k, ex.case.dateOfService)) ? undefined : byCategory.get(k.slice(0, 3))?.find((r) => r.billable && r.code.slice(0, 7) !== k.slice(0, 7) && /unspecified/i.test(r.title) && !/\b(right|left)\b/.test(r.title) && r.code.length === k.length)?.code),
    'wrong-specificity',
    'not the most specific code',
    0.5,
  ],
  [
    'a code of the other side that also names another condition (not just "the wrong side")',
    (k, ex) => {
      const t = titleOf(k, ex.case.dateOfService);
      const side = /\b(right|left)\b/.exec(t)?.[1];
      if (side === undefined) return undefined;
      const other = side === 'right' ? 'left' : 'right';
      const apart = (a: string, b: string) => [...a.replace('.', '').slice(0, 6)].filter((c, i) => c !== b.replace('.', '')[i]).length;
      return byCategory.get(k.slice(0, 3))?.find((r) => r.billable && r.code.length === k.length && new RegExp(`\\b${other}\\b`).test(r.title) && apart(k, r.code) > 1)?.code;
    },
    'wrong-specificity',
    'not the most specific code',
    0.5,
  ],
  [
    'the header (category or subcategory) above the key code',
    (k) => {
      for (let len = k.length - 1; len >= 3; len -= 1) {
        const head = k.slice(0, len).replace(/\.$/, '');
        const row = byCode.get(head);
        if (row && !row.billable) return row.code;
      }
      return undefined;
    },
    'header-code',
    'is a header',
    1,
  ],
];

describe('every coding exercise: a code wrong in substance loses its point and the feedback says why', () => {
  it.each(SUBSTANCE)('%s', (_name, pick, finding, words, minLost) => {
    const cases = wrongCodes(pick);
    expect(cases.length).toBeGreaterThan(5);
    const lenient: string[] = [];
    for (const { ex, keyCode, wrong } of cases) {
      const r = grade(ex, { ...key(ex), diagnoses: key(ex).diagnoses.map((c) => (c === keyCode ? wrong : c)) });
      const named = r.findings.find((f) => f.received === wrong && (f.code === finding || f.code === 'substituted'));
      // A substitution the author names earns nothing for that code; the generic reason says why otherwise.
      const ok = r.lost >= minLost && r.lost <= 1 && named !== undefined && (named.code === 'substituted' || r.text.includes(words));
      if (!ok) lenient.push(`${ex.id}: ${wrong} for ${keyCode}: lost ${r.lost}: ${r.text}`);
    }
    expect(lenient).toEqual([]);
  });

  it('a code deleted before the date of service (S23.420A, deleted 2026-10-01) is named as not valid on that date and costs the extra', () => {
    const lenient: string[] = [];
    for (const ex of exercises) {
      const r = grade(ex, { ...key(ex), diagnoses: [...key(ex).diagnoses, 'S23.420A'] });
      if (r.lost !== 0.5 || !r.text.includes('S23.420A (Sprain of sternoclavicular (joint) (ligament), initial encounter) is not a valid code on the date of service')) lenient.push(`${ex.id}: lost ${r.lost}: ${r.text}`);
    }
    expect(lenient).toEqual([]);
  });

  it('a key line with a modifier it should not carry, or the other side, loses 0.5 and names the line and the modifiers', () => {
    const lenient: string[] = [];
    let checked = 0;
    for (const ex of exercises) {
      key(ex).lines.forEach((line, i) => {
        const mods = line.modifiers;
        const wrong = mods.includes('RT') ? mods.map((m) => (m === 'RT' ? 'LT' : m)) : mods.includes('LT') ? mods.map((m) => (m === 'LT' ? 'RT' : m)) : [...mods, '76'];
        const accepted = (ex.answer.lines?.[i]?.acceptModifiers ?? []).some((a) => a.modifiers.length === wrong.length && a.modifiers.every((m) => wrong.includes(m)));
        if (accepted) return;
        checked += 1;
        const r = grade(ex, { ...key(ex), lines: key(ex).lines.map((l, j) => (j === i ? { ...l, modifiers: wrong } : l)) });
        if (r.lost !== 0.5 || !r.text.includes(`Modifiers on ${line.code} should be`)) lenient.push(`${ex.id} ${line.code} ${wrong.join('-')}: lost ${r.lost}: ${r.text}`);
      });
    }
    expect(checked).toBeGreaterThan(100);
    expect(lenient).toEqual([]);
  });

  it('a description typed where the code belongs is wrong and the feedback says it is a description, not a code (never a made-up code or a symptom)', () => {
    const lenient: string[] = [];
    for (const ex of exercises) {
      const [first, ...rest] = key(ex).diagnoses;
      if (first === undefined) continue;
      const words = `${titleOf(first, ex.case.dateOfService)}`.toLowerCase();
      const r = grade(ex, { ...key(ex), diagnoses: [words, ...rest] });
      const shown = words.length > 40 ? words.slice(0, 39) : words;
      if (r.lost < 1 || !r.text.includes(`is a description, not a code`) || !r.text.includes(shown) || r.text.includes('sign or symptom code') || /[A-Z]{3}\.[A-Z]/.test(r.text)) lenient.push(`${ex.id}: lost ${r.lost}: ${r.text}`);
    }
    expect(lenient).toEqual([]);
  });

  it('a service described in words on a procedure line loses the line and says the same (our own words, never a CPT descriptor)', () => {
    const ex = exercises.find((e) => e.id === 'aci-knee-aspiration-steroid-single-dose-vials');
    if (ex === undefined) throw new Error('exercise missing');
    const r = grade(ex, { ...key(ex), lines: [{ code: 'knee joint shot', modifiers: ['RT'] }, ...key(ex).lines.slice(1)] });
    expect(r.lost).toBe(1.5);
    expect(r.text).toContain('"knee joint shot" is a description, not a code');
    expect(r.text).toContain('A code is missing: 20610');
  });
});
