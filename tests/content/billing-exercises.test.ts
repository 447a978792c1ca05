import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { nodeSources, postingExercises, secondaryExercises } from '../../src/data/posting-exercises-node.ts';
import { secondaryRemittances } from '../../src/domain/billing/secondary-key.ts';
import { postingRemittance } from '../../src/domain/billing/build-case.ts';
import { describeFinding } from '../../src/domain/claims/describe.ts';
import { scrubClaim } from '../../src/domain/claims/scrub.ts';
import { TEACHING_EDITS } from '../../src/domain/claims/teaching-edits.ts';
import { SECONDARY_FIELDS } from '../../src/domain/billing/billing-exercise-schema.ts';
import { describePostingFinding, describeSecondaryFinding } from '../../src/domain/billing/describe-billing.ts';
import { parseLedgerCents } from '../../src/domain/billing/money.ts';
import type { LedgerAmount, PostingKeyRow } from '../../src/domain/billing/posting-types.ts';
import { keyAsInput, scorePosting } from '../../src/domain/billing/score-posting.ts';
import { applyPostingEdits } from '../../src/domain/billing/apply-posting-edits.ts';
import { scoreSecondary, secondaryKeyAsInput } from '../../src/domain/billing/score-secondary.ts';
import type { SecondaryMoneyField, SecondaryUserInput } from '../../src/domain/billing/secondary-types.ts';
import { X12_835_LAYOUT, X12_CODE_SETS } from '../../src/data/x12-layouts.ts';
import { checkTransaction } from '../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../src/domain/x12/describe.ts';

/** freeCodeCamp-style checks for every authored billing exercise. */

const posting = postingExercises();
const secondary = secondaryExercises();
const codes = loadCodeSetView();
const cptList = new Set((parse(readFileSync(join(REPO_ROOT, 'content/cpt/codes.yaml'), 'utf8')) as { code: string }[]).map((e) => e.code));
// As in remittance-cases.test.ts: the pyx12 maps put the remark-code list on every REF02/TRN02/CLP07/PLB03-2.
const { remark_code: _remarks, ...CODE_SETS } = X12_CODE_SETS;
const LOOP: Record<string, string | undefined> = { envelope: undefined, header: 'HEADER', trailer: 'ST_LOOP', footer: 'FOOTER' };
const CENTS: Record<LedgerAmount, keyof PostingKeyRow> = { paid: 'paidCents', adjustment: 'adjustmentCents', deductible: 'deductibleCents', coinsurance: 'coinsuranceCents', copay: 'copayCents', otherPatient: 'otherPatientCents' };

