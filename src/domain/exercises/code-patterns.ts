/**
 * Shapes of the codes an exercise holds. Kept free of zod so the grader, which runs in the
 * browser, does not pull the schema library into the exercise page.
 */

/** ICD-10-CM codes are authored dotted and upper case so keys read like the code book. */
export const icdCodePattern = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
/** CPT numbers: five digits, or four digits plus F (Category II), T (Category III) or U (PLA). */
export const cptCodePattern = /^[0-9]{4}[0-9FTU]$/;
/** HCPCS Level II: one letter A-V and four digits. */
export const hcpcsCodePattern = /^[A-V][0-9]{4}$/;
/** Modifiers are two characters (CPT 25, 59; HCPCS LT, XS). */
export const modifierPattern = /^[0-9A-Z]{2}$/;
/** Guideline section references such as I.C.4.a.3 or IV.G. */
export const guidelineRefPattern = /^(?:I|II|III|IV)(?:\.[A-Za-z0-9]{1,3})*$/;
