import { parseLedgerCents } from './money.ts';
import { plainAmount as amount } from '../text/money.ts';
import type { PostingFinding, ReconcileField } from './posting-finding.ts';
import type { PlbDestination, PlbKeyRow, PostingRubric, ProviderRowInput, ReconcileInput, ReconcileKey } from './posting-types.ts';

/**
 * Scores the part of a posting that belongs to the whole check rather than to a claim line
 * (Perseus shape, no React): each provider-level adjustment (835 PLB) earns one point for its
 * effect on the deposit (-PLB04: a positive PLB04 takes money out) and one for where it is
 * posted; the reconciliation earns one point each for the claim payments (sum of CLP04), the
 * PLB total and the deposit (BPR02, the bank amount), and one when the typed three add up
 * (three blanks add up to nothing and earn nothing).
 * Expects input validatePosting accepted; blank amounts are 0.00.
 */

const cents = (v: string | undefined): number => parseLedgerCents(v ?? '') ?? 0;
const isAccount = (d: PlbDestination | ''): boolean => d.startsWith('account:');

function destinationFinding(key: PlbKeyRow, entered: PlbDestination): PostingFinding {
  const base = { plb: key.plb, reason: key.reason, reference: key.reference, expected: key.postTo, entered };
  if (!isAccount(key.postTo) && isAccount(entered)) return { code: 'plb-to-patient', ...base };
  if (isAccount(key.postTo) && isAccount(entered)) return { code: 'plb-wrong-account', ...base, patient: key.patient };
  return { code: 'plb-destination-wrong', ...base, patient: key.patient };
}

/** Points and findings for the provider-level postings and the deposit reconciliation. */
export function scoreBatch(provider: readonly ProviderRowInput[], reconcile: ReconcileInput | undefined, key: NonNullable<PostingRubric['batch']>): { earned: number; total: number; findings: PostingFinding[] } {
  const findings: PostingFinding[] = [];
  let earned = 0;
  for (const [i, k] of key.provider.entries()) {
    const typed = provider[i];
    const effect = cents(typed?.effect);
    const ref = { plb: k.plb, reason: k.reason, reference: k.reference, amountCents: k.amountCents, expectedCents: k.effectCents, enteredCents: effect };
    if (effect === k.effectCents) earned += 1;
    else findings.push(effect === -k.effectCents ? { code: 'plb-sign-reversed', ...ref } : { code: 'plb-amount-wrong', ...ref });
    const postTo = typed?.postTo ?? '';
    if (postTo === k.postTo) earned += 1;
    else if (postTo !== '') findings.push(destinationFinding(k, postTo));
  }
  const got = (f: ReconcileField) => cents(reconcile?.[f]);
  const r = key.reconcile;
  if (got('claimsPaid') === r.claimsPaidCents) earned += 1;
  else findings.push({ code: 'claims-total-wrong', expectedCents: r.claimsPaidCents, enteredCents: got('claimsPaid') });
  if (got('providerTotal') === r.providerCents) earned += 1;
  else findings.push({ code: 'provider-total-wrong', expectedCents: r.providerCents, enteredCents: got('providerTotal') });
  if (got('deposit') === r.depositCents) earned += 1;
  else findings.push({ code: 'deposit-wrong', expectedCents: r.depositCents, enteredCents: got('deposit'), claimsPaidCents: r.claimsPaidCents, providerCents: r.providerCents });
  // Three blank amounts add up (0 + 0 = 0) but reconcile nothing: no point, and the three
  // findings above already say what is missing.
  const anyTyped = (['claimsPaid', 'providerTotal', 'deposit'] as const).some((f) => (reconcile?.[f] ?? '').trim() !== '');
  if (anyTyped && got('claimsPaid') + got('providerTotal') === got('deposit')) earned += 1;
  else if (anyTyped) findings.push({ code: 'batch-unbalanced', claimsPaidCents: got('claimsPaid'), providerCents: got('providerTotal'), depositCents: got('deposit') });
  return { earned, total: key.provider.length * 2 + 4, findings };
}

/** The key's provider-level postings and reconciliation as typed input. */
export function batchKeyAsInput(key: NonNullable<PostingRubric['batch']>): { provider: ProviderRowInput[]; reconcile: ReconcileInput } {
  const r: ReconcileKey = key.reconcile;
  return {
    provider: key.provider.map((p) => ({ effect: amount(p.effectCents), postTo: p.postTo })),
    reconcile: { claimsPaid: amount(r.claimsPaidCents), providerTotal: amount(r.providerCents), deposit: amount(r.depositCents) },
  };
}
