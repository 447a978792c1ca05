import { describe, expect, it } from 'vitest';
import { postingExercises, secondaryExercises, type BuiltPosting, type BuiltSecondary } from '../../../../../src/data/posting-exercises-node.ts';
import { describePostingFinding, describePostingInvalid, describeSecondaryFinding } from '../../../../../src/domain/billing/describe-billing.ts';
import type { LedgerRowInput, PostingUserInput } from '../../../../../src/domain/billing/posting-types.ts';
import { keyAsInput, scorePosting } from '../../../../../src/domain/billing/score-posting.ts';
import { scoreSecondary, secondaryKeyAsInput } from '../../../../../src/domain/billing/score-secondary.ts';
import type { SecondaryUserInput } from '../../../../../src/domain/billing/secondary-types.ts';

/**
 * Held-out-style ledgers and secondary answers on the real billing exercises, typed the way an
 * experienced biller types them ("$49.75", "1,469.00", a word processor's minus, blanks for
 * zero) and wrong in the ways postings go wrong. Each row is the verdict a fair supervisor gives.
 */

const posting = new Map(postingExercises().map((p) => [p.id, p] as const));
const secondary = new Map(secondaryExercises().map((s) => [s.id, s] as const));
const P = (id: string): BuiltPosting => posting.get(id) ?? (() => { throw new Error(id); })();
const S = (id: string): BuiltSecondary => secondary.get(id) ?? (() => { throw new Error(id); })();

/** The key ledger with some cells retyped: row number (1-based) -> cells. */
function ledger(ex: BuiltPosting, edits: Record<number, Partial<LedgerRowInput>>): PostingUserInput {
  const key = keyAsInput(ex.rubric);
  return { rows: key.rows.map((r, i) => ({ ...r, ...(edits[i + 1] ?? {}) })) };
}

function gradePosting(id: string, input: PostingUserInput) {
  const r = scorePosting(input, P(id).rubric);
  if (r.type !== 'points') throw new Error(describePostingInvalid(r.reason));
  return { lost: r.total - r.earned, text: r.findings.map(describePostingFinding).join('\n') };
}

describe('payment posting: the same ledger typed differently earns full marks', () => {
  it.each([
    ['dollar signs and thousands commas', 'hmo-denied-no-authorization', { 1: { paid: '$0.00', adjustment: '$2,450.00' } }],
    ['blank cells for zero, amounts without cents', 'medicaid-paid-in-full', { 1: { paid: '93', adjustment: '67', deductible: '', coinsurance: '', copay: '', otherPatient: '' } }],
    ['a space after the dollar sign and one decimal', 'medicare-sequestration', { 1: { paid: '$ 49.75', adjustment: '147.56', coinsurance: '12.69' }, 2: { paid: '4.7', adjustment: '18.1', coinsurance: '1.2' } }],
    ['the reversal typed with a word processor\'s minus and in parentheses', 'ppo-reversal-and-replacement', { 1: { paid: '\u221236.00', adjustment: '(15.00)', coinsurance: '\u20139.00', copay: '-$30.00' } }],
    ['full-width digits pasted from another program', 'workers-comp-injury', { 2: { paid: '\uff15\uff11.\uff17\uff15', adjustment: '43.25' } }],
  ] as const)('%s', (_name, id, edits) => {
    const r = gradePosting(id, ledger(P(id), edits as Record<number, Partial<LedgerRowInput>>));
    expect(r.lost, r.text).toBe(0);
  });
});

