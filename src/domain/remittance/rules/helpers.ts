import type { AdjudicationContext, GroupCode, LineDenial } from '../types.ts';

/** The same denial for every line (a claim-level decision). */
export function denyAll(context: AdjudicationContext, group: GroupCode, carc: string, data: LineDenial['data'] = {}, remarks: string[] = []): LineDenial[] {
  return context.lines.map((l) => ({ index: l.index, group, carc, data, remarks }));
}

/** Member ID as compared: upper case, no spaces or hyphens. */
export function memberKey(id: string): string {
  return id.replace(/[\s-]/g, '').toUpperCase();
}

/** Whole days from a to b (YYYY-MM-DD), b later is positive. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000);
}

/** True for a billing provider with a contract. */
export function isParticipating(context: AdjudicationContext): boolean {
  return context.payer.participation.participatingNpis.includes((context.claim.billingProvider.npi ?? '').replace(/\D/g, ''));
}
