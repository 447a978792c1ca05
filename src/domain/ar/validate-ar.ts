import type { ArUserInput } from './ar-types.ts';

/** Is the attempt complete enough to grade? Anything typed or ranked counts. */
export function validateAr(input: ArUserInput): { type: 'invalid'; reason: 'empty' } | null {
  const typed = [input.daysInAr, input.netCollectionRate, ...Object.values(input.buckets ?? {})].some((v) => String(v ?? '').trim() !== '');
  return typed || (input.priority ?? []).some(Boolean) ? null : { type: 'invalid', reason: 'empty' };
}
