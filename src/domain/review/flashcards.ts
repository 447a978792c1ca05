import type { AuthoredFlashcard } from './flashcard-schema.ts';
import type { Progress } from '../progress/progress-schema.ts';

/** Decks a card can come from; `missed` are the learner's own mistakes. */
export type DeckId = 'missed' | 'conventions' | 'terminology' | 'glossary' | 'modifiers' | 'place-of-service';

/** A review card as shown: front, back and where the back comes from. */
export interface Flashcard {
  /** `<deck>:<key>`; review history is stored under it. */
  id: string;
  deck: DeckId;
  front: string;
  back: string;
  cite?: string;
}

/** Deck names for headings and counts. */
export const deckLabels: Record<DeckId, string> = {
  missed: 'Your missed items',
  conventions: 'Code-set conventions',
  terminology: 'Medical terminology word parts',
  glossary: 'Glossary',
  modifiers: 'Modifiers',
  'place-of-service': 'Place of Service',
};

/** Glossary terms: the term (and abbreviation) on the front, the definition on the back. */
export function glossaryCards(terms: { id: string; term: string; definition: string; abbreviation?: string | undefined }[]): Flashcard[] {
  return terms.map((t) => ({
    id: `glossary:${t.id}`,
    deck: 'glossary',
    front: `What is "${t.term}"${t.abbreviation ? ` (${t.abbreviation})` : ''}?`,
    back: t.definition,
  }));
}

/** CPT modifiers (our own summaries) and HCPCS Level II modifiers (CMS long descriptions). */
export function modifierCards(modifiers: { code: string; summary: string; system: 'cpt' | 'hcpcs' }[]): Flashcard[] {
  return modifiers.map((m) => ({
    id: `modifiers:${m.code}`,
    deck: 'modifiers',
    front: `What does ${m.system === 'cpt' ? 'CPT' : 'HCPCS'} modifier ${m.code} mean?`,
    back: m.summary,
    cite: m.system === 'cpt' ? 'ClaimLab summary (not AMA text)' : 'CMS HCPCS Level II file',
  }));
}

/** Place of Service codes: the two digits on the front, the setting on the back. */
export function placeOfServiceCards(codes: { code: string; name: string }[]): Flashcard[] {
  return codes.map((p) => ({
    id: `place-of-service:${p.code}`,
    deck: 'place-of-service',
    front: `Which setting is Place of Service ${p.code}?`,
    back: p.name,
    cite: 'CMS Place of Service code set',
  }));
}

/** Authored cards of one deck file. */
export function authoredCards(deck: DeckId, cards: AuthoredFlashcard[]): Flashcard[] {
  return cards.map((c) => ({ id: `${deck}:${c.id}`, deck, front: c.front, back: c.back, ...(c.cite ? { cite: c.cite } : {}) }));
}

/**
 * One card per item the learner missed, newest wording wins when an item was missed again.
 * Newest misses first, since they are the freshest gaps.
 */
export function missedCards(progress: Progress): Flashcard[] {
  const cards = new Map<string, Flashcard>();
  for (const attempt of progress.attempts) {
    for (const item of attempt.missed) {
      const id = `missed:${attempt.exerciseId}:${item.key}`;
      cards.delete(id);
      cards.set(id, {
        id,
        deck: 'missed',
        front: item.prompt,
        back: item.explanation ? `${item.answer}. ${item.explanation}` : item.answer,
        cite: `From your attempt at ${attempt.exerciseId}`,
      });
    }
  }
  return [...cards.values()].reverse();
}
