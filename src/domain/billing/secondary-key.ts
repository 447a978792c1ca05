import type { Claim } from '../claims/claim-schema.ts';
import { newAccount } from '../remittance/adjudicate.ts';
import { remit, type Remittance } from '../remittance/remit.ts';
import { otherPayerFromPayment, sendAfterPrimary } from '../remittance/bill-secondary.ts';
import type { SecondaryExercise } from './billing-exercise-schema.ts';
import { claimOf, medicareRecordsError, payerOf, startAccount, type BillingSources, type Built } from './build-case.ts';
import { eraView } from './posting-key.ts';
import { sumCents } from '../text/money.ts';
import { findMember } from '../remittance/rules/helpers.ts';
import type { SecondaryBasis, SecondaryPublicData, SecondaryRubric } from './secondary-types.ts';

/**
 * Coordination of benefits from two remittances: the primary adjudicates the claim, then the
 * secondary adjudicates it with the primary's payment as the claim's 837P COB loops carry it
 * (remittance/bill-secondary.ts) (OA-23 for what the primary settled; for
 * Medicare as secondary payer, OA-23 is the primary's payment and Medicare pays the lowest of
 * the 42 CFR 411.33(a) amounts, see remittance/msp.ts).
 * The key follows from both: the statement balances as charges = primary paid + secondary
 * paid + write-offs + patient due.
 */

/** Both remittances of a secondary exercise. */
export function secondaryRemittances(ex: SecondaryExercise, sources: BillingSources): Built<{ claim: Claim; primary: Remittance; secondary: Remittance; secondaryPlan: string; basis: SecondaryBasis }> {
  const claim = claimOf(ex.claim, sources, 'claim');
  if (!claim.ok) return claim;
  const primaryPayer = payerOf(ex.primary, sources, 'primary');
  if (!primaryPayer.ok) return primaryPayer;
  const secondaryPayer = payerOf(ex.secondary, sources, 'secondary');
  if (!secondaryPayer.ok) return secondaryPayer;
  const msp = secondaryPayer.value.kind === 'medicare-part-b';
  const supplement = Boolean(secondaryPayer.value.secondary);
  const coverage = ex.secondaryCoverage;
  const cobMember = coverage && !supplement ? findMember(secondaryPayer.value, coverage.memberId) : undefined;
  const cob = !supplement && !msp && Boolean(cobMember?.primaryPlan);
  if (coverage && supplement && coverage.relationship !== 'self') return { ok: false, field: 'secondaryCoverage.relationship', error: `"${coverage.relationship}": the supplement "${ex.secondary}" is billed after Medicare for the beneficiary, whose own policy it is (a Medigap policy covers one person). Hint: use relationship: self.` };
  if (coverage && !cob && !supplement) return { ok: false, field: 'secondaryCoverage.memberId', error: `payer "${ex.secondary}" has no COB record naming a primary plan for member "${coverage.memberId}". Hint: add the member to its eligibility.members with a primaryPlan; for a supplement, use a profile with a \`secondary\` section; for Medicare as secondary payer, leave secondaryCoverage out (the claim is already addressed to Medicare).` };
  if (!supplement && !msp && !cob) return { ok: false, field: 'secondary', error: `payer "${ex.secondary}" has no \`secondary\` section and is not Medicare, so it does not pay after another payer. Hint: use a supplemental profile such as medigap-plan-g, medicare-part-b for Medicare as secondary payer, or a commercial plan with secondaryCoverage naming a member whose COB record names the primary.` };
  if (msp && primaryPayer.value.kind === 'medicare-part-b') return { ok: false, field: 'primary', error: 'Medicare cannot be both the primary and the secondary payer. Hint: for Medicare as secondary payer, make the primary the employer plan (e.g. lakeshore-ppo).' };
  const notMedicare = medicareRecordsError(ex.account, primaryPayer.value, 'account') ?? medicareRecordsError(ex.secondaryAccount, secondaryPayer.value, 'secondaryAccount');
  if (notMedicare) return notMedicare;
  const primary = remit(claim.value, primaryPayer.value, startAccount(ex.account, claim.value), ex.receivedDate);
  const year = primary.adjudication.accumulators.year;
  const secondaryStart = ex.secondaryAccount ? startAccount(ex.secondaryAccount, claim.value) : newAccount(year);
  // The secondary reads the primary's payment from the claim's COB loops (2320/2430), as sent.
  const other = otherPayerFromPayment(claim.value, primary.adjudication.payment, primaryPayer.value);
  const sent = sendAfterPrimary(claim.value, other, ex.secondaryReceivedDate, secondaryPayer.value, coverage);
  if (cob && sent.claim === claim.value) return { ok: false, field: 'claim', error: `the claim cannot be re-addressed to "${ex.secondary}": items 9 and 9d must name its subscriber and plan. Hint: set otherInsured (name, policyGroup, planName) and anotherPlan: true in the claim case or its changes.` };
  if (supplement && sent.claim === claim.value) return { ok: false, field: 'claim', error: `the Medicare claim cannot be re-addressed to the supplement "${ex.secondary}": no policy number for it. Hint: put the supplement in items 9-9a (otherInsured with policyGroup) in the claim case or its changes, or, when its card came after the Medicare claim was sent, give secondaryCoverage with the card's memberId and relationship: self.` };
  // The secondary adjudicates the claim as sent: re-addressed to a commercial secondary or a supplement, as it was for Medicare as secondary payer (already addressed to Medicare).
  const secondary = remit(sent.claim, secondaryPayer.value, { ...secondaryStart, ...(sent.primaryPayment ? { primaryPayment: sent.primaryPayment } : {}) }, ex.secondaryReceivedDate);
  const secondaryPlan = msp ? secondaryPayer.value.name : claim.value.otherInsured?.planName?.trim() || secondaryPayer.value.name;
  const method = secondaryPayer.value.coordination?.method ?? 'standard';
  const basis: SecondaryBasis = msp ? 'msp' : !cob ? 'supplement' : method === 'medicaid-lesser-of' ? 'medicaid' : method === 'non-duplication' ? 'non-duplication' : 'cob';
  return { ok: true, value: { claim: claim.value, primary, secondary, secondaryPlan, basis } };
}

