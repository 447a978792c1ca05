import type { ArUserInput } from './ar-types.ts';

/** Is the attempt complete enough to grade? Anything typed, ranked or chosen counts. */
export function validateAr(input: ArUserInput): { type: 'invalid'; reason: 'empty' } | null {
  const accounts = Object.values(input.collections ?? {}).flatMap((l) => [l.action, l.amount]);
  const typed = [input.daysInAr, input.netCollectionRate, ...Object.values(input.buckets ?? {}), ...accounts].some((v) => String(v ?? '').trim() !== '');
  return typed || (input.priority ?? []).some(Boolean) ? null : { type: 'invalid', reason: 'empty' };
}
