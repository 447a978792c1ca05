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
