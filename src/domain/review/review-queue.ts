import type { CardState } from '../progress/progress-schema.ts';
import type { Flashcard } from './flashcards.ts';

/** Counts shown above the review card, Anki style. */
export interface QueueCounts {
  /** Never-reviewed cards offered today. */
  new: number;
  /** Cards in (re)learning steps that are due. */
  learning: number;
  /** Graduated cards whose review date has come. */
  due: number;
}

/** Today's queue and its counts. */
export interface ReviewQueue {
  cards: Flashcard[];
  counts: QueueCounts;
  /** Cards the learner has reviewed but that are not due yet (to say "come back later"). */
  waiting: number;
}

/** How many never-seen cards a day introduces, so a 500-card catalog does not flood a session. */
export const DEFAULT_NEW_PER_DAY = 20;

/** Learning cards due within this window are shown early when nothing else is left. */
const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * Builds the queue at `now`: due (re)learning cards first, then due review cards (oldest due
 * first), then up to `newPerDay` new cards in catalog order (the catalog lists missed items first).
 * `newSeenToday` is how many new cards the learner already started this session.
 */
export function buildReviewQueue(
  catalog: Flashcard[],
  states: Record<string, CardState>,
  now: Date,
  { newPerDay = DEFAULT_NEW_PER_DAY, newSeenToday = 0 }: { newPerDay?: number; newSeenToday?: number } = {},
): ReviewQueue {
  const nowIso = now.toISOString();
  const aheadIso = new Date(now.getTime() + LEARN_AHEAD_MS).toISOString();
  const learning: { card: Flashcard; due: string }[] = [];
  const review: { card: Flashcard; due: string }[] = [];
  const fresh: Flashcard[] = [];
  const aheadLearning: { card: Flashcard; due: string }[] = [];
  let waiting = 0;
  for (const card of catalog) {
    const state = states[card.id];
    if (!state || state.state === 0) {
      fresh.push(card);
      continue;
    }
    const isLearning = state.state === 1 || state.state === 3;
    if (state.due <= nowIso) (isLearning ? learning : review).push({ card, due: state.due });
    else if (isLearning && state.due <= aheadIso) aheadLearning.push({ card, due: state.due });
    else waiting += 1;
  }
  const byDue = (a: { due: string }, b: { due: string }): number => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  learning.sort(byDue);
  review.sort(byDue);
  aheadLearning.sort(byDue);
  const newCards = fresh.slice(0, Math.max(0, newPerDay - newSeenToday));
  let cards = [...learning, ...review].map((x) => x.card).concat(newCards);
  let learningCount = learning.length;
  if (cards.length === 0 && aheadLearning.length > 0) {
    cards = aheadLearning.map((x) => x.card);
    learningCount = aheadLearning.length;
  } else {
    waiting += aheadLearning.length;
  }
  return { cards, counts: { new: newCards.length, learning: learningCount, due: review.length }, waiting };
}

