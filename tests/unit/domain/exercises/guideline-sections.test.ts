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

describe('parseGuidelineSections, out-of-sequence list items (FY2026 I.C.19.d)', () => {
  // I.C.19.d.1 lists its cases as "a.", "b.", "c." inside a numbered item; they must not close
  // section d and file d.2 onward under c. Roman items right after a lettered item are its children.
  const TEXT = `Section I. Conventions
C. Chapter-Specific Coding Guidelines
19.   Chapter 19: Injury
         c. Coding of Traumatic Fractures
          1)    Initial vs. subsequent encounter for fractures
         d. Coding of Burns and Corrosions
          1)    Sequencing of burn and related condition codes
             a. When the reason for the admission is treatment of multiple burns
             b. When a patient has both internal and external burns
             c. When a patient is admitted for burn injuries
          2)   Burns of the same anatomic site
          1)   an earlier number, so only part of a paragraph
          3)   Non-healing burns
         e. Adverse Effects, Poisoning, Underdosing and Toxic Effects
          5)   The occurrence of drug toxicity
               (b) Poisoning
                  (i) Error was made in drug prescription
                  (ii) Overdose of a drug intentionally taken
                  (iii)Nonprescribed drug taken with a prescribed drug
                  (iv) Interaction of drug(s) and alcohol
`;
  const sections = parseGuidelineSections(TEXT);

  it('keeps the numbered items after the lettered cases under their own section', () => {
    for (const id of ['I.C.19.d.1', 'I.C.19.d.2', 'I.C.19.d.3', 'I.C.19.e.5.b.i', 'I.C.19.e.5.b.ii', 'I.C.19.e.5.b.iii', 'I.C.19.e.5.b.iv']) {
      expect(guidelineSectionExists(sections, id), id).toBe(true);
    }
  });

  it('does not invent sections from list items that break the sequence', () => {
    for (const id of ['I.C.19.c.2', 'I.C.19.c.3', 'I.C.19.e.5.i', 'I.C.19.a']) expect(guidelineSectionExists(sections, id), id).toBe(false);
  });
});
