/**
 * The claim adjustment reason codes (CARC) and remark codes (RARC) the teaching payer uses.
 * CARC wording lives in public/data/remittance/adjustment-codes.json (a test checks every code
 * here is there). ClaimLab ships no RARC list, so only remark codes with a named public source
 * are used, with their source.
 */

/** CARCs the teaching payer's remittances carry (59 only where a variance exercise declares a multiple procedure cut, variance/payer-errors.ts). */
export const CARCS_USED = ['1', '2', '3', '4', '5', '6', '7', '9', '10', '11', '16', '18', '22', '23', '24', '26', '27', '29', '45', '49', '50', '58', '59', '96', '97', '109', '119', '151', '197', '204', '242', '253'] as const;

const QMB_SOURCE =
  "X12 Remittance Advice Remark Codes N781-N783, added in 2017 for CMS CR 9911 (QMB indicator; the code wording as quoted in CMS's 2017 'QMB Remittance Advice Issue' message on medicaid.gov and in payer bulletins, e.g. Independence Blue Cross, provcomm.ibx.com); on the Medicare fee-for-service remittance, with the cost sharing as PR amounts, since July 2018 (CMS MLN Matters SE1128, revised 2018-06-26). Read 2026-12-01. Social Security Act 1902(n)(3)(B)";

/** Remark codes used, with the source that documents their use. */
export const REMARKS: Readonly<Record<string, { text: string; source: string }>> = {
  MA130: {
    text: 'The claim has incomplete or invalid information and is unprocessable, so it carries no appeal rights: submit a new claim with the complete, correct information.',
    source: 'NGS Medicare, "Unprocessable Claim Rejections and Corrections" (ngsmedicare.com); First Coast, "Return Unprocessable Claim (RUC) Reason Code CO 16 FAQ" (2024-07-11)',
  },
  MA18: {
    text: 'The claim was forwarded to the supplemental insurer (crossover): wait for its payment before billing the patient, and do not send it the claim again.',
    source: 'CMS MLN Matters SE0909 (2009): remark codes MA18 or N89 on the Medicare remittance show the claim is being crossed over; allow about 15 work days after Medicare\'s payment before billing the supplemental insurer (as quoted in a CMS provider reminder reproduced on pedorthics.org, read 2026-11-30; the article itself was not read). Supplemental payers may set a longer window (e.g. 30 days from the Medicare remittance date): check the payer\'s rule',
  },
  N781: {
    text: 'The patient is a Qualified Medicare Beneficiary: no Medicare deductible may be collected from them (refund any collected). The PR-1 amount may be billed to the payer after Medicare (Medicaid), never to the patient.',
    source: QMB_SOURCE,
  },
  N782: {
    text: 'The patient is a Qualified Medicare Beneficiary: no Medicare coinsurance may be collected from them (refund any collected). The PR-2 amount may be billed to the payer after Medicare (Medicaid), never to the patient.',
    source: QMB_SOURCE,
  },
  N783: {
    text: 'The patient is a Qualified Medicare Beneficiary: no Medicare copay may be collected from them (refund any collected). The PR-3 amount may be billed to the payer after Medicare (Medicaid), never to the patient.',
    source: QMB_SOURCE,
  },
  MA07: {
    text: 'The claim was forwarded to Medicaid (crossover): move the cost sharing to Medicaid and wait for its remittance; do not send Medicaid the claim again.',
    source: 'X12 Remittance Advice Remark Code MA07 ("also forwarded to Medicaid", as listed in Epic\'s open.epic.com remittance tables); Medi-Cal, "HIPAA: Crossover Claims" (files.medi-cal.ca.gov): providers check the Medicare remittance for MA07 to see that a claim crossed over. Read 2026-12-01',
  },
  N448: {
    text: "The service is not in the payer's fee schedule or contracted fee arrangement: check the code against the record before writing it off.",
    source: 'X12 Remittance Advice Remark Code N448 (x12.org/codes/remittance-advice-remark-codes); X12 CARC 96 requires at least one remark code. Checked 2026-11-30',
  },
  M47: {
    text: "Missing, incomplete or invalid internal or document control number: the payer's claim number of the original claim, in item 22, that a replacement or void must name.",
    source: 'X12 Remittance Advice Remark Code M47 (x12.org/codes/remittance-advice-remark-codes); X12 CARC 16 asks for at least one remark code naming what is missing. Checked 2026-11-30',
  },
  M52: {
    text: "Missing, incomplete or invalid 'from' date of service (item 24A).",
    source: 'X12 Remittance Advice Remark Code M52 (x12.org/codes/remittance-advice-remark-codes), with CARC 16. Checked 2026-11-30',
  },
  M53: {
    text: 'Missing, incomplete or invalid days or units of service (item 24G; for anesthesia, the minutes).',
    source: 'X12 Remittance Advice Remark Code M53 (x12.org/codes/remittance-advice-remark-codes), with CARC 16. Checked 2026-11-30',
  },
  M76: {
    text: 'Missing, incomplete or invalid diagnosis or condition: item 21, or a line whose pointer (24E) names no diagnosis.',
    source: 'X12 Remittance Advice Remark Code M76 (x12.org/codes/remittance-advice-remark-codes), with CARC 16. Checked 2026-11-30',
  },
  M79: {
    text: 'Missing, incomplete or invalid charge (item 24F).',
    source: 'X12 Remittance Advice Remark Code M79 (x12.org/codes/remittance-advice-remark-codes), with CARC 16. Checked 2026-11-30',
  },
  N382: {
    text: "Missing, incomplete or invalid patient identifier: the member ID in item 1a (on a Medicare claim, the patient's Medicare number).",
    source: 'X12 Remittance Advice Remark Code N382 (x12.org/codes/remittance-advice-remark-codes), used by every payer; First Coast, "Return Unprocessable Claim (RUC) Reason Code CO 16 FAQ" (2024-07-11) for Medicare',
  },
};

/** CO reasons that are the contract working as agreed, not denials: the fee schedule (45), sequestration (253), capitation (24). */
const CONTRACTUAL_CARCS: ReadonlySet<string> = new Set(['45', '253', '24']);

/** A CO denial: a CO reason other than the contractual CO-45, sequestration CO-253 and capitation CO-24 (what an appeal disputes). */
export function isDenial(reason: { group: string; carc: string }): boolean {
  return reason.group === 'CO' && !CONTRACTUAL_CARCS.has(reason.carc);
}
