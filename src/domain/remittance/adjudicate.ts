import type { Claim } from '../claims/claim-schema.ts';
import { DIAGNOSIS_LETTERS } from '../claims/claim-schema.ts';
import type { EditTables } from '../claims/ncci.ts';
import { digitsOf, parseDate, parseMoneyCents } from '../claims/normalize.ts';
import { TEACHING_EDITS } from '../claims/teaching-edits.ts';
import { shareLine, startCostShare } from './cost-share.ts';
import type { PayerProfile } from './payer-schema.ts';
import { secondaryPlanLine } from './secondary-plan-line.ts';
import { mspLineFromPrimary } from './msp.ts';
import { priceLine } from './price.ts';
import { capitationStatus } from './capitation.ts';
import { findMember, isParticipating, memberKey } from './rules/helpers.ts';
import { ADJUDICATION_RULES } from './rules/index.ts';
import type { Accumulators, Adjudication, AdjudicationContext, Adjustment, ClaimPayment, LineDenial, LineFacts, LinePayment, PatientAccount, PatientShare } from './types.ts';
import { sumCents } from '../text/money.ts';

/**
 * The teaching payer. `adjudicate` decides a claim from its facts and the payer profile only:
 * 1. every rule in rules/ (in order) may deny lines; the first denial of a line decides it;
 * 2. a secondary plan pays on the primary's patient responsibility:
 *    what the primary settled is OA-23, the part the plan does not cover stays PR;
 * 3. Medicare with a primary payment on the account pays as secondary payer (MSP, msp.ts,
 *    42 CFR 411.33(a)): the primary's payment is OA-23, the lowest of the three amounts is
 *    paid, what the primary left to the patient stays PR up to what may be collected, the
 *    rest is CO-45; the fee is credited to the Part B deductible; then CO-253;
 * 3b. a plan whose COB record names another plan as the member's primary (for Medicaid, its
 *    third-party liability record), given that plan's payment, pays as secondary by its
 *    `coordination` method (secondary-plan-line.ts): standard, non-duplication, or Medicaid's lesser-of
 *    with the rest written off; what the primary settled is OA-23;
 * 4. a primary payer prices the other lines (price.ts: CO-45, PR-45), applies cost sharing
 *    (cost-share.ts: PR-3, PR-1, PR-2) and, for Medicare, sequestration (CO-253);
 * 4b. before pricing, an HMO capitation contract (capitation.ts) takes the capitated services of
 *    the member's assigned practice: $0 paid, the charge less the copay CO-24, the copay PR-3
 *    (skipped when the plan's COB record makes it secondary for the member);
 * 5. a replacement (item 22 code 7) or void (8) of a claim in the history first reverses it
 *    (CLP02 22, same groups, negative amounts) and gives its deductible back.
 * It never throws: odd input becomes CO-16 lines. Money is in cents throughout.
 */

/** An empty account for the start of a year. */
export function newAccount(year: string): PatientAccount {
  return { accumulators: { year, deductibleMetCents: 0, outOfPocketMetCents: 0 }, history: [] };
}

/**
 * The account after an adjudication: totals updated and the payments added to the history. The
 * payer's own records of the patient (MSP, crossover, QMB) carry over to the next claim; the
 * primary's payment belonged to this claim only.
 */
export function recordAdjudication(account: PatientAccount, result: Adjudication): PatientAccount {
  const { primaryPayment: _thisClaimOnly, ...records } = account;
  return { ...records, accumulators: result.accumulators, history: [...account.history, ...(result.reversal ? [result.reversal] : []), result.payment] };
}

function lineFacts(claim: Claim): LineFacts[] {
  return claim.lines.map((line, index) => {
    const from = parseDate(line.from) ?? '';
    const units = /^\s*\d+(\.\d+)?\s*$/.test(line.units) ? Number(line.units) : Number.NaN;
    return {
      index,
      procedure: line.procedure.trim().toUpperCase(),
      modifiers: line.modifiers.map((m) => m.trim().toUpperCase()).filter(Boolean),
      from,
      to: parseDate(line.to) ?? from,
      units,
      chargeCents: parseMoneyCents(line.charge) ?? Number.NaN,
      diagnoses: line.pointers
        .map((p) => claim.diagnoses[DIAGNOSIS_LETTERS.indexOf(p.trim().toUpperCase() as (typeof DIAGNOSIS_LETTERS)[number])])
        .filter((d): d is string => typeof d === 'string' && d.trim() !== '')
        .map((d) => d.trim().toUpperCase().replace(/\./g, '')),
    };
  });
}

