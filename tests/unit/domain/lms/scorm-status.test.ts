import { describe, expect, it } from 'vitest';
import { percentScore, scormReport } from '../../../../src/domain/lms/scorm-status.ts';
import { describeReport } from '../../../../src/domain/lms/scorm-messages.ts';
import { SCORM12_CMI } from '../../../../src/domain/lms/scorm12-spec.ts';

describe('score and lesson_status reported to the LMS', () => {
  it('reports nothing but incomplete before the learner submits', () => {
    expect(scormReport({ earned: 9, total: 10, submitted: false }, 70)).toEqual({ lessonStatus: 'incomplete' });
  });

  it('passes at the pass mark and fails just below it', () => {
    expect(scormReport({ earned: 7, total: 10, submitted: true }, 70)).toEqual({ lessonStatus: 'passed', score: { raw: 70, min: 0, max: 100 } });
    expect(scormReport({ earned: 69, total: 100, submitted: true }, 70)).toEqual({ lessonStatus: 'failed', score: { raw: 69, min: 0, max: 100 } });
  });

  it('says completed, with the score, when the package has no pass mark', () => {
    expect(scormReport({ earned: 0, total: 12, submitted: true }, undefined)).toEqual({ lessonStatus: 'completed', score: { raw: 0, min: 0, max: 100 } });
  });

  it('rounds to a whole percentage within 0..100 and never divides by zero', () => {
    expect(percentScore(2, 3)).toBe(67);
    expect(percentScore(5, 0)).toBe(0);
    expect(percentScore(12, 10)).toBe(100);
  });

  it('uses only statuses of the SCORM 1.2 vocabulary', () => {
    for (const report of [scormReport({ earned: 1, total: 2, submitted: true }, 40), scormReport({ earned: 1, total: 2, submitted: true }, 60), scormReport({ earned: 1, total: 2, submitted: true }, undefined), scormReport({ earned: 1, total: 2, submitted: false }, 60)]) {
      expect(SCORM12_CMI.lessonStatuses).toContain(report.lessonStatus);
    }
  });

  it('words the result for the learner', () => {
    expect(describeReport(scormReport({ earned: 6, total: 10, submitted: true }, 70), 70, true)).toBe('Your score: 60%. Not passed yet (pass mark 70%). Your score was sent to your course.');
    expect(describeReport(scormReport({ earned: 10, total: 10, submitted: true }, undefined), undefined, false)).toBe('Your score: 100%.');
  });
});
