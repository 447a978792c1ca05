/**
 * Canonical form of a typed answer: trimmed, lower case, runs of white space collapsed to one
 * space, and one trailing period dropped (learners end sentences with one; codes never do).
 * Inner periods are kept, so "E11.9" and "E119" stay different answers.
 */
export function normalizeFillAnswer(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase();
}