/** FNV-1a, for a payer claim number that is the same every run. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).toUpperCase().padStart(7, '0');
}

/** The EOB split of the PR adjustments. */
export function patientShareOf(adjustments: Adjustment[]): PatientShare {
  const pr = adjustments.filter((a) => a.group === 'PR');
  const by = (carc: string) => sumCents(pr.filter((a) => a.carc === carc).map((a) => a.amountCents));
  const total = sumCents(pr.map((a) => a.amountCents));
  return { deductibleCents: by('1'), coinsuranceCents: by('2'), copayCents: by('3'), otherCents: total - by('1') - by('2') - by('3'), totalCents: total };
}

/** -n without the -0 that would print as "-0". */
const minus = (n: number): number => (n === 0 ? 0 : -n);

function negate(p: ClaimPayment): ClaimPayment {
  const neg = (a: Adjustment): Adjustment => ({ ...a, amountCents: minus(a.amountCents) });
  const share = p.patientShare;
  const { crossoverTo: _forwarded, ...rest } = p;
  return {
    ...rest,
    statusCode: '22',
    outcome: 'reversed',
    chargeCents: minus(p.chargeCents),
    paidCents: minus(p.paidCents),
    patientShare: { deductibleCents: minus(share.deductibleCents), coinsuranceCents: minus(share.coinsuranceCents), copayCents: minus(share.copayCents), otherCents: minus(share.otherCents), totalCents: minus(share.totalCents) },
    lines: p.lines.map((l) => ({ ...l, chargeCents: minus(l.chargeCents), allowedCents: minus(l.allowedCents), paidCents: minus(l.paidCents), adjustments: l.adjustments.map(neg) })),
  };
}

/** The payment less Medicare's sequestration (CO-253, `sequestrationPercent`; 0 for other payers), added to the line's adjustments. */
function withSequestration(payer: PayerProfile, adjustments: Adjustment[], paymentCents: number): { adjustments: Adjustment[]; paidCents: number } {
  const sequestration = Math.round((paymentCents * payer.sequestrationPercent) / 100);
  if (sequestration <= 0) return { adjustments, paidCents: paymentCents };
  return { adjustments: [...adjustments, { group: 'CO', carc: '253', amountCents: sequestration, rule: 'sequestration', data: { percent: payer.sequestrationPercent } }], paidCents: paymentCents - sequestration };
}

/**
 * Medicare's QMB alerts (CMS CR 9911; on the remittance again since July 2018, MLN Matters SE1128
 * revised 2018-06-26): for a Qualified Medicare Beneficiary the claim-level remarks say which cost
 * sharing may not be collected from the patient (N781 deductible, N782 coinsurance, N783 copay).
 * The amounts stay PR: a payer after Medicare (Medicaid) reads them there.
 */
function qmbRemarks(payer: PayerProfile, account: PatientAccount, share: PatientShare): string[] {
  if (payer.kind !== 'medicare-part-b' || !account.qmb) return [];
  return [...(share.deductibleCents > 0 ? ['N781'] : []), ...(share.coinsuranceCents > 0 ? ['N782'] : []), ...(share.copayCents > 0 ? ['N783'] : [])];
}

