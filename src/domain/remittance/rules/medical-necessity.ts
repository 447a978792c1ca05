import type { AdjudicationRule, LineDenial } from '../types.ts';
import { pointsToAny } from './helpers.ts';

/**
 * Teaching coverage rules (LCD-like): a listed procedure is covered only when a pointed
 * diagnosis matches. For Medicare an ABN decides who pays the denial: modifier GA (ABN on
 * file) makes the patient liable, PR-50; GZ (no ABN) or no modifier leaves it with the
 * provider, CO-50 (Medicare Claims Processing Manual, Ch. 30, 40.3.6 and 50).
 */
export const medicalNecessityRule: AdjudicationRule = {
  id: 'medical-necessity',
  summary: 'A procedure a coverage rule ties to diagnoses, billed without one of them, is denied CARC 50: PR with an ABN (GA), CO otherwise.',
  carcs: ['50'],
  check({ payer, lines }) {
    const out: LineDenial[] = [];
    for (const l of lines) {
      const rule = payer.coverageRules.find((r) => r.procedures.includes(l.procedure));
      if (!rule) continue;
      const covered = pointsToAny(l.diagnoses, rule.diagnosisPrefixes);
      if (covered) continue;
      const abn = payer.kind === 'medicare-part-b' && l.modifiers.includes('GA');
      out.push({ index: l.index, group: abn ? 'PR' : 'CO', carc: '50', data: { coverageRule: rule.id, abn: abn ? 'GA' : l.modifiers.includes('GZ') ? 'GZ' : 'none' } });
    }
    return out;
  },
};
