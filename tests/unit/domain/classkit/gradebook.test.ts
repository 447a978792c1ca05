import { describe, expect, it } from 'vitest';
import { buildRoster, describeFileNote, isLeftOut, pickAssignment, studentKey } from '../../../../src/domain/classkit/gradebook.ts';
import { ASSIGNMENT, graded, ok } from './graded-fixtures.ts';

describe('the roster', () => {
  it('has one row per student, sorted by name, with points per item, total, percent and pass/fail', () => {
    const roster = buildRoster(ASSIGNMENT, [
      ok(graded('zoe.json', 'Zoe Park', '2026-12-03T10:00:00Z', 10, 12)),
      ok(graded('ana.json', '  Ana Ruiz ', '2026-12-03T11:00:00Z', 4, 15)),
    ]);
    expect(roster.rows.map((r) => [r.student, r.cells.map((c) => c.earned), r.earned, r.total, r.percent, r.passed])).toEqual([
      ['Ana Ruiz', [4, 15], 19, 30, 63.3, false],
      ['Zoe Park', [10, 12], 22, 30, 73.3, true],
    ]);
    expect(roster.notes).toEqual([]);
  });

  it('passes a student exactly at the passing score', () => {
    const roster = buildRoster({ ...ASSIGNMENT, passPercent: 70 }, [ok(graded('a.json', 'A', '2026-12-01T00:00:00Z', 7, 14))]);
    expect(roster.rows[0]?.percent).toBe(70);
    expect(roster.rows[0]?.passed).toBe(true);
  });

  it('leaves an item not done empty and scores it nothing', () => {
    const row = buildRoster(ASSIGNMENT, [ok(graded('a.json', 'A', '2026-12-01T00:00:00Z', 8, undefined))]).rows[0];
    expect(row?.cells.map((c) => c.earned)).toEqual([8, undefined]);
    expect(row?.percent).toBe(26.7);
  });

  it('keeps names as typed: odd characters are text, only the ends are trimmed', () => {
    const names = ['=HYPERLINK("x")', '<b>Lee</b>', 'Ngozi  O\'Neil-Ávila', '李 雷'];
    const roster = buildRoster(ASSIGNMENT, names.map((n, i) => ok(graded(`${i}.json`, ` ${n}\t`, '2026-12-01T00:00:00Z', 5, 5))));
    expect(roster.rows.map((r) => r.student).sort()).toEqual([...names].sort());
  });

  it('flags late work and says so per file', () => {
    const roster = buildRoster(ASSIGNMENT, [ok(graded('late.json', 'Bo', '2026-12-05T09:00:00Z', 10, 20, {}, true))]);
    expect(roster.rows[0]?.late).toBe(true);
    expect(roster.notes.map(describeFileNote)).toEqual(['late.json: Bo handed in late (made 2026-12-05T09:00:00Z; due 2026-12-04T23:59:00-05:00).']);
    expect(roster.notes.filter(isLeftOut)).toEqual([]);
  });
});

describe('duplicates', () => {
  it('keeps the latest file of the same student, whatever the drop order, and names the superseded file', () => {
    const early = graded('ana-monday.json', 'Ana Ruiz', '2026-12-01T09:00:00Z', 2, 2);
    const later = graded('ana-friday.json', 'ana ruiz', '2026-12-04T09:00:00Z', 9, 19);
    for (const order of [[early, later], [later, early]]) {
      const roster = buildRoster(ASSIGNMENT, order.map(ok));
      expect(roster.rows).toHaveLength(1);
      expect(roster.rows[0]?.fileName).toBe('ana-friday.json');
      expect(roster.rows[0]?.earned).toBe(28);
      expect(roster.notes.map(describeFileNote)).toEqual([
        'ana-monday.json: not counted. Ana Ruiz sent a later file (ana-friday.json, made 2026-12-04T09:00:00Z); this one was made 2026-12-01T09:00:00Z.',
      ]);
    }
  });

  it('names the file that finally counts when a student sent three', () => {
    const files = ['2026-12-01', '2026-12-02', '2026-12-03'].map((d, i) => graded(`v${i + 1}.json`, 'Kai', `${d}T12:00:00Z`, i, i));
    const roster = buildRoster(ASSIGNMENT, files.map(ok));
    expect(roster.rows.map((r) => r.fileName)).toEqual(['v3.json']);
    expect(roster.notes.map((n) => (n.code === 'superseded' ? [n.fileName, n.byFile] : n.code))).toEqual([['v1.json', 'v3.json'], ['v2.json', 'v3.json']]);
  });

  it('keeps the first file dropped when two were made at the same moment', () => {
    const roster = buildRoster(ASSIGNMENT, [ok(graded('first.json', 'Kai', '2026-12-01T12:00:00Z', 1, 1)), ok(graded('second.json', 'Kai', '2026-12-01T12:00:00Z', 9, 9))]);
    expect(roster.rows[0]?.fileName).toBe('first.json');
  });

  it('treats names differing only in case, spacing at the ends or Unicode form as one student', () => {
    expect(studentKey(' José ')).toBe(studentKey('JOSE\u0301'));
    expect(studentKey('Ana Ruiz')).not.toBe(studentKey('Ana Ruis'));
  });
});

