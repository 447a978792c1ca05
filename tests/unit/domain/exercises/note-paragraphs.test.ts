import { describe, expect, test } from 'vitest';
import { noteParagraphs } from '../../../../src/domain/exercises/note-paragraphs.ts';

describe('noteParagraphs', () => {
  test('joins wrapped lines and starts a paragraph at each section label', () => {
    const note = 'Chief complaint: knee pain.\nHistory: 63-year-old with pain,\nworse over 6 weeks.\nExam: small effusion.\n';
    expect(noteParagraphs(note)).toEqual(['Chief complaint: knee pain.', 'History: 63-year-old with pain, worse over 6 weeks.', 'Exam: small effusion.']);
  });

  test('blank lines and numbered items start paragraphs; odd text stays text', () => {
    expect(noteParagraphs('Assessment:\n1. Osteoarthritis,\nright knee.\n2. Hypertension.\n\n<b>x</b>')).toEqual([
      'Assessment:',
      '1. Osteoarthritis, right knee.',
      '2. Hypertension.',
      '<b>x</b>',
    ]);
  });
});
