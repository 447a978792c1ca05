import { mentionsAnswer, type AnswerToken } from '../exercises/answer-leaks.ts';
import { lookHint } from '../exercises/hint-finding.ts';
import { noteParagraphs } from '../exercises/note-paragraphs.ts';

/**
 * The front of a review card for one key code the learner missed: the finding in the case note
 * that leads to the code, and what kind of code to give. Each card from one case asks its own
 * question, and no front gives its answer away.
 */

/** What the prompt is built from. */
export interface MissedCardInput {
  /** Exercise title, to place the card. */
  title: string;
  /** The case note the learner coded from. */
  note: string;
  /** Diagnosis or CPT/HCPCS line. */
  kind: 'diagnosis' | 'line';
  /** The key code the card is about. */
  expected: string;
  /** Its official title (or ClaimLab's CPT wording), when known. */
  expectedTitle?: string | undefined;
  /** The key's reasoning for the code. */
  why?: string | undefined;
  /** Key fragments that must not appear on the front (answer-leaks.ts). */
  tokens: readonly AnswerToken[];
}

const STOP = new Set(['with', 'without', 'other', 'unspecified', 'specified', 'encounter', 'initial', 'subsequent', 'code', 'codes', 'index', 'from', 'that', 'this', 'when', 'than', 'which', 'type', 'for', 'the', 'and', 'not', 'elsewhere', 'classified', 'patient', 'documented', 'documentation']);

/** Word stems (first five letters) of the meaningful words in a text, codes left out. */
function stems(text: string): Set<string> {
  const words = text.toLowerCase().replace(/\b[a-z]\d[0-9a-z.]*-?/g, ' ').match(/[a-z]{4,}/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));
}

/** Sentences of the note, labels such as "Assessment:" kept (they help place the finding). */
function sentences(note: string): string[] {
  return noteParagraphs(note)
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The sentence of the note that shares the most words with the code's title and reasoning. */
export function noteFinding(note: string, clues: readonly string[], tokens: readonly AnswerToken[]): string | undefined {
  const want = stems(clues.join(' '));
  let best: { text: string; score: number } | undefined;
  for (const s of sentences(note)) {
    if (mentionsAnswer(s, tokens)) continue;
    const have = stems(s);
    let score = 0;
    for (const w of have) if (want.has(w)) score += 1;
    if (score > 0 && (best === undefined || score > best.score)) best = { text: s, score };
  }
  if (best === undefined) return undefined;
  return best.text.length > 220 ? `${best.text.slice(0, 217)}…` : best.text;
}

/** The card's front: one answerable question about one finding. At most 600 characters. */
export function missedCardPrompt(input: MissedCardInput): string {
  const finding = noteFinding(input.note, [input.expectedTitle ?? '', input.why ?? ''], input.tokens);
  const hint = lookHint(input.expected, { tokens: input.tokens, whyFor: new Map() });
  const what = input.kind === 'diagnosis' ? `Which ICD-10-CM code (${hint.kind}) does it lead to?` : `Which ${/^\d/.test(input.expected) ? 'CPT' : 'HCPCS Level II'} line, with its modifiers and units, does it lead to?`;
  const lead = finding === undefined ? `In the case "${input.title}", the documentation supports one more code.` : `Case "${input.title}". The note says: "${finding}"`;
  return `${lead} ${what}`.slice(0, 600);
}
