import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingExercises } from '../../../../src/data/posting-exercises-node.ts';
import { describePostingFinding, describePostingInvalid, describePostingNote, ruleFor } from '../../../../src/domain/billing/describe-billing.ts';
import { alternativeProblems } from '../../../../src/domain/billing/posting-key.ts';
import { parseLedgerCents } from '../../../../src/domain/billing/money.ts';
import { usd } from '../../../../src/domain/text/money.ts';
import { LEDGER_AMOUNTS, type PostingUserInput } from '../../../../src/domain/billing/posting-types.ts';
import { keyAsInput, scorePosting } from '../../../../src/domain/billing/score-posting.ts';

const all = postingExercises();
const byId = (id: string) => {
  const ex = all.find((e) => e.id === id);
  if (!ex) throw new Error(id);
  return ex.rubric;
};

describe('money', () => {
  it('reads typed dollars, negatives and blanks', () => {
    expect(parseLedgerCents('$1,250.5')).toBe(125050);
    expect(parseLedgerCents('-36.00')).toBe(-3600);
    expect(parseLedgerCents('(36.00)')).toBe(-3600);
    expect(parseLedgerCents('')).toBe(0);
    expect(parseLedgerCents('12.345')).toBeUndefined();
    expect(usd(-3600)).toBe('-$36.00');
  });
});

describe('scorePosting', () => {
  const visit = byId('ppo-copay-and-deductible');

  it('gives 8 points per ERA line and full marks for the key', () => {
    expect(scorePosting(keyAsInput(visit), visit)).toMatchObject({ type: 'points', earned: 16, total: 16, findings: [] });
  });

  it('says CO-45 is a contractual write-off when it is billed to the patient', () => {
    const input = keyAsInput(visit);
    Object.assign(input.rows[0]!, { adjustment: '0.00', otherPatient: '25.00' });
    const s = scorePosting(input, visit);
    if (s.type !== 'points') throw new Error('not graded');
    const words = s.findings.map(describePostingFinding).join(' ');
    expect(words).toContain('CO-45 is a contractual write-off: never bill it to the patient');
    expect(s.earned).toBe(14);
  });

  it('reports a row that does not balance with the charge and the posted sum', () => {
    const input = keyAsInput(visit);
    input.rows[0]!.paid = '10.00';
    const s = scorePosting(input, visit);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.findings.map((f) => f.code)).toEqual(['paid-wrong', 'unbalanced']);
    expect(describePostingFinding(s.findings[1]!)).toBe('Row 1 does not balance: the charge is $185.00 but payment + write-off + patient responsibility = $195.00. Every line must satisfy charge = paid + adjustments.');
  });

  it('a CO-197 denial sent to the patient is named as such', () => {
    const denied = byId('hmo-denied-no-authorization');
    const input = keyAsInput(denied);
    input.rows[0]!.transfer = 'patient';
    const s = scorePosting(input, denied);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.findings[0]?.code).toBe('denial-billed-to-patient');
    expect(describePostingFinding(s.findings[0]!)).toMatch(/CO-197 is a denial the provider is liable for/);
  });

  it('a crossover keeps the balance for the secondary (status 19)', () => {
    const cross = byId('medicare-crossover-medigap');
    const input = keyAsInput(cross);
    input.rows[0]!.transfer = 'patient';
    const s = scorePosting(input, cross);
    if (s.type !== 'points') throw new Error('not graded');
    expect(describePostingFinding(s.findings[0]!)).toMatch(/status 19/);
  });

  it('invalid, not zero, for an unreadable amount or a missing transfer', () => {
    const input = keyAsInput(visit);
    input.rows[1]!.copay = 'ten';
    const s = scorePosting(input, visit);
    expect(s).toEqual({ type: 'invalid', reason: { code: 'unreadable-amount', row: 2, field: 'copay', value: 'ten' } });
    expect(describePostingInvalid(s.type === 'invalid' ? s.reason : { code: 'empty' })).toMatch(/Row 2: "ten" in copay is not an amount/);
    const noTransfer = keyAsInput(visit);
    noTransfer.rows[0]!.transfer = '';
    expect(scorePosting(noTransfer, visit)).toEqual({ type: 'invalid', reason: { code: 'transfer-missing', row: 1 } });
  });

  it('ruleFor words each group the way a biller posts it', () => {
    expect(ruleFor({ group: 'CO', carc: '253' })).toMatch(/sequestration/);
    expect(ruleFor({ group: 'PR', carc: '50' })).toMatch(/ABN/);
    expect(ruleFor({ group: 'OA', carc: '23' })).toMatch(/primary payer already settled/);
  });
});

