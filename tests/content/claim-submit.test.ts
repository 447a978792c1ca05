import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { loadCaseAddressablePayers, loadCaseOtherPayer, loadPayer, payerIds } from '../../src/data/payers-node.ts';
import { X12_277CA_LAYOUT, X12_837P_LAYOUT, X12_999_LAYOUT, X12_CODE_SETS } from '../../src/data/x12-layouts.ts';
import { casePayerId } from '../../src/domain/acknowledgment/case-payer.ts';
import { PAYER_JUDGED } from '../../src/domain/acknowledgment/stage.ts';
import { caseAccount, submitClaim } from '../../src/domain/acknowledgment/submit.ts';
import { gradeSubmissionPosting } from '../../src/domain/acknowledgment/submission-posting.ts';
import { submissionView } from '../../src/domain/acknowledgment/submission-view.ts';
import { keyAsInput } from '../../src/domain/billing/score-posting.ts';
import { describeFinding } from '../../src/domain/claims/describe.ts';
import { claimExerciseSchema } from '../../src/domain/claims/claim-exercise-schema.ts';
import { applyChanges } from '../../src/domain/claims/apply-changes.ts';
import { TEACHING_EDITS } from '../../src/domain/claims/teaching-edits.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../src/domain/claims/x12-837p.ts';
import type { PayerProfile } from '../../src/domain/remittance/payer-schema.ts';
import { layoutProblems } from '../unit/domain/acknowledgment/helpers.ts';

const DIR = join(REPO_ROOT, 'content/exercises/claims');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const payers = new Map<string, PayerProfile>(payerIds().flatMap((id) => {
  const r = loadPayer(id);
  return r.ok ? [[id, r.payer] as const] : [];
}));
const codes = loadCodeSetView();
const { remark_code: _remarks, ...CODE_SETS } = X12_CODE_SETS;
/** Cases whose answer needs the account history of the claim it replaces (see remittance-cases.test.ts). */
const NEEDS_HISTORY = new Set(['corrected-claim-frequency-7.yaml']);

describe('claim cases through the Submit loop', () => {
  describe.each(files)('%s', (file) => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
    const id = casePayerId(ex, [...payers.values()]);
    const payer = payers.get(id);

    it('submits to an existing teaching payer', () => {
      expect(payer, `payer "${id}" (set payer: in ${file} to a file name in content/payers)`).toBeDefined();
    });
    if (!payer) return;
    const alternatePayers = loadCaseAddressablePayers(file, ex).map((p) => ({ payer: p, account: caseAccount(p, ex.dateOfService) }));
    const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), otherPayer: loadCaseOtherPayer(file, ex), alternatePayers, answer: ex.answer, layout837p: X12_837P_LAYOUT };

    it('the answer passes the 999 and the 277CA and is adjudicated; both acknowledgments fit their tables', () => {
      const sub = submitClaim(ex.answer, ctx);
      expect(sub.stoppedBy.map(describeFinding)).toEqual([]);
      expect(sub.stage).toBe('adjudicated');
      expect(layoutProblems(sub.ack999.text, sub.ack999.segments, X12_999_LAYOUT, CODE_SETS)).toEqual([]);
      expect(layoutProblems(sub.ack277ca!.text, sub.ack277ca!.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
      if (!NEEDS_HISTORY.has(file)) expect(sub.remittance!.adjudication.payment.paidCents).toBeGreaterThan(0);
    });

    it('a seeded mistake that addresses one of the case\'s addressablePayers reaches that payer (277CA and 835 are its own); the answer is still priced at the case\'s payer', () => {
      for (const mistake of ex.commonMistakes) {
        const claim = applyChanges(ex.answer, mistake.changes);
        const other = alternatePayers.find((a) => a.payer.payerId === claim.payer.payerId);
        if (!other) continue;
        const sub = submitClaim(claim, ctx);
        expect(sub.billedPayer, mistake.description).toEqual({ name: other.payer.name, payerId: other.payer.payerId });
        expect(sub.ack277ca?.text).toContain(`*PR*2*${other.payer.name.toUpperCase()}*****PI*${other.payer.payerId}~`);
        if (sub.remittance) expect(sub.remittance.adjudication.payment.payerId).toBe(other.payer.payerId);
        expect(sub.answerRemittance?.adjudication.payment.payerId).toBe(payer.payerId);
      }
    });

    it('each seeded scrubber mistake is rejected (999 or 277CA), or, when the payer judges it, denied on the 835 with its CARC; acknowledgments fit their tables', () => {
      for (const mistake of ex.commonMistakes.filter((m) => m.rule !== 'grade')) {
        const sub = submitClaim(applyChanges(ex.answer, mistake.changes), ctx);
        const judged = PAYER_JUDGED[mistake.rule];
        if (judged) {
          // A rejection never entered the payer's system; this one did, and the payer denied it.
          expect(sub.stage, `${mistake.rule}: ${mistake.description}`).toBe('adjudicated');
          const carcs = sub.remittance!.adjudication.payment.lines.flatMap((l) => l.adjustments.filter((a) => a.rule === judged.adjudicationRule).map((a) => a.carc));
          expect(carcs.some((c) => judged.carcs.includes(c)), `${mistake.rule} -> CARC ${judged.carcs.join('/')}: ${mistake.description}`).toBe(true);
          expect(sub.payerJudged.some((f) => f.rule === mistake.rule)).toBe(true);
          continue;
        }
        const rejected = sub.stage !== 'adjudicated';
        const warningOnly = sub.warnings.some((w) => w.rule === mistake.rule);
        expect(rejected || warningOnly, `${mistake.rule}: ${mistake.description}`).toBe(true);
        expect(layoutProblems(sub.ack999.text, sub.ack999.segments, X12_999_LAYOUT, CODE_SETS)).toEqual([]);
        if (sub.ack277ca) expect(layoutProblems(sub.ack277ca.text, sub.ack277ca.segments, X12_277CA_LAYOUT, CODE_SETS)).toEqual([]);
      }
    });
  });
});

