import { describe, expect, it } from 'vitest';
import { describeLinkWithoutFiles, gradeDroppedFiles } from '../../../../src/components/classkit/grade-dropped-files.ts';
import { encodeAssignment } from '../../../../src/domain/classkit/assignment-link.ts';
import { assignment } from '../../../fixtures/classkit/gradebook-files.ts';

describe('"Use this assignment" before any file', () => {
  it('with no link, says to add the files (the link is optional)', async () => {
    await expect(describeLinkWithoutFiles('   ')).resolves.toMatch(/^Add the submission files first\./);
  });

  it('with a usable link, names the assignment and says to add the files', async () => {
    const link = `https://example.org/teach/assignment/#${await encodeAssignment(assignment)}`;
    await expect(describeLinkWithoutFiles(link)).resolves.toBe('Assignment "Week 3: ankle sprain" is set. Now add the submission files.');
  });

  it('with a damaged link, says so in the same words as a regrade with files', async () => {
    const message = await describeLinkWithoutFiles('https://example.org/not-an-assignment');
    expect(message).toMatch(/^The assignment link could not be used: /);
    const withFiles = await gradeDroppedFiles([], 'https://example.org/not-an-assignment');
    expect(withFiles.assignment).toBeUndefined();
    expect(!withFiles.assignment && withFiles.message).toBe(message);
  });
});
