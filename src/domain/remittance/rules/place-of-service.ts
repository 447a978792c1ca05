import { settingFamily } from '../../claims/rules/place-of-service-family.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';

/**
 * The payer's place-of-service edit: an E/M code whose family names a setting, billed with a
 * place of service that contradicts it (an office visit with inpatient POS 21, a hospital visit
 * with office POS 11), is denied CARC 5 (the X12 list: the procedure code is inconsistent with
 * the place of service), group CO. CARC 5 fits better than 58 here: 58 says the payer judged the
 * setting itself inappropriate for the treatment, while this edit only sees that the code and
 * the POS cannot both be right (one of them is miscoded). Adjudicated, so a denial on the 835,
 * never a 277CA rejection; the family table is the scrubber's (place-of-service-family.ts).
 */
export const placeOfServiceRule: AdjudicationRule = {
  id: 'place-of-service',
  summary: 'An E/M code billed with a place of service its family contradicts (office visit with POS 21, hospital visit with POS 11) is denied CO-5.',
  carcs: ['5'],
  check({ claim, lines }) {
    const out: LineDenial[] = [];
    for (const l of lines) {
      const family = settingFamily(l.procedure);
      const pos = claim.lines[l.index]?.placeOfService.trim() ?? '';
      const place = family?.wrong[pos];
      if (family && place) out.push({ index: l.index, group: 'CO', carc: '5', data: { code: l.procedure, family: family.family, pos, place } });
    }
    return out;
  },
};
