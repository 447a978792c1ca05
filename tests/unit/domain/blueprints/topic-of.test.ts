import { describe, expect, it } from 'vitest';
import { codingExerciseTopic, examItemTopic, lessonTopic, otherExerciseTopic } from '../../../../src/domain/blueprints/topic-of.ts';
import type { TopicMap } from '../../../../src/domain/blueprints/topic-map-schema.ts';

const map: TopicMap = {
  modules: { 'cpt-em': 'em', foundations: null },
  lessons: { 'cpt-em/cpt-structure': 'cpt-conventions' },
  examDomains: { 'cpt-em': 'em', 'cpt-surgery': 'by-codes', 'medical-terminology-anatomy': null },
  claimExercises: 'claims',
  exerciseKinds: { em: 'em', posting: 'remittance-posting', secondary: 'insurance-types', denials: 'denials-appeals', ar: 'collections', records: 'privacy', variance: 'reimbursement-methods' },
};
const item = (domain: string, right: string, stem = 'Which code?', topic?: 'anatomy') => ({
  id: 'x', domain, stem, ...(topic ? { topic } : {}), options: [{ text: right, correct: true as const }, { text: 'other' }],
});

describe('lessonTopic', () => {
  it('prefers the frontmatter, then the per-lesson line, then the module default', () => {
    expect(lessonTopic({ id: 'cpt-em/em-mdm', module: 'cpt-em', topic: 'modifiers' }, map)).toMatchObject({ ok: true, topic: 'modifiers' });
    expect(lessonTopic({ id: 'cpt-em/cpt-structure', module: 'cpt-em' }, map)).toMatchObject({ ok: true, topic: 'cpt-conventions' });
    expect(lessonTopic({ id: 'cpt-em/em-time', module: 'cpt-em' }, map)).toMatchObject({ ok: true, topic: 'em' });
  });

  it('asks for a topic in a module that mixes topics, and in an unknown module', () => {
    expect(lessonTopic({ id: 'foundations/new', module: 'foundations' }, map)).toEqual({ ok: false, kind: 'lesson', id: 'foundations/new', reason: 'ambiguous' });
    expect(lessonTopic({ id: 'cpt-surgery/skin', module: 'cpt-surgery' }, map)).toMatchObject({ ok: false, reason: 'no-default' });
  });
});

describe('examItemTopic', () => {
  it('uses the domain default when the domain has one topic', () => {
    expect(examItemTopic(item('cpt-em', '99214'), map)).toMatchObject({ ok: true, topic: 'em', how: 'map' });
  });

  it('reads the CPT section of the right answer in a by-codes domain, then of the stem', () => {
    expect(examItemTopic(item('cpt-surgery', '45385 only'), map)).toMatchObject({ ok: true, topic: 'cpt-digestive', how: 'codes' });
    expect(examItemTopic(item('cpt-surgery', 'Modifier 78', 'After 27447, the patient returns to the OR'), map)).toMatchObject({ topic: 'cpt-musculoskeletal' });
  });

  it('asks for a topic when the answer spans two sections or the domain mixes topics', () => {
    expect(examItemTopic(item('cpt-surgery', '99214-25 and 11102'), map)).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(examItemTopic(item('medical-terminology-anatomy', 'The femur'), map)).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(examItemTopic(item('medical-terminology-anatomy', 'The femur', 'Which bone?', 'anatomy'), map)).toMatchObject({ ok: true, topic: 'anatomy', how: 'explicit' });
  });
});

describe('codingExerciseTopic', () => {
  it('counts a case under the section of its first procedure line, or ICD-10-CM chapters without one', () => {
    expect(codingExerciseTopic({ id: 'a', answer: { lines: [{ code: '66984' }, { code: '99214' }] } })).toMatchObject({ topic: 'cpt-nervous-eye-ear' });
    expect(codingExerciseTopic({ id: 'b', answer: { diagnoses: [{ code: 'E11.9' }] } })).toMatchObject({ topic: 'icd10cm-chapters' });
    expect(codingExerciseTopic({ id: 'c', topic: 'modifiers', answer: { lines: [{ code: '99214' }] } })).toMatchObject({ topic: 'modifiers', how: 'explicit' });
  });
});

describe('describeTopicProblem', () => {
  it('names the lesson, why its topic is unclear and both ways to fix it', async () => {
    const { describeTopicProblem } = await import('../../../../src/domain/blueprints/describe.ts');
    const problem = lessonTopic({ id: 'foundations/new', module: 'foundations' }, map);
    if (problem.ok) throw new Error('expected a problem');
    expect(describeTopicProblem(problem)).toBe(
      'lesson "foundations/new": topic: cannot tell which outline topic it counts under (its module or domain mixes several topics). Hint: add `topic: <id>` to its frontmatter, or a line under `lessons:` in content/blueprints/topic-map.yaml; topic ids are listed in src/domain/blueprints/topics.ts.',
    );
  });
});

describe('otherExerciseTopic', () => {
  it("uses the kind's default topic, and the file's own topic when it names one", () => {
    expect(otherExerciseTopic({ id: 'p', kind: 'posting' }, map)).toEqual({ ok: true, topic: 'remittance-posting', how: 'default' });
    expect(otherExerciseTopic({ id: 'a', kind: 'ar' }, map)).toMatchObject({ topic: 'collections' });
    expect(otherExerciseTopic({ id: 'r', kind: 'records' }, map)).toMatchObject({ topic: 'privacy' });
    expect(otherExerciseTopic({ id: 'm', kind: 'records', topic: 'health-it' }, map)).toMatchObject({ topic: 'health-it', how: 'explicit' });
    expect(otherExerciseTopic({ id: 'd', kind: 'denials', topic: 'case-analysis' }, map)).toEqual({ ok: true, topic: 'case-analysis', how: 'explicit' });
  });
});
