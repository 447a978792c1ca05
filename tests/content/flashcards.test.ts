import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { authoredDeckSchema } from '../../src/domain/review/flashcard-schema.ts';
import { authoredCards, deckLabels, type DeckId } from '../../src/domain/review/flashcards.ts';

const dir = 'content/flashcards';
const decks = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('authored flashcard decks', () => {
  test.each(decks)('%s parses, has unique ids and is a deck the review page knows', (file) => {
    const cards = authoredDeckSchema.parse(parseYaml(readFileSync(join(dir, file), 'utf8')));
    const ids = cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const deck = file.replace(/\.yaml$/, '') as DeckId;
    expect(Object.keys(deckLabels)).toContain(deck);
    const shown = authoredCards(deck, cards);
    expect(shown.every((c) => c.id.startsWith(`${deck}:`) && c.front !== c.back)).toBe(true);
  });

  test('the terminology deck covers the word parts the lesson teaches', () => {
    const cards = authoredDeckSchema.parse(parseYaml(readFileSync(join(dir, 'terminology.yaml'), 'utf8')));
    const fronts = cards.map((c) => c.front).join(' ');
    for (const part of ['-ectomy', '-otomy', '-ostomy', '-plasty', '-rrhaphy', '-scopy', '-centesis', 'hyper-', 'hypo-']) expect(fronts).toContain(part);
    expect(cards.length).toBeGreaterThanOrEqual(40);
  });
});
