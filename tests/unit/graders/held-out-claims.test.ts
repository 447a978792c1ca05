import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { claimExerciseSchema, type ClaimExercise } from '../../../src/domain/claims/claim-exercise-schema.ts';
import type { Claim } from '../../../src/domain/claims/claim-schema.ts';
import { describeFinding } from '../../../src/domain/claims/describe.ts';
import { gradeClaim } from '../../../src/domain/claims/grade.ts';

/**
 * Held-out round 3 on the claim grader (session 14): every claim case's answer retyped box by box
 * the ways a biller fills a CMS-1500 (dates in each form the box allows, "$1,234.50", phones with
 * and without punctuation, ZIP+4 with and without the hyphen, NPIs in groups, units "1.0",
 * modifiers and item 21 B-L in another order, pasted non-breaking spaces and full-width digits, a
 * blank 24A "to" for one date of service, 24E letters written together as on the paper form), and
 * answers wrong in substance that must lose the item the feedback names.
 */

const DIR = join(REPO_ROOT, 'content/exercises/claims');
const cases: [string, ClaimExercise][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => [f.replace(/\.yaml$/, ''), claimExerciseSchema.parse(parse(readFileSync(join(DIR, f), 'utf8')))]);

function grade(ex: ClaimExercise, edit: (c: Claim) => void) {
  const claim = structuredClone(ex.answer);
  edit(claim);
  const r = gradeClaim(claim, ex.answer, ex.weights);
  if (r.type !== 'points') throw new Error(r.findings.map(describeFinding).join('\n'));
  return { percent: r.percent, text: r.findings.map(describeFinding).join('\n') };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Every YYYY-MM-DD value of the claim rewritten; birth dates (items 3, 11a) only when `birth`. */
function retypeDates(c: Claim, form: (y: string, m: string, d: string) => string, birth = true): void {
  const walk = (o: unknown, key: string): unknown => {
    if (typeof o === 'string') {
      const m = ISO.exec(o);
      return m && (birth || !/birth/i.test(key)) ? form(m[1] ?? '', m[2] ?? '', m[3] ?? '') : o;
    }
    if (Array.isArray(o)) return o.map((x) => walk(x, key));
    if (o !== null && typeof o === 'object') return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v, k)]));
    return o;
  };
  Object.assign(c, walk(c, ''));
}
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const dollars = (v: string): string => `$${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const phones = (c: Claim, form: (ten: string) => string): void => {
  const f = (v: string | undefined) => (v === undefined ? v : form(v.replace(/\D/g, '')));
  c.patient.phone = f(c.patient.phone);
  c.insured.phone = f(c.insured.phone);
  c.billingProvider.phone = f(c.billingProvider.phone);
};
const people = (c: Claim) => [c.patient.name, c.insured.name, c.otherInsured?.name, c.referringProvider?.name].filter((n) => n !== undefined);
const addresses = (c: Claim) => [c.payer.address, c.patient.address, c.insured.address, c.serviceFacility?.address, c.billingProvider.address].filter((a) => a !== undefined);

/** Item 21 in a new order, every 24E letter moved with its code. */
function reorderDiagnoses(c: Claim, order: string[]): void {
  const letters = 'ABCDEFGHIJKL';
  for (const line of c.lines) line.pointers = line.pointers.map((p) => letters[order.indexOf(c.diagnoses[letters.indexOf(p)] ?? '')] ?? p);
  c.diagnoses = order;
}
/** Item 21 B-L in the reverse order. */
const reorderSecondaries = (c: Claim): void => reorderDiagnoses(c, [...c.diagnoses.slice(0, 1), ...c.diagnoses.slice(1).reverse()]);

const FORMS: [string, (c: Claim) => void][] = [
  ['dates MM/DD/YYYY', (c) => retypeDates(c, (y, m, d) => `${m}/${d}/${y}`)],
  ['dates MMDDYYYY', (c) => retypeDates(c, (y, m, d) => `${m}${d}${y}`)],
  ['dates M/D/YYYY without leading zeros', (c) => retypeDates(c, (y, m, d) => `${Number(m)}/${Number(d)}/${y}`)],
  ['dates other than birth dates as MM DD YY (CMS Pub. 100-04 ch. 26 sec. 10.2)', (c) => retypeDates(c, (y, m, d) => `${m} ${d} ${y.slice(2)}`, false)],
  ['dates in full-width digits, pasted from a word processor', (c) => retypeDates(c, (y, m, d) => fullWidth(`${m}/${d}/${y}`))],
  ['money with dollar signs and thousands commas ("$1,234.50")', (c) => { for (const l of c.lines) l.charge = dollars(l.charge); c.totalCharge = dollars(c.totalCharge); if (c.amountPaid !== undefined) c.amountPaid = dollars(c.amountPaid); }],
  ['money without trailing zeros ("1234.5")', (c) => { for (const l of c.lines) l.charge = String(Number(l.charge)); c.totalCharge = String(Number(c.totalCharge)); }],
  ['phones as (614) 555-0119', (c) => phones(c, (t) => `(${t.slice(0, 3)}) ${t.slice(3, 6)}-${t.slice(6)}`)],
  ['phones as ten digits', (c) => phones(c, (t) => t)],
  ['phones with the country code (+1 614.555.0119)', (c) => phones(c, (t) => `+1 ${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6)}`)],
  ['names in capitals, middle initials with a period', (c) => { for (const n of people(c)) { n.last = n.last.toUpperCase(); n.first = n.first.toUpperCase(); if (n.middleInitial) n.middleInitial = `${n.middleInitial}.`; } }],
  ['names in lower case', (c) => { for (const n of people(c)) { n.last = n.last.toLowerCase(); n.first = n.first.toLowerCase(); } }],
  ['ZIP+4 with the hyphen toggled', (c) => { for (const a of addresses(c)) a.zip = a.zip.includes('-') ? a.zip.replace('-', '') : a.zip.length === 9 ? `${a.zip.slice(0, 5)}-${a.zip.slice(5)}` : a.zip; }],
  ['NPIs in groups of digits', (c) => { const g = (v: string | undefined) => (v === undefined ? v : `${v.slice(0, 4)} ${v.slice(4, 7)} ${v.slice(7)}`); c.billingProvider.npi = g(c.billingProvider.npi); if (c.serviceFacility) c.serviceFacility.npi = g(c.serviceFacility.npi); if (c.referringProvider) c.referringProvider.npi = g(c.referringProvider.npi); for (const l of c.lines) l.renderingNpi = g(l.renderingNpi); }],
  ['units with a decimal ("1.0")', (c) => { for (const l of c.lines) if (/^\d+$/.test(l.units)) l.units = `${l.units}.0`; }],
  ['modifiers in the other order, in lower case with a hyphen', (c) => { for (const l of c.lines) l.modifiers = [...l.modifiers].reverse().map((m) => `-${m.toLowerCase()}`); }],
  ['diagnoses without dots, lower case; pointers lower case with spaces', (c) => { c.diagnoses = c.diagnoses.map((d) => d.replace('.', '').toLowerCase()); for (const l of c.lines) l.pointers = l.pointers.map((p) => ` ${p.toLowerCase()} `); }],
  ['item 21 B-L in another order, the pointers following their codes', reorderSecondaries],
  ['service lines in the other order', (c) => { c.lines.reverse(); }],
  ['non-breaking spaces and full-width digits pasted into names, IDs, codes and amounts', (c) => { c.patient.name.last = `\u00a0${c.patient.name.last}\u00a0`; c.patient.address.street = c.patient.address.street.replace(/ /g, '\u00a0'); c.insuredId = ` ${c.insuredId}\u00a0`; for (const l of c.lines) { l.procedure = fullWidth(l.procedure); l.charge = `\u00a0${fullWidth(l.charge)}`; l.units = fullWidth(l.units); } }],
  ['24A "to" left blank for one date of service (NUCC: leave "To" blank or re-enter "From")', (c) => { for (const l of c.lines) if (l.to === l.from) l.to = ''; }],
  ['24E letters written together in the first box, as the paper form\'s single box holds them ("AB")', (c) => { for (const l of c.lines) l.pointers = [l.pointers.join('')]; }],
  ['24E letters typed with commas in one box ("A, B")', (c) => { for (const l of c.lines) l.pointers = [l.pointers.join(', ')]; }],
];

describe('every claim case: the answer retyped in another form the box allows scores 100%', () => {
  it('covers the claim cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(FORMS)('%s', (_name, edit) => {
    const unfair = cases.map(([id, ex]) => [id, grade(ex, edit)] as const).filter(([, r]) => r.percent !== 100).map(([id, r]) => `${id}: ${r.percent}%: ${r.text}`);
    expect(unfair).toEqual([]);
  });
});

const nextDay = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** [slip, edit (false when the case has nothing to change), the words the feedback must hold]. */
const SLIPS: [string, (c: Claim) => boolean, string][] = [
  ['24A: the day after the date of service, in both boxes', (c) => { const l = c.lines[0]; if (!l) return false; l.from = nextDay(l.from); l.to = l.from; return true; }, 'Item 24A (Dates of service), "from" date'],
  ['24A: the "to" date a day late', (c) => { const l = c.lines[0]; if (!l) return false; l.to = nextDay(l.from); return true; }, 'Item 24A (Dates of service), "to" date'],
  ['24D: a modifier the service does not need', (c) => { const l = c.lines[0]; if (!l) return false; l.modifiers = [...l.modifiers, '76']; return true; }, 'Item 24D (Procedure code and modifiers), modifiers'],
  ['24D: the other side', (c) => { const l = c.lines.find((x) => x.modifiers.includes('RT') || x.modifiers.includes('LT')); if (!l) return false; l.modifiers = l.modifiers.map((m) => (m === 'RT' ? 'LT' : m === 'LT' ? 'RT' : m)); return true; }, 'modifiers: you entered'],
  ['33a: one digit of the NPI wrong', (c) => { const n = c.billingProvider.npi; if (!n) return false; c.billingProvider.npi = `${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}`; return true; }, 'Item 33a (Billing provider NPI)'],
  ['24F: a cent off', (c) => { const l = c.lines[0]; if (!l) return false; l.charge = (Number(l.charge) + 0.01).toFixed(2); return true; }, 'Item 24F (Charges)'],
  ['24G: one unit too many', (c) => { const l = c.lines[0]; if (!l) return false; l.units = String(Number(l.units) + 1); return true; }, 'Item 24G (Days or units)'],
  ['3: the birth date with a two-digit year (items 3 and 11a need eight digits)', (c) => { const b = c.patient.birthDate; c.patient.birthDate = `${b.slice(5, 7)} ${b.slice(8)} ${b.slice(2, 4)}`; return true; }, 'Item 3 (Patient\'s birth date and sex), birth date'],
  ['21: another code first (the pointers following their codes)', (c) => { const [a, b, ...rest] = c.diagnoses; if (a === undefined || b === undefined) return false; reorderDiagnoses(c, [b, a, ...rest]); return true; }, 'Item 21 (ICD indicator and diagnoses A-L), codes'],
  ['24E: the letters in the other order (the first letter is the line\'s primary diagnosis)', (c) => { const l = c.lines.find((x) => x.pointers.length > 1); if (!l) return false; l.pointers = [...l.pointers].reverse(); return true; }, 'Item 24E (Diagnosis pointers)'],
  ['24E: a second letter written beside the only one the answer points at ("AB" for "A")', (c) => { const l = c.lines.find((x) => x.pointers.length === 1 && c.diagnoses.length > 1); if (!l) return false; l.pointers = [`${l.pointers[0] ?? ''}${l.pointers[0] === 'A' ? 'B' : 'A'}`]; return true; }, 'Item 24E (Diagnosis pointers)'],
  ['5: one digit of the ZIP code wrong', (c) => { const z = c.patient.address.zip; c.patient.address.zip = `${z.slice(0, 4)}${(Number(z[4]) + 1) % 10}${z.slice(5)}`; return true; }, 'Item 5 (Patient\'s address and phone), ZIP code'],
  ['2: the last name misspelled', (c) => { c.patient.name.last = `${c.patient.name.last}e`; return true; }, 'Item 2 (Patient\'s name), last name'],
  ['24D: the service described in words instead of its code', (c) => { const l = c.lines[0]; if (!l) return false; l.procedure = 'office visit'; return true; }, 'Item 24D (Procedure code and modifiers), code: you entered "office visit"'],
];

describe('every claim case: an answer wrong in substance loses the item, and the feedback names the box', () => {
  it.each(SLIPS)('%s', (_name, edit, words) => {
    const lenient: string[] = [];
    let checked = 0;
    for (const [id, ex] of cases) {
      const claim = structuredClone(ex.answer);
      if (!edit(claim)) continue;
      checked += 1;
      const r = grade(ex, edit);
      if (r.percent === 100 || !r.text.includes(words)) lenient.push(`${id}: ${r.percent}%: ${r.text}`);
    }
    expect(checked).toBeGreaterThan(3);
    expect(lenient).toEqual([]);
  });
});
