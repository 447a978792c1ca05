/**
 * Shape checks for wording that follows AMA CPT descriptor conventions, without holding any
 * descriptor text. The fingerprint check (descriptor-fingerprint.ts) catches copies of wording
 * we know about; these heuristics catch new text written in the descriptor's style: its
 * example lists, its add-on and "with or without" clauses, and its "Noun, qualifier, qualifier;"
 * head. ClaimLab's explanations are sentences a student would say, so they never need these.
 */

/** One rule: a pattern and what to tell the author when it matches. */
export interface ShapeRule {
  id: string;
  pattern: RegExp;
  fix: string;
}

/**
 * AMA descriptor formatting that has no place anywhere in our content (lessons, exercises, exam
 * items, quizzes, source): it only appears when descriptor text is pasted in.
 */
export const FORMAT_RULES: readonly ShapeRule[] = [
  { id: '(eg, ...) example list', pattern: /\((?:eg|ie),/i, fix: 'write "for example" or "such as" in a sentence of your own' },
  { id: '"; each additional" clause', pattern: /;\s*each additional\b/i, fix: 'say "every further ..." or "one unit per ..."' },
  { id: '"or part thereof"', pattern: /\bor part thereof\b/i, fix: 'say "a part counts as a whole unit"' },
  { id: '"(separate procedure)" tag', pattern: /\(separate procedure\)/i, fix: 'write "(CPT marks it a separate procedure)"' },
  { id: 'add-on instruction in descriptor wording', pattern: /\blist separately in addition to\b/i, fix: 'say "add-on: reported with its primary code"' },
];

/**
 * Stricter rules for the one-line explanations of CPT numbers and CPT modifiers
 * (content/cpt/codes.yaml, content/cpt/modifiers.yaml): the phrases above plus the connective
 * phrases and clause structure typical of descriptors.
 */
export const SUMMARY_RULES: readonly ShapeRule[] = [
  ...FORMAT_RULES,
  { id: '"eg" / "e.g." / "ie"', pattern: /\b(?:eg|ie)\b|\be\.g\.|\bi\.e\./i, fix: 'write "for example" or "such as"' },
  { id: '"with or without"', pattern: /\bwith or without\b/i, fix: 'say what the code includes: "... does not change the code" or "... is part of it"' },
  { id: '"and/or"', pattern: /\band\/or\b/i, fix: 'say "X, Y or both"' },
  { id: '"each additional"', pattern: /\beach additional\b/i, fix: 'say "every further ..." or "one more ..., one unit per ..."' },
  { id: '"when performed"', pattern: /\bwhen performed\b/i, fix: 'say "if done, it is part of the code"' },
  { id: '"per day"', pattern: /\bper day\b/i, fix: 'say "once for the date" or "each hospital day"' },
  { id: '"not otherwise specified"', pattern: /\bnot otherwise specified\b/i, fix: 'say "when no more specific code applies"' },
  { id: '"qualified health care professional"', pattern: /\bqualified health care professional\b/i, fix: 'say "another qualified clinician"' },
  { id: 'trailing "; a separate procedure"', pattern: /[;,]\s*(?:a )?separate procedure\.?$/i, fix: 'write "(CPT marks it a separate procedure)"' },
  // The head rules skip a leading gerund with a word after it ("Removing by freezing, ...") and a
  // leading article: both start an ordinary sentence, not a descriptor's "Noun, qualifier" head.
  {
    id: 'descriptor head "Noun, qualifier, ..." or "Noun, qualifier; ..."',
    pattern: /^(?!\w+ing |(?:A|An|The)\b)[A-Z][\w-]*(?: [\w-]+){0,2}, [\w /-]{1,30}[,;]/,
    fix: 'start with what is done, as a sentence ("Scope surgery on the knee that ...")',
  },
  {
    id: 'descriptor head "Noun, with ..."',
    pattern: /^(?!\w+ing |(?:A|An|The)\b)[A-Z][\w-]*(?: [\w-]+){0,2}, (?:with|without|including|each|initial|single|first|diagnostic|surgical)\b/,
    fix: 'start with what is done, as a sentence',
  },
  { id: 'stacked "X, with A, with B" clauses', pattern: /, with\b[^.;()]*, with\b/i, fix: 'split into a sentence and a "... is part of it" note' },
  { id: 'three or more semicolon-separated clauses', pattern: /;[^;]*;/, fix: 'use at most two clauses, one semicolon' },
];

/** Rules that `text` breaks, each with its fix. */
export function shapeProblems(text: string, rules: readonly ShapeRule[]): string[] {
  return rules.filter((r) => r.pattern.test(text)).map((r) => `${r.id} (fix: ${r.fix})`);
}
