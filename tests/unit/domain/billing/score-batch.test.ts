import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingExercises } from '../../../../src/data/posting-exercises-node.ts';
import { describePostingFinding, describePostingInvalid } from '../../../../src/domain/billing/describe-billing.ts';
import type { PostingFinding } from '../../../../src/domain/billing/posting-finding.ts';
import type { PlbDestination, PostingRubric, PostingUserInput } from '../../../../src/domain/billing/posting-types.ts';
import { keyAsInput, scorePosting } from '../../../../src/domain/billing/score-posting.ts';

const all = postingExercises();
const rubric = (id: string): PostingRubric => {
  const ex = all.find((e) => e.id === id);
  if (!ex) throw new Error(id);
  return ex.rubric;
};
const interest = rubric('batch-medicare-two-patients-interest');
const recoupment = rubric('batch-ppo-wo-recoupment');
const forward = rubric('batch-hmo-recovery-exceeds-payment-fb');
const refund = rubric('batch-medicaid-refund-72');

/** The key with some provider-level postings or reconciliation amounts changed. */
function posted(r: PostingRubric, change: (input: PostingUserInput) => void): PostingFinding[] {
  const input = keyAsInput(r);
  change(input);
  const s = scorePosting(input, r);
  if (s.type !== 'points') throw new Error(`not graded: ${JSON.stringify(s.reason)}`);
  return s.findings;
}
const words = (fs: PostingFinding[]): string => fs.map(describePostingFinding).join(' ');

