import type { AdjudicationRule, LineDenial } from '../types.ts';
import { returnClaimUnprocessable } from './helpers.ts';

/**
 * The payer's modifier requirements (`modifierRequirements` in the profile): a procedure it pays
 * only with one of some modifiers (the side, RT or LT, or 50 for both; 25 on an E/M billed beside
 * a minor procedure) billed without any of them is denied CARC 4 (the X12 list: the procedure
 * code is inconsistent with the modifier used or a required modifier is missing), group CO.
 * Medicare returns such a claim as unprocessable with MA130 (First Coast Service Options, Part B,
 * "Claim rejected as unprocessable with reason code (CARC) CO4 FAQ", last modified 2022-09-27;
 * NGS Medicare names CPT/HCPCS and modifiers among the common unprocessable errors; both read
 * 2026-12-01), so the correction goes as a new claim; a modifier 25 missing on an NCCI pair is
 * instead a processed CO-97 denial (ncci-ptp.ts), which this rule leaves alone at Medicare; other
 * payers deny the line and take a corrected claim. No remark code: the X12 remark list ClaimLab
 * carries (the pyx12 code list) has codes without wording, and N822 (missing procedure modifier)
 * is newer than that list (see codes.ts).
 */
export const modifierRequirementsRule: AdjudicationRule = {
  id: 'modifier-requirements',
  summary: 'A procedure the payer pays only with one of some modifiers (RT/LT/50, or 25 on an E/M beside a procedure), billed without any of them, is denied CO-4; Medicare returns the claim (MA130).',
  carcs: ['4'],
  check(context) {
    const { payer, lines } = context;
    const out: LineDenial[] = [];
    for (const l of lines) {
      for (const req of payer.modifierRequirements) {
        if (!req.procedures.includes(l.procedure)) continue;
        const beside = req.whenBilledWith ? lines.find((o) => o.index !== l.index && o.from === l.from && req.whenBilledWith!.includes(o.procedure)) : undefined;
        if (req.whenBilledWith && !beside) continue;
        if (req.anyOf.some((m) => l.modifiers.includes(m))) continue;
        out.push({
          index: l.index,
          group: 'CO',
          carc: '4',
          data: { requirement: req.id, code: l.procedure, line: l.index + 1, need: req.anyOf.join(', '), modifiers: l.modifiers.join(', '), label: req.label, ...(beside ? { with: beside.procedure, withLine: beside.index + 1 } : {}) },
          ...(payer.returnsUnprocessable ? { remarks: ['MA130'] } : {}),
        });
        break;
      }
    }
    return payer.returnsUnprocessable ? returnClaimUnprocessable(context, out) : out;
  },
};
