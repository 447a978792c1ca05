import type { AdjudicationRule, LineDenial } from '../types.ts';

/** A code the payer excludes is denied with the profile's group, CARC (49, 96, 109 or 204) and remark codes. */
export const exclusionsRule: AdjudicationRule = {
  id: 'exclusions',
  summary: "A code on the payer's exclusion list is denied with the group and CARC the profile gives (PR-49 for a routine physical Medicare excludes by law, CO-109 for the wrong contractor).",
  carcs: ['49', '96', '109', '204'],
  check({ payer, lines }) {
    const out: LineDenial[] = [];
    for (const l of lines) {
      const ex = payer.exclusions.find((e) => e.procedures.includes(l.procedure));
      if (ex) out.push({ index: l.index, group: ex.group, carc: ex.carc, data: { reason: ex.reason }, remarks: ex.remarks ?? [] });
    }
    return out;
  },
};
