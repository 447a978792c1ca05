import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeSources } from '../../../../src/data/posting-exercises-node.ts';
import { postingExerciseSchema, secondaryExerciseSchema } from '../../../../src/domain/billing/billing-exercise-schema.ts';
import { postingRemittance } from '../../../../src/domain/billing/build-case.ts';
import { secondaryRemittances } from '../../../../src/domain/billing/secondary-key.ts';
import { contentRules } from '../../../../src/domain/content/content-rules.ts';
import { postingContentProblems } from '../../../../src/domain/billing/posting-content-checks.ts';
import { readContentFiles } from '../../../../scripts/lib/read-content.ts';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { validateContent } from '../../../../src/domain/content/validate-content.ts';

const FILE = 'content/exercises/posting/medicare-sequestration.yaml';
const text = readFileSync(FILE, 'utf8');
const base = { title: 'A posting case', summary: 'Post a remittance to the ledger.', difficulty: 'intro', scenario: 'A patient visit was billed and the payer sent a remittance; post it.', claim: { case: 'medicare-knee-injection-units' }, payer: 'medicare-part-b', receivedDate: '2026-10-28', commonMistakes: [{ description: 'A mistake of some kind.', edits: [{ row: 1, field: 'paid', value: '1.00' }], finding: 'paid-wrong' }] };

