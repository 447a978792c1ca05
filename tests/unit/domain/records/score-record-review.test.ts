import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordReviewSchema, type RecordReview } from '../../../../src/domain/records/record-review-schema.ts';
import { recordReviewKeyInput, recordReviewPublic, recordReviewRubric } from '../../../../src/domain/records/record-review-rubric.ts';
import { scoreRecordReview } from '../../../../src/domain/records/score-record-review.ts';
import { describeRecordFinding } from '../../../../src/domain/records/describe-record-review.ts';
import { decodeRecordReviewDraft } from '../../../../src/domain/drafts/record-review-draft.ts';
import { parseRecordReview } from '../../../../src/data/record-review-node.ts';

const mistake = (s: string) => `${s} is wrong here, and this sentence says why.`;
const authored = {
  title: 'Test ROI desk',
  summary: 'A small release of information test.',
  difficulty: 'intro',
  checked: '2026-11-30',
  scenario: 'An attorney sends a request with an authorization signed by the patient; decide each document.',
  choiceSets: {
    release: [
      { id: 'release', label: 'Release' },
      { id: 'withhold', label: 'Withhold' },
      { id: 'specific', label: 'Needs its own authorization' },
    ],
    element: [
      { id: 'valid', label: 'Valid' },
      { id: 'defective', label: 'Defective' },
    ],
  },
  items: [
    { id: 'ed-note', prompt: 'ED note of 2026-10-14', choices: 'release', answer: 'release', why: 'The authorization names the ED records of that date.', mistakes: { withhold: mistake('Withholding'), specific: mistake('A separate authorization') }, cite: '45 CFR 164.508(c)(1)(i)' },
    { id: 'therapy', prompt: 'Psychotherapy notes', choices: 'release', answer: 'specific', why: 'Psychotherapy notes need an authorization of their own.', mistakes: { release: mistake('Releasing'), withhold: mistake('Withholding for good') }, cite: '45 CFR 164.508(a)(2)' },
    { id: 'expiry', prompt: 'Expiration', choices: 'element', answer: 'valid', why: 'An expiration date in the future is a valid element.', mistakes: { defective: mistake('Calling it defective') }, cite: '45 CFR 164.508(c)(1)(v)' },
    { id: 'signature', prompt: 'Signature', choices: 'element', answer: 'defective', why: 'The signature line is blank, so a core element is missing.', mistakes: { valid: mistake('Calling it valid') }, cite: '45 CFR 164.508(c)(1)(vi)' },
  ],
  teachingPoints: ['Check every core element before releasing anything.'],
  sources: [{ title: '45 CFR 164.508', publisher: 'eCFR', url: 'https://www.ecfr.gov/current/title-45/section-164.508' }],
};
const ex: RecordReview = recordReviewSchema.parse(authored);
const rubric = recordReviewRubric(ex);