describe('files that are not counted', () => {
  it('lists a file for another assignment with both assignments named', () => {
    const other = { ...graded('other.json', 'Mia', '2026-12-01T00:00:00Z', 10, 20), assignmentId: 'zz9999' };
    const roster = buildRoster(ASSIGNMENT, [ok(other)]);
    expect(roster.rows).toEqual([]);
    expect(roster.notes.map(describeFileNote)).toEqual(['other.json: not counted. It is for a different assignment (id zz9999), not "Week 3: diabetes coding and claim" (id a1b2c3). Hint: grade it with the files of its own assignment.']);
  });

  it('names the other assignment when the file says which it is', () => {
    const roster = buildRoster(ASSIGNMENT, [{ fileName: 'w2.json', kind: 'other-assignment', assignmentId: 'w2w2w2', title: 'Week 2' }]);
    expect(roster.notes.map(describeFileNote)).toEqual(['w2.json: not counted. It is for a different assignment ("Week 2", id w2w2w2), not "Week 3: diabetes coding and claim" (id a1b2c3). Hint: grade it with the files of its own assignment.']);
  });

  it('lists a corrupt file with its name and what is wrong, and still counts the others', () => {
    const roster = buildRoster(ASSIGNMENT, [
      { fileName: 'broken.json', kind: 'unreadable', problem: 'It is not JSON (unexpected end of data at line 3).' },
      ok(graded('ok.json', 'Ok', '2026-12-01T00:00:00Z', 10, 20)),
    ]);
    expect(roster.counted).toBe(1);
    expect(roster.notes.map(describeFileNote)).toEqual(['broken.json: not counted. It is not JSON (unexpected end of data at line 3).']);
  });

  it('lists a file with an empty name', () => {
    const roster = buildRoster(ASSIGNMENT, [ok(graded('blank.json', '   ', '2026-12-01T00:00:00Z', 10, 20))]);
    expect(roster.rows).toEqual([]);
    expect(describeFileNote(roster.notes[0]!)).toMatch(/^blank\.json: not counted\. It has no name or student ID\./);
  });

  it('keeps notes in the order the files were dropped', () => {
    const roster = buildRoster(ASSIGNMENT, [
      { fileName: 'b.json', kind: 'unreadable', problem: 'x' },
      ok({ ...graded('c.json', 'C', '2026-12-01T00:00:00Z', 1, 1), assignmentId: 'other' }),
      { fileName: 'a.json', kind: 'unreadable', problem: 'y' },
    ]);
    expect(roster.notes.map((n) => n.fileName)).toEqual(['b.json', 'c.json', 'a.json']);
  });

  it('says which items could not be regraded', () => {
    const s = graded('p.json', 'Pat', '2026-12-01T00:00:00Z', 10, undefined);
    s.items[1] = { ...s.items[1]!, problem: 'there is no claim exercise with this id on this site' };
    const roster = buildRoster(ASSIGNMENT, [ok(s)]);
    expect(roster.rows).toHaveLength(1);
    expect(roster.notes.map(describeFileNote)).toEqual(['p.json: Pat: "Office visit claim": there is no claim exercise with this id on this site. Those items score nothing.']);
  });
});

describe('a file whose copy of the assignment was edited', () => {
  it('is counted against the instructor\'s assignment and says so', () => {
    const roster = buildRoster(ASSIGNMENT, [{ fileName: 'edit.json', kind: 'graded', submission: graded('edit.json', 'Eve', '2026-12-01T00:00:00Z', 10, 20), assignmentChanged: true }]);
    expect(roster.rows).toHaveLength(1);
    expect(roster.notes.map(describeFileNote)).toEqual(['edit.json: Eve: the assignment inside this file was changed after the link made it (due date, passing score or items), so it was graded against your assignment instead.']);
  });
});

describe('the assignment taken from the files', () => {
  it('is the one most files belong to', () => {
    const other = { ...ASSIGNMENT, id: 'other', title: 'Other' };
    expect(pickAssignment([other, ASSIGNMENT, ASSIGNMENT])?.id).toBe(ASSIGNMENT.id);
    expect(pickAssignment([other, ASSIGNMENT])?.id).toBe('other');
    expect(pickAssignment([])).toBeUndefined();
  });
});