describe('payment posting exercises', () => {
  it('there are at least 10, covering the cases issue 14 asks for', () => {
    expect(posting.length).toBeGreaterThanOrEqual(10);
    const codes = new Set(posting.flatMap((p) => p.rubric.rows.flatMap((r) => r.reasons.map((x) => x.code))));
    for (const code of ['CO-45', 'PR-1', 'PR-2', 'PR-3', 'CO-253', 'CO-97', 'CO-197', 'CO-50', 'PR-50']) expect(codes, code).toContain(code);
    const statuses = new Set(posting.flatMap((p) => p.publicData.era.claims.map((c) => c.statusCode)));
    for (const s of ['1', '4', '19', '22']) expect(statuses, `CLP02 ${s}`).toContain(s);
    // Every crossover names where it went: MA18 to a supplemental insurer, MA07 to Medicaid (a dual eligible).
    const crossovers = posting.flatMap((p) => p.publicData.era.claims).filter((c) => c.statusCode === '19');
    expect(new Set(crossovers.map((c) => c.remarks[0]?.code))).toEqual(new Set(['MA18', 'MA07']));
  });

  it('whole checks: at least 4 exercises post several claims with provider-level adjustments, together WO, L6, FB and 72, and reconcile a deposit', () => {
    const batches = posting.filter((p) => p.rubric.batch);
    expect(batches.length).toBeGreaterThanOrEqual(4);
    expect(new Set(batches.flatMap((b) => b.rubric.batch!.provider.map((p) => p.reason)))).toEqual(new Set(['WO', 'L6', 'FB', '72']));
    for (const b of batches) expect(new Set(b.publicData.era.claims.map((c) => c.patientAccountNumber)).size, b.id).toBeGreaterThanOrEqual(2);
  });

  it('credit balances: the cases refund a patient, a commercial plan and Medicare, and each computed credit is the author\'s', () => {
    const credits = posting.filter((p) => p.rubric.credit);
    expect(new Set(credits.map((p) => p.rubric.credit!.action))).toEqual(new Set(['refund:patient', 'refund:prairie-hmo', 'refund:medicare-part-b']));
    for (const p of credits) {
      expect(p.exercise.credit?.expected, p.id).toBeDefined();
      expect(p.rubric.credit!.creditCents, p.id).toBe(parseLedgerCents(p.exercise.credit!.expected!));
      expect(p.publicData.credit?.payments.length, p.id).toBe(p.exercise.credit!.payments.length);
    }
  });

  describe.each(posting.filter((p) => p.rubric.batch).map((p) => [p.id, p] as const))('whole check %s', (_id, ex) => {
    const batch = ex.rubric.batch!;
    it("the deposit is the author's, BPR02 = claim payments - PLB amounts, and the ERA shows it", () => {
      expect(batch.reconcile.depositCents).toBe(parseLedgerCents(ex.exercise.deposit ?? ''));
      expect(batch.reconcile.claimsPaidCents - batch.provider.reduce((n, p) => n + p.amountCents, 0)).toBe(batch.reconcile.depositCents);
      expect(ex.publicData.era.checkCents).toBe(batch.reconcile.depositCents);
      expect(ex.publicData.x835.text).toMatch(batch.reconcile.depositCents > 0 ? /BPR\*I\*/ : /BPR\*H\*0\*/);
    });

    it('a WO or 72 is posted to the account of the claim its reference names, which the page lists with its earlier payment; interest and forwarding balances to no patient', () => {
      for (const p of batch.provider) {
        if (p.reason === 'WO' || p.reason === '72') {
          const account = ex.publicData.batch?.accounts.find((a) => `account:${a.patientAccountNumber}` === p.postTo);
          expect(account?.earlier?.payerClaimNumber, `PLB ${p.plb}`).toBe(p.reference);
          expect(ex.publicData.era.claims.map((c) => c.payerClaimNumber)).not.toContain(p.reference);
        } else expect(p.postTo.startsWith('account:'), `PLB ${p.plb}`).toBe(false);
      }
    });

    it('every claim on the check and every claim a PLB refers to scrubs clean, with codes valid on the date of service', () => {
      const built = postingRemittance(ex.exercise, nodeSources);
      expect(built.ok ? '' : `${built.field}: ${built.error}`).toBe('');
      if (!built.ok) return;
      for (const claim of [...built.value.batch.items.map((i) => i.claim), ...built.value.originals.map((o) => o.claim)]) {
        expect(scrubClaim(claim, { codes, asOf: '2026-11-26', edits: TEACHING_EDITS }).findings.filter((f) => f.severity === 'error').map(describeFinding), claim.patientAccountNumber).toEqual([]);
        for (const line of claim.lines) {
          for (const d of claim.diagnoses) expect(codes.checkIcd(d, line.from).status, d).toBe('valid');
          if (/^\d{5}$/.test(line.procedure)) expect(cptList.has(line.procedure), line.procedure).toBe(true);
        }
      }
    });
  });

  describe.each(posting.map((p) => [p.id, p] as const))('%s', (_id, ex) => {
    it('its 835 fits the 005010X221A1 layout table, segment by segment (PLB included)', () => {
      const loops = ex.publicData.x835.segments.map((s) => (s.loop in LOOP ? LOOP[s.loop] : s.loop));
      expect(checkTransaction(ex.publicData.x835.text, X12_835_LAYOUT, { loops, codeSets: CODE_SETS }).map(describeX12Finding)).toEqual([]);
    });

    it('a forwarding balance names this remittance by its TRN02, never a claim (X12 RFI 1114)', () => {
      const trn = /TRN\*1\*([^*~]+)\*/.exec(ex.publicData.x835.text)?.[1];
      expect(trn).toBe(ex.publicData.era.traceNumber);
      for (const fb of ex.publicData.era.providerAdjustments.filter((a) => a.reason === 'FB')) expect(fb.reference, `PLB ${fb.plb}`).toBe(trn);
      const ownTrace = ex.rubric.batch || ex.publicData.era.claims.some((c) => c.statusCode === '22') || ex.publicData.era.providerAdjustments.some((a) => a.reason === 'FB');
      if (ownTrace) expect(ex.publicData.era.claims.map((c) => c.payerClaimNumber), 'a whole check, a reversal or a forwarding balance: the remittance is not numbered by a claim').not.toContain(trn);
    });

    it('every key row balances: charge = paid + write-off + patient responsibility', () => {
      for (const r of ex.rubric.rows) expect(r.paidCents + r.adjustmentCents + r.deductibleCents + r.coinsuranceCents + r.copayCents + r.otherPatientCents, `row ${r.row}`).toBe(r.chargeCents);
    });

    it("the computed key agrees with the author's expected values", () => {
      for (const e of ex.exercise.expected) {
        const row = ex.rubric.rows[e.row - 1];
        expect(row, `row ${e.row}`).toBeDefined();
        for (const f of Object.keys(CENTS) as LedgerAmount[]) if (e[f] !== undefined) expect(row?.[CENTS[f]], `row ${e.row} ${f}`).toBe(parseLedgerCents(e[f]));
        if (e.transfer) expect(row?.transfer, `row ${e.row} transfer`).toBe(e.transfer);
      }
    });

    it('the key scores full marks', () => {
      const s = scorePosting(keyAsInput(ex.rubric), ex.rubric);
      expect(s.type === 'points' && s.earned === s.total && s.findings.length === 0).toBe(true);
    });

    it('an empty ledger is not graded', () => {
      const empty = {
        rows: ex.rubric.rows.map(() => ({ paid: '', adjustment: '', deductible: '', coinsurance: '', copay: '', otherPatient: '', transfer: '' as const })),
        ...(ex.rubric.batch ? { provider: ex.rubric.batch.provider.map(() => ({ effect: '', postTo: '' as const })), reconcile: { claimsPaid: '', providerTotal: '', deposit: '' } } : {}),
        ...(ex.rubric.credit ? { credit: { amount: '', action: '' as const } } : {}),
      };
      expect(scorePosting(empty, ex.rubric)).toEqual({ type: 'invalid', reason: { code: 'empty' } });
    });

    it.each(ex.exercise.commonMistakes.map((m) => [m.description, m] as const))('mistake: %s loses points with its feedback', (_d, m) => {
      const edited = applyPostingEdits(keyAsInput(ex.rubric), m.edits);
      expect(edited.ok ? '' : `edit points at nothing: ${JSON.stringify(edited.edit)}`).toBe('');
      if (!edited.ok) return;
      const s = scorePosting(edited.input, ex.rubric);
      expect(s.type).toBe('points');
      if (s.type !== 'points') return;
      expect(s.earned).toBeLessThan(s.total);
      const found = s.findings.filter((f) => f.code === m.finding);
      expect(found.map((f) => f.code), `findings: ${s.findings.map((f) => f.code).join(', ')}`).toContain(m.finding);
      expect(found.map(describePostingFinding).join(' ')).toMatch(/Row \d|PLB \d|deposit|claim payments|provider-level|Credit balance:/);
    });
  });
});

