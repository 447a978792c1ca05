import { describe, expect, it } from 'vitest';
import { guidelineSectionExists, parseGuidelineSections } from '../../../../src/domain/exercises/guideline-sections.ts';

const TEXT = `Section I. Conventions ............................ 7
  A. Conventions for the ICD-10-CM ................... 7
Section I. Conventions, general coding guidelines and chapter
    A. Conventions for the ICD-10-CM
       12. Excludes Notes
           a. Excludes1
C. Chapter-Specific Coding Guidelines
4.   Chapter 4: Endocrine, Nutritional, and Metabolic Diseases (E00-E89)
        a. Diabetes mellitus
             1)     Type of diabetes
3)   Diabetes mellitus and the use of insulin
                   (a) Something
                   (h) Eighth
                   (i) Ninth letter
Section IV. Diagnostic Coding and Reporting Guidelines for
G. ICD-10-CM code for the diagnosis
`;

describe('parseGuidelineSections', () => {
  const sections = parseGuidelineSections(TEXT);

  it('finds nested headings at every level', () => {
    for (const id of ['I', 'I.A', 'I.A.12', 'I.A.12.a', 'I.C', 'I.C.4', 'I.C.4.a', 'I.C.4.a.1', 'I.C.4.a.3', 'I.C.4.a.3.a', 'IV', 'IV.G']) {
      expect(guidelineSectionExists(sections, id), id).toBe(true);
    }
  });

  it('reads "(i)" after "(h)" as a letter', () => {
    expect(sections.has('I.C.4.a.3.i')).toBe(true);
  });

  it('rejects sections that are not there, including table-of-contents-only entries', () => {
    for (const id of ['I.C.4.b', 'I.C.5', 'IV.A', 'II', 'I.A.12.b']) expect(guidelineSectionExists(sections, id), id).toBe(false);
  });
});
