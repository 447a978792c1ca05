import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { saveSubmission, mergeProgress } from '../../../../src/domain/progress/progress-ops.ts';
import { emptyProgress, progressSchema, submissionRecordSchema } from '../../../../src/domain/progress/progress-schema.ts';
import { describePendingErrors, describeStage, submissionView } from '../../../../src/domain/acknowledgment/submission-view.ts';
import { scrubClaim } from '../../../../src/domain/claims/scrub.ts';
import { caseAccount, submitClaim } from '../../../../src/domain/acknowledgment/submit.ts';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { loadCaseOtherPayer, loadCasePayer } from '../../../../src/data/payers-node.ts';
import { claimExerciseSchema } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import { providersFromFaceSheet } from '../../../../src/domain/claims/provider-file.ts';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import { claimChanges } from '../../../fixtures/arbitraries.ts';
import { rejectionStage } from '../../../../src/domain/acknowledgment/stage.ts';
import { keyAsInput, scorePosting } from '../../../../src/domain/billing/score-posting.ts';
import { BASE } from '../claims/helpers.ts';
import { send, SUBMIT } from './helpers.ts';

const META = { submittedAt: '2026-10-21T15:00:00.000Z', asOf: '2026-10-21', payerName: 'Lakeshore Health Plan' };

