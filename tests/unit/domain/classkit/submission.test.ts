import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../../../src/domain/classkit/assignment-link.ts';
import { buildSubmission, nameSlug, parseSubmission, submissionFileName, submissionText, type ItemRecord } from '../../../../src/domain/classkit/submission.ts';

const assignment = makeAssignment({
  title: 'Week 3: diabetes coding',
  due: '2026-12-05T23:59:00.000Z',
  passPercent: 70,
  classCode: 'HIM-110',
  items: [{ kind: 'lesson', id: 'foundations/revenue-cycle' }, { kind: 'coding', id: 'aci-allergic-asthma-new-diagnosis' }],
});
const records = new Map<string, ItemRecord>([['coding:aci-allergic-asthma-new-diagnosis', { answer: { diagnoses: ['J45.909'], lines: [] }, earned: 1, total: 3, at: '2026-12-01T10:00:00.000Z' }]]);
const built = buildSubmission({ assignment, student: '  O\'Brien, Zoë <script>  ', appVersion: '0.1.0', now: new Date('2026-12-02T08:00:00.000Z'), records });

describe('buildSubmission', () => {
  it('lists every assigned item in order, with the answer where there is one', () => {
    expect(built.items.map((i) => i.item.id)).toEqual(['foundations/revenue-cycle', 'aci-allergic-asthma-new-diagnosis']);
    expect(built.items[0]).toEqual({ item: { kind: 'lesson', id: 'foundations/revenue-cycle' } });
    expect(built.items[1]?.answer).toEqual({ diagnoses: ['J45.909'], lines: [] });
    expect(built.submittedAt).toBe('2026-12-02T08:00:00.000Z');
  });
  it('keeps the name as typed (trimmed), odd characters and all', () => expect(built.student).toBe('O\'Brien, Zoë <script>'));
  it('names the file after the assignment and a slug of the name', () => {
    expect(submissionFileName(built)).toBe(`claimlab-submission-${assignment.id}-o-brien-zoe-script.json`);
    expect(nameSlug('///')).toBe('student');
  });
  it('round-trips through its own text', () => {
    const parsed = parseSubmission(submissionText(built), 'a.json');
    expect(parsed).toEqual({ ok: true, submission: built });
  });
});

describe('parseSubmission', () => {
  const bad = (text: string): string => {
    const r = parseSubmission(text, 'jo.json');
    if (r.ok) throw new Error('parsed');
    return r.message;
  };
  it('names the file and says when it is not JSON', () => expect(bad('PK\u0003\u0004 zip')).toMatch(/^jo\.json: not a JSON file/));
  it('says when the JSON is not a ClaimLab submission', () => expect(bad('{"version":3,"lessons":{}}')).toMatch(/^jo\.json: not a ClaimLab submission file/));
  it('says when the file is from a newer ClaimLab', () => expect(bad(JSON.stringify({ ...built, version: 2 }))).toMatch(/newer ClaimLab \(file version 2/));
  it('names the invalid field', () => {
    expect(bad(JSON.stringify({ ...built, student: '' }))).toContain('field "student"');
    expect(bad(JSON.stringify({ ...built, items: [{ item: { kind: 'homework', id: 'x' } }] }))).toContain('field "items[0].item.kind"');
    expect(bad(JSON.stringify({ ...built, submittedAt: 'yesterday' }))).toContain('field "submittedAt"');
  });
  it('refuses unknown fields (a typo or a hand-edited file)', () => expect(bad(JSON.stringify({ ...built, score: 100 }))).toContain('score'));
  it('reads a file saved with a byte-order mark', () => expect(parseSubmission(`\uFEFF${submissionText(built)}`, 'b.json').ok).toBe(true));
});
