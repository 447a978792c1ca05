/**
 * Ambulance origin/destination modifiers. CMS builds them from two one-letter place codes,
 * origin first (RH = residence to hospital), so the quarterly HCPCS modifier file does not list
 * the pairs. Source: CMS Medicare Claims Processing Manual, chapter 15, section 30.A (checked
 * 2026-11-30). X (an intermediate stop at a physician's office on the way to the hospital) is a
 * destination only.
 */
const PLACES: Readonly<Record<string, string>> = {
  D: 'a diagnostic or therapeutic site other than a physician office or hospital',
  E: 'a residential, domiciliary or custodial facility (not a skilled nursing facility)',
  G: 'a hospital-based dialysis (ESRD) facility',
  H: 'a hospital',
  I: 'a transfer site between types of ambulance (such as an airport or helipad)',
  J: 'a freestanding dialysis (ESRD) facility',
  N: 'a skilled nursing facility',
  P: 'a physician office',
  R: 'the patient\'s residence',
  S: 'the scene of an accident or acute event',
  X: 'a stop at a physician office on the way to the hospital',
};

/** Plain-language meaning of an ambulance origin/destination pair such as "RH", or undefined. */
export function ambulanceModifierTitle(code: string): string | undefined {
  if (code.length !== 2) return undefined;
  const origin = code[0] === 'X' ? undefined : PLACES[code[0] ?? ''];
  const destination = PLACES[code[1] ?? ''];
  if (origin === undefined || destination === undefined) return undefined;
  return `Ambulance trip from ${origin} to ${destination}`;
}

/**
 * Some origin/destination pairs are spelled like other HCPCS modifiers (SH is also "second
 * concurrent infusion", HR a family-therapy modifier, RR a DME rental). CMS says that on an
 * ambulance transport line such a pair can only mean origin/destination, so the title names both.
 */
export function withAmbulanceMeaning(code: string, title: string): string {
  const trip = ambulanceModifierTitle(code);
  return trip === undefined ? title : `${title}; on an ambulance transport line: ${trip}`;
}
