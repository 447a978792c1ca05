/**
 * The code values of the 271 elements the eligibility record reviews show, from the pyx12 map
 * 271.5010.X279.A1.xml (github.com/azoner/pyx12, BSD licence), which follows ASC X12
 * 005010X279A1. The shared data folder holds no 271 map (only 837P, 835, 999 and 277CA), so this
 * short table was copied by hand from that map on 2026-11-30 and covers only what the cases use.
 */

/** EB01 eligibility or benefit information code (loop 2110C). */
export const EB01 = ['1', '2', '3', '4', '5', '6', '7', '8', 'A', 'B', 'C', 'CB', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'MC', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y'] as const;
/** EB02 benefit coverage level code. */
export const EB02 = ['CHD', 'DEP', 'ECH', 'EMP', 'ESP', 'FAM', 'IND', 'SPC', 'SPO'] as const;
/** EB03 service type codes used in the cases (a subset of the guide's list, each in it). */
export const EB03_USED = ['1', '30', '47', '48', '50', '62', '86', '88', '98', 'AL', 'MH', 'UC'] as const;
/** EB04 insurance type codes used in the cases (subset). */
export const EB04_USED = ['HM', 'HN', 'MA', 'MB', 'MC', 'PR', 'PS', 'QM', 'WC'] as const;
/** EB06 time period qualifier. */
export const EB06 = ['6', '7', '13', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36'] as const;
/** EB09 quantity qualifier. */
export const EB09 = ['99', '8H', 'CA', 'CE', 'D3', 'DB', 'DY', 'HS', 'LA', 'LE', 'M2', 'MN', 'P6', 'QA', 'S7', 'S8', 'VS', 'YY'] as const;
/** EB11 authorization or certification indicator. */
export const EB11 = ['N', 'U', 'Y'] as const;
/** EB12 in plan network indicator. */
export const EB12 = ['N', 'U', 'W', 'Y'] as const;
/** DTP01 date qualifiers of loop 2100C (subscriber dates). */
export const DTP_2100C = ['102', '152', '291', '307', '318', '340', '341', '342', '343', '346', '347', '356', '357', '382', '435', '442', '458', '472', '539', '540', '636', '771', '096'] as const;
/** AAA03 reject reasons by loop, and AAA04 follow-up actions. */
export const AAA03 = {
  '2000A': ['04', '41', '42', '79'],
  '2100C': ['15', '35', '42', '43', '45', '47', '48', '49', '51', '52', '56', '57', '58', '60', '61', '62', '63', '71', '72', '73', '74', '75', '76', '78'],
} as const;
export const AAA04 = {
  '2000A': ['C', 'N', 'P', 'R', 'S', 'Y'],
  '2100C': ['C', 'N', 'R', 'S', 'W', 'X', 'Y'],
} as const;
/** III01 code list qualifier (loop 2115C); ZZ carries a place of service code. */
export const III01 = ['GR', 'NI', 'ZZ'] as const;
/** NM101 entity codes of loop 2120C (benefit related entity). */
export const NM101_2120C = ['13', '36', '73', '1I', '1P', '2B', 'FA', 'GP', 'GW', 'I3', 'IL', 'LR', 'OC', 'P3', 'P4', 'P5', 'PR', 'PRP', 'SEP', 'TTP', 'VER', 'VN', 'VY', 'X3', 'Y2'] as const;
/**
 * The segments of loop 2100C (subscriber name) in the order the guide fixes (pyx12 <pos>: NM1 030,
 * REF 040, N3 060, N4 070, AAA 085, PRV 090, DMG 100, INS 110, HI 115, DTP 120, then MPI): an AAA
 * that rejects the inquiry comes right after the name and address, before DMG and DTP.
 */
export const ORDER_2100C = ['NM1', 'REF', 'N3', 'N4', 'AAA', 'PRV', 'DMG', 'INS', 'HI', 'DTP', 'MPI'] as const;
