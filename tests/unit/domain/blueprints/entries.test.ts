import { describe, expect, it } from 'vitest';
import { coverageEntries } from '../../../../src/domain/blueprints/entries.ts';
import type { TopicMap } from '../../../../src/domain/blueprints/topic-map-schema.ts';

const map: TopicMap = {
  modules: {},
  lessons: {},
  examDomains: {},
  claimExercises: 'claims',
  exerciseKinds: { em: 'em', posting: 'remittance-posting', secondary: 'insurance-types', denials: 'denials-appeals', ar: 'collections', records: 'privacy', variance: 'reimbursement-methods' },
};

describe('coverageEntries with every exercise kind', () => {
  const { entries, problems } = coverageEntries(
    {
      lessons: [],
      codingExercises: [],
      claimExercises: [],
      examItems: [],
      otherExercises: [
        { id: 'em-knee', kind: 'em', title: 'Knee visit' },
        { id: 'ppo-copay', kind: 'posting', title: 'Copay' },
        { id: 'medigap-send', kind: 'secondary', title: 'Medigap' },
        { id: 'timely', kind: 'denials', title: 'Timely filing', topic: 'billing-regulations' },
        { id: 'quarter-end', kind: 'ar', title: 'Quarter end' },
        { id: 'roi-desk', kind: 'records', title: 'ROI desk' },
        { id: 'mpi-duplicates', kind: 'records', title: 'MPI duplicates', topic: 'health-it' },
      ],
    },
    map,
  );

  it('counts each as one case under its kind default or its own topic', () => {
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.kind, e.topic])).toEqual([
      ['cases', 'em'],
      ['cases', 'remittance-posting'],
      ['cases', 'insurance-types'],
      ['cases', 'billing-regulations'],
      ['cases', 'collections'],
      ['cases', 'privacy'],
      ['cases', 'health-it'],
    ]);
  });

  it('uses the ids progress records (so readiness finds the best score) and links each page', () => {
    expect(entries.map((e) => e.id)).toEqual(['em-knee', 'ppo-copay', 'medigap-send', 'denials/timely', 'ar/quarter-end', 'records/roi-desk', 'records/mpi-duplicates']);
    expect(entries.map((e) => e.href)).toEqual(['/exercises/em/em-knee/', '/billing/posting/ppo-copay/', '/billing/secondary/medigap-send/', '/billing/denials/timely/', '/billing/ar/quarter-end/', '/records/roi-desk/', '/records/mpi-duplicates/']);
  });
});