describe('scoreRecordReview', () => {
  it('gives the key full marks, one point per item', () => {
    expect(scoreRecordReview(rubric, recordReviewKeyInput(rubric))).toMatchObject({ type: 'points', earned: 4, total: 4 });
  });

  it('marks a wrong choice with the feedback written for that choice and the citation', () => {
    const s = scoreRecordReview(rubric, { choices: { ...recordReviewKeyInput(rubric).choices, therapy: 'release' } });
    if (s.type !== 'points') throw new Error('invalid');
    expect(s.earned).toBe(3);
    const miss = s.findings.find((f) => !f.ok)!;
    expect(miss).toEqual({ itemId: 'therapy', ok: false, expected: 'specific', given: 'release' });
    const words = describeRecordFinding(miss, rubric);
    expect(words).toContain('you chose Release; the answer is Needs its own authorization');
    expect(words).toContain('Releasing is wrong here');
    expect(words).toContain('45 CFR 164.508(a)(2)');
  });

  it('scores a partial attempt: blank items score 0 and say the answer', () => {
    const s = scoreRecordReview(rubric, { choices: { 'ed-note': 'release', signature: 'valid' } });
    if (s.type !== 'points') throw new Error('invalid');
    expect(s.earned).toBe(1);
    expect(s.total).toBe(4);
    const blank = s.findings.find((f) => f.itemId === 'expiry')!;
    expect(describeRecordFinding(blank, rubric)).toMatch(/^Expiration: no choice made; the answer is Valid\./);
  });

  it('treats an id outside the item\'s set as wrong, naming it', () => {
    const s = scoreRecordReview(rubric, { choices: { 'ed-note': 'valid' } });
    if (s.type !== 'points') throw new Error('invalid');
    const f = s.findings.find((x) => x.itemId === 'ed-note')!;
    expect(f.ok).toBe(false);
    expect(describeRecordFinding(f, rubric)).toContain('"valid" is not one of this item\'s choices');
  });

  it('calls an empty or malformed attempt invalid instead of throwing', () => {
    for (const bad of [undefined, null, 42, 'release', [], {}, { choices: [] }, { choices: { 'ed-note': 7 } }, { choices: { 'ed-note': '  ' } }]) {
      expect(scoreRecordReview(rubric, bad)).toEqual({ type: 'invalid', reason: 'empty' });
    }
  });

  it('never throws and keeps the score in range for any input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('ed-note', 'therapy', 'expiry', 'signature', 'other', '__proto__'), fc.oneof(fc.string(), fc.integer())), (choices) => {
        const s = scoreRecordReview(rubric, { choices });
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
          for (const f of s.findings) expect(describeRecordFinding(f, rubric).length).toBeGreaterThan(10);
        }
      }),
    );
  });
});

describe('what the page gets', () => {
  it('holds no answer, feedback or citation', () => {
    const text = JSON.stringify(recordReviewPublic(ex));
    expect(text).not.toMatch(/"answer"|"why"|"mistakes"|"cite"|teachingPoints/);
    expect(text).toContain('Psychotherapy notes');
  });
  it('restores only string choices of items the exercise has', () => {
    expect(decodeRecordReviewDraft({ choices: { therapy: 'release', gone: 'release', expiry: 3 } }, ['therapy', 'expiry'])).toEqual({ choices: { therapy: 'release' } });
    expect(decodeRecordReviewDraft('junk', ['therapy'])).toBeUndefined();
  });
});

describe('authoring errors name the file, the field and the fix', () => {
  const yaml = (patch: (a: typeof authored) => unknown) => JSON.stringify(patch(structuredClone(authored)));
  it('a key that is not one of the declared choices', () => {
    const r = parseRecordReview('content/exercises/records/x.yaml', yaml((a) => ({ ...a, items: a.items.map((i, n) => (n === 0 ? { ...i, answer: 'release-all' } : i)) })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('content/exercises/records/x.yaml: items[0].answer: "release-all" is not a choice of set "release". Hint: use one of: release, withhold, specific.');
  });
  it('a wrong choice without feedback', () => {
    const r = parseRecordReview('content/exercises/records/x.yaml', yaml((a) => ({ ...a, items: a.items.map((i, n) => (n === 1 ? { ...i, mistakes: { release: mistake('Releasing') } } : i)) })));
    if (r.ok) throw new Error('should fail');
    expect(r.error).toContain('items[1].mistakes: has no feedback for the wrong choice "withhold". Hint: add "withhold: <what is wrong and why>".');
  });
  it('an unknown choice set and a misspelt key', () => {
    const r = parseRecordReview('content/exercises/records/x.yaml', yaml((a) => ({ ...a, items: a.items.map((i, n) => (n === 2 ? { ...i, choices: 'elements' } : n === 3 ? { ...i, anwser: 'valid' } : i)) })));
    if (r.ok) throw new Error('should fail');
    expect(r.error).toContain('items[2].choices: "elements" is not a choice set. Hint: use one of: release, element.');
    expect(r.error).toContain('items[3].anwser: unknown key "anwser". Hint: did you mean "answer"?');
  });
  it('text that is not YAML', () => {
    const r = parseRecordReview('content/exercises/records/x.yaml', 'title: [unclosed');
    if (r.ok) throw new Error('should fail');
    expect(r.error).toMatch(/^content\/exercises\/records\/x\.yaml: is not valid YAML/);
  });
});
