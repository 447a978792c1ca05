/**
 * Item 9a on a Medicare claim: the Medigap policy number preceded by MEDIGAP, MG or MGAP
 * (Pub. 100-04 ch. 26, item 9a), written with or without a space or hyphen: "MG40028817" and
 * "MEDIGAP 40028817" are policy 40028817. A prefix followed by another letter is part of the
 * policy number ("MGX1" stays "MGX1").
 */
export const MEDIGAP_PREFIX = /^\s*(MEDIGAP|MGAP|MG)(?![A-Z])[\s-]*/i;

/** The Medigap policy number of item 9a, without its prefix. */
export function medigapPolicyNumber(item9a: string): string {
  return item9a.replace(MEDIGAP_PREFIX, '').trim();
}
