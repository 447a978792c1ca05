import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../../../src/domain/classkit/assignment-link.ts';
import { assignmentFromFiles, gradeParsed, parseDroppedTexts } from '../../../../src/domain/classkit/grade-submissions.ts';
import { buildRoster, describeFileNote } from '../../../../src/domain/classkit/gradebook.ts';
import type { ItemKey } from '../../../../src/domain/classkit/item-keys.ts';
import { buildSubmission, submissionText, type ItemRecord } from '../../../../src/domain/classkit/submission.ts';
import type { Assignment } from '../../../../src/domain/classkit/types.ts';

const week3 = makeAssignment({ title: 'Week 3', due: '2026-12-04T23:59:00-05:00', passPercent: 70, classCode: 'HIT-110', items: [{ kind: 'lesson', id: 'foundations/revenue-cycle' }, { kind: 'lesson', id: 'foundations/insurance-basics' }] });
const week2 = makeAssignment({ ...week3, title: 'Week 2' });
const keys = new Map<string, ItemKey>(week3.items.map((i) => [`lesson:${i.id}`, { kind: 'lesson', title: i.id }]));

function text(assignment: Assignment, student: string, now: string, done: number): string {
  const records = new Map<string, ItemRecord>(assignment.items.slice(0, done).map((i) => [`lesson:${i.id}`, { answer: true, at: now }]));
  return submissionText(buildSubmission({ assignment, student, appVersion: '0.1.0', now: new Date(now), records }));
}

describe('from dropped texts to file outcomes', () => {
  it('regrades the files of the assignment most files carry, names the others, and keeps parse problems without repeating the file name', () => {
    const parsed = parseDroppedTexts([
      { fileName: 'ana.json', text: text(week3, 'Ana', '2026-12-01T00:00:00Z', 2) },
      { fileName: 'bo.json', text: text(week3, 'Bo', '2026-12-01T00:00:00Z', 1) },
      { fileName: 'w2.json', text: text(week2, 'Cy', '2026-12-01T00:00:00Z', 2) },
      { fileName: 'junk.json', text: 'not json' },
      { fileName: 'pic.png', problem: 'Not a .json or .zip file.' },
    ]);
    const assignment = assignmentFromFiles(parsed);
    expect(assignment?.id).toBe(week3.id);
    const roster = buildRoster(week3, gradeParsed(week3, parsed, keys));
    expect(roster.rows.map((r) => [r.student, r.earned, r.total])).toEqual([['Ana', 2, 2], ['Bo', 1, 2]]);
    const notes = roster.notes.map(describeFileNote);
    expect(notes.find((n) => n.startsWith('w2.json'))).toContain('("Week 2"');
    expect(notes.find((n) => n.startsWith('junk.json'))).toMatch(/^junk\.json: not counted\. Not a JSON file/);
    expect(notes.find((n) => n.startsWith('pic.png'))).toBe('pic.png: not counted. Not a .json or .zip file.');
  });

  it('grades a file whose due date was edited against the real assignment: still late, and named', () => {
    const edited = JSON.parse(text(week3, 'Eve', '2026-12-06T00:00:00Z', 2)) as { assignment: Assignment };
    edited.assignment.due = '2026-12-31T23:59:00-05:00';
    const parsed = parseDroppedTexts([{ fileName: 'eve.json', text: JSON.stringify(edited) }, { fileName: 'ana.json', text: text(week3, 'Ana', '2026-12-01T00:00:00Z', 2) }]);
    // The edited copy is not a candidate for "the assignment of these files".
    expect(assignmentFromFiles(parsed.slice(0, 1))).toBeUndefined();
    const roster = buildRoster(week3, gradeParsed(week3, parsed, keys));
    expect(roster.rows.find((r) => r.student === 'Eve')?.late).toBe(true);
    expect(roster.notes.map((n) => n.code)).toEqual(['assignment-changed', 'late']);
  });
});
