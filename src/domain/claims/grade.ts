import type { Claim, PersonName, ServiceLine } from './claim-schema.ts';
import { finding, type ClaimFinding } from './findings.ts';
import { itemForPath, type ClaimPath } from './items.ts';
import { modifierSet, pairLines } from './pair-lines.ts';
import { parseShortDate } from './short-date.ts';
import { digitsOf, isBlank, normalizeIcd, normalizeStreet, normalizeText, parseDate, parseMoneyCents, parsePhone, pointerLetters } from './normalize.ts';
import { readClaim } from './rules/claim-shape.ts';
import { medigapPolicyNumber } from './medigap-prefix.ts';
import { plainTyped } from '../text/typed-value.ts';

/**
 * Grading a learner's claim against the answer claim, item by item. Values are normalized
 * before comparing so harmless differences (case, punctuation, spacing, MM/DD/YYYY vs
 * YYYY-MM-DD, phone punctuation, "125" vs "125.00") never cost points.
 */

/** Points per item unless the exercise overrides them; documented in docs/claim-format.md. */
export const DEFAULT_ITEM_WEIGHTS: Readonly<Record<string, number>> = {
  '1': 2, '1a': 2, '21': 3, '22': 2, '24A': 1, '24B': 2, '24D': 3, '24E': 2, '24F': 1, '24G': 2, '28': 2, '33a': 2,
};

/** The weight of an item: exercise weight, else default, else 1. */
export function itemWeight(item: string, weights: Readonly<Record<string, number>> = {}): number {
  return weights[item] ?? DEFAULT_ITEM_WEIGHTS[item] ?? 1;
}

/**
 * How a field is normalized. `date6` is a date of service or care, which the NUCC manual lets be
 * written MM DD YY as well as MM DD CCYY (birth dates are `date`, eight digits only). `paid` is an amount where zero and blank mean the same thing
 * (item 29 amount paid, item 20 outside lab charges): the NUCC manual leaves them blank when
 * nothing was paid, and answer claims often say "0.00".
 */
type Kind = 'text' | 'street' | 'date' | 'date6' | 'money' | 'paid' | 'phone' | 'digits' | 'code' | 'memberId' | 'policy9a' | 'icd' | 'flag';

/** A Medicare Beneficiary Identifier: 11 characters, no S, L, O, I, B or Z (CMS, Understanding the MBI format). */
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;

/** One gradable field: its path, how to normalize it and its raw value. */
interface Field {
  path: ClaimPath;
  kind: Kind;
  value: unknown;
  /** What the learner sees for the value when it is not `value` itself (24E letters). */
  shown?: string;
  /** Extra values for the finding's message (24E: the codes the letters point at). */
  data?: Readonly<Record<string, string>>;
}

function norm(kind: Kind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'YES' : '';
  // Full-width characters, pasted invisibles and any dash read as their plain forms.
  const v = plainTyped(String(value));
  if (v === '') return '';
  switch (kind) {
    case 'date':
      return parseDate(v) ?? normalizeText(v);
    case 'date6':
      return parseShortDate(v) ?? normalizeText(v);
    case 'money': {
      const cents = parseMoneyCents(v);
      return cents === undefined ? normalizeText(v) : String(cents);
    }
    case 'paid': {
      const cents = parseMoneyCents(v);
      return cents === undefined ? normalizeText(v) : cents === 0 ? '' : String(cents);
    }
    case 'phone':
      return parsePhone(v) ?? digitsOf(v);
    case 'digits':
      return digitsOf(v) || normalizeText(v);
    case 'icd':
      return normalizeIcd(v);
    case 'code':
      return v.toUpperCase().replace(/\s/g, '');
    // Item 1a: spaces are ignored as in any code, but an MBI is its 11 characters alone, so one
    // typed in the card's groups (dashes or spaces) keeps them and loses the item, with the reason.
    case 'memberId': {
      const compact = v.toUpperCase().replace(/\s/g, '');
      return MBI.test(compact.replace(/-/g, '')) && /[\s-]/.test(v) ? v.toUpperCase().replace(/\s+/g, ' ') : compact;
    }
    // Item 9a: the three Medigap prefixes chapter 26 allows are one (MEDIGAP 1 = MGAP 1 = MG1).
    case 'policy9a': {
      const policy = medigapPolicyNumber(v);
      return `${policy === v.trim() ? '' : 'MG'}${policy.toUpperCase().replace(/\s/g, '')}`;
    }
    case 'flag':
      return v.toUpperCase();
    case 'street':
      return normalizeStreet(v);
    default:
      return normalizeText(v);
  }
}