describe('building a billing exercise', () => {
  it('a typo in a field name fails the content check, naming the file and the field', () => {
    const errors = validateContent([{ path: FILE, text: text.replace('receivedDate:', 'recievedDate:') }], contentRules);
    expect(errors.join('\n')).toMatch(/medicare-sequestration\.yaml.*recievedDate/);
  });

  it('an unknown claim case names the field and the fix', () => {
    const ex = postingExerciseSchema.parse({ ...base, claim: { case: 'no-such-case' } });
    expect(postingRemittance(ex, nodeSources)).toEqual({ ok: false, field: 'claim.case', error: 'there is no claim case "no-such-case". Hint: use a file name from content/exercises/claims without .yaml.' });
  });

  it('an unknown payer names the field and the fix', () => {
    const ex = postingExerciseSchema.parse({ ...base, payer: 'acme' });
    const r = postingRemittance(ex, nodeSources);
    expect(r.ok === false && `${r.field}: ${r.error}`).toBe('payer: there is no payer profile "acme". Hint: use a file name from content/payers without .yaml.');
  });

  it('a credit balance names who paid: an unknown payer or a refund to someone who never paid fails the build naming the field and the fix', () => {
    const credit = (c: object) => postingRemittance(postingExerciseSchema.parse({ ...base, credit: c }), nodeSources);
    const unknown = credit({ payments: [{ from: 'acme', amount: '10.00', date: '2026-10-20', note: 'paid as primary' }], refundTo: 'acme' });
    expect(unknown.ok === false && `${unknown.field}: ${unknown.error}`).toBe('credit.payments.0.from: there is no payer profile "acme". Hint: write patient, or a file name from content/payers without .yaml.');
    const stranger = credit({ payments: [{ from: 'patient', amount: '10.00', date: '2026-10-20', note: 'copay at the visit' }], refundTo: 'prairie-hmo' });
    expect(stranger.ok === false && `${stranger.field}: ${stranger.error}`).toBe('credit.refundTo: "prairie-hmo" is neither the patient, this ERA\'s payer (medicare-part-b) nor a payer in credit.payments. Hint: write patient, medicare-part-b, or the from of the payment to refund.');
    expect(credit({ payments: [{ from: 'lakeshore-ppo', amount: '10.00', date: '2026-10-20', note: 'paid as primary' }], refundTo: 'lakeshore-ppo' }).ok).toBe(true);
  });

  it('a credit edit in a mistake needs a credit balance in the exercise', () => {
    const r = postingExerciseSchema.safeParse({ ...base, commonMistakes: [{ description: 'Keeping the credit on the account.', edits: [{ field: 'creditTo', value: 'hold-on-account' }], finding: 'credit-not-refunded' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['commonMistakes.0.edits.0.field: this exercise has no credit balance. Hint: add credit: { payments, refundTo }, or edit a ledger row instead']);
  });

  it('a secondary payer must be a profile that pays after another payer', () => {
    const { payer: _payer, ...common } = base;
    const ex = secondaryExerciseSchema.parse({ ...common, primary: 'medicare-part-b', secondary: 'lakeshore-ppo', secondaryReceivedDate: '2026-11-04', commonMistakes: [{ description: 'A mistake of some kind.', answer: { route: 'send-claim' }, finding: 'route-wrong' }] });
    const r = secondaryRemittances(ex, nodeSources);
    expect(r.ok === false && r.field).toBe('secondary');
  });

  it('a commercial secondary needs the card of a member whose COB record names the primary, and then pays under COB on the claim re-addressed to it', () => {
    const { payer: _payer, ...common } = base;
    const cob = { ...common, claim: { case: 'child-two-parent-plans-birthday-rule' }, primary: 'lakeshore-ppo', secondary: 'prairie-hmo', receivedDate: '2026-11-11', secondaryReceivedDate: '2026-11-20', account: { deductibleMet: '1000.00', outOfPocketMet: '1000.00' }, commonMistakes: [{ description: 'A mistake of some kind.', answer: { route: 'crossover' }, finding: 'route-wrong' }] };
    const noCard = secondaryRemittances(secondaryExerciseSchema.parse(cob), nodeSources);
    expect(noCard.ok === false && noCard.field).toBe('secondary');
    const stranger = secondaryRemittances(secondaryExerciseSchema.parse({ ...cob, secondaryCoverage: { memberId: 'PMH0000000', relationship: 'child' } }), nodeSources);
    expect(stranger.ok === false && `${stranger.field}: ${stranger.error}`).toMatch(/^secondaryCoverage\.memberId: payer "prairie-hmo" has no COB record naming a primary plan for member "PMH0000000"\. Hint:/);
    const r = secondaryRemittances(secondaryExerciseSchema.parse({ ...cob, secondaryCoverage: { memberId: 'PMH550219602', relationship: 'child' } }), nodeSources);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.basis).toBe('cob');
    const s = r.value.secondary.adjudication.payment;
    expect([s.payerId, s.memberId, s.claimFilingIndicator, s.paidCents, s.patientShare.totalCents]).toEqual(['PRM22', 'PMH550219602', 'HM', 4600, 0]);
    expect(r.value.secondary.x835.text).toContain('CAS*OA*23*74~');
  });

  it('Medicaid after Medicare: the crossover record makes the route a crossover, and Medicaid pays by its lesser-of method (basis medicaid) with nothing left to the patient', () => {
    const { payer: _payer, ...common } = base;
    const dual = { ...common, primary: 'medicare-part-b', secondary: 'heartland-medicaid', secondaryReceivedDate: '2026-11-11', secondaryCoverage: { memberId: 'HSM900530218', relationship: 'self' }, account: { deductibleMet: '233.00', outOfPocketMet: '233.00', crossoverOnFile: { name: 'Heartland State Medicaid Program', id: '77001', kind: 'medicaid' } }, commonMistakes: [{ description: 'A mistake of some kind.', answer: { route: 'send-claim' }, finding: 'route-wrong' }] };
    const r = secondaryRemittances(secondaryExerciseSchema.parse(dual), nodeSources);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.basis).toBe('medicaid');
    expect(r.value.primary.adjudication.payment.statusCode).toBe('19');
    const s = r.value.secondary.adjudication.payment;
    expect([s.payerId, s.claimFilingIndicator, s.paidCents, s.patientShare.totalCents]).toEqual(['HSMCD', 'MC', 4885, 0]);
    const withoutRecord = secondaryRemittances(secondaryExerciseSchema.parse({ ...dual, account: { deductibleMet: '233.00', outOfPocketMet: '233.00' } }), nodeSources);
    expect(withoutRecord.ok && withoutRecord.value.primary.adjudication.payment.statusCode).toBe('1');
  });

  it("Medicare's records on another payer's account would do nothing: refused, naming the field and the fix", () => {
    const ex = postingExerciseSchema.parse({ ...base, payer: 'lakeshore-ppo', claim: { case: 'office-visit-diabetes-hypertension' }, account: { crossoverOnFile: { name: 'Heartland State Medicaid Program', id: '77001', kind: 'medicaid' } } });
    const r = postingRemittance(ex, nodeSources);
    expect(r.ok === false && `${r.field}: ${r.error}`).toMatch(/^account\.crossoverOnFile: only Medicare keeps this record .* payer "lakeshore-ppo" is not Medicare.*Hint: remove crossoverOnFile/);
    const { payer: _payer, ...common } = base;
    const sec = secondaryExerciseSchema.parse({ ...common, claim: { case: 'child-two-parent-plans-birthday-rule' }, primary: 'lakeshore-ppo', secondary: 'prairie-hmo', receivedDate: '2026-11-11', secondaryReceivedDate: '2026-11-20', secondaryCoverage: { memberId: 'PMH550219602', relationship: 'child' }, secondaryAccount: { qmb: true }, commonMistakes: [{ description: 'A mistake of some kind.', answer: { route: 'crossover' }, finding: 'route-wrong' }] });
    const s2 = secondaryRemittances(sec, nodeSources);
    expect(s2.ok === false && s2.field).toBe('secondaryAccount.qmb');
  });

  it('a commercial secondary that coordinates by non-duplication has basis non-duplication', () => {
    const ex = secondaryExerciseSchema.parse(parse(readFileSync('content/exercises/secondary/commercial-cob-non-duplication.yaml', 'utf8')));
    const r = secondaryRemittances(ex, nodeSources);
    expect(r.ok && r.value.basis).toBe('non-duplication');
    expect(r.ok && r.value.secondary.adjudication.payment.paidCents).toBe(0);
  });

  it('Medicare as secondary payer needs no card: one given is refused with the hint to leave it out', () => {
    const { payer: _payer, ...common } = base;
    const msp = { ...common, claim: { case: 'medicare-secondary-spouse-employer-plan' }, primary: 'lakeshore-ppo', secondary: 'medicare-part-b', secondaryReceivedDate: '2026-11-10', secondaryCoverage: { memberId: '3TR7QP2WC48', relationship: 'self' }, commonMistakes: [{ description: 'A mistake of some kind.', answer: { route: 'crossover' }, finding: 'route-wrong' }] };
    const r = secondaryRemittances(secondaryExerciseSchema.parse(msp), nodeSources);
    expect(r.ok === false && `${r.field}: ${r.error}`).toMatch(/^secondaryCoverage\.memberId: .*Hint: .*for Medicare as secondary payer, leave secondaryCoverage out/);
  });

  it('a supplement billed by the practice after Medicare needs a policy number: items 9-9a, or the card that came late; its remittance then names that policy, not the Medicare number', () => {
    const { payer: _payer, ...common } = base;
    const late = { ...common, primary: 'medicare-part-b', secondary: 'medigap-plan-g', secondaryReceivedDate: '2026-11-10', account: { deductibleMet: '283.00', outOfPocketMet: '283.00' }, commonMistakes: [{ description: 'A mistake of some kind.', answer: { route: 'crossover' }, finding: 'route-wrong' }] };
    const noCard = secondaryRemittances(secondaryExerciseSchema.parse(late), nodeSources);
    expect(noCard.ok === false && `${noCard.field}: ${noCard.error}`).toMatch(/^claim: the Medicare claim cannot be re-addressed to the supplement "medigap-plan-g": no policy number for it\. Hint: .*items 9-9a.*secondaryCoverage/);
    const spouse = secondaryRemittances(secondaryExerciseSchema.parse({ ...late, secondaryCoverage: { memberId: 'BMSG-44120', relationship: 'spouse' } }), nodeSources);
    expect(spouse.ok === false && `${spouse.field}: ${spouse.error}`).toMatch(/^secondaryCoverage\.relationship: "spouse": .*covers one person\)\. Hint: use relationship: self\.$/);
    const r = secondaryRemittances(secondaryExerciseSchema.parse({ ...late, secondaryCoverage: { memberId: 'BMSG-44120', relationship: 'self' } }), nodeSources);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.basis).toBe('supplement');
    const p = r.value.primary.adjudication.payment;
    const s = r.value.secondary.adjudication.payment;
    expect([p.memberId, p.crossoverTo]).toEqual(['3TR7QP2WC48', undefined]);
    expect([s.payerId, s.memberId]).toEqual(['BMSG7', 'BMSG44120']);
    // Plan G pays the coinsurance Medicare left; OA-23 is what Medicare settled.
    expect(s.paidCents).toBe(p.patientShare.totalCents);
    expect(r.value.secondary.x835.text).toMatch(/NM1\*QC\*1\*KOWALCZYK\*HENRY\*[^~]*\*MI\*BMSG44120~/);
  });

  it('the account and the claim changes reach the payer: a met deductible means coinsurance, not deductible', () => {
    const met = postingExerciseSchema.parse({ ...base, account: { deductibleMet: '283.00' } });
    const fresh = postingExerciseSchema.parse(base);
    const pr = (ex: typeof met) => {
      const r = postingRemittance(ex, nodeSources);
      return r.ok ? r.value.batch.items[0]?.adjudication.payment.lines[0]?.adjustments.filter((a) => a.group === 'PR').map((a) => a.carc) : [];
    };
    expect(pr(fresh)).toEqual(['1']);
    expect(pr(met)).toEqual(['2']);
  });
});

