import { describe, expect, it } from 'vitest';
import { gradeSubmissionPosting } from '../../../../src/domain/acknowledgment/submission-posting.ts';
import { submissionView } from '../../../../src/domain/acknowledgment/submission-view.ts';
import { keyAsInput } from '../../../../src/domain/billing/score-posting.ts';
import type { PostingUserInput } from '../../../../src/domain/billing/posting-types.ts';
import { mergeProgress, saveSubmission } from '../../../../src/domain/progress/progress-ops.ts';
import { emptyProgress, progressSchema, submissionRecordSchema } from '../../../../src/domain/progress/progress-schema.ts';
import { send } from './helpers.ts';

const META = { submittedAt: '2026-10-21T15:00:00.000Z', asOf: '2026-10-21', payerName: 'Lakeshore Health Plan' };
const POSTED_AT = '2026-10-21T15:05:00.000Z';
const rubricOf = (rows: NonNullable<ReturnType<typeof submissionView>['posting']>['key']) => ({ id: 'submission', rows, teachingPoints: [] });

describe('posting the ERA of a submitted claim (the loop)', () => {
  it('the key is the adjudication: the clean claim posts paid, CO-45 write-off and PR-2 coinsurance to the patient', () => {
    const view = submissionView(send(), META);
    const payment = send().remittance!.adjudication.payment;
    expect(view.posting!.key.map((k) => k.paidCents)).toEqual(payment.lines.map((l) => l.paidCents));
    for (const k of view.posting!.key) expect(k.paidCents + k.adjustmentCents + k.deductibleCents + k.coinsuranceCents + k.copayCents + k.otherPatientCents).toBe(k.chargeCents);
    const graded = gradeSubmissionPosting(view, keyAsInput(rubricOf(view.posting!.key)), POSTED_AT);
    expect(graded.type).toBe('graded');
    if (graded.type !== 'graded') return;
    expect(graded.view.posting!.posted).toMatchObject({ earned: graded.view.posting!.posted!.total, findings: [] });
    expect(submissionRecordSchema.safeParse(graded.view).success).toBe(true);
  });

  it('billing the patient for a CO-5 denial is marked wrong with feedback that cites the group code and CARC', () => {
    const view = submissionView(send([{ path: 'lines.0.placeOfService', value: '21' }]), META);
    const input: PostingUserInput = keyAsInput(rubricOf(view.posting!.key));
    // The learner moves the denied 99214 charge to the patient instead of writing it off.
    input.rows[0] = { ...input.rows[0]!, adjustment: '0', otherPatient: '185.00', transfer: 'patient' };
    const graded = gradeSubmissionPosting(view, input, POSTED_AT);
    expect(graded.type).toBe('graded');
    if (graded.type !== 'graded') return;
    const posted = graded.view.posting!.posted!;
    expect(posted.earned).toBeLessThan(posted.total);
    const text = posted.findings.join(' ');
    expect(text).toContain('CO-5');
    expect(text).toMatch(/never bill it to the patient|may not bill the patient/);
    expect(posted.rows[0]!.otherPatient).toBe('185.00');
  });

  it('an empty or unreadable ledger is not graded and says why', () => {
    const view = submissionView(send(), META);
    const blank = view.posting!.key.map(() => ({ paid: '', adjustment: '', deductible: '', coinsurance: '', copay: '', otherPatient: '', transfer: '' as const }));
    const r1 = gradeSubmissionPosting(view, { rows: blank }, POSTED_AT);
    expect(r1).toMatchObject({ type: 'invalid' });
    const r2 = gradeSubmissionPosting(view, { rows: blank.map((r) => ({ ...r, paid: 'ten dollars', transfer: 'none' as const })) }, POSTED_AT);
    expect(r2.type === 'invalid' && r2.message).toContain('ten dollars');
  });

  it('a rejected claim has no ERA to post', () => {
    const view = submissionView(send([{ path: 'diagnoses', value: ['G63', 'I10'] }]), META);
    expect(gradeSubmissionPosting(view, { rows: [] }, POSTED_AT)).toMatchObject({ type: 'invalid' });
  });

  it('is saved in progress with the submission, and a merge keeps the posted copy of the same submission', () => {
    const now = new Date(POSTED_AT);
    const view = submissionView(send(), META);
    const graded = gradeSubmissionPosting(view, keyAsInput(rubricOf(view.posting!.key)), POSTED_AT);
    if (graded.type !== 'graded') throw new Error('not graded');
    const unposted = saveSubmission(emptyProgress(now), 'office-visit', view, now);
    const posted = saveSubmission(emptyProgress(now), 'office-visit', graded.view, now);
    expect(progressSchema.safeParse(posted).success).toBe(true);
    expect(mergeProgress(unposted, posted, now).submissions?.['office-visit']?.posting?.posted?.postedAt).toBe(POSTED_AT);
    expect(mergeProgress(posted, unposted, now).submissions?.['office-visit']?.posting?.posted?.postedAt).toBe(POSTED_AT);
  });
});
