/**
 * The claim adjustment reason codes (CARC) and remark codes (RARC) the teaching payer uses.
 * CARC wording lives in public/data/remittance/adjustment-codes.json (a test checks every code
 * here is there). ClaimLab ships no RARC list, so only remark codes with a named public source
 * are used, with their source.
 */

/** CARCs adjudicate can produce. */
export const CARCS_USED = ['1', '2', '3', '16', '18', '22', '23', '26', '27', '29', '45', '50', '96', '97', '109', '119', '151', '197', '204', '242', '253'] as const;

/** Remark codes used, with the source that documents their use. */
export const REMARKS: Readonly<Record<string, { text: string; source: string }>> = {
  MA130: {
    text: 'The claim has incomplete or invalid information and is unprocessable, so it carries no appeal rights: submit a new claim with the complete, correct information.',
    source: 'NGS Medicare, "Unprocessable Claim Rejections and Corrections" (ngsmedicare.com); First Coast, "Return Unprocessable Claim (RUC) Reason Code CO 16 FAQ" (2024-07-11)',
  },
  N382: {
    text: "Missing, incomplete or invalid patient identifier (the patient's Medicare number).",
    source: 'First Coast, "Return Unprocessable Claim (RUC) Reason Code CO 16 FAQ" (2024-07-11)',
  },
};
