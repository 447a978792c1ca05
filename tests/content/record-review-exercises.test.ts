import { describe, expect, it } from 'vitest';
import { loadRecordReview, recordReviewIds } from '../../src/data/record-review-node.ts';
import { recordReviewKeyInput, recordReviewPublic, recordReviewRubric } from '../../src/domain/records/record-review-rubric.ts';
import { scoreRecordReview } from '../../src/domain/records/score-record-review.ts';
import { describeRecordFinding } from '../../src/domain/records/describe-record-review.ts';

/** The content window: cases are set in the fall of 2026 and their facts were checked for it. */
const CHECKED_FROM = '2026-11-01';

/** Billing office desk work: each case keeps its own topic and /records/ lists them under one heading (claim status cases go with the claim forms). */
const BILLING_OFFICE = ['revenue-cycle', 'collections', 'remittance-posting'];

describe('record review exercises', () => {
  it('has at least 4 for confidentiality and privacy, 4 for information technology, 4 for eligibility and benefits, 4 for claim forms and claim status, 3 for billing office desk work, 2 for health records and 2 for compliance', () => {
    const topics = recordReviewIds().map((id) => {
      const r = loadRecordReview(id);
      return r.ok ? (r.data.topic ?? 'privacy') : 'invalid';
    });
    expect(topics.filter((t) => t === 'privacy').length).toBeGreaterThanOrEqual(4);
    expect(topics.filter((t) => t === 'health-it').length).toBeGreaterThanOrEqual(4);
    expect(topics.filter((t) => t === 'eligibility').length).toBeGreaterThanOrEqual(4);
    expect(topics.filter((t) => t === 'health-records').length).toBeGreaterThanOrEqual(2);
    expect(topics.filter((t) => t === 'compliance').length).toBeGreaterThanOrEqual(2);
    expect(topics.filter((t) => t === 'claims').length).toBeGreaterThanOrEqual(4);
    expect(topics.filter((t) => BILLING_OFFICE.includes(t)).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(recordReviewIds())('%s', (id) => {
    const read = loadRecordReview(id);
    it('parses against the schema (every key is one of its set\'s choices, every wrong choice has feedback)', () => expect(read.ok ? '' : read.error).toBe(''));
    if (!read.ok) return;
    const ex = read.data;
    const rubric = recordReviewRubric(ex);

    it('declares the key of every item among its choice set, and feedback for exactly the other choices', () => {
      for (const item of ex.items) {
        const ids = (ex.choiceSets[item.choices] ?? []).map((c) => c.id);
        expect(ids, item.id).toContain(item.answer);
        expect(Object.keys(item.mistakes).sort(), item.id).toEqual(ids.filter((c) => c !== item.answer).sort());
      }
    });

    it('serves its certification (CCA for privacy, health IT, health records and compliance; CBCS and CPB for eligibility, claim forms and billing office desk work; CPB for case analysis and billing regulations), checked recently, with every changeable fact sourced', () => {
      const topic = ex.topic ?? 'privacy';
      expect(['privacy', 'health-it', 'eligibility', 'health-records', 'compliance', 'claims', 'case-analysis', 'billing-regulations', ...BILLING_OFFICE]).toContain(topic);
      if (topic === 'eligibility' || topic === 'claims' || BILLING_OFFICE.includes(topic)) expect(ex.certifications).toEqual(expect.arrayContaining(['CBCS', 'CPB']));
      else if (topic === 'case-analysis' || topic === 'billing-regulations') expect(ex.certifications).toContain('CPB');
      else expect(ex.certifications).toContain('CCA');
      expect(ex.checked >= CHECKED_FROM).toBe(true);
      expect(ex.sources.length).toBeGreaterThan(0);
      for (const item of ex.items) expect(item.cite, item.id).toMatch(/CFR|HL7|UHDDS|OIG|CMS|AHIMA|ONC|NUBC|HHS|X12|U\.S\.C\.|policy|Regenstrief|NLM|NCQA|HFMA/);
    });

    it('does not always have the same answer (a learner cannot score by picking one choice)', () => {
      expect(new Set(ex.items.map((i) => `${i.choices}:${i.answer}`)).size).toBeGreaterThan(1);
      for (const [set, choices] of Object.entries(ex.choiceSets)) {
        const items = ex.items.filter((i) => i.choices === set);
        for (const c of choices) {
          const s = scoreRecordReview(rubric, { choices: Object.fromEntries(items.map((i) => [i.id, c.id])) });
          if (s.type === 'points') expect(s.earned, `${set}: all "${c.id}"`).toBeLessThan(ex.items.length);
        }
      }
    });

    it('the key scores full marks', () => {
      const s = scoreRecordReview(rubric, recordReviewKeyInput(rubric));
      expect(s.type === 'points' && s.earned === s.total && s.total === ex.items.length).toBe(true);
    });

    it('an empty attempt is invalid', () => {
      expect(scoreRecordReview(rubric, { choices: {} })).toEqual({ type: 'invalid', reason: 'empty' });
    });

    it('each wrong choice loses the point and shows its own feedback and the citation', () => {
      for (const item of ex.items) {
        for (const [wrong, feedback] of Object.entries(item.mistakes)) {
          const s = scoreRecordReview(rubric, { choices: { ...recordReviewKeyInput(rubric).choices, [item.id]: wrong } });
          if (s.type !== 'points') throw new Error('invalid');
          expect(s.earned, `${item.id}=${wrong}`).toBe(s.total - 1);
          const words = describeRecordFinding(s.findings.find((f) => !f.ok)!, rubric);
          expect(words).toContain(feedback);
          expect(words).toContain(item.cite);
        }
      }
    });

    it('the page data holds no key', () => {
      const page = JSON.stringify(recordReviewPublic(ex));
      for (const item of ex.items) {
        expect(page).not.toContain(item.why);
        for (const m of Object.values(item.mistakes)) expect(page).not.toContain(m);
      }
    });
  });
});
