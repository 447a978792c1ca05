import type { Claim } from '../claims/claim-schema.ts';

/** Default teaching payer per insurance type (item 1), when the case names none and no payer ID matches. */
export const DEFAULT_PAYER_BY_TYPE: Readonly<Record<Claim['insuranceType'], string>> = {
  medicare: 'medicare-part-b',
  medicaid: 'heartland-medicaid',
  group: 'lakeshore-ppo',
  tricare: 'lakeshore-ppo',
  champva: 'lakeshore-ppo',
  feca: 'lakeshore-ppo',
  other: 'lakeshore-ppo',
};

/**
 * The payer profile id a claim case is submitted to: the case's `payer` field; else the profile
 * whose payer ID is on the answer claim; else a work injury goes to workers' compensation, an
 * auto accident to the auto plan; else the default for the insurance type.
 */
export function casePayerId(exercise: { payer?: string | undefined; answer: Claim }, profiles: readonly { id: string; payerId: string }[]): string {
  if (exercise.payer) return exercise.payer;
  const byId = profiles.find((p) => exercise.answer.payer.payerId && p.payerId === exercise.answer.payer.payerId);
  if (byId) return byId.id;
  if (exercise.answer.conditionRelatedTo.employment) return 'buckeye-workers-comp';
  if (exercise.answer.conditionRelatedTo.autoAccident) return 'great-lakes-auto';
  return DEFAULT_PAYER_BY_TYPE[exercise.answer.insuranceType];
}

const norm = (v: unknown): string => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toUpperCase() : '');

/**
 * The payer among `candidates` the claim's carrier block addresses: by payer ID when the claim has
 * one, else by the payer's name (the CMS-1500 carrier block has a name and address, no payer ID).
 * Takes the claim as filled (any shape), so the Submit panel can ask before the claim is parsed.
 */
export function addressedPayer<T extends { payerId: string; name: string }>(claim: unknown, candidates: readonly T[]): T | undefined {
  const carrier = (claim as { payer?: { payerId?: unknown; name?: unknown } } | null | undefined)?.payer;
  const id = norm(carrier?.payerId);
  const name = norm(carrier?.name);
  if (id) return candidates.find((c) => norm(c.payerId) === id);
  return name ? candidates.find((c) => norm(c.name) === name) : undefined;
}