describe('billing the wrong parent\'s plan first reaches that plan', () => {
  it('the birthday-rule child billed to her father\'s Prairie HMO: Prairie denies it CO-22 on its own 835, and the panel prices the mistake against the answer paid by Lakeshore', () => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'child-two-parent-plans-birthday-rule.yaml'), 'utf8')));
    const payer = payers.get(casePayerId(ex, [...payers.values()]))!;
    const prairie = payers.get('prairie-hmo')!;
    const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), alternatePayers: [{ payer: prairie, account: caseAccount(prairie, ex.dateOfService) }], answer: ex.answer, layout837p: X12_837P_LAYOUT };
    const mistake = ex.commonMistakes.find((m) => m.rule === 'grade')!;
    const sub = submitClaim(applyChanges(ex.answer, mistake.changes), ctx);
    expect(sub.stage).toBe('adjudicated');
    expect(sub.remittance!.adjudication.payment.lines.flatMap((l) => l.adjustments.map((a) => `${a.group}-${a.carc}`))).toEqual(['CO-22']);
    expect(sub.remittance!.x835.text).toContain('CAS*CO*22*120~');
    const view = submissionView(sub, { submittedAt: '2026-11-26T15:00:00.000Z', asOf: '2026-11-11', payerName: sub.billedPayer!.name });
    expect(view.payerName).toBe('Prairie Mutual Health');
    expect(view.comparison?.lostCents).toBe(sub.answerRemittance!.adjudication.payment.paidCents);
    expect(sub.answerRemittance!.adjudication.payment.paidCents).toBeGreaterThan(0);
    // The form's carrier block has a name and address, no payer ID: the name is enough.
    const byName = applyChanges(ex.answer, mistake.changes);
    const { payerId: _id, ...carrier } = byName.payer;
    expect(submitClaim({ ...byName, payer: carrier }, ctx).billedPayer?.payerId).toBe('PRM22');
    expect(submitClaim({ ...ex.answer, payer: { ...ex.answer.payer, payerId: undefined } }, ctx).billedPayer).toBeUndefined();
    // Without the alternate the same claim goes to Lakeshore, as before.
    const { alternatePayers: _alt, ...plain } = ctx;
    expect(submitClaim(applyChanges(ex.answer, mistake.changes), plain).billedPayer).toBeUndefined();
  });
});

describe('medical necessity is judged by the payer, not the front end', () => {
  it('the Medicare knee injection pointed at a diagnosis the coverage rule does not list is accepted (277CA A2:20) and denied CO-50 on the 835', () => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'medicare-knee-injection-units.yaml'), 'utf8')));
    const payer = payers.get(casePayerId(ex, [...payers.values()]))!;
    expect(payer.id).toBe('medicare-part-b');
    const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), answer: ex.answer, layout837p: X12_837P_LAYOUT };
    // Essential hypertension instead of knee osteoarthritis: a valid code, but not one the teaching coverage rule lists for 20610.
    const sub = submitClaim(applyChanges(ex.answer, [{ path: 'diagnoses', value: ['I10'] }]), ctx);
    expect(sub.stoppedBy.map(describeFinding)).toEqual([]);
    expect(sub.stage).toBe('adjudicated');
    expect(sub.ack277ca?.text).toContain('STC*A2:20:PR');
    const line = sub.remittance!.adjudication.payment.lines.find((l) => l.procedure === '20610')!;
    expect(line.adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual(['CO-50']);
    expect(sub.remittance!.x835.text).toMatch(/CAS\*CO\*50\*/);
  });
});