const name = (base: ClaimPath, n: PersonName | undefined): Field[] => [
  { path: [...base, 'last'], kind: 'text', value: n?.last },
  { path: [...base, 'first'], kind: 'text', value: n?.first },
  { path: [...base, 'middleInitial'], kind: 'text', value: n?.middleInitial },
  { path: [...base, 'suffix'], kind: 'text', value: n?.suffix },
];

const address = (base: ClaimPath, a: { street: string; city: string; state: string; zip: string } | undefined): Field[] => [
  { path: [...base, 'street'], kind: 'street', value: a?.street },
  { path: [...base, 'city'], kind: 'text', value: a?.city },
  { path: [...base, 'state'], kind: 'code', value: a?.state },
  { path: [...base, 'zip'], kind: 'digits', value: a?.zip },
];

/** Every gradable field of the claim outside item 21 and item 24. */
function headerFields(c: Claim): Field[] {
  return [
    { path: ['payer', 'name'], kind: 'text', value: c.payer.name },
    ...address(['payer', 'address'], c.payer.address),
    { path: ['insuranceType'], kind: 'flag', value: c.insuranceType },
    { path: ['insuredId'], kind: 'memberId', value: c.insuredId },
    ...name(['patient', 'name'], c.patient.name),
    { path: ['patient', 'birthDate'], kind: 'date', value: c.patient.birthDate },
    { path: ['patient', 'sex'], kind: 'flag', value: c.patient.sex },
    ...address(['patient', 'address'], c.patient.address),
    { path: ['patient', 'phone'], kind: 'phone', value: c.patient.phone },
    ...name(['insured', 'name'], c.insured.name),
    ...address(['insured', 'address'], c.insured.address),
    { path: ['insured', 'phone'], kind: 'phone', value: c.insured.phone },
    { path: ['insured', 'policyGroup'], kind: 'code', value: c.insured.policyGroup },
    { path: ['insured', 'birthDate'], kind: 'date', value: c.insured.birthDate },
    { path: ['insured', 'sex'], kind: 'flag', value: c.insured.sex },
    { path: ['insured', 'otherClaimId'], kind: 'code', value: c.insured.otherClaimId },
    { path: ['insured', 'planName'], kind: 'text', value: c.insured.planName },
    { path: ['relationship'], kind: 'flag', value: c.relationship },
    ...name(['otherInsured', 'name'], c.otherInsured?.name),
    { path: ['otherInsured', 'policyGroup'], kind: 'policy9a', value: c.otherInsured?.policyGroup },
    { path: ['otherInsured', 'planName'], kind: 'text', value: c.otherInsured?.planName },
    { path: ['conditionRelatedTo', 'employment'], kind: 'flag', value: c.conditionRelatedTo.employment },
    { path: ['conditionRelatedTo', 'autoAccident'], kind: 'flag', value: c.conditionRelatedTo.autoAccident },
    { path: ['conditionRelatedTo', 'autoAccidentState'], kind: 'code', value: c.conditionRelatedTo.autoAccidentState },
    { path: ['conditionRelatedTo', 'otherAccident'], kind: 'flag', value: c.conditionRelatedTo.otherAccident },
    { path: ['claimCodes'], kind: 'code', value: c.claimCodes },
    { path: ['anotherPlan'], kind: 'flag', value: c.anotherPlan },
    { path: ['patientSignature', 'onFile'], kind: 'flag', value: c.patientSignature?.onFile },
    { path: ['insuredSignatureOnFile'], kind: 'flag', value: c.insuredSignatureOnFile },
    { path: ['currentIllness', 'date'], kind: 'date6', value: c.currentIllness?.date },
    { path: ['currentIllness', 'qualifier'], kind: 'code', value: c.currentIllness?.qualifier },
    { path: ['otherDate', 'date'], kind: 'date6', value: c.otherDate?.date },
    { path: ['otherDate', 'qualifier'], kind: 'code', value: c.otherDate?.qualifier },
    { path: ['unableToWork', 'from'], kind: 'date6', value: c.unableToWork?.from },
    { path: ['unableToWork', 'to'], kind: 'date6', value: c.unableToWork?.to },
    { path: ['referringProvider', 'qualifier'], kind: 'code', value: c.referringProvider?.qualifier },
    ...name(['referringProvider', 'name'], c.referringProvider?.name),
    { path: ['referringProvider', 'otherId'], kind: 'code', value: c.referringProvider?.otherId },
    { path: ['referringProvider', 'npi'], kind: 'digits', value: c.referringProvider?.npi },
    { path: ['hospitalization', 'from'], kind: 'date6', value: c.hospitalization?.from },
    { path: ['hospitalization', 'to'], kind: 'date6', value: c.hospitalization?.to },
    { path: ['additionalInfo'], kind: 'text', value: c.additionalInfo },
    { path: ['outsideLab', 'used'], kind: 'flag', value: c.outsideLab?.used },
    { path: ['outsideLab', 'charges'], kind: 'paid', value: c.outsideLab?.charges },
    { path: ['icdIndicator'], kind: 'code', value: c.icdIndicator },
    { path: ['resubmission', 'code'], kind: 'code', value: c.resubmission?.code },
    { path: ['resubmission', 'originalRef'], kind: 'code', value: c.resubmission?.originalRef },
    { path: ['priorAuthorization'], kind: 'code', value: c.priorAuthorization },
    { path: ['federalTaxId', 'id'], kind: 'digits', value: c.federalTaxId.id },
    { path: ['federalTaxId', 'type'], kind: 'flag', value: c.federalTaxId.type },
    { path: ['patientAccountNumber'], kind: 'code', value: c.patientAccountNumber },
    { path: ['acceptAssignment'], kind: 'flag', value: c.acceptAssignment },
    { path: ['totalCharge'], kind: 'money', value: c.totalCharge },
    { path: ['amountPaid'], kind: 'paid', value: c.amountPaid },
    { path: ['providerSignature', 'date'], kind: 'date6', value: c.providerSignature.date },
    { path: ['serviceFacility', 'name'], kind: 'text', value: c.serviceFacility?.name },
    ...address(['serviceFacility', 'address'], c.serviceFacility?.address),
    { path: ['serviceFacility', 'npi'], kind: 'digits', value: c.serviceFacility?.npi },
    { path: ['serviceFacility', 'otherId'], kind: 'code', value: c.serviceFacility?.otherId },
    { path: ['billingProvider', 'name'], kind: 'text', value: c.billingProvider.name },
    ...address(['billingProvider', 'address'], c.billingProvider.address),
    { path: ['billingProvider', 'phone'], kind: 'phone', value: c.billingProvider.phone },
    { path: ['billingProvider', 'npi'], kind: 'digits', value: c.billingProvider.npi },
    { path: ['billingProvider', 'otherId'], kind: 'code', value: c.billingProvider.otherId },
  ];
}

