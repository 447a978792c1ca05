import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveSubmission, mergeProgress } from '../../../../src/domain/progress/progress-ops.ts';
import { emptyProgress, progressSchema, submissionRecordSchema } from '../../../../src/domain/progress/progress-schema.ts';
import { submissionView } from '../../../../src/domain/acknowledgment/submission-view.ts';
import { submitClaim } from '../../../../src/domain/acknowledgment/submit.ts';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import { claimChanges } from '../../../fixtures/arbitraries.ts';
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
    const view = submissionView(send([{ path: 'lines.0.placeOfService', value: '21' }]), META);
    expect(view.stage).toBe('front-end-rejected');
    expect(view.era).toBeUndefined();
    expect(view.comparison?.lostCents).toBe(view.comparison?.answerPaidCents);
    expect(view.reasons.join(' ')).toContain('inpatient hospital');
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
        const view = submissionView(sub, META);
        expect(JSON.stringify(view).length).toBeLessThan(100_000);
        expect(submissionRecordSchema.safeParse(view).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('is saved in progress (valid version 3) and a merge keeps the later submission', () => {
    const now = new Date('2026-10-21T15:00:00.000Z');
    const rejected = submissionView(send([{ path: 'lines.0.placeOfService', value: '21' }]), { ...META, submittedAt: '2026-10-21T14:00:00.000Z' });
    const paid = submissionView(send(), META);
    const a = saveSubmission(emptyProgress(now), 'office-visit', rejected, now);
    const b = saveSubmission(emptyProgress(now), 'office-visit', paid, now);
    expect(progressSchema.safeParse(a).success).toBe(true);
    expect(mergeProgress(a, b, now).submissions?.['office-visit']?.stage).toBe('adjudicated');
    expect(mergeProgress(b, a, now).submissions?.['office-visit']?.stage).toBe('adjudicated');
  });

  it('never throws on input that is not a claim', () => {
    for (const input of [null, 42, 'claim', [], { form: 'CMS-1500 (02/12)' }]) expect(submitClaim(input, SUBMIT).stage).toBe('syntax-rejected');
  });
});
