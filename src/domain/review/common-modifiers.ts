/**
 * HCPCS Level II modifiers worth drilling for CPC/CBCS/CPB: laterality and digits, the X{EPSU}
 * distinct-service modifiers, liability notices, components and drug wastage. Titles come from
 * the CMS HCPCS file at build time; this list only chooses which.
 */
export const COMMON_HCPCS_MODIFIERS = [
  'LT', 'RT', 'E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'TA', 'T1',
  'XE', 'XP', 'XS', 'XU', 'GA', 'GY', 'GZ', 'KX', 'TC', 'JW', 'JZ', 'QW', 'GC', 'CR',
] as const;