describe('posting a whole check: provider-level adjustments and the deposit', () => {
  it('the key scores full marks: 8 points a ledger row, 2 a PLB entry, 4 for the reconciliation', () => {
    for (const r of [interest, recoupment, forward, refund]) {
      const s = scorePosting(keyAsInput(r), r);
      expect(s).toMatchObject({ type: 'points', findings: [] });
      if (s.type === 'points') expect([s.earned, s.total]).toEqual([s.total, r.rows.length * 8 + (r.batch?.provider.length ?? 0) * 2 + 4]);
    }
  });

  it('the key posts L6 to interest income, WO and 72 to the recovered claim\'s account, FB to the forward balance; the deposit is BPR02', () => {
    expect(interest.batch?.provider.map((p) => [p.reason, p.effectCents, p.postTo])).toEqual([['L6', 12, 'interest']]);
    expect(interest.batch?.reconcile).toEqual({ claimsPaidCents: 18198, providerCents: 12, depositCents: 18210 });
    expect(recoupment.batch?.provider.map((p) => [p.reason, p.effectCents, p.postTo])).toEqual([['WO', -8160, 'account:PRU68222']]);
    expect(forward.batch?.provider.map((p) => [p.reason, p.effectCents, p.postTo])).toEqual([['WO', -20960, 'account:ABE55102'], ['FB', 3062, 'forward-balance']]);
    expect(forward.batch?.reconcile.depositCents).toBe(0);
    expect(refund.batch?.provider.map((p) => [p.reason, p.effectCents, p.postTo])).toEqual([['WO', -18600, 'account:WHI33018'], ['72', 18600, 'account:WHI33018']]);
  });

  it('interest posted to the patient whose claim it references: interest income, with the Medicare rule', () => {
    const fs = posted(interest, (i) => { i.provider![0]!.postTo = 'account:PEM15001'; });
    expect(fs.map((f) => f.code)).toEqual(['plb-to-patient']);
    expect(words(fs)).toBe('PLB 1 (L6, interest owed, claim MCRB12610160D62M1Z) goes to interest income, not patient account PEM15001. L6 is interest the payer adds for paying late (for Medicare, a clean claim not paid within 30 days of receipt: Pub. 100-04 ch. 1, 80.2.2); the claim it was paid on shows it in AMT*I, for information only (X12 RFI 2123). It pays for no service: post it to interest income, never to a patient account, where it would make a credit balance nobody is owed.');
  });

  it('a PLB amount copied with its printed sign: the sign rule of the 835 is cited', () => {
    const fs = posted(interest, (i) => { i.provider![0]!.effect = '-0.12'; });
    expect(fs.map((f) => f.code)).toEqual(['plb-sign-reversed']);
    expect(words(fs)).toContain('its effect on the deposit is $0.12, not -$0.12: a positive PLB amount takes money out of the payment and a negative one adds to it (835 005010X221A1: BPR02 = sum of CLP04 - sum of PLB04)');
  });

  it('a WO taken from a patient on this check names the account its reference points to', () => {
    const fs = posted(recoupment, (i) => { i.provider![0]!.postTo = 'account:ELL72264'; });
    expect(fs.map((f) => f.code)).toEqual(['plb-wrong-account']);
    expect(words(fs)).toMatch(/goes to patient account PRU68222, not patient account ELL72264\. A WO takes back an earlier claim's overpayment.*RFI 1976, 2370.*account PRU68222 \(Pruitt, Gerald\)/);
  });

  it('a WO parked on a provider-level account is a wrong destination, not a patient posting', () => {
    for (const to of ['interest', 'forward-balance'] as PlbDestination[]) expect(posted(recoupment, (i) => { i.provider![0]!.postTo = to; }).map((f) => f.code)).toEqual(['plb-destination-wrong']);
  });

  it('a forwarding balance posted to the patient: FB is not a recoupment and names this remittance, not a claim', () => {
    const fs = posted(forward, (i) => { i.provider![1]!.postTo = 'account:ABE55102'; });
    expect(fs.map((f) => f.code)).toEqual(['plb-to-patient']);
    expect(words(fs)).toMatch(/^PLB 2 \(FB, forwarding balance, remittance PRM2220261123\) goes to the payer's forward balance.*A negative FB is not a recoupment .*RFI 1756.*its reference is this remittance's own trace number \(TRN02, X12 RFI 1114\)/);
  });

  it('a WO posted elsewhere says that a 72 for the same claim goes with it', () => {
    const fs = posted(refund, (i) => { i.provider![0]!.postTo = 'forward-balance'; });
    expect(fs.map((f) => f.code)).toEqual(['plb-destination-wrong']);
    expect(words(fs)).toMatch(/post it to account WHI33018 \(Whitaker, Jonah\).*a 72 for that claim .* post the 72 there too: the pair cancels/);
  });

  it('a reconciliation left blank earns no point for adding up (0 + 0 = 0)', () => {
    const s = scorePosting({ ...keyAsInput(recoupment), reconcile: { claimsPaid: '', providerTotal: '', deposit: ' ' } }, recoupment);
    expect(s.type).toBe('points');
    if (s.type !== 'points') return;
    expect(s.total - s.earned).toBe(4);
    expect(s.findings.map((f) => f.code)).toEqual(['claims-total-wrong', 'provider-total-wrong', 'deposit-wrong']);
  });

  it('the 72 of a refund posted elsewhere than with its WO', () => {
    const fs = posted(refund, (i) => { i.provider![1]!.postTo = 'account:HAR14550'; });
    expect(words(fs)).toMatch(/A 72 \(authorized return\) acknowledges the refund .* post both to account WHI33018 \(Whitaker, Jonah\), where they cancel/);
  });

  it('the reconciliation: each amount is scored, and a typed set that does not add up is named', () => {
    const fs = posted(recoupment, (i) => { i.reconcile = { claimsPaid: '168.00', providerTotal: '0.00', deposit: '168.00' }; });
    expect(fs.map((f) => f.code)).toEqual(['provider-total-wrong', 'deposit-wrong']);
    expect(words(fs)).toContain('The deposit is $86.40, not $168.00: claim payments $168.00 plus provider-level adjustments -$81.60 = BPR02');
    const off = posted(recoupment, (i) => { i.reconcile = { claimsPaid: '168.00', providerTotal: '-81.60', deposit: '80.00' }; });
    expect(off.map((f) => f.code)).toEqual(['deposit-wrong', 'batch-unbalanced']);
    expect(words(off)).toContain('claim payments $168.00 + provider-level adjustments -$81.60 = $86.40, but you entered a deposit of $80.00');
  });

  it('not graded: an untouched check, an amount that is not money, a PLB without a destination', () => {
    const blank = keyAsInput(interest);
    blank.rows = blank.rows.map(() => ({ paid: '', adjustment: '', deductible: '', coinsurance: '', copay: '', otherPatient: '', transfer: '' }));
    blank.provider = [{ effect: '', postTo: '' }];
    blank.reconcile = { claimsPaid: '', providerTotal: '', deposit: '' };
    expect(scorePosting(blank, interest)).toEqual({ type: 'invalid', reason: { code: 'empty' } });
    const cases: [(i: PostingUserInput) => void, string][] = [
      [(i) => { i.provider![0]!.effect = 'twelve cents'; }, 'PLB 1: "twelve cents" is not an amount.'],
      [(i) => { i.provider![0]!.postTo = ''; }, "PLB 1: choose where it is posted (a patient account, interest income or the payer's forward balance)."],
      [(i) => { i.reconcile!.deposit = '182,1O'; }, '"182,1O" in the deposit is not an amount.'],
      [(i) => { i.provider = []; }, 'The ledger has 2 rows but the ERA has 3 lines.'],
    ];
    for (const [change, message] of cases) {
      const input = keyAsInput(interest);
      change(input);
      const s = scorePosting(input, interest);
      expect(s.type).toBe('invalid');
      if (s.type === 'invalid') expect(describePostingInvalid(s.reason)).toContain(message);
    }
  });

  it('never throws and stays within [0, total] for any provider-level posting (fast-check)', () => {
    const amount = fc.oneof(fc.constant(''), fc.integer({ min: -50000, max: 50000 }).map((c) => (c / 100).toFixed(2)), fc.string({ maxLength: 5 }));
    const destination = fc.constantFrom<PlbDestination | ''>('', 'interest', 'forward-balance', 'account:PRU68222', 'account:ELL72264', 'account:ABE55102', 'account:WHI33018');
    fc.assert(
      fc.property(fc.constantFrom(interest, recoupment, forward, refund), fc.array(fc.record({ effect: amount, postTo: destination }), { maxLength: 3 }), fc.record({ claimsPaid: amount, providerTotal: amount, deposit: amount }), (r, provider, reconcile) => {
        const input = { ...keyAsInput(r), provider: r.batch!.provider.map((_, i) => provider[i] ?? { effect: '', postTo: '' as const }), reconcile };
        const s = scorePosting(input, r);
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
          for (const f of s.findings) expect(describePostingFinding(f).length).toBeGreaterThan(20);
        } else expect(describePostingInvalid(s.reason).length).toBeGreaterThan(20);
      }),
      { numRuns: 300 },
    );
  });
});
