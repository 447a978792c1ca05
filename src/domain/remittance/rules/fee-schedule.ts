import { capitationStatus } from '../capitation.ts';
import { feeFor } from '../price.ts';
import type { AdjudicationRule } from '../types.ts';

/**
 * A code not on the fee schedule of a payer that denies unlisted codes is non-covered, CO-96. An
 * anesthesia code is on the schedule of a payer that prices anesthesia from minutes when the
 * profile gives its base units. CARC 96 must carry at least one remark code (X12 CARC list):
 * N448, the service is not in the payer's fee schedule or contracted fee arrangement. A code
 * whose rows are all dated is on the schedule only on the dates they cover, and so is a pricing
 * modifier with dated rows (45385-PT outside every PT row is not priced as a plain 45385). A
 * capitated line (capitation.ts) needs no fee: the capitation pays for it.
 */
export const feeScheduleRule: AdjudicationRule = {
  id: 'fee-schedule',
  summary: 'A code the payer has no fee for on the date of service, when the payer does not price unlisted codes, is denied CO-96 with remark N448.',
  carcs: ['96'],
  check({ payer, lines, claim }) {
    if (payer.feeSchedule.unlisted !== 'deny' || payer.secondary) return [];
    const anesthesia = new Set(payer.feeSchedule.anesthesia?.baseUnits.map((b) => b.code) ?? []);
    const priced = (code: string, modifiers: readonly string[], date: string): boolean => anesthesia.has(code) || feeFor(payer, code, modifiers, date) !== undefined;
    const capitated = (code: string, date: string): boolean => capitationStatus(payer, claim.insuredId, claim.billingProvider.npi ?? '', code, date) === 'capitated';
    return lines.filter((l) => !priced(l.procedure, l.modifiers, l.from) && !capitated(l.procedure, l.from)).map((l) => ({ index: l.index, group: 'CO' as const, carc: '96', data: { code: l.procedure }, remarks: ['N448'] }));
  },
};
