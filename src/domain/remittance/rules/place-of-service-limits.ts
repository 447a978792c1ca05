import type { AdjudicationRule, LineDenial } from '../types.ts';

/**
 * The payer's site-of-service limits (`placeOfServiceLimits` in the profile): a procedure the
 * plan pays only in some settings, billed with any other place of service, is denied CARC 58
 * (the X12 list: treatment deemed by the payer to have been rendered in an inappropriate or
 * invalid place of service), group CO. Distinct from place-of-service.ts (CARC 5): there the
 * code and the POS contradict each other, so one of them is miscoded; here both can be right and
 * the plan still judges the setting wrong for the service under its own policy. No remark code:
 * ClaimLab has no sourced wording for one (see codes.ts).
 */
export const placeOfServiceLimitsRule: AdjudicationRule = {
  id: 'place-of-service-limits',
  summary: "A procedure the plan pays only in some settings, billed with another place of service, is denied CO-58.",
  carcs: ['58'],
  check({ claim, payer, lines }) {
    const out: LineDenial[] = [];
    for (const l of lines) {
      const limit = payer.placeOfServiceLimits.find((r) => r.procedures.includes(l.procedure));
      if (!limit) continue;
      const pos = claim.lines[l.index]?.placeOfService.trim() ?? '';
      if (limit.allowedPlaces.includes(pos)) continue;
      out.push({ index: l.index, group: 'CO', carc: '58', data: { code: l.procedure, pos, allowed: limit.allowedPlaces.join(', '), limit: limit.id, label: limit.label } });
    }
    return out;
  },
};
