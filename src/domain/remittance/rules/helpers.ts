import type { PayerProfile } from '../payer-schema.ts';
import type { AdjudicationContext, GroupCode, LineDenial } from '../types.ts';
import { daysBetween } from '../../text/calendar-date.ts';

/** The same denial for every line (a claim-level decision). */
export function denyAll(context: AdjudicationContext, group: GroupCode, carc: string, data: LineDenial['data'] = {}, remarks: string[] = []): LineDenial[] {
  return context.lines.map((l) => ({ index: l.index, group, carc, data, remarks }));
}

/**
 * Medicare returns the whole claim as unprocessable when any line is: every line is CO-16 (CO-4
 * for a modifier requirement) with MA130, but the remark naming what is missing (M53, M76...) stays on the lines that lack it, so
 * the remittance does not send the biller to a line that is fine. The other lines carry the first
 * problem's data (which names its line) and MA130 alone.
 */
export function returnClaimUnprocessable(context: AdjudicationContext, found: readonly LineDenial[]): LineDenial[] {
  const first = found[0];
  if (!first) return [];
  return context.lines.map((l) => found.find((d) => d.index === l.index) ?? { index: l.index, group: first.group, carc: first.carc, data: first.data ?? {}, remarks: ['MA130'] });
}

/** Whether a line points to a diagnosis starting with one of a rule's prefixes (written with or without the dot). */
export function pointsToAny(diagnoses: readonly string[], prefixes: readonly string[]): boolean {
  return diagnoses.some((d) => prefixes.some((p) => d.startsWith(p.replace(/\./g, ''))));
}

/** Member ID as compared: upper case, no spaces or hyphens. */
export function memberKey(id: string): string {
  return id.replace(/[\s-]/g, '').toUpperCase();
}

/** The payer's own record of the member the claim names (item 1a), if it has one. */
export function findMember(payer: PayerProfile, insuredId: string): PayerProfile['eligibility']['members'][number] | undefined {
  const key = memberKey(insuredId);
  return payer.eligibility.members.find((m) => memberKey(m.memberId) === key);
}

/**
 * Medicare's route for a beneficiary whose sex-specific care is right although item 3 differs:
 * modifier KX on the line (CMS Change Request 6638), so a Medicare Part B line with KX skips the
 * sex edits (CO-7, CO-10); commercial plans ignore KX.
 */
export function skipsSexEdit(payer: PayerProfile, modifiers: readonly string[]): boolean {
  return payer.kind === 'medicare-part-b' && modifiers.includes('KX');
}

/** Whole days from a to b (YYYY-MM-DD), b later is positive. */
export { daysBetween };

/** True for a billing provider with a contract. */
export function isParticipating(context: AdjudicationContext): boolean {
  return context.payer.participation.participatingNpis.includes((context.claim.billingProvider.npi ?? '').replace(/\D/g, ''));
}