describe('secondary and patient billing exercises', () => {
  it('there are at least 5', () => {
    expect(secondary.length).toBeGreaterThanOrEqual(5);
    expect(new Set(secondary.map((s) => s.rubric.route))).toEqual(new Set(['crossover', 'send-claim']));
  });

  describe.each(secondary.map((s) => [s.id, s] as const))('%s', (_id, ex) => {
    it('the statement balances and the secondary ERA shows OA-23 for what the primary settled (Medicare as secondary payer: the primary payment)', () => {
      const a = ex.rubric.amounts;
      expect(a.statementPrimaryPaid + a.secondaryPaid + a.statementAdjustments + a.patientOwes).toBe(a.statementCharges);
      if (ex.rubric.basis === 'msp') {
        expect(a.otherPayerAdjustment).toBe(a.statementPrimaryPaid);
        // The patient never owes more than the primary left to them.
        expect(a.patientOwes).toBeLessThanOrEqual(ex.rubric.primaryPatientCents);
      } else expect(a.otherPayerAdjustment).toBe(a.statementCharges - ex.rubric.primaryPatientCents);
    });

    it('the claim both payers see (the case with its changes) scrubs clean, with codes valid on the date of service and dates in the FY2027 teaching window', () => {
      const built = secondaryRemittances(ex.exercise, nodeSources);
      expect(built.ok ? '' : `${built.field}: ${built.error}`).toBe('');
      if (!built.ok) return;
      const claim = built.value.claim;
      expect(scrubClaim(claim, { codes, asOf: '2026-11-26', edits: TEACHING_EDITS }).findings.filter((f) => f.severity === 'error').map(describeFinding)).toEqual([]);
      for (const line of claim.lines) {
        expect(line.from >= '2026-10-01' && line.from <= '2026-11-28', line.from).toBe(true);
        for (const d of claim.diagnoses) expect(codes.checkIcd(d, line.from).status, d).toBe('valid');
        if (/^\d{5}$/.test(line.procedure)) expect(cptList.has(line.procedure), line.procedure).toBe(true);
      }
      expect(ex.exercise.receivedDate <= ex.exercise.secondaryReceivedDate).toBe(true);
    });

    it("the computed key agrees with the author's expected values", () => {
      const key = secondaryKeyAsInput(ex.rubric);
      for (const f of SECONDARY_FIELDS) {
        const want = ex.exercise.expected[f];
        if (want === undefined) continue;
        if (f === 'route') expect(key.route).toBe(want);
        else expect(parseLedgerCents(key[f]), f).toBe(parseLedgerCents(want));
      }
    });

    it('the key scores full marks; an empty answer is not graded', () => {
      const s = scoreSecondary(secondaryKeyAsInput(ex.rubric), ex.rubric);
      expect(s.type === 'points' && s.earned === s.total).toBe(true);
      const empty: SecondaryUserInput = { route: '', secondaryPaid: '', otherPayerAdjustment: '', patientOwes: '', statementCharges: '', statementPrimaryPaid: '', statementAdjustments: '' };
      expect(scoreSecondary(empty, ex.rubric).type).toBe('invalid');
    });

    it.each(ex.exercise.commonMistakes.map((m) => [m.description, m] as const))('mistake: %s loses points with its feedback', (_d, m) => {
      const input = { ...secondaryKeyAsInput(ex.rubric), ...m.answer } as SecondaryUserInput;
      const s = scoreSecondary(input, ex.rubric);
      expect(s.type).toBe('points');
      if (s.type !== 'points') return;
      expect(s.earned).toBeLessThan(s.total);
      const [code, field] = m.finding.split(':');
      const found = s.findings.filter((f) => f.code === code && (field === undefined || (f.code === 'amount-wrong' && f.field === (field as SecondaryMoneyField))));
      expect(found.length, `findings: ${JSON.stringify(s.findings)}`).toBeGreaterThan(0);
      expect(found.map((f) => describeSecondaryFinding(f, ex.rubric)).join(' ').length).toBeGreaterThan(20);
    });
  });
});
