import type { CapitationTerms, PayerProfile } from './payer-schema.ts';
import { memberKey } from './rules/helpers.ts';

/**
 * HMO capitation (payer profile `capitation`): the practice a member chose as primary care is paid
 * a fixed amount per member per month, apart from any claim. Its claims for the capitated services
 * are still sent (encounter data) and come back paid $0, the charge less the copay adjusted CO-24
 * (X12 CARC 24: charges covered under a capitation agreement/managed care plan), the copay PR-3.
 * A carved-out code, a code the contract does not list, a practice the member is not assigned to,
 * or a date the member is not on the roster: the line is priced by the fee schedule as usual. For a
 * practice the member is not assigned to that is a teaching simplification: real HMOs may deny
 * such a visit or require a referral (the profile's label says so).
 */

/** Whether a code is one of the codes or inclusive ranges ("99202-99215", same length, compared as text). */
export function inCodeList(list: readonly string[], code: string): boolean {
  return list.some((entry) => (entry.includes('-') ? code.length === 5 && entry.slice(0, 5) <= code && code <= entry.slice(6) : entry === code));
}

/** The roster entry that assigns the member to this practice on the date, if any. */
export function rosterEntry(terms: CapitationTerms, memberId: string, billingNpi: string, date: string): CapitationTerms['roster'][number] | undefined {
  const key = memberKey(memberId);
  const npi = billingNpi.replace(/\D/g, '');
  return terms.roster.find((r) => memberKey(r.memberId) === key && r.pcpNpi === npi && date !== '' && r.from <= date && (!r.to || date <= r.to));
}

/** Why a line is or is not capitated, as data for describe.ts and the tests. */
export type CapitationStatus = 'capitated' | 'carve-out' | 'not-listed' | 'not-on-roster' | 'no-contract';

/** How the capitation contract treats one line of a claim billed by `billingNpi` for `memberId`. */
export function capitationStatus(payer: PayerProfile, memberId: string, billingNpi: string, code: string, date: string): CapitationStatus {
  const terms = payer.capitation;
  if (!terms) return 'no-contract';
  if (!rosterEntry(terms, memberId, billingNpi, date)) return 'not-on-roster';
  if (inCodeList(terms.carveOuts, code)) return 'carve-out';
  return inCodeList(terms.services, code) ? 'capitated' : 'not-listed';
}