describe('a setting the plan does not pay for is judged by the payer (CARC 58)', () => {
  it('the knee arthroscopy sent with office POS 11 is accepted (277CA A2:20) and denied CO-58 on the 835 under Prairie HMO\'s teaching site-of-service limit; the ASC answer is paid', () => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'knee-arthroscopy-asc-left.yaml'), 'utf8')));
    const payer = payers.get(casePayerId(ex, [...payers.values()]))!;
    expect(payer.id).toBe('prairie-hmo');
    const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), answer: ex.answer, layout837p: X12_837P_LAYOUT };
    const mistake = ex.commonMistakes.find((m) => m.changes.some((c) => c.path === 'lines.0.placeOfService' && c.value === '11'));
    expect(mistake, 'the case seeds the office POS mistake').toBeDefined();
    const sub = submitClaim(applyChanges(ex.answer, mistake!.changes), ctx);
    expect(sub.stoppedBy.map(describeFinding)).toEqual([]);
    expect(sub.stage).toBe('adjudicated');
    expect(sub.ack277ca?.text).toContain('STC*A2:20');
    const line = sub.remittance!.adjudication.payment.lines[0]!;
    expect(line.adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual(['CO-58']);
    expect(line.paidCents).toBe(0);
    expect(sub.remittance!.x835.text).toMatch(/CAS\*CO\*58\*2450\b/);
    expect(submitClaim(ex.answer, ctx).remittance!.adjudication.payment.paidCents).toBeGreaterThan(0);
  });
});

describe('Medicare as secondary payer in the Submit loop', () => {
  it("the working-spouse case is paid as secondary: Lakeshore's $104.00 is OA-23, Medicare pays the 411.33(a) lowest ($56.00) less sequestration, status 2", () => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'medicare-secondary-spouse-employer-plan.yaml'), 'utf8')));
    const payer = payers.get(casePayerId(ex, [...payers.values()]))!;
    expect(payer.id).toBe('medicare-part-b');
    const otherPayer = loadCaseOtherPayer('medicare-secondary-spouse-employer-plan', ex);
    expect(otherPayer?.payment.paidCents).toBe(10400);
    const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), otherPayer, answer: ex.answer, layout837p: X12_837P_LAYOUT };
    const sub = submitClaim(ex.answer, ctx);
    // Medicare reads Lakeshore's payment from the claim's COB loops, not from the case.
    expect(sub.ack999.accepted).toBe(true);
    const payment = sub.remittance!.adjudication.payment;
    expect(payment.statusCode).toBe('2');
    expect(payment.paidCents).toBe(5488);
    expect(payment.lines[0]!.adjustments.map((a) => `${a.group}-${a.carc} ${a.amountCents}`)).toEqual(['OA-23 10400', 'CO-45 2500', 'CO-253 112']);
    // The teaching point quotes these numbers.
    expect(ex.teachingPoints.join(' ')).toContain('$54.88');
    // The loop's posting key of this ERA scores full marks.
    const view = submissionView(sub, { submittedAt: '2026-11-26T15:00:00.000Z', asOf: '2026-11-26', payerName: payer.name });
    const key = view.posting!.key;
    const graded = gradeSubmissionPosting(view, keyAsInput({ id: 'submission', rows: key, teachingPoints: [] }), '2026-11-26T15:05:00.000Z');
    if (graded.type !== 'graded') throw new Error(graded.message);
    const posted = graded.view.posting!.posted!;
    expect(posted.total).toBeGreaterThan(0);
    expect(posted.earned).toBe(posted.total);
  });

  it('a case with primaryPayer must give the member ID on the primary plan\'s card (2330A NM109), never falling back to the Medicare number', () => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'medicare-secondary-spouse-employer-plan.yaml'), 'utf8')));
    const { primaryMemberId: _id, ...without } = ex;
    expect(() => loadCaseOtherPayer('medicare-secondary-spouse-employer-plan', without)).toThrow(/medicare-secondary-spouse-employer-plan\.yaml: primaryMemberId: required with primaryPayer/);
    expect(loadCaseOtherPayer('medicare-secondary-spouse-employer-plan', ex)?.subscriber.memberId).toBe('LHP448120936');
  });

  it('a claim that writes NONE in item 11 (Medicare primary) comes without the COB loops and is denied CO-22: Medicare has Lakeshore on file', () => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'medicare-secondary-spouse-employer-plan.yaml'), 'utf8')));
    const payer = payers.get(casePayerId(ex, [...payers.values()]))!;
    const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), otherPayer: loadCaseOtherPayer('medicare-secondary-spouse-employer-plan', ex), answer: ex.answer, layout837p: X12_837P_LAYOUT };
    const mistake = ex.commonMistakes.find((m) => m.description.startsWith('Writes NONE in item 11'))!;
    const sub = submitClaim(applyChanges(ex.answer, mistake.changes), ctx);
    expect(sub.stage).toBe('adjudicated');
    const payment = sub.remittance!.adjudication.payment;
    expect(payment.paidCents).toBe(0);
    expect(payment.lines[0]!.adjustments.map((a) => `${a.group}-${a.carc} ${a.amountCents}`)).toEqual(['CO-22 18500']);
    expect(sub.remittance!.x835.text).toContain('CAS*CO*22*185~');
    // The answer claim, sent the same way, is paid: the mistake costs the whole secondary payment.
    expect(sub.answerRemittance!.adjudication.payment.paidCents).toBe(5488);
  });
});

