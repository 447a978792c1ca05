/**
 * Provider-level adjustments: the 835 PLB segment (005010X221A1, loop "footer" after every claim).
 * A PLB entry is money the payer adds to or takes from this payment that does not belong to any
 * service line of the claims on it: an earlier claim's overpayment taken back, interest for
 * paying late, a balance carried to a later payment, a refund the provider sent.
 *
 * The sign rule (the guide's provider balancing): PLB04 is positive when it REDUCES this payment
 * and negative when it ADDS to it, so BPR02 = sum of CLP04 - sum of PLB04. The reason codes are
 * element 426's values in the layout table (src/data/x12/835.json, PLB03-01); their names and uses
 * below are summarised from the sources in `PLB_SOURCES` (read 2026-11-30).
 */

/** PLB03-1 reason codes ClaimLab writes. */
export const PLB_REASONS = ['WO', 'L6', 'FB', '72'] as const;
export type PlbReason = (typeof PLB_REASONS)[number];

/** One provider-level adjustment: a PLB03/PLB04 pair. */
export interface ProviderAdjustment {
  reason: PlbReason;
  /** PLB03-2: the payer claim number (CLP07) of the claim it concerns; for FB, the trace number (TRN02) of the remittance that carried the balance forward. */
  reference: string;
  /** PLB04 in cents: positive takes money out of this payment, negative adds to it. */
  amountCents: number;
}

/** What each reason code is and how its amount is signed. */
export const PLB_REASON_INFO: Readonly<Record<PlbReason, { name: string; sign: 'positive' | 'negative' | 'either'; refersTo: 'claim' | 'remittance'; use: string }>> = {
  WO: {
    name: 'overpayment recovery',
    sign: 'positive',
    refersTo: 'claim',
    use: "the payer takes back an earlier claim's overpayment from this payment; PLB03-2 names that claim by its payer claim number (the CLP07 of the remittance that paid it)",
  },
  L6: {
    name: 'interest owed',
    sign: 'negative',
    refersTo: 'claim',
    use: "interest the payer adds for paying a claim late (Medicare: a clean claim not paid within 30 days of receipt), the net for the remittance; each claim's share is in its 2100 AMT*I. It is income to the practice, not a payment for any service",
  },
  FB: {
    name: 'forwarding balance',
    sign: 'either',
    refersTo: 'remittance',
    use: 'negative: what this payment could not cover of the money the payer is taking back, carried forward so BPR02 is never below zero; positive: a balance carried from an earlier remittance, taken now. Its reference is the trace number (TRN02) of the remittance that carried the balance forward, so the later positive FB matches it. It is not a recoupment of its own',
  },
  '72': {
    name: 'authorized return',
    sign: 'negative',
    refersTo: 'claim',
    use: "acknowledges a refund the provider sent for an earlier overpayment; it comes with a WO of the same amount for the same claim, so the two cancel and the payment does not change",
  },
};

/** PLB03-2 in words: "claim <CLP07>", or for FB "remittance <TRN02>"; empty without a reference. */
export function referenceLabel(a: Pick<ProviderAdjustment, 'reason' | 'reference'>): string {
  return a.reference ? `${PLB_REASON_INFO[a.reason].refersTo} ${a.reference}` : '';
}

/** Where the reason codes' meanings and the balancing rule come from. */
export const PLB_SOURCES = [
  'ASC X12 005010X221A1 (835) PLB segment: layout in src/data/x12/835.json (pyx12 map); BPR02 = sum of CLP04 - sum of PLB04',
  'X12 RFI 1976 "Overpayment Recovery" and RFI 2370 "PLB0302 usage CLP01 and CLP07" (x12.org requests for interpretation): the WO reference is the CLP07 of the claim being recovered (TR3 1.10.2.17 claim overpayment recovery, option 3); a refund check is acknowledged with 72 along with the WO (RFI 1976; RFI 325: a 72 is always offset by another PLB adjustment; RFI 1033: in the next 835)',
  'X12 RFI 1756 "Balance Forward Processing" (final 2013-04-25): when the amount to be collected cannot be taken from this payment, a negative FB carries it forward; RFI 1114 (final 2011-02-07) quoting the TR3: the FB reference is the TRN02 of the current transaction; RFI 2051: the later 835 repays it with a positive FB of the same reference',
  'Noridian JF Part B, "Forwarding Balance (FB) vs. a Withhold (WO)": FB is not a recoupment; WO is money withheld to satisfy a debt',
  'X12 RFI 2123 (final 2016-04-12) and RFI 2202, 1324: interest paid on a claim is reported in its 2100 AMT*I (required when not zero, information only, outside the balancing), and the net interest of the remittance in one PLB L6',
  'Medicare Claims Processing Manual (Pub. 100-04) ch. 1, section 80.2.2: interest on clean claims not paid within 30 days of receipt, at the Treasury rate in force on the payment date',
] as const;