describe('a CO-50 denial the exercise lets the biller hold open for an appeal (alternatives: hold-open)', () => {
  const co50 = byId('medicare-co50-no-abn');
  const graded = (edit: (input: PostingUserInput) => void) => {
    const input = keyAsInput(co50);
    edit(input);
    const s = scorePosting(input, co50);
    if (s.type !== 'points') throw new Error('not graded');
    return s;
  };

  it('the key (write the $210.00 off now) scores full marks, and the note says holding it open was accepted too', () => {
    const s = graded(() => {});
    expect(s).toMatchObject({ earned: s.total, findings: [] });
    expect(s.notes.map((n) => n.code)).toEqual(['denial-written-off']);
    expect(describePostingNote(s.notes[0]!)).toMatch(/^Row 1: writing off the \$210\.00 CO-50 denial is accepted; leaving it open on the account \(not billed to the patient\) while the practice corrects or appeals the claim is accepted too\. Both postings are defensible/);
  });

  it('holding it open (no write-off, nothing to the patient, the drug line as the key) also scores full marks, with the same reasons', () => {
    const s = graded((input) => Object.assign(input.rows[0]!, { adjustment: '0.00', transfer: 'none' }));
    expect(s).toMatchObject({ earned: s.total, findings: [] });
    expect(s.notes.map((n) => n.code)).toEqual(['denial-held-open']);
    expect(describePostingNote(s.notes[0]!)).toMatch(/^Row 1: leaving the \$210\.00 CO-50 denial open on the account while the practice corrects or appeals the claim is accepted; writing it off now, and reversing the write-off if the claim is paid later, is accepted too\..*42 CFR 405\.942/);
  });

  it('stays strict about everything else: the denial billed to the patient, or half of it written off, still loses points', () => {
    const toPatient = graded((input) => Object.assign(input.rows[0]!, { adjustment: '0.00', otherPatient: '210.00', transfer: 'patient' }));
    expect(toPatient.earned).toBeLessThan(toPatient.total);
    expect(toPatient.findings.map((f) => f.code)).toContain('denial-billed-to-patient');
    expect(toPatient.notes).toEqual([]);
    const half = graded((input) => Object.assign(input.rows[0]!, { adjustment: '105.00' }));
    expect(half.earned).toBeLessThan(half.total);
    expect(half.findings.map((f) => f.code)).toEqual(['amount-wrong', 'unbalanced']);
  });

  it('a denial the exercise does not mark (CO-97, a diagnostic colonoscopy bundled into the surgical one) is graded strictly: holding it open loses the write-off and balance points', () => {
    const bundled = byId('ppo-bundled-line-co97');
    expect(bundled.rows[1]?.holdOpen).toBeUndefined();
    const input = keyAsInput(bundled);
    Object.assign(input.rows[1]!, { adjustment: '0.00', transfer: 'none' });
    const s = scorePosting(input, bundled);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.findings.map((f) => f.code)).toEqual(['denial-must-be-written-off', 'unbalanced']);
    expect(s.earned).toBe(s.total - 2);
    expect(s.notes).toEqual([]);
    // the finding names the denial and gives the exercise's own reason (its teaching point on holding it open)
    expect(describePostingFinding(s.findings[0]!)).toBe(`Row 2: the $900.00 CO-97 denial on 45378 was left open, but this exercise accepts only writing it off: the write-off is $900.00, not $0.00. ${bundled.teachingPoints[1]}`);
  });

  it('a strict denial held open with no teaching point on it still names the denial, with the general reason', () => {
    const bundled = { ...byId('ppo-bundled-line-co97'), teachingPoints: [] };
    const input = keyAsInput(bundled);
    Object.assign(input.rows[1]!, { adjustment: '0.00', transfer: 'none' });
    const s = scorePosting(input, bundled);
    if (s.type !== 'points') throw new Error('not graded');
    expect(describePostingFinding(s.findings[0]!)).toBe('Row 2: the $900.00 CO-97 denial on 45378 was left open, but this exercise accepts only writing it off: the write-off is $900.00, not $0.00. Hold a denial open only when a corrected claim or an appeal can still win it; this exercise takes the write-off only.');
  });

  it('quotes only a teaching point on holding this denial open: a whole code (CO-4 is not CO-45), the denial and the code before either alone', () => {
    const base = byId('ppo-bundled-line-co97');
    const quoted = (teachingPoints: string[], code = 'CO-97') => {
      const rows = base.rows.map((r) => (r.row === 2 ? { ...r, reasons: r.reasons.map((x) => (x.group === 'CO' && x.carc === '97' ? { ...x, code, carc: code.slice(3) } : x)) } : r));
      const rubric = { ...base, rows, teachingPoints };
      const input = keyAsInput(rubric);
      Object.assign(input.rows[1]!, { adjustment: '0.00', transfer: 'none' });
      const s = scorePosting(input, rubric);
      if (s.type !== 'points') throw new Error('not graded');
      const f = s.findings.find((x) => x.code === 'denial-must-be-written-off');
      if (!f) throw new Error('no denial-must-be-written-off finding');
      return 'teachingPoint' in f ? f.teachingPoint : undefined;
    };
    // CO-45 is not CO-4; an unrelated code that merely contains 45378 is not the row's code
    expect(quoted(['CO-45 is the contractual write-off: never appeal it.', 'Appeal 453780 with records.'], 'CO-4')).toBeUndefined();
    // a point that names the code but speaks of neither holding open nor appealing is not quoted
    expect(quoted(['CO-97 on 45378 is written off.'])).toBeUndefined();
    // the point naming the denial and the code wins over one naming the code only, wherever it stands
    expect(quoted(['Appeal 45378 only with an operative note.', 'CO-97 on 45378 is not held open: write it off.'])).toBe('CO-97 on 45378 is not held open: write it off.');
    expect(quoted(['Appeal 45378 only with an operative note.', 'Do not hold a CO-97 open.'])).toBe('Do not hold a CO-97 open.');
    expect(quoted(['Appeal 45378 only with an operative note.'])).toBe('Appeal 45378 only with an operative note.');
  });

  it('other wrong write-offs on a strict denial row keep the plain finding (half written off, or the key)', () => {
    const bundled = byId('ppo-bundled-line-co97');
    expect(scorePosting(keyAsInput(bundled), bundled)).toMatchObject({ findings: [] });
    const input = keyAsInput(bundled);
    Object.assign(input.rows[1]!, { adjustment: '450.00' });
    const s = scorePosting(input, bundled);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.findings.map((f) => f.code)).toEqual(['amount-wrong', 'unbalanced']);
  });

  it('CO-16 (no member ID) and CO-197 (authorization number left off) may be held open too: the corrected claim is expected to pay', () => {
    for (const [id, row] of [['ppo-co16-member-id-n382', 0], ['ppo-co16-member-id-n382', 1], ['hmo-denied-no-authorization', 0]] as const) {
      const rubric = byId(id);
      const input = keyAsInput(rubric);
      Object.assign(input.rows[row]!, { adjustment: '0.00', copay: '0.00', transfer: 'none' });
      const s = scorePosting(input, rubric);
      if (s.type !== 'points') throw new Error('not graded');
      expect(s.findings, id).toEqual([]);
      expect(s.notes.find((n) => n.row === row + 1)?.code, id).toBe('denial-held-open');
      // holding it open and billing the patient the copay anyway is not the alternative
      Object.assign(input.rows[row]!, { otherPatient: '30.00', transfer: 'patient' });
      const billed = scorePosting(input, rubric);
      if (billed.type !== 'points') throw new Error('not graded');
      expect(billed.earned, id).toBeLessThan(billed.total);
      expect(billed.notes.find((n) => n.row === row + 1), id).toBeUndefined();
    }
  });

  it('an alternative on a row without a CO denial is an authoring error naming the field and the fix', () => {
    const feedback = 'Both are defensible for reasons the author writes here at length.';
    expect(alternativeProblems([{ row: 2, accept: 'hold-open', feedback }], co50.rows)).toEqual(['alternatives.0.row: row 2 (J3301) has no CO denial to hold open (CO-45, PR-2, CO-253): a contractual CO-45, sequestration CO-253 or a PR amount has only one right posting. Hint: name the row with the CO denial, or remove the alternative.']);
    expect(alternativeProblems([{ row: 3, accept: 'hold-open', feedback }], co50.rows)).toEqual(['alternatives.0.row: the ERA has 2 rows, no row 3. Hint: count the ledger rows in ERA order, a reversal\'s lines first.']);
    expect(alternativeProblems([{ row: 1, accept: 'hold-open', feedback }], co50.rows)).toEqual([]);
  });
});

