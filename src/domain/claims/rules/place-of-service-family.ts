import { procedureKey } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'place-of-service-family';

/**
 * E/M families that name their setting, and the places of service they fit. A small teaching
 * table: office/outpatient visits are not billed with an inpatient or nursing-facility POS,
 * and hospital inpatient visits are not billed with an office POS.
 */
export const SETTING_FAMILIES: readonly { from: number; to: number; family: string; wrong: Readonly<Record<string, string>> }[] = [
  { from: 99202, to: 99215, family: 'office or other outpatient visit', wrong: { '21': 'inpatient hospital', '31': 'skilled nursing facility', '32': 'nursing facility', '51': 'inpatient psychiatric facility', '61': 'comprehensive inpatient rehabilitation facility' } },
  { from: 99221, to: 99239, family: 'hospital inpatient or observation visit', wrong: { '11': 'office', '12': 'home', '31': 'skilled nursing facility', '32': 'nursing facility' } },
  { from: 99281, to: 99285, family: 'emergency department visit', wrong: { '11': 'office', '12': 'home', '21': 'inpatient hospital' } },
  { from: 99304, to: 99316, family: 'nursing facility visit', wrong: { '11': 'office', '21': 'inpatient hospital', '23': 'emergency room' } },
];

const SOURCE = 'CMS Medicare Claims Processing Manual Ch. 12, section 30.6 (E/M by setting); CMS Place of Service Code Set';

/** The setting family of a code, when it names one. */
export function settingFamily(code: string) {
  if (!/^\d{5}$/.test(code)) return undefined;
  const n = Number(code);
  return SETTING_FAMILIES.find((f) => n >= f.from && n <= f.to);
}

/** 24B does not contradict a code family that names its setting. */
export const placeOfServiceFamilyRule: ClaimRule = {
  id: ID,
  summary: 'The place of service in 24B fits the setting the E/M code names (no office visit with inpatient POS 21, no hospital visit with office POS 11).',
  check(claim) {
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      const code = procedureKey(line);
      const family = settingFamily(code);
      const pos = line.placeOfService.trim();
      const place = family?.wrong[pos];
      if (family && place) out.push(finding(ID, 'contradicts', '24B', ['lines', i, 'placeOfService'], { line: i + 1, code, family: family.family, pos, place }, { reference: SOURCE }));
    });
    return out;
  },
};
