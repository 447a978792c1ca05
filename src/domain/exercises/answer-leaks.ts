/**
 * What of an answer key must not appear in text a student reads before the answer is revealed
 * (titles, summaries, slugs, hints), and a finder for it. Pure: content tests, the hint wording
 * and the review-card prompts share it, so "gives the answer away" means one thing everywhere.
 */

/** The parts of an exercise the leak check needs (a coding exercise satisfies it). */
export interface AnswerKeyParts {
  answer: {
    diagnoses: readonly { code: string }[];
    lines?: readonly { code: string; modifiers?: readonly string[] | undefined }[] | undefined;
  };
  alternates?: readonly { code: string }[] | undefined;
}

/** One piece of the key and how it would show up in prose. */
export interface AnswerToken {
  /** The text as written in the key, e.g. "E11.22", "N18", "LT", "modifier 25". */
  token: string;
  /** Matches the token where it stands on its own in prose. */
  pattern: RegExp;
}

/** A key fragment found in a text. */
export interface AnswerLeak {
  /** The key fragment that was found. */
  token: string;
  /** Where it starts in the text. */
  index: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A code or code prefix standing alone: not glued to more code characters. "S93" inside
 * "S93.41-" is a different subcategory, so a prefix only counts when no dot or code character
 * follows it; "N18 stage" and "M67.A-" count.
 */
function standalone(token: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9.])${escape(token)}(?![A-Za-z0-9]|\\.[A-Za-z0-9])`, 'g');
}

/**
 * Every key fragment a summary or hint must not contain: each key and alternate code (dotted
 * and dotless), the category and subcategory prefixes of ICD-10-CM key codes (an "N18 stage
 * code" gives the answer away), and the modifiers on key lines (letters as words, digits only
 * next to the word "modifier"). Codes in `except` (the student's own) are left out.
 */
export function answerTokens(exercise: AnswerKeyParts, options: { except?: Iterable<string> } = {}): AnswerToken[] {
  const out = new Map<string, RegExp>();
  // Codes the student entered are theirs to read; the key's modifiers always stay hidden.
  const except = new Set(options.except ?? []);
  const icd = [...exercise.answer.diagnoses.map((d) => d.code), ...(exercise.alternates ?? []).map((a) => a.code).filter((c) => c.includes('.'))].filter((c) => !except.has(c));
  for (const code of icd) {
    out.set(code, standalone(code));
    const dotless = code.replace('.', '');
    if (dotless !== code) out.set(dotless, standalone(dotless));
    const [category = '', rest = ''] = code.split('.');
    out.set(category, standalone(category));
    for (let i = 1; i < rest.length; i += 1) {
      const prefix = `${category}.${rest.slice(0, i)}`;
      out.set(prefix, standalone(prefix));
    }
  }
  const lines = exercise.answer.lines ?? [];
  for (const code of [...lines.map((l) => l.code), ...(exercise.alternates ?? []).map((a) => a.code).filter((c) => !c.includes('.'))].filter((c) => !except.has(c))) {
    out.set(code, standalone(code));
  }
  for (const m of new Set(lines.flatMap((l) => l.modifiers ?? []))) {
    if (/^\d+$/.test(m)) out.set(`modifier ${m}`, new RegExp(`\\bmodifiers?\\s+${m}\\b|\\b${m}\\s+modifier\\b`, 'gi'));
    else out.set(m, new RegExp(`(?<![A-Za-z0-9-])${escape(m)}(?![A-Za-z0-9-])`, 'g'));
  }
  return [...out].map(([token, pattern]) => ({ token, pattern }));
}

/** Key fragments found in `text`, in text order. */
export function findAnswerLeaks(text: string, tokens: readonly AnswerToken[]): AnswerLeak[] {
  const found: AnswerLeak[] = [];
  for (const { token, pattern } of tokens) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) found.push({ token, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** True when `text` contains any fragment of the key. */
export function mentionsAnswer(text: string, tokens: readonly AnswerToken[]): boolean {
  return findAnswerLeaks(text, tokens).length > 0;
}

/**
 * The text with every key fragment replaced by "…" (a trailing "-" of a prefix goes too), so
 * an exercise's own feedback can still teach before the reveal without naming the code.
 */
export function maskAnswer(text: string, tokens: readonly AnswerToken[]): string {
  let out = text;
  // Longest first, so "E11.22" is masked whole rather than leaving "…22".
  for (const { pattern } of [...tokens].sort((a, b) => b.token.length - a.token.length)) {
    out = out.replace(new RegExp(`${pattern.source}-?`, pattern.flags), '…');
  }
  return out;
}