describe('the teaching submission chain', () => {
  it('the answer claim is adjudicated and paid, and costs nothing against itself', () => {
    const view = submissionView(send(), META);
    expect(view.stage).toBe('adjudicated');
    expect(view.era?.paidCents).toBeGreaterThan(0);
    expect(view.comparison?.lostCents).toBe(0);
    expect(view.era?.segments.some((s) => s.segment.startsWith('CLP*'))).toBe(true);
  });

  it('a rejected claim is paid nothing: the cost is the whole payment the answer gets', () => {
    // A manifestation code first-listed: a true front-end edit (277CA, status 255).
    const view = submissionView(send([{ path: 'diagnoses', value: ['G63', 'I10'] }]), META);
    expect(view.stage).toBe('front-end-rejected');
    expect(view.era).toBeUndefined();
    expect(view.posting).toBeUndefined();
    expect(view.comparison?.lostCents).toBe(view.comparison?.answerPaidCents);
    expect(view.reasons.join(' ')).toMatch(/G63/);
  });

  it.each([
    ['an office visit billed with inpatient POS 21', { path: 'lines.0.placeOfService', value: '21' }, 'CO-5', /inpatient hospital/],
    ['a preventive visit code outside the patient\'s age band', { path: 'lines.0.procedure', value: '99395' }, 'CO-6', /18 through 39/],
    ['a male-only screening code for a female patient', { path: 'lines.0.procedure', value: 'G0102' }, 'CO-7', /female/],
  ])('%s is judged by the payer: denied on the 835 (%s), not rejected, and the loss is priced', (_name, change, code, words) => {
    const sub = send([change]);
    expect(sub.stage).toBe('adjudicated');
    expect(sub.stoppedBy).toEqual([]);
    expect(sub.payerJudged.length).toBeGreaterThan(0);
    const line = sub.remittance!.adjudication.payment.lines[0]!;
    expect(line.adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual([code]);
    expect(line.paidCents).toBe(0);
    const carc = code.split('-')[1];
    expect(sub.remittance!.x835.text).toContain(`CAS*CO*${carc}*185~`);
    const view = submissionView(sub, META);
    expect(view.era!.lines[0]!.reasons.join(' ')).toMatch(words);
    expect(view.era!.deniedCents).toBe(18500);
    expect(view.comparison!.lostCents).toBeGreaterThan(0);
    expect(view.reasons.length).toBeGreaterThan(0);
    // The posting key comes from the adjudication: the denied line is written off, nothing to the patient.
    expect(view.posting!.key[0]).toMatchObject({ paidCents: 0, adjustmentCents: 18500, transfer: 'none' });
    expect(describeStage(view)).toMatch(/denied on the 835|adjudicated/i);
  });

  it('a claim billed to Medicare as secondary payer shows no denial: the primary plan\'s share (OA-23) and CO-45/CO-253 are not CO denials', () => {
    const id = 'medicare-secondary-spouse-employer-plan';
    const ex = claimExerciseSchema.parse(parseYaml(readFileSync(join(REPO_ROOT, 'content/exercises/claims', `${id}.yaml`), 'utf8')));
    const medicare = loadCasePayer(id, ex);
    const sub = submitClaim(ex.answer, { ...SUBMIT, asOf: '2026-12-01', payer: medicare, account: caseAccount(medicare, ex.dateOfService), otherPayer: loadCaseOtherPayer(id, ex), answer: ex.answer, providers: providersFromFaceSheet(ex.faceSheet) });
    expect([sub.stage, sub.stoppedBy.map((f) => f.code)]).toEqual(['adjudicated', []]);
    expect(sub.remittance!.adjudication.payment.lines.flatMap((l) => l.adjustments.map((a) => `${a.group}-${a.carc}`))).toContain('OA-23');
    expect(submissionView(sub, META).era!.deniedCents).toBe(0);
  });

  it('a mistake the payer judges (a lower-level visit code) is adjudicated and costs money against the answer', () => {
    const view = submissionView(send([{ path: 'lines.0.procedure', value: '99212' }]), META);
    expect(view.stage).toBe('adjudicated');
    expect(view.comparison!.lostCents).toBeGreaterThan(0);
  });

  it('never throws and always answers with a 999, for any changes to a claim', () => {
    fc.assert(
      fc.property(claimChanges, (changes) => {
        const sub = submitClaim(applyChanges(BASE, changes), SUBMIT);
        expect(sub.ack999.text).toMatch(/^ISA\*/);
        if (sub.stage !== 'syntax-rejected') expect(sub.ack277ca?.text).toMatch(/ST\*277\*/);
        if (sub.stage === 'adjudicated') expect(sub.remittance).toBeDefined();
        // What the payer judges never rejects on the 277CA: it goes on to the 835. (A syntax-rule finding whose field the
        // 837P fills from another item, e.g. a blank item 4 when the patient is the insured, is a 277CA rejection since x12v14.)
        if (sub.stage === 'front-end-rejected') expect(sub.stoppedBy.every((f) => rejectionStage(f) !== 'payer')).toBe(true);
        if (sub.stage === 'adjudicated') {
          // The posting key of the claim's own ERA is the payer's numbers, and grading it gives full points.
          const key = sub.postingKey!;
          expect(key.length).toBe(sub.remittance!.adjudication.payment.lines.length);
          const rubric = { id: 'x', rows: key, teachingPoints: [] };
          const score = scorePosting(keyAsInput(rubric), rubric);
          if (score.type === 'points') expect(score.earned).toBe(score.total);
          else expect(score.reason.code).toBe('empty');
        }
        const view = submissionView(sub, META);
        expect(JSON.stringify(view).length).toBeLessThan(100_000);
        expect(submissionRecordSchema.safeParse(view).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('is saved in progress (valid version 3) and a merge keeps the later submission', () => {
    const now = new Date('2026-10-21T15:00:00.000Z');
    const rejected = submissionView(send([{ path: 'diagnoses', value: ['G63', 'I10'] }]), { ...META, submittedAt: '2026-10-21T14:00:00.000Z' });
    expect(rejected.stage).toBe('front-end-rejected');
    const paid = submissionView(send(), META);
    const a = saveSubmission(emptyProgress(now), 'office-visit', rejected, now);
    const b = saveSubmission(emptyProgress(now), 'office-visit', paid, now);
    expect(progressSchema.safeParse(a).success).toBe(true);
    expect(mergeProgress(a, b, now).submissions?.['office-visit']?.stage).toBe('adjudicated');
    expect(mergeProgress(b, a, now).submissions?.['office-visit']?.stage).toBe('adjudicated');
  });

  it('the warning before sending says which errors would be rejected and which the payer would deny', () => {
    const both = describePendingErrors(scrubClaim(applyChanges(BASE, [{ path: 'lines.0.placeOfService', value: '21' }, { path: 'diagnoses', value: ['G63', 'I10'] }]), SUBMIT).findings);
    expect(both.errors).toBeGreaterThanOrEqual(2);
    expect(both.sentence).toMatch(/1 would get it rejected \(999 or 277CA/);
    expect(both.sentence).toMatch(/1 the payer judges itself, so it would be accepted and then denied on the 835/);
    const payerOnly = describePendingErrors(scrubClaim(applyChanges(BASE, [{ path: 'lines.0.procedure', value: '99395' }]), SUBMIT).findings);
    expect(payerOnly.sentence).not.toMatch(/rejected/);
    expect(describePendingErrors(scrubClaim(BASE, SUBMIT).findings).errors).toBe(0);
  });

  it('never throws on input that is not a claim', () => {
    for (const input of [null, 42, 'claim', [], { form: 'CMS-1500 (02/12)' }]) expect(submitClaim(input, SUBMIT).stage).toBe('syntax-rejected');
  });
});
