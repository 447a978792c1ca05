/**
 * The 22 chapters of the ICD-10-CM Tabular List. Chapter boundaries are stable across fiscal
 * years, so they live here rather than in generated data.
 */

/** One Tabular List chapter. */
export interface IcdChapter {
  number: number;
  /** Range as printed, e.g. "C00-D49". */
  range: string;
  title: string;
}

/** All chapters in tabular order (chapter 22, U00-U85, is listed last as in the Tabular List). */
export const ICD_CHAPTERS: readonly IcdChapter[] = [
  { number: 1, range: 'A00-B99', title: 'Certain infectious and parasitic diseases' },
  { number: 2, range: 'C00-D49', title: 'Neoplasms' },
  { number: 3, range: 'D50-D89', title: 'Diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism' },
  { number: 4, range: 'E00-E89', title: 'Endocrine, nutritional and metabolic diseases' },
  { number: 5, range: 'F01-F99', title: 'Mental, Behavioral and Neurodevelopmental disorders' },
  { number: 6, range: 'G00-G99', title: 'Diseases of the nervous system' },
  { number: 7, range: 'H00-H59', title: 'Diseases of the eye and adnexa' },
  { number: 8, range: 'H60-H95', title: 'Diseases of the ear and mastoid process' },
  { number: 9, range: 'I00-I99', title: 'Diseases of the circulatory system' },
  { number: 10, range: 'J00-J99', title: 'Diseases of the respiratory system' },
  { number: 11, range: 'K00-K95', title: 'Diseases of the digestive system' },
  { number: 12, range: 'L00-L99', title: 'Diseases of the skin and subcutaneous tissue' },
  { number: 13, range: 'M00-M99', title: 'Diseases of the musculoskeletal system and connective tissue' },
  { number: 14, range: 'N00-N99', title: 'Diseases of the genitourinary system' },
  { number: 15, range: 'O00-O9A', title: 'Pregnancy, childbirth and the puerperium' },
  { number: 16, range: 'P00-P96', title: 'Certain conditions originating in the perinatal period' },
  // Chapter 17 ends with the QA categories added in FY2026 (QA0) and FY2027 (QA1).
  { number: 17, range: 'Q00-QA1', title: 'Congenital malformations, deformations and chromosomal abnormalities' },
  { number: 18, range: 'R00-R99', title: 'Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified' },
  { number: 19, range: 'S00-T88', title: 'Injury, poisoning and certain other consequences of external causes' },
  { number: 20, range: 'V00-Y99', title: 'External causes of morbidity' },
  { number: 21, range: 'Z00-Z99', title: 'Factors influencing health status and contact with health services' },
  { number: 22, range: 'U00-U85', title: 'Codes for special purposes' },
];

/**
 * Chapter of a code (dotted or dotless). Only D and H are split between two chapters, on the
 * second character (D00-D49 neoplasms vs D50-D89 blood; H00-H59 eye vs H60-H95 ear).
 */
export function chapterOf(code: string): IcdChapter | undefined {
  const c = code.toUpperCase();
  const letter = c.charAt(0);
  const second = c.charAt(1);
  let n: number | undefined;
  if (letter === 'D') n = second <= '4' ? 2 : 3;
  else if (letter === 'H') n = second <= '5' ? 7 : 8;
  else {
    const byLetter: Record<string, number> = {
      A: 1, B: 1, C: 2, E: 4, F: 5, G: 6, I: 9, J: 10, K: 11, L: 12, M: 13, N: 14, O: 15, P: 16,
      Q: 17, R: 18, S: 19, T: 19, U: 22, V: 20, W: 20, X: 20, Y: 20, Z: 21,
    };
    n = byLetter[letter];
  }
  return n === undefined ? undefined : ICD_CHAPTERS.find((ch) => ch.number === n);
}