describe('a check of several claims with provider-level adjustments: the balancing rule', () => {
  const BATCH = 'content/exercises/posting/batch-ppo-wo-recoupment.yaml';
  const batchText = readFileSync(BATCH, 'utf8');
  const lakeshore = { ...base, claim: { case: 'telehealth-home-pos-10-modifier-95' }, payer: 'lakeshore-ppo', receivedDate: '2026-11-09', account: { deductibleMet: '1000.00', outOfPocketMet: '1000.00' } };
  const wo = (amount: string) => ({ reason: 'WO', amount, original: { claim: { case: 'noc-drug-j3490-description' }, receivedDate: '2026-11-06', account: { deductibleMet: '1000.00', outOfPocketMet: '1000.00' } } });
  const schemaErrors = (text: string) => validateContent([{ path: BATCH, text }], contentRules).join('\n');

  it('npm run check:content fails an alternative on a row without a CO denial, naming the file, the field and the fix', () => {
    const CO50 = 'content/exercises/posting/medicare-co50-no-abn.yaml';
    const files = readContentFiles(REPO_ROOT).map((f) => (f.path === CO50 ? { ...f, text: f.text.replace(/alternatives:\n {2}- row: 1/, 'alternatives:\n  - row: 2') } : f));
    expect(postingContentProblems(files)).toEqual([`${CO50}: alternatives.0.row: row 2 (J3301) has no CO denial to hold open (CO-45, PR-2, CO-253): a contractual CO-45, sequestration CO-253 or a PR amount has only one right posting. Hint: name the row with the CO denial, or remove the alternative.`]);
  });

  it('a wrong deposit fails npm run check:content naming the file, the field, the computed BPR02 and the fix', () => {
    const files = readContentFiles(REPO_ROOT).map((f) => (f.path === BATCH ? { ...f, text: batchText.replace('deposit: "86.40"', 'deposit: "168.00"') } : f));
    expect(postingContentProblems(files)).toEqual([`${BATCH}: deposit: the 835 pays $86.40 (BPR02 = claim payments $168.00 minus PLB amounts $81.60), but deposit says $168.00. Hint: write deposit: "86.40", or correct the claims or providerAdjustments.`]);
    expect(postingContentProblems(readContentFiles(REPO_ROOT))).toEqual([]);
  });

  it('the schema: a check with provider-level adjustments needs a deposit; PLB signs follow the 835; FB is the writer\'s; a 72 needs its WO', () => {
    expect(schemaErrors(batchText.replace(/^deposit: .*$/m, ''))).toMatch(/batch-ppo-wo-recoupment\.yaml: deposit: a check with several claims or provider-level adjustments needs the bank deposit to reconcile to\. Hint:/);
    expect(schemaErrors(batchText.replace('amount: "81.60"', 'amount: "-81.60"'))).toMatch(/providerAdjustments\[0\]\.amount: a WO recovery takes money back, so PLB04 is positive\. Hint:/);
    expect(schemaErrors(batchText.replace('reason: WO', 'reason: FB'))).toMatch(/providerAdjustments\[0\]\.reason: "FB" is not allowed/);
    const l6 = postingExerciseSchema.safeParse({ ...lakeshore, providerAdjustments: [{ reason: 'L6', amount: '0.42', claim: 1 }], deposit: '104.42' });
    expect(l6.success ? '' : l6.error.issues.map((i) => i.message).join(' ')).toMatch(/^L6 interest is paid to the provider, so PLB04 is negative/);
    const lone72 = postingExerciseSchema.safeParse({ ...lakeshore, providerAdjustments: [{ ...wo('-81.60'), reason: '72' }], deposit: '185.60' });
    expect(lone72.success ? '' : lone72.error.issues.map((i) => i.message).join(' ')).toMatch(/^a 72 authorized return is reported with a WO of the opposite amount for the same original claim/);
    expect(postingExerciseSchema.safeParse({ ...lakeshore, providerAdjustments: [wo('81.60'), { ...wo('-81.60'), reason: '72' }], deposit: '104.00' }).success).toBe(true);
  });

  it('the build: a recovery larger than the claim it recovers, and a claim of another payee, name the field and the fix', () => {
    const tooMuch = postingRemittance(postingExerciseSchema.parse({ ...lakeshore, providerAdjustments: [wo('90.00')], deposit: '14.00' }), nodeSources);
    expect(tooMuch.ok === false && `${tooMuch.field}: ${tooMuch.error}`).toMatch(/^providerAdjustments\.0\.amount: the WO recovers \$90\.00 but the payer paid only \$81\.60 on claim LKS01\w+: a recovery cannot exceed the overpaid claim's payment\. Hint: write at most "81\.60"\.$/);
    const otherPayee = postingRemittance(postingExerciseSchema.parse({ ...lakeshore, moreClaims: [{ claim: { case: 'colonoscopy-with-biopsy-ptp' }, receivedDate: '2026-11-09' }], deposit: '0.00' }), nodeSources);
    expect(otherPayee.ok === false && otherPayee.field).toBe('moreClaims.0.claim.case');
    expect(otherPayee.ok === false && otherPayee.error).toMatch(/one check pays one payee: Maple Grove Family Medicine .* Hint: choose a claim case of the same billing provider\./);
  });

  it('each claim is adjudicated on its own received date; the check is dated paymentDate', () => {
    const r = postingRemittance(postingExerciseSchema.parse({ ...lakeshore, moreClaims: [{ claim: { case: 'bph-follow-up-item-3-sex' }, receivedDate: '2026-11-12', account: { deductibleMet: '1000.00', outOfPocketMet: '1000.00' } }], paymentDate: '2026-11-20', deposit: '168.00' }), nodeSources);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.batch.payments.map((p) => p.payment.receivedDate)).toEqual(['2026-11-09', '2026-11-12']);
    expect(r.value.batch.x835.text).toContain('DTM*405*20261120~');
    expect(r.value.batch.x835.text).toContain('DTM*050*20261112~');
  });
});
