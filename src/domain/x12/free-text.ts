/**
 * Free text (names, addresses, notes) into an X12 element: the one kind of value a writer repairs
 * instead of refusing. Shared by the 837P export, the 835 and the 277CA, so a name the 837P export
 * transliterates comes back the same way in the payer's answers.
 */

/**
 * Compatibility forms (full-width letters) to their plain form, accents dropped, invisible and
 * control characters removed, anything else outside the X12 extended character set (the
 * delimiters * ~ : ^ included) replaced by a space; upper case.
 */
export function transliterate(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/[^A-Za-z0-9 !"&'()+,\-./;?=%@[\]_{}\\|<>#$]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/** Transliterated and cut to the element's maximum length (`max` from the layout table). */
export function x12FreeText(value: string | undefined, max: number): string {
  return transliterate(value ?? '').slice(0, max).trim();
}
