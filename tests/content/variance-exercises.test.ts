import { describe, expect, it } from 'vitest';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';
import { varianceExercises } from '../../src/data/variance-exercises-node.ts';
import { describeFinding } from '../../src/domain/claims/describe.ts';
import { scrubClaim } from '../../src/domain/claims/scrub.ts';
import { X12_835_LAYOUT, X12_CODE_SETS } from '../../src/data/x12-layouts.ts';
import { checkTransaction } from '../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../src/domain/x12/describe.ts';
import { TEACHING_EDITS } from '../../src/domain/claims/teaching-edits.ts';
import { describeVarianceFinding } from '../../src/domain/variance/describe-variance.ts';
import { faultOf } from '../../src/domain/variance/payer-errors.ts';
import { scoreVariance, varianceKeyInput } from '../../src/domain/variance/score-variance.ts';
import { varianceProblems } from '../../src/domain/variance/variance-key.ts';

const all = varianceExercises();
const codes = loadCodeSetView();
const LOOP: Record<string, string | undefined> = { envelope: undefined, header: 'HEADER', trailer: 'ST_LOOP', footer: 'FOOTER' };
// Remark codes are checked against the project's own list elsewhere (remittance/codes.ts), as in billing-exercises.test.ts.
const { remark_code: _remarks, ...CODE_SETS } = X12_CODE_SETS;
const keyAsInput = varianceKeyInput;

describe('variance review exercises', () => {
  it('there are four or more, across Medicare, a PPO, the HMO and Medicaid, with a practice error among them', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((b) => b.rubric.payer.kind))).toEqual(new Set(['medicare-part-b', 'commercial-ppo', 'commercial-hmo', 'medicaid']));
    expect(all.some((b) => b.exercise.errors.some((e) => faultOf(e) === 'practice'))).toBe(true);
    expect(new Set(all.flatMap((b) => b.rubric.lines.map((l) => l.action)))).toEqual(new Set(['accept', 'reprocess', 'refund', 'corrected-claim']));
  });

  describe.each(all.map((b) => [b.id, b] as const))('%s', (_id, b) => {
    it('has 3-5 lines, at least one paid right (accept) and one with a variance', () => {
      expect(b.rubric.lines.length).toBeGreaterThanOrEqual(3);
      expect(b.rubric.lines.length).toBeLessThanOrEqual(5);
      expect(b.rubric.lines.some((l) => l.action === 'accept' && l.varianceCents === 0)).toBe(true);
      expect(b.rubric.lines.some((l) => l.varianceCents !== 0)).toBe(true);
    });

    it('the key is computed from the two adjudications, and the author\'s expected figures agree with it', () => {
      for (const l of b.rubric.lines) {
        expect(l.expectedPaidCents).toBe(b.correct.adjudication.payment.lines[l.line - 1]!.paidCents);
        expect(l.paidCents).toBe(b.paid.adjudication.payment.lines[l.line - 1]!.paidCents);
        expect(l.varianceCents).toBe(l.expectedPaidCents - l.paidCents);
      }
      expect(varianceProblems(b.exercise, b)).toEqual([]);
    });

    it('the author worked every line by hand (variance and action), and those figures are the key', () => {
      // The hand-worked figures in the file are an independent check of the computed key: every line carries them.
      expect(b.exercise.expected.map((x) => x.line).sort((m, n) => m - n)).toEqual(b.rubric.lines.map((l) => l.line));
      for (const x of b.exercise.expected) {
        expect(x.variance, `line ${x.line} variance`).toBeDefined();
        expect(x.action, `line ${x.line} action`).toBeDefined();
      }
      expect(varianceProblems(b.exercise, b)).toEqual([]);
    });

    it('the contract panel the student reads is enough to reach each expected allowed amount: the lesser of the charge and fee x units', () => {
      for (const l of b.rubric.lines) {
        const sent = b.publicData.sent[l.line - 1]!;
        const fee = b.publicData.contract[l.line - 1]!;
        expect(l.expectedAllowedCents, `line ${l.line}`).toBe(Math.min(sent.chargeCents, Math.round(fee.feePerUnitCents * sent.units)));
      }
    });

    it('a multiple procedure cut shows on the ERA as CO-59, as on a real remittance', () => {
      const cut = new Set(b.exercise.errors.flatMap((e) => (e.kind === 'multiple-procedure-reduction' ? [e.line] : [])));
      for (const l of b.publicData.era.claims.flatMap((c) => c.lines)) {
        expect(l.reasons.some((r) => r.code === 'CO-59'), `line ${l.lineNumber}`).toBe(cut.has(l.lineNumber));
      }
    });

    it('the key scores full marks, an empty form is not graded, and every wrong action gets words citing a rule', () => {
      const total = b.rubric.lines.length * 4;
      expect(scoreVariance(keyAsInput(b.rubric), b.rubric)).toEqual({ type: 'points', earned: total, total, findings: [] });
      expect(scoreVariance({ lines: [] }, b.rubric)).toEqual({ type: 'invalid', reason: 'empty' });
      const wrong = keyAsInput(b.rubric);
      for (const line of wrong.lines) line.action = line.action === 'accept' ? 'reprocess' : 'accept';
      const s = scoreVariance(wrong, b.rubric);
      if (s.type !== 'points') throw new Error('not graded');
      expect(s.earned).toBe(total - b.rubric.lines.length);
      for (const f of s.findings) expect(describeVarianceFinding(f, b.rubric)).toMatch(/contract|CFR|1128J|frequency code 7|fee schedule|close the line/);
    });

    it('the 835 the student reads fits the 005010X221A1 layout table, segment by segment', () => {
      const loops = b.publicData.x835.segments.map((s) => (s.loop in LOOP ? LOOP[s.loop] : s.loop));
      expect(checkTransaction(b.publicData.x835.text, X12_835_LAYOUT, { loops, codeSets: CODE_SETS }).map(describeX12Finding)).toEqual([]);
    });

    it('the claim the payer saw scrubs clean, with codes valid on the date of service', () => {
      const claim = b.claim;
      expect(scrubClaim(claim, { codes, asOf: '2026-11-30', edits: TEACHING_EDITS }).findings.filter((f) => f.severity === 'error').map(describeFinding)).toEqual([]);
      for (const line of claim.lines) {
        expect(line.from >= '2026-10-01', line.from).toBe(true);
        for (const d of claim.diagnoses) expect(codes.checkIcd(d, line.from).status, d).toBe('valid');
      }
    });
  });
});