/** Adjudicates a claim for one payer. Pure and total: it never throws and never reads the clock. */
export function adjudicate(claim: Claim, payer: PayerProfile, account: PatientAccount, asOf: string, edits: EditTables = TEACHING_EDITS): Adjudication {
  const lines = lineFacts(claim);
  const frequencyCode = claim.resubmission?.code.trim() || '1';
  const originalRef = claim.resubmission?.originalRef?.trim();
  const original = (frequencyCode === '7' || frequencyCode === '8') && payer.acceptsReplacementClaims && originalRef
    ? account.history.find((p) => p.payerClaimNumber === originalRef && p.statusCode !== '22' && memberKey(p.memberId) === memberKey(claim.insuredId) && !account.history.some((r) => r.statusCode === '22' && r.payerClaimNumber === originalRef))
    : undefined;
  const reversal = original ? negate(original) : undefined;

  const year = (lines.find((l) => l.from)?.from ?? asOf).slice(0, 4);
  const before: Accumulators = reversal && original && account.accumulators.year === original.lines[0]?.from.slice(0, 4)
    ? {
        ...account.accumulators,
        deductibleMetCents: Math.max(0, account.accumulators.deductibleMetCents - original.patientShare.deductibleCents),
        outOfPocketMetCents: Math.max(0, account.accumulators.outOfPocketMetCents - (original.patientShare.totalCents - original.patientShare.otherCents)),
      }
    : account.accumulators;

  const context: AdjudicationContext = { claim, payer, account: { ...account, accumulators: before }, asOf, edits, lines };
  const denials = new Map<number, LineDenial & { rule: string }>();
  for (const rule of ADJUDICATION_RULES) {
    let found: LineDenial[] = [];
    try {
      found = rule.check(context);
    } catch {
      found = lines.map((l) => ({ index: l.index, group: 'CO' as const, carc: '16', data: { problem: 'unreadable' } }));
    }
    for (const d of found) if (!denials.has(d.index)) denials.set(d.index, { ...d, rule: rule.id });
  }
  if (originalRef && (frequencyCode === '7' || frequencyCode === '8') && payer.acceptsReplacementClaims && !original) {
    for (const l of lines) if (!denials.has(l.index)) denials.set(l.index, { index: l.index, group: 'CO', carc: '16', rule: 'missing-information', data: { problem: 'original-not-found', originalRef }, remarks: ['M47'] });
  }

  const participating = isParticipating(context) || payer.participation.nonParticipating === 'same-as-participating';
  const assigned = claim.acceptAssignment !== false;
  const state = startCostShare(before, year);
  const primary = payer.secondary ? account.primaryPayment : undefined;
  const mspPrimary = !payer.secondary && payer.kind === 'medicare-part-b' ? account.primaryPayment : undefined;
  // A commercial plan that is this member's secondary (its COB record names the primary plan) pays under COB.
  const cobMember = !payer.secondary && payer.kind !== 'medicare-part-b' ? findMember(payer, claim.insuredId) : undefined;
  const cobPrimary = cobMember?.primaryPlan ? account.primaryPayment : undefined;
  let mspLines = 0;
  let cobLines = 0;
  let capitatedLines = 0;

  const payments: LinePayment[] = lines.map((l) => {
    const charge = Number.isFinite(l.chargeCents) ? l.chargeCents : 0;
    const renderingNpi = digitsOf(claim.lines[l.index]?.renderingNpi ?? '') || digitsOf(claim.billingProvider.npi ?? '');
    const base = { lineNumber: l.index + 1, procedure: l.procedure, modifiers: l.modifiers, from: l.from, to: l.to, units: Number.isFinite(l.units) ? l.units : 0, chargeCents: charge, ...(renderingNpi ? { renderingNpi } : {}) };
    const denial = denials.get(l.index);
    if (denial || frequencyCode === '8') {
      const d = denial ?? { group: 'CO' as const, carc: '16', rule: 'missing-information', data: { problem: 'void' }, remarks: [] };
      return { ...base, allowedCents: 0, paidCents: 0, remarks: d.remarks ?? [], adjustments: charge > 0 ? [{ group: d.group, carc: d.carc, amountCents: charge, rule: d.rule, data: d.data ?? {} }] : [] };
    }
    if (primary) {
      const pl = primary.lines.find((x) => x.lineNumber === l.index + 1);
      const primaryPr = pl ? pl.adjustments.filter((a) => a.group === 'PR') : [];
      const prTotal = Math.min(charge, sumCents(primaryPr.map((a) => a.amountCents)));
      const covered = new Set(payer.secondary?.pays === 'coinsurance-and-copay' ? ['2', '3'] : ['1', '2', '3']);
      // What the primary settled (paid or wrote off) is OA-23; of the patient's share, the plan
      // pays what its benefit covers and the rest stays with the patient under its PR code.
      let budget = prTotal;
      const adjustments: Adjustment[] = [];
      if (charge - prTotal > 0) adjustments.push({ group: 'OA', carc: '23', amountCents: charge - prTotal, rule: 'secondary', data: { primaryPaidCents: pl?.paidCents ?? 0, primaryPayer: primary.payerId } });
      for (const a of primaryPr) {
        if (covered.has(a.carc)) continue;
        const amount = Math.min(a.amountCents, budget);
        budget -= amount;
        if (amount > 0) adjustments.push({ group: 'PR', carc: a.carc, amountCents: amount, rule: 'secondary', data: { fromPrimary: true } });
      }
      const paid = budget;
      return { ...base, allowedCents: pl?.allowedCents ?? 0, paidCents: paid, remarks: [], adjustments: adjustments.filter((a) => a.amountCents !== 0) };
    }
    if (!cobMember?.primaryPlan && capitationStatus(payer, claim.insuredId, claim.billingProvider.npi ?? '', l.procedure, l.from) === 'capitated') {
      capitatedLines++;
      // Encounter data: nothing is paid on the line; the patient still owes the visit copay.
      const share = shareLine(payer, l.procedure, l.from, charge, state, l.modifiers, true);
      const copay = sumCents(share.map((a) => a.amountCents));
      const covered: Adjustment[] = charge - copay > 0 ? [{ group: 'CO', carc: '24', amountCents: charge - copay, rule: 'capitation', data: { code: l.procedure, perMemberPerMonthCents: Math.round((payer.capitation?.perMemberPerMonth ?? 0) * 100) } }] : [];
      return { ...base, allowedCents: copay, paidCents: 0, remarks: [], adjustments: [...covered, ...share] };
    }
    const priced = priceLine(payer, l.procedure, l.units, charge, participating, assigned, l.modifiers, l.from);
    // A line the primary paid nothing on (denied, or all to its deductible) is priced as primary: a teaching simplification (docs/remittance.md).
    const mspLinePaid = mspPrimary?.lines.find((x) => x.lineNumber === l.index + 1 && x.paidCents > 0);
    if (mspPrimary && mspLinePaid) {
      mspLines++;
      const msp = mspLineFromPrimary(mspLinePaid, mspPrimary.payerId, {
        chargeCents: charge,
        medicareAllowedCents: priced.allowedCents,
        deductibleLeftCents: Math.max(0, Math.round(payer.costShare.deductible * 100) - state.deductibleMetCents),
        coinsurancePercent: payer.costShare.coinsurancePercent,
      });
      state.deductibleMetCents += msp.result.deductibleCreditCents;
      const { adjustments, paidCents } = withSequestration(payer, msp.adjustments, msp.result.paymentCents);
      return { ...base, allowedCents: priced.allowedCents, paidCents, remarks: [], adjustments };
    }
    const share = shareLine(payer, l.procedure, l.from, priced.allowedCents, state, l.modifiers);
    const payment = priced.allowedCents - sumCents(share.map((a) => a.amountCents));
    if (cobPrimary) {
      cobLines++;
      const cob = secondaryPlanLine(charge, cobPrimary.lines.find((x) => x.lineNumber === l.index + 1), cobPrimary.payerId, payment, payer.coordination?.method);
      return { ...base, allowedCents: priced.allowedCents, paidCents: cob.paidCents, remarks: [], adjustments: cob.adjustments };
    }
    const { adjustments, paidCents } = withSequestration(payer, [...priced.adjustments, ...share], payment);
    return { ...base, allowedCents: priced.allowedCents, paidCents, remarks: [], adjustments, ...(priced.anesthesia ? { anesthesia: priced.anesthesia } : {}) };
  });

  const all = payments.flatMap((p) => p.adjustments);
  const patientShare = patientShareOf(all);
  const chargeCents = sumCents(payments.map((p) => p.chargeCents));
  const paidCents = sumCents(payments.map((p) => p.paidCents));
  const unprocessable = payer.returnsUnprocessable && payments.length > 0 && payments.every((p) => p.remarks.includes('MA130'));
  // Medicare crosses a claim over to the Medigap plan in items 9-9d (claim-based), or to a trading partner whose eligibility file lists the beneficiary (account.crossoverOnFile: a state Medicaid agency for a dual eligible).
  const onFile = payer.kind === 'medicare-part-b' ? account.crossoverOnFile : undefined;
  const claimBased = Boolean(payer.crossoverTo && claim.otherInsured);
  const carrier = claimBased ? payer.crossoverCarrier : onFile;
  const crossover = (claimBased || onFile) && patientShare.totalCents > 0 && !unprocessable;
  const outcome: ClaimPayment['outcome'] = unprocessable ? 'returned-unprocessable'
    : paidCents === 0 && patientShare.totalCents === 0 && mspLines === 0 && cobLines === 0 && capitatedLines === 0 ? 'denied'
    : paidCents === 0 ? 'patient-responsibility'
    : payments.some((p) => p.paidCents === 0) ? 'partly-paid' : 'paid';
  const statusCode: ClaimPayment['statusCode'] = frequencyCode === '8' && reversal ? '22' : outcome === 'denied' || unprocessable ? '4' : payer.secondary || mspLines > 0 || cobLines > 0 ? '2' : crossover ? '19' : '1';
  const accountNumber = claim.patientAccountNumber?.trim() || 'NONE';
  const payment: ClaimPayment = {
    payerId: payer.payerId,
    payerClaimNumber: `${payer.payerId}${asOf.replace(/-/g, '').slice(2)}${hash(JSON.stringify([payer.id, claim.insuredId, accountNumber, claim.lines, frequencyCode, asOf]))}`,
    patientAccountNumber: accountNumber,
    memberId: memberKey(claim.insuredId),
    patientName: { last: claim.patient.name.last.trim(), first: claim.patient.name.first.trim() },
    ...(claim.insuranceType !== 'medicare' && (claim.relationship ?? 'self') !== 'self' && claim.insured.name.last.trim() ? { subscriberName: { last: claim.insured.name.last.trim(), first: (claim.insured.name.first ?? '').trim() } } : {}),
    providerNpi: digitsOf(claim.billingProvider.npi ?? ''),
    statusCode,
    outcome,
    claimFilingIndicator: payer.claimFilingIndicator,
    facilityCode: /^\d{2}$/.test(claim.lines[0]?.placeOfService.trim() ?? '') ? (claim.lines[0]?.placeOfService.trim() ?? '') : '',
    frequencyCode,
    chargeCents,
    paidCents,
    patientShare,
    // MA18: forwarded to a supplemental insurer; MA07: forwarded to Medicaid (a Medicaid COBA on the crossover record).
    remarks: unprocessable ? ['MA130'] : [...(crossover ? [!claimBased && onFile?.kind === 'medicaid' ? 'MA07' : 'MA18'] : []), ...qmbRemarks(payer, account, patientShare)],
    lines: payments,
    paidTo: payer.participation.nonParticipating === 'medicare-limiting-charge' && !assigned && !isParticipating(context) ? 'patient' : 'provider',
    // The ERA names the crossover carrier (835 NM1*TT) by its name and its ID (for Medicare, the COBA ID), as the payer has them on file.
    ...(crossover && carrier ? { crossoverTo: { id: carrier.id, name: carrier.name } } : {}),
    receivedDate: asOf,
  };
  const accumulators: Accumulators = { year, deductibleMetCents: state.deductibleMetCents, outOfPocketMetCents: state.outOfPocketMetCents };
  if (frequencyCode === '8' && reversal) return { payment: reversal, accumulators: primary ? before : accumulators };
  return { payment, ...(reversal ? { reversal } : {}), accumulators: primary ? before : accumulators };
}
