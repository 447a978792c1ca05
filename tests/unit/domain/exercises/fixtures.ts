import type { CodeCheck, CodeSetView } from '../../../../src/domain/codes/types.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../src/domain/exercises/coding-exercise-schema.ts';

/** Titles copied from the official FY2026/FY2027 ICD-10-CM order file and HCPCS file. */
const ICD: Record<string, { status: CodeCheck['status']; title: string }> = {
  'E11.65': { status: 'valid', title: 'Type 2 diabetes mellitus with hyperglycemia' },
  'E11.9': { status: 'valid', title: 'Type 2 diabetes mellitus without complications' },
  'E11.6': { status: 'header', title: 'Type 2 diabetes mellitus with other specified complications' },
  'E11.649': { status: 'valid', title: 'Type 2 diabetes mellitus with hypoglycemia without coma' },
  'Z79.4': { status: 'valid', title: 'Long term (current) use of insulin' },
  'R73.9': { status: 'valid', title: 'Hyperglycemia, unspecified' },
  'I10': { status: 'valid', title: 'Essential (primary) hypertension' },
  'S52.521': { status: 'header', title: 'Torus fracture of lower end of right radius' },
  'S52.521A': { status: 'valid', title: 'Torus fracture of lower end of right radius, initial encounter for closed fracture' },
  'S52.521D': { status: 'valid', title: 'Torus fracture of lower end of right radius, subsequent encounter for fracture with routine healing' },
  'S52.522A': { status: 'valid', title: 'Torus fracture of lower end of left radius, initial encounter for closed fracture' },
  'T37.0X5A': { status: 'valid', title: 'Adverse effect of sulfonamides, initial encounter' },
  'S23.420A': { status: 'deleted', title: 'Sprain of sternoclavicular (joint) (ligament), initial encounter' },
};

/** A small in-memory CodeSetView with real codes, for unit tests of the grader. */
export const fakeCodes: CodeSetView = {
  checkIcd(code) {
    const hit = ICD[code];
    if (hit) return { code, system: 'icd10cm', status: hit.status, title: hit.title, year: 2027 };
    return { code, system: 'icd10cm', status: /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(code) ? 'not-found' : 'bad-syntax', year: 2027 };
  },
  checkHcpcs(code) {
    return { code, system: 'hcpcs', status: ['J1100', 'J3301'].includes(code) ? 'valid' : 'not-found', year: 2026 };
  },
  checkCpt(code) {
    return { code, system: 'cpt', status: ['99213', '99214', '96372', '20610'].includes(code) ? 'valid' : 'not-found', year: 2026 };
  },
  modifier(code) {
    if (['25', '59'].includes(code)) return { code, title: 'CPT modifier', system: 'cpt' };
    if (['LT', 'RT', 'XS'].includes(code)) return { code, title: 'HCPCS modifier', system: 'hcpcs' };
    return undefined;
  },
  placeOfService: () => undefined,
  excludes1(a, b) {
    const pair = [a, b].sort().join('|');
    return pair === 'E11.9|R73.9' ? { code: 'R73.9', excluded: 'E11.9', note: 'Excludes1: diabetes mellitus (E08-E13)', sourceYear: 2025 } : undefined;
  },
};

/** A minimal valid exercise used across unit tests. */
export const sampleExercise: CodingExercise = codingExerciseSchema.parse({
  id: 'sample-dm2',
  title: 'Sample exercise',
  summary: 'A sample used by unit tests.',
  difficulty: 'beginner',
  topics: ['diabetes'],
  certifications: ['CPC'],
  case: {
    setting: 'office',
    dateOfService: '2026-10-14',
    patient: { age: 58, sex: 'female' },
    note: 'Established patient with type 2 diabetes on insulin, glucose 310 today, hyperglycemia documented. '.repeat(3),
  },
  task: { codeSets: ['icd10cm', 'cpt', 'hcpcs'], instructions: 'Assign the codes for this visit.' },
  answer: {
    diagnoses: [
      { code: 'E11.65', why: 'Combination code for hyperglycemia.' },
      { code: 'Z79.4', why: 'Long-term insulin use.' },
    ],
    lines: [
      { system: 'cpt', code: '99214', modifiers: ['25'], units: 1, why: 'Separately identifiable visit.' },
      { system: 'hcpcs', code: 'J1100', units: 4, why: 'Dexamethasone per 1 mg, 4 mg given.' },
    ],
  },
  alternates: [{ code: 'E11.649', acceptFor: 'E11.65', why: 'Test-only alternate.' }],
  mistakes: [
    { trigger: { reported: 'E11.9', instead: 'E11.65' }, feedback: 'E11.9 means without complications; hyperglycemia is documented.', guideline: 'I.B.9' },
    { trigger: { omitted: 'Z79.4' }, feedback: 'Insulin use is documented; report Z79.4.', guideline: 'I.C.4.a.3' },
    { trigger: { firstListed: 'Z79.4' }, feedback: 'Z79.4 is an additional code, not first-listed.' },
    { trigger: { line: 'J1100', units: 1 }, feedback: 'J1100 is per 1 mg; 4 mg is 4 units.' },
  ],
  rationale: 'Type 2 diabetes with hyperglycemia has a combination code; insulin use is added.',
  guidelines: ['I.C.4.a'],
});

/** The answer key as a student attempt. */
export const perfectAttempt = {
  diagnoses: ['E11.65', 'Z79.4'],
  lines: [
    { code: '99214', modifiers: ['25'], units: 1 },
    { code: 'J1100', units: 4 },
  ],
};
