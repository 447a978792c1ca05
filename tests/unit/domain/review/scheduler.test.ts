import { describe, expect, test } from 'vitest';
import { formatInterval, newCardState, previewIntervals, rateCard } from '../../../../src/domain/review/scheduler.ts';
import { buildReviewQueue } from '../../../../src/domain/review/review-queue.ts';
import { missedCards, type Flashcard } from '../../../../src/domain/review/flashcards.ts';
import { addAttempt } from '../../../../src/domain/progress/progress-ops.ts';
import { cardStateSchema, emptyProgress } from '../../../../src/domain/progress/progress-schema.ts';

const now = new Date('2026-11-20T15:00:00.000Z');

describe('FSRS scheduling', () => {
  test('a new card rated Good is due later than one rated Again, and Easy later still', () => {
    const again = rateCard(undefined, 'again', now);
    const good = rateCard(undefined, 'good', now);
    const easy = rateCard(undefined, 'easy', now);
    expect(good.due > again.due).toBe(true);
    expect(easy.due > good.due).toBe(true);
    expect(again.due > now.toISOString()).toBe(true);
  });

  test('a reviewed card rated Good again waits longer than its first interval', () => {
    const first = rateCard(rateCard(undefined, 'good', now), 'good', new Date(Date.parse(rateCard(undefined, 'good', now).due)));
    const second = rateCard(first, 'good', new Date(first.due));
    const gap = (s: { due: string; lastReview?: string | undefined }) => Date.parse(s.due) - Date.parse(s.lastReview ?? '');
    expect(gap(second)).toBeGreaterThan(gap(first));
  });

  test('scheduling is reproducible and its state survives JSON', () => {
    const a = rateCard(newCardState(now), 'hard', now);
    expect(rateCard(newCardState(now), 'hard', now)).toEqual(a);
    expect(cardStateSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  test('interval labels', () => {
    expect(formatInterval(60_000)).toBe('1 min');
    expect(formatInterval(10 * 60_000)).toBe('10 min');
    expect(formatInterval(3 * 86_400_000)).toBe('3 days');
    const preview = previewIntervals(undefined, now);
    expect(preview.again).toMatch(/min/);
  });
});

const card = (id: string): Flashcard => ({ id, deck: 'glossary', front: `front ${id}`, back: `back ${id}` });

describe('review queue', () => {
  test('counts new, learning and due cards and orders learning, due, then new', () => {
    const catalog = ['a', 'b', 'c', 'd', 'e'].map(card);
    const yesterday = new Date('2026-11-19T15:00:00.000Z');
    const learning = rateCard(undefined, 'again', yesterday);
    let review = rateCard(undefined, 'good', new Date('2026-11-01T00:00:00Z'));
    review = rateCard(review, 'good', new Date(review.due));
    const notYet = rateCard(undefined, 'easy', now);
    expect(review.state).toBe(2);
    expect(review.due <= now.toISOString()).toBe(true);
    const queue = buildReviewQueue(catalog, { b: review, c: learning, d: notYet }, now, { newPerDay: 1 });
    expect(queue.cards.map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(queue.counts).toEqual({ new: 1, learning: 1, due: 1 });
    expect(queue.waiting).toBe(1);
  });

  test('new cards already started this session count against the daily limit', () => {
    const queue = buildReviewQueue(['a', 'b', 'c'].map(card), {}, now, { newPerDay: 2, newSeenToday: 1 });
    expect(queue.counts.new).toBe(1);
  });

  test('after Again the card comes back within the session (learn ahead) when nothing else is left', () => {
    const state = rateCard(undefined, 'again', now);
    const queue = buildReviewQueue([card('a')], { a: state }, now);
    expect(queue.cards.map((c) => c.id)).toEqual(['a']);
    expect(queue.counts.learning).toBe(1);
  });
});

describe('missed items become cards', () => {
  test('one card per missed item, newest first, answer and explanation on the back', () => {
    let p = emptyProgress(now);
    p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 0, total: 1, missed: [{ key: 'dx-1', prompt: 'First diagnosis?', answer: 'E11.42', explanation: 'Guidelines I.A.15' }] }, new Date('2026-10-01T00:00:00Z'));
    p = addAttempt(p, { exerciseId: 'e2', kind: 'claim', earned: 0, total: 1, missed: [{ key: 'pos', prompt: 'POS for a telehealth visit at home?', answer: '10' }] }, new Date('2026-10-02T00:00:00Z'));
    p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 0, total: 1, missed: [{ key: 'dx-1', prompt: 'First diagnosis?', answer: 'E11.42' }] }, new Date('2026-10-03T00:00:00Z'));
    const cards = missedCards(p);
    expect(cards.map((c) => c.id)).toEqual(['missed:e1:dx-1', 'missed:e2:pos']);
    expect(cards[0]?.back).toBe('E11.42');
  });
});
