import { isAnesthesiaCode } from '../claims/claim-facts.ts';
import type { AnesthesiaPricingTerms, PayerProfile } from './payer-schema.ts';

/**
 * Anesthesia priced from minutes, the Medicare way (CMS Medicare Claims Processing Manual,
 * Pub. 100-04, ch. 12, section 50, as in effect for 2026):
 * - 24G carries the actual anesthesia time in minutes; time units = minutes / 15, rounded to one
 *   decimal place (50.G); codes 01995 and 01996 get no time units (50.G);
 * - allowance = (base units + time units) x the anesthesia conversion factor;
 * - personally performed (AA) and a nurse anesthetist without medical direction (QZ): 100%;
 * - medically directed (QK anesthesiologist directing 2-4 concurrent cases, QY directing one
 *   nurse anesthetist, QX the directed nurse anesthetist): 50% of that allowance (50.C, 140.3);
 * - medically supervised (AD, more than four concurrent cases): 3 base units, no time units (50.D).
 *   The extra time unit when the physician documents presence at induction is not modelled.
 * With whole minutes the time units never end in an exact 0.05 (2 x minutes / 3 is never n + 0.5),
 * so rounding to the nearest tenth needs no tie rule.
 */

/** Where the rule comes from, for findings and docs. */
export const ANESTHESIA_RULE_SOURCE = 'CMS Medicare Claims Processing Manual (Pub. 100-04), ch. 12, section 50 (50.C-50.G, 50.I), as in effect for 2026';

/** The anesthesia pricing modifiers and what each means for payment. */
export const ANESTHESIA_PRICING_MODIFIERS = {
  AA: { role: 'personally performed by an anesthesiologist', percent: 100 },
  QZ: { role: 'nurse anesthetist without medical direction', percent: 100 },
  QK: { role: 'medically directed: anesthesiologist directing 2-4 concurrent cases', percent: 50 },
  QY: { role: 'medically directed: anesthesiologist directing one nurse anesthetist', percent: 50 },
  QX: { role: 'nurse anesthetist with medical direction', percent: 50 },
  AD: { role: 'medically supervised: more than four concurrent cases, 3 base units and no time units', percent: 100 },
} as const satisfies Record<string, { role: string; percent: number }>;

export type AnesthesiaModifier = keyof typeof ANESTHESIA_PRICING_MODIFIERS;

/** Base units Medicare allows a medically supervised (AD) service, whatever the code. */
export const SUPERVISED_BASE_UNITS = 3;

/** Codes without time units (daily management of epidural or subarachnoid drug administration). */
const NO_TIME_UNITS = new Set(['01995', '01996']);

/** The payer's minutes-based anesthesia terms, when this code is an anesthesia code it prices that way. */
export function anesthesiaTermsFor(payer: PayerProfile, code: string): AnesthesiaPricingTerms | undefined {
  const terms = payer.feeSchedule.anesthesia;
  return terms && isAnesthesiaCode(code) ? terms : undefined;
}

/** True when the payer prices this code from the minutes in 24G: its profile gives the code base units. */
export function pricedFromMinutes(payer: PayerProfile, code: string): boolean {
  return anesthesiaTermsFor(payer, code)?.baseUnits.some((b) => b.code === code) ?? false;
}

/** Time units in tenths: minutes / 15 to one decimal (95 minutes -> 63, that is 6.3). */
export function timeUnitTenths(minutes: number): number {
  return Math.round((minutes * 2) / 3);
}

/** The first anesthesia pricing modifier on the line, if any. */
export function anesthesiaModifier(modifiers: readonly string[]): AnesthesiaModifier | undefined {
  return modifiers.find((m): m is AnesthesiaModifier => m in ANESTHESIA_PRICING_MODIFIERS);
}

/** How an anesthesia line was priced: the numbers describe.ts turns into a sentence. */
export interface AnesthesiaComputation {
  code: string;
  minutes: number;
  /** Time units x 10 (63 = 6.3). */
  timeTenths: number;
  baseUnits: number;
  /** Base + time units x 10. */
  totalTenths: number;
  /** Dollars per unit, as authored. */
  conversionFactor: number;
  modifier: AnesthesiaModifier;
  percent: number;
  /** Full allowance before the medical-direction percent, cents. */
  fullCents: number;
  /** The schedule amount for this line, cents. */
  scheduleCents: number;
}

/**
 * The schedule amount of an anesthesia line, or undefined when the code has no base units in the
 * profile or the line has no pricing modifier (the rules deny those lines before pricing).
 */
export function priceAnesthesia(terms: AnesthesiaPricingTerms, code: string, minutes: number, modifiers: readonly string[]): AnesthesiaComputation | undefined {
  const row = terms.baseUnits.find((b) => b.code === code);
  const modifier = anesthesiaModifier(modifiers);
  if (!row || !modifier || !(minutes > 0)) return undefined;
  const supervised = modifier === 'AD';
  const baseUnits = supervised ? SUPERVISED_BASE_UNITS : row.baseUnits;
  const timeTenths = supervised || NO_TIME_UNITS.has(code) ? 0 : timeUnitTenths(minutes);
  const totalTenths = baseUnits * 10 + timeTenths;
  const percent = ANESTHESIA_PRICING_MODIFIERS[modifier].percent;
  const fullCents = Math.round(totalTenths * terms.conversionFactor * 10);
  const scheduleCents = Math.round((totalTenths * terms.conversionFactor * percent) / 10);
  return { code, minutes, timeTenths, baseUnits, totalTenths, conversionFactor: terms.conversionFactor, modifier, percent, fullCents, scheduleCents };
}

/** The computation flattened into adjustment data (CO-45 on an anesthesia line), for describe.ts. */
export function anesthesiaData(a: AnesthesiaComputation): Readonly<Record<string, string | number>> {
  return { anesthesiaCode: a.code, minutes: a.minutes, timeTenths: a.timeTenths, baseUnits: a.baseUnits, totalTenths: a.totalTenths, conversionFactor: a.conversionFactor, anesthesiaModifier: a.modifier, percent: a.percent, fullCents: a.fullCents, scheduleCents: a.scheduleCents };
}

/** The computation back from adjustment data, or undefined when the data is not an anesthesia line's. */
export function anesthesiaFromData(d: Readonly<Record<string, string | number | boolean>>): AnesthesiaComputation | undefined {
  const modifier = d.anesthesiaModifier;
  if (typeof d.anesthesiaCode !== 'string' || typeof modifier !== 'string' || !(modifier in ANESTHESIA_PRICING_MODIFIERS)) return undefined;
  const n = (k: string): number => Number(d[k]);
  return { code: d.anesthesiaCode, minutes: n('minutes'), timeTenths: n('timeTenths'), baseUnits: n('baseUnits'), totalTenths: n('totalTenths'), conversionFactor: n('conversionFactor'), modifier: modifier as AnesthesiaModifier, percent: n('percent'), fullCents: n('fullCents'), scheduleCents: n('scheduleCents') };
}