/** The item 21 code a 24E letter points at; undefined for a letter past the codes or no letter at all. */
const codeAt = (c: Claim, letter: string): string | undefined => (/^[A-L]$/.test(letter) ? c.diagnoses['ABCDEFGHIJKL'.indexOf(letter)] : undefined);

/** Pointers compared by the codes they point at, so reordering item 21 B-L costs nothing twice. */
function pointedCodes(c: Claim, line: ServiceLine): string {
  return pointerLetters(line.pointers)
    .map((p) => codeAt(c, p) ?? `?${p}`)
    .map((code) => normalizeIcd(code))
    .join(',');
}

/** The 24E field: graded by the codes pointed at, shown as the letters typed. */
function pointerField(c: Claim | undefined, line: ServiceLine | undefined, base: ClaimPath): Field {
  const path = [...base, 'pointers'];
  if (!c || !line) return { path, kind: 'code', value: undefined };
  const letters = pointerLetters(line.pointers);
  const codes = letters.map((p) => codeAt(c, p)?.trim() || `(nothing at ${p})`);
  return { path, kind: 'code', value: pointedCodes(c, line), shown: letters.join(', '), data: { codes: codes.join(', ') } };
}

/** Normalized values of one service line, keyed by path tail. */
function lineFields(c: Claim | undefined, i: number): Field[] {
  const line = c?.lines[i];
  const base = ['lines', i];
  const s = line?.supplemental;
  return [
    { path: [...base, 'from'], kind: 'date6', value: line?.from },
    // One date of service: the NUCC manual lets "to" be left blank or repeat "from" (item 24A), as the scrubber and the 837P read it.
    { path: [...base, 'to'], kind: 'date6', value: line && isBlank(line.to) ? line.from : line?.to },
    { path: [...base, 'placeOfService'], kind: 'code', value: line?.placeOfService },
    { path: [...base, 'emergency'], kind: 'flag', value: line?.emergency },
    { path: [...base, 'procedure'], kind: 'code', value: line?.procedure },
    // Modifier order rarely changes payment in teaching cases; compared as a set.
    { path: [...base, 'modifiers'], kind: 'code', value: line ? modifierSet(line.modifiers) : undefined },
    pointerField(c, line, base),
    { path: [...base, 'charge'], kind: 'money', value: line?.charge },
    { path: [...base, 'units'], kind: 'code', value: line ? String(Number(line.units) || line.units) : undefined },
    { path: [...base, 'epsdt'], kind: 'code', value: line?.epsdt },
    { path: [...base, 'renderingNpi'], kind: 'digits', value: line?.renderingNpi },
    { path: [...base, 'supplemental'], kind: 'code', value: s ? `${s.qualifier}${s.value}${s.unit ?? ''}${s.quantity ? Number(s.quantity) : ''}` : undefined },
  ];
}

