import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { itemForPath, type ClaimPath } from '../items.ts';

const ID = 'length-limits';

/** Longest text any claim field may hold; beyond it the value cannot be a name, code or number. */
export const HARD_LIMIT = 1000;

/**
 * Field maxima from the 837P (005010X222A1) element each field is written to: the `element`
 * names the reference designator, and a test holds every `max` to the layout table
 * (src/data/x12/837p.json). Free text (names, addresses, notes) over its maximum is cut in the
 * 837P, so it is a warning; an ID or amount over it cannot be cut, so it is an error.
 */
export const FIELD_LIMITS: readonly { path: RegExp; element: string; loop: string; max: number; kind: 'free' | 'id' }[] = [
  { path: /^(patient|insured|referringProvider)\.name\.last$/, element: 'NM103', loop: '2010BA', max: 60, kind: 'free' },
  { path: /^(patient|insured|referringProvider)\.name\.first$/, element: 'NM104', loop: '2010BA', max: 35, kind: 'free' },
  { path: /^(patient|insured|referringProvider)\.name\.middleInitial$/, element: 'NM105', loop: '2010BA', max: 25, kind: 'free' },
  { path: /^(patient|insured|referringProvider)\.name\.suffix$/, element: 'NM107', loop: '2010BA', max: 10, kind: 'free' },
  { path: /^(billingProvider|serviceFacility|payer)\.name$/, element: 'NM103', loop: '2010AA', max: 60, kind: 'free' },
  { path: /\.address\.street$/, element: 'N301', loop: '2010AA', max: 55, kind: 'free' },
  { path: /\.address\.city$/, element: 'N401', loop: '2010AA', max: 30, kind: 'free' },
  { path: /^insured\.planName$/, element: 'SBR04', loop: '2000B', max: 60, kind: 'free' },
  { path: /^additionalInfo$/, element: 'NTE02', loop: '2300', max: 80, kind: 'free' },
  { path: /^insuredId$/, element: 'NM109', loop: '2010BA', max: 80, kind: 'id' },
  { path: /^payer\.payerId$/, element: 'NM109', loop: '2010BB', max: 80, kind: 'id' },
  { path: /^insured\.policyGroup$/, element: 'SBR03', loop: '2000B', max: 50, kind: 'id' },
  { path: /^patientAccountNumber$/, element: 'CLM01', loop: '2300', max: 38, kind: 'id' },
  { path: /^priorAuthorization$/, element: 'REF02', loop: '2300', max: 50, kind: 'id' },
  { path: /^resubmission\.originalRef$/, element: 'REF02', loop: '2300', max: 50, kind: 'id' },
  { path: /^totalCharge$/, element: 'CLM02', loop: '2300', max: 18, kind: 'id' },
  { path: /^amountPaid$/, element: 'AMT02', loop: '2300', max: 18, kind: 'id' },
  { path: /^lines\.\d+\.charge$/, element: 'SV102', loop: '2400', max: 18, kind: 'id' },
  { path: /^lines\.\d+\.units$/, element: 'SV104', loop: '2400', max: 15, kind: 'id' },
];

function* strings(value: unknown, path: (string | number)[]): Generator<[ClaimPath, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * Every text field fits the 837P element it is written to (and no field is longer than
 * HARD_LIMIT): a 10 MB name is reported, not scrubbed clean and echoed back.
 */
export const lengthLimitsRule: ClaimRule = {
  id: ID,
  summary: 'Each field fits the 837P element it is written to: free text over the maximum is cut (warning), IDs and amounts are refused (error).',
  check(claim) {
    const out: ClaimFinding[] = [];
    for (const [path, value] of strings(claim, [])) {
      const length = [...value.trim()].length;
      const limit = FIELD_LIMITS.find((l) => l.path.test(path.join('.')));
      const item = itemForPath(path);
      const reference = `ASC X12 005010X222A1 ${limit?.element ?? ''} maximum length (segment layout from pyx12)`.replace('  ', ' ');
      if (length > HARD_LIMIT) out.push(finding(ID, 'far-too-long', item, path, { length, max: limit?.max ?? HARD_LIMIT }, { reference }));
      else if (limit && length > limit.max) out.push(finding(ID, limit.kind === 'free' ? 'will-be-cut' : 'too-long', item, path, { length, max: limit.max, element: limit.element }, { severity: limit.kind === 'free' ? 'warning' : 'error', reference }));
    }
    return out;
  },
};