describe('Medicare prices anesthesia from the minutes in 24G (Pub. 100-04 ch. 12, section 50)', () => {
  const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, 'medicare-anesthesia-directed-minutes.yaml'), 'utf8')));
  const payer = payers.get(casePayerId(ex, [...payers.values()]))!;
  const ctx = { codes, asOf: '2026-11-26', edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), answer: ex.answer, layout837p: X12_837P_LAYOUT };

  it('the answer (111 minutes, QY) is allowed (7 + 7.4) x $20.00 x 50% = $144.00, and the RA and 835 say so in words; the 837P sends MJ 111', () => {
    expect(payer.id).toBe('medicare-part-b');
    const sub = submitClaim(ex.answer, ctx);
    expect(sub.stage).toBe('adjudicated');
    const line = sub.remittance!.adjudication.payment.lines[0]!;
    expect(line.allowedCents).toBe(14400);
    const words = '111 minutes / 15 = 7.4 time units + 7 base units = 14.4 units x $20.00 anesthesia conversion factor = $288.00; QY, medically directed: anesthesiologist directing one nurse anesthetist: paid at 50% = $144.00.';
    expect(sub.remittance!.advice.claims[0]?.lines[0]?.pricing).toContain(words);
    expect(sub.remittance!.x835.segments.find((s) => s.segment.startsWith('SVC'))?.explanation).toContain(words);
    expect(claimTo837p(ex.answer, { ...DEFAULT_X12_OPTIONS, createdDate: '2026-10-21' }).text).toMatch(/SV1\*HC:00790:QY:P2\*1296\*MJ\*111\*/);
    const meta = { submittedAt: '2026-11-26T10:00:00.000Z', asOf: '2026-11-26', payerName: payer.name };
    expect(submissionView(sub, meta).era?.lines[0]?.reasons.join(' ')).toContain(words);
    // Charged exactly the allowance: no CO-45 carries the words, the Submit panel's RA still shows them.
    const exact = submitClaim(applyChanges(ex.answer, [{ path: 'lines.0.charge', value: '144.00' }, { path: 'totalCharge', value: '144.00' }]), ctx);
    expect(exact.remittance!.adjudication.payment.lines[0]?.adjustments.some((a) => a.carc === '45')).toBe(false);
    expect(submissionView(exact, meta).era?.lines[0]?.reasons[0]).toContain(words);
  });

  it('the seeded mistakes cost what the teaching points say: total units returned unprocessable, AA paid at 100%, 99 minutes paid less', () => {
    const paid = (changes: { path: string; value: unknown }[]) => submitClaim(applyChanges(ex.answer, changes), ctx).remittance!.adjudication.payment;
    const units = paid([{ path: 'lines.0.units', value: '14.4' }]);
    expect(units.outcome).toBe('returned-unprocessable');
    expect(units.lines[0]?.adjustments[0]?.data).toMatchObject({ problem: 'anesthesia-minutes', value: '14.4' });
    expect(paid([{ path: 'lines.0.modifiers', value: ['AA', 'P2'] }]).lines[0]?.allowedCents).toBe(28800);
    expect(paid([{ path: 'lines.0.units', value: '99' }]).lines[0]?.allowedCents).toBe(13600);
  });
});