/** Item 21 as graded: the first code (primary) in place, the others as a set. */
function diagnosisKey(c: Claim): string {
  const codes = c.diagnoses.map((d) => normalizeIcd(d)).filter(Boolean);
  const [first = '', ...rest] = codes;
  return [first, ...rest.sort()].join(',');
}

/** Score of one graded item (one item on one line for item 24). */
export interface ItemScore {
  item: string;
  path: ClaimPath;
  earned: number;
  total: number;
}

/** Outcome of grading, in the Perseus style: invalid input, or points. */
export type ClaimGrade =
  | { type: 'invalid'; findings: ClaimFinding[] }
  | { type: 'points'; earned: number; total: number; percent: number; items: ItemScore[]; findings: ClaimFinding[] };

const GRADE_REF = 'Exercise answer claim';

/**
 * Grades `input` (anything: parsed JSON, form state) against the answer claim. Every item the
 * answer fills is worth its weight; an item the learner fills that the answer leaves blank
 * costs its weight too. Never throws.
 */
export function gradeClaim(input: unknown, answer: Claim, weights: Readonly<Record<string, number>> = {}): ClaimGrade {
  const read = readClaim(input);
  if (!read.ok) return { type: 'invalid', findings: read.findings };
  const student = read.claim;
  // Collect per (item, line) the comparisons; an item passes only when all its fields match.
  const groups = new Map<string, { item: string; path: ClaimPath; wrong: ClaimFinding[]; any: boolean }>();
  // `at` is where the finding points: the learner's own line when lines were paired out of order.
  const compare = (a: Field, s: Field, at: ClaimPath = a.path, pairKey?: string) => {
    const expected = norm(a.kind, a.value);
    const actual = norm(s.kind, s.value);
    if (expected === '' && actual === '') return;
    const item = itemForPath(a.path);
    const line = at[0] === 'lines' ? Number(at[1]) : undefined;
    const key = line === undefined ? item : `${item}#${pairKey ?? line}`;
    const group = groups.get(key) ?? { item, path: line === undefined ? a.path.slice(0, 1) : ['lines', line], wrong: [], any: false };
    group.any = true;
    if (expected !== actual) {
      const code = actual === '' ? 'missing' : expected === '' ? 'extra' : 'mismatch';
      const extra: Record<string, string> = {};
      for (const [k, v] of Object.entries(a.data ?? {})) extra[`expected${k[0]?.toUpperCase()}${k.slice(1)}`] = v;
      for (const [k, v] of Object.entries(s.data ?? {})) extra[`actual${k[0]?.toUpperCase()}${k.slice(1)}`] = v;
      // Five digits where the case gives ZIP+4: the +4 was left off, which the feedback says in so many words.
      if (a.path.at(-1) === 'zip' && expected.length === 9 && actual.length === 5 && expected.startsWith(actual)) extra['zipPlusFour'] = 'left-off';
      // The MBI typed in the groups the Medicare card prints for reading: CMS systems and claims never carry the separators.
      if (a.path[0] === 'insuredId' && MBI.test(expected) && actual.replace(/[-\s]/g, '') === expected) extra['mbiDashes'] = 'yes';
      // Numbers in item 24E: the paper form points with the letters of item 21 (the 837P numbers them).
      if (a.path.at(-1) === 'pointers' && /\d/.test(s.shown ?? '')) extra['pointerNumbers'] = 'yes';
      group.wrong.push(finding('grade', code, item, at, { expected: a.shown ?? display(a.value), actual: s.shown ?? display(s.value), ...extra, ...(line === undefined ? {} : { line: line + 1 }) }, { reference: GRADE_REF }));
    }
    groups.set(key, group);
  };
  const a = headerFields(answer);
  const s = headerFields(student);
  a.forEach((field, i) => compare(field, s[i] ?? { ...field, value: undefined }));
  compare({ path: ['diagnoses'], kind: 'code', value: diagnosisKey(answer) }, { path: ['diagnoses'], kind: 'code', value: diagnosisKey(student) });
  const { pairs, extras } = pairLines(answer.lines, student.lines);
  // An answer line the learner has no line for points at the learner's next empty row, never at a line they filled.
  let nextEmpty = student.lines.length;
  pairs.forEach((j, i) => {
    const al = lineFields(answer, i);
    const sl = j === undefined ? [] : lineFields(student, j);
    const row = j ?? nextEmpty++;
    al.forEach((field, k) => {
      const mine = sl[k];
      compare(field, mine ?? { ...field, value: undefined }, mine?.path ?? ['lines', row, ...field.path.slice(2)], `a${i}`);
    });
  });
  for (const j of extras) {
    const sl = lineFields(student, j);
    lineFields(undefined, j).forEach((field, k) => compare(field, sl[k] ?? { ...field, value: undefined }, field.path, `s${j}`));
  }
  const items: ItemScore[] = [];
  const findings: ClaimFinding[] = [];
  for (const g of groups.values()) {
    if (!g.any) continue;
    const total = itemWeight(g.item, weights);
    items.push({ item: g.item, path: g.path, earned: g.wrong.length === 0 ? total : 0, total });
    findings.push(...g.wrong);
  }
  const earned = items.reduce((n, x) => n + x.earned, 0);
  const total = items.reduce((n, x) => n + x.total, 0);
  return { type: 'points', earned, total, percent: total === 0 ? 0 : Math.round((earned / total) * 1000) / 10, items, findings };
}

function display(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