describe('scorePosting properties (fast-check)', () => {
  const amount = fc.oneof(fc.constant(''), fc.integer({ min: -500000, max: 500000 }).map((c) => (c / 100).toFixed(2)), fc.string({ maxLength: 6 }));
  const row = fc.record({ paid: amount, adjustment: amount, deductible: amount, coinsurance: amount, copay: amount, otherPatient: amount, transfer: fc.constantFrom('', 'none', 'secondary', 'patient' as const) });

  it('never throws, stays within [0, total], and the key always scores full marks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(row, { minLength: 0, maxLength: 4 }), (ex, rows) => {
        const input: PostingUserInput = { rows: ex.rubric.rows.map((_, i) => rows[i] ?? { paid: '', adjustment: '', deductible: '', coinsurance: '', copay: '', otherPatient: '', transfer: '' }) };
        const s = scorePosting(input, ex.rubric);
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
          expect(s.total).toBe(ex.rubric.rows.length * (LEDGER_AMOUNTS.length + 2));
          for (const f of s.findings) expect(describePostingFinding(f).length).toBeGreaterThan(10);
        } else expect(describePostingInvalid(s.reason).length).toBeGreaterThan(10);
        const key = scorePosting(keyAsInput(ex.rubric), ex.rubric);
        expect(key.type === 'points' && key.earned === key.total).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