describe('payment posting: subtly wrong ledgers lose the right points and say why', () => {
  it('the payment posted as a negative on an ordinary line: the column and the balance, with the sign named', () => {
    const r = gradePosting('medicaid-paid-in-full', ledger(P('medicaid-paid-in-full'), { 1: { paid: '-93.00' } }));
    expect(r.lost).toBe(2);
    expect(r.text).toContain('only a reversal (claim status 22) is posted negative');
  });
  it('the reversal posted as positive amounts: every column and the balance, saying it undoes the earlier posting', () => {
    const r = gradePosting('regulations-void-overpayment', ledger(P('regulations-void-overpayment'), { 1: { paid: '64.00', adjustment: '10.00', coinsurance: '16.00', copay: '30.00' } }));
    expect(r.lost).toBe(5);
    expect(r.text).toContain('a negative amount that undoes the earlier posting');
  });
  it('sequestration (CO-253) billed to the patient as coinsurance', () => {
    const r = gradePosting('medicare-sequestration', ledger(P('medicare-sequestration'), { 1: { adjustment: '146.54', coinsurance: '13.71' } }));
    expect(r.lost).toBe(2);
    expect(r.text).toContain('CO-253 is Medicare sequestration');
  });
  it('a CO-50 denial without an ABN moved to the patient', () => {
    const r = gradePosting('medicare-co50-no-abn', ledger(P('medicare-co50-no-abn'), { 1: { transfer: 'patient' } }));
    expect(r.lost).toBe(1);
    expect(r.text).toContain('An in-network provider may not bill the patient for a CO denial');
  });
  it('a crossover balance billed to the patient instead of waiting for the Medigap plan', () => {
    const r = gradePosting('medicare-crossover-medigap', ledger(P('medicare-crossover-medigap'), { 1: { transfer: 'patient' }, 2: { transfer: 'patient' } }));
    expect(r.lost).toBe(2);
    expect(r.text).toContain('the payer crossed the claim over');
  });
  it('deductible and coinsurance swapped: the patient total is right, the split is not', () => {
    const r = gradePosting('medicare-crossover-medigap', ledger(P('medicare-crossover-medigap'), { 1: { deductible: '6.09', coinsurance: '33.00' } }));
    expect(r.lost).toBe(2);
    expect(r.text).toContain('split PR amounts by their CARC');
  });
  it('a comma as the decimal mark is not guessed at: the ledger is not graded and the message names row and column', () => {
    const r = scorePosting(ledger(P('medicaid-paid-in-full'), { 2: { paid: '11,16' } }), P('medicaid-paid-in-full').rubric);
    expect(r.type).toBe('invalid');
    expect(r.type === 'invalid' && describePostingInvalid(r.reason)).toBe('Row 2: "11,16" in payment is not an amount. Type dollars and cents such as 25.00 (negative for a reversal: -25.00).');
  });
  it('odd stored ledgers are invalid or graded, never a crash', () => {
    const rubric = P('medicaid-paid-in-full').rubric;
    for (const input of [{ rows: null }, { rows: [{}, {}] }, { rows: [{ paid: 93, transfer: 'none' }, { paid: '\ud83d\ude42', transfer: 'none' }] }, {}]) {
      expect(() => scorePosting(input as unknown as PostingUserInput, rubric)).not.toThrow();
    }
  });
});

function gradeSecondary(id: string, edits: Partial<SecondaryUserInput>) {
  const ex = S(id);
  const r = scoreSecondary({ ...secondaryKeyAsInput(ex.rubric), ...edits }, ex.rubric);
  if (r.type !== 'points') throw new Error(JSON.stringify(r));
  return { lost: r.total - r.earned, text: r.findings.map((f) => describeSecondaryFinding(f, ex.rubric)).join('\n') };
}

describe('secondary billing: held-out answers', () => {
  it('statement credits typed as negatives, the way statements print them, are the same credits', () => {
    expect(gradeSecondary('medigap-statement-balances', { statementPrimaryPaid: '-44.26', statementAdjustments: '($165.45)', statementCharges: '$234.00' }).lost).toBe(0);
    expect(gradeSecondary('msp-employer-plan-pays-first', { statementPrimaryPaid: '\u2212104.00', statementAdjustments: '-26.12' }).lost).toBe(0);
  });
  it('amounts with dollar signs, commas and no cents earn full marks', () => {
    expect(gradeSecondary('commercial-cob-child-birthday-rule', { secondaryPaid: '$46', otherPayerAdjustment: '74', patientOwes: '', statementCharges: '120', statementPrimaryPaid: '$64.00', statementAdjustments: '10' }).lost).toBe(0);
  });
  it('a payment is not a credit field: the secondary payment typed negative is wrong, and the statement then does not balance', () => {
    const r = gradeSecondary('medigap-pays-coinsurance', { secondaryPaid: '-13.89' });
    expect(r.lost).toBe(2);
    expect(r.text).toContain('The secondary payment is $13.89, not -$13.89');
  });
  it('odd stored or submitted answers are invalid or graded, never a crash', () => {
    const rubric = S('medigap-pays-coinsurance').rubric;
    for (const input of [null, undefined, 42, 'crossover', { route: 7, secondaryPaid: {} }]) {
      expect(() => scoreSecondary(input as unknown as SecondaryUserInput, rubric)).not.toThrow();
    }
    expect(scoreSecondary(undefined as unknown as SecondaryUserInput, rubric)).toEqual({ type: 'invalid', reason: { code: 'empty' } });
  });
  it('the crossed-over claim sent again to the Medigap plan', () => {
    const r = gradeSecondary('medigap-deductible-left', { route: 'send-claim' });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('a second claim is a duplicate');
  });
  it('the patient billed the primary\'s whole PR amount, ignoring what the supplement paid', () => {
    const r = gradeSecondary('medigap-statement-balances', { patientOwes: '24.29' });
    expect(r.lost).toBe(2);
    expect(r.text).toContain('The patient balance after both payers is $13.00');
  });
  it('the Part B deductible Medicare keeps under MSP left off the patient\'s balance', () => {
    const r = gradeSecondary('msp-part-b-deductible-unmet', { patientOwes: '0', statementAdjustments: '81.00' });
    expect(r.lost).toBe(2);
    expect(r.text).toContain('The patient owes only what the primary left to them');
  });
});
