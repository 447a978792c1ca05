import { emExerciseSchema, type EmExercise } from '../../../../src/domain/em/em-exercise-schema.ts';

/** A small valid E/M exercise: moderate problems, limited data, moderate risk, 42 minutes. */
export function makeEmExercise(overrides: Partial<Record<string, unknown>> = {}): EmExercise {
  return emExerciseSchema.parse({
    id: 'em-fixture',
    title: 'Fixture visit',
    summary: 'An established patient with two chronic problems.',
    difficulty: 'intermediate',
    topics: ['em-leveling'],
    certifications: ['CPC'],
    source: { dataset: 'ACI-BENCH', encounter: 'D2N012', changes: 'Shortened; date of service and total time added.' },
    case: {
      family: 'office-established',
      dateOfService: '2026-10-14',
      patient: { age: 59, sex: 'male' },
      totalMinutes: 42,
      note: 'Follow-up of asthma, depression and type 2 diabetes. '.repeat(6),
    },
    answer: {
      problems: { level: 'moderate', why: 'Diabetes is not at goal (A1c up), a chronic illness progressing.' },
      data: { level: 'limited', tally: { externalNotes: 0, resultsReviewed: 1, testsOrdered: 1, independentHistorian: false, independentInterpretation: false, discussion: false }, why: 'One outside result reviewed and one test ordered.' },
      risk: { level: 'moderate', why: 'Sertraline started and metformin increased: prescription drug management.' },
      code: { code: '99215', why: 'MDM is moderate (99214) but 42 minutes meets the 40-minute minimum of 99215.' },
    },
    mistakes: [
      { element: 'code', chose: '99214', feedback: 'MDM gives 99214, but the documented time supports more: report the higher.' },
      { element: 'data', chose: 'moderate', feedback: 'Two category 1 items make limited data, not moderate.' },
    ],
    rationale: 'Moderate problems and risk give moderate MDM; total time of 42 minutes supports 99215, which is higher.',
    ...overrides,
  });
}