/** The page-safe part and the key. */
export function splitSecondary(id: string, ex: SecondaryExercise, built: { primary: Remittance; secondary: Remittance; secondaryPlan: string; basis?: SecondaryBasis }): { publicData: SecondaryPublicData; rubric: SecondaryRubric } {
  const p = built.primary.adjudication.payment;
  const s = built.secondary.adjudication.payment;
  const primaryEra = eraView(built.primary);
  const reasons = primaryEra.claims.flatMap((c) => c.lines.flatMap((l) => l.reasons));
  const secondaryPr = new Set(s.lines.flatMap((l) => l.adjustments.filter((a) => a.group === 'PR').map((a) => `PR-${a.carc}`)));
  const pr = reasons.filter((r) => r.group === 'PR');
  const patientOwes = s.patientShare.totalCents;
  return {
    publicData: { id, title: ex.title, scenario: ex.scenario, secondaryPlan: built.secondaryPlan, primaryEra, x835: { text: built.primary.x835.text, segments: built.primary.x835.segments } },
    rubric: {
      id,
      route: p.crossoverTo ? 'crossover' : 'send-claim',
      basis: built.basis ?? 'supplement',
      amounts: {
        secondaryPaid: s.paidCents,
        otherPayerAdjustment: sumCents(s.lines.flatMap((l) => l.adjustments.filter((a) => a.group === 'OA' && a.carc === '23').map((a) => a.amountCents))),
        patientOwes,
        statementCharges: p.chargeCents,
        statementPrimaryPaid: p.paidCents,
        statementAdjustments: p.chargeCents - p.paidCents - s.paidCents - patientOwes,
      },
      coveredByPlan: pr.filter((r) => !secondaryPr.has(r.code)),
      leftToPatient: pr.filter((r) => secondaryPr.has(r.code)),
      writtenOff: reasons.filter((r) => r.group !== 'PR'),
      primaryPatientCents: p.patientShare.totalCents,
      secondaryEra: eraView(built.secondary),
      teachingPoints: ex.teachingPoints,
    },
  };
}
