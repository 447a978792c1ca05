/**
 * Free text (names, addresses, notes) into an X12 element: the one kind of value a writer repairs
 * instead of refusing. Shared by the 837P export, the 835 and the 277CA, so a name the 837P export
 * transliterates comes back the same way in the payer's answers.
 */

/**
 * Latin letters Unicode does not decompose into a base letter and an accent (NFKD leaves them
 * whole), spelled as English-language systems spell them: without this, "Søren" would lose its ø.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = { Æ: 'AE', Ø: 'O', Œ: 'OE', Ł: 'L', Đ: 'D', Ð: 'D', Þ: 'TH', Ħ: 'H', Ŧ: 'T', Ŋ: 'N', Ŀ: 'L' };

/**
 * Upper case first (so ß is SS, as the 837P writer's upper-casing spells it), compatibility forms
 * (full-width letters, ligatures) to their plain form, accents dropped, the letters above spelled
 * out, line breaks and tabs made spaces (as the 837P writer makes them), other invisible and
 * control characters removed, anything else outside the X12 extended character
 * set (the delimiters * ~ : ^ included) replaced by a space.
 */
export function transliterate(value: string): string {
  return value
    .toUpperCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ÆØŒŁĐÐÞĦŦŊĿ]/g, (c) => UNDECOMPOSED[c] ?? ' ')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/[^A-Za-z0-9 !"&'()+,\-./;?=%@[\]_{}\\|<>#$]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Transliterated and cut to the element's maximum length (`max` from the layout table). */
export function x12FreeText(value: string | undefined, max: number): string {
  return transliterate(value ?? '').slice(0, max).trim();
}
