import { describe, expect, test } from 'vitest';
import { decodeCodingDraft, MAX_DRAFT_ROWS } from '../../../../src/domain/drafts/coding-draft.ts';
import { describeDraftProblem, describeRestored } from '../../../../src/domain/drafts/describe-draft.ts';

describe('coding drafts', () => {
  test('a draft comes back exactly as typed, half-typed modifiers included', () => {
    const draft = { diagnoses: ['E11.65', 'I10'], lines: [{ code: '99213', modifiers: '25 R', units: '1' }] };
    expect(decodeCodingDraft(draft)).toEqual(draft);
  });

  test('anything else is ignored rather than restored', () => {
    for (const bad of [null, [], 'E11.9', { diagnoses: 'E11.9', lines: [] }, { diagnoses: [1], lines: [] }, { diagnoses: [], lines: [{ code: 99213, modifiers: '', units: '1' }] }, { diagnoses: ['x'.repeat(41)], lines: [] }, { diagnoses: Array.from({ length: MAX_DRAFT_ROWS + 1 }, (_, i) => `A${i}`), lines: [] }]) {
      expect(decodeCodingDraft(bad)).toBeUndefined();
    }
  });

  test('a repeated diagnosis comes back once (the island refuses duplicates)', () => {
    expect(decodeCodingDraft({ diagnoses: ['I10', 'I10'], lines: [] })?.diagnoses).toEqual(['I10']);
  });
});

describe('draft words', () => {
  test('the restored note names the time of the save', () => {
    expect(describeRestored('2026-11-20T15:05:00.000Z', 'en-US', 'UTC')).toBe('Restored your draft from Nov 20, 2026, 3:05 PM.');
  });

  test('a failed save says the draft lasts only while the page is open', () => {
    expect(describeDraftProblem({ code: 'quota', key: 'claimlab:drafts' })).toBe("ClaimLab could not save your draft: this browser's storage for the site is full. What was saved before is kept. Your draft lasts until you leave the page.");
    expect(describeDraftProblem({ code: 'too-large' })).toMatch(/too large.*until you leave the page/);
  });
});
