import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardState } from '../progress/progress-schema.ts';

/**
 * Spaced repetition with FSRS (ts-fsrs). Card states are stored as plain JSON (CardState) and
 * converted at the edge; every function takes `now` so scheduling is reproducible in tests.
 */

/** The four answers a learner gives, in key order 1-4. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

const grades: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// Fuzz off: the same review on the same day must give the same due date (tests, and two tabs).
const scheduler = fsrs({ enable_fuzz: false });

function toCard(state: CardState): Card {
  const card: Card = {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
  };
  if (state.lastReview) card.last_review = new Date(state.lastReview);
  return card;
}

function fromCard(card: Card): CardState {
  const state: CardState = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState['state'],
  };
  if (card.last_review) state.lastReview = card.last_review.toISOString();
  return state;
}

/** State of a card never reviewed, due `now`. */
export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

/** The card's state after the learner rates it at `now` (a new card when `state` is undefined). */
export function rateCard(state: CardState | undefined, rating: ReviewRating, now: Date): CardState {
  return fromCard(scheduler.next(toCard(state ?? newCardState(now)), now, grades[rating]).card);
}

/** Human-readable interval each rating would give, for the answer buttons ("10 min", "3 days"). */
export function previewIntervals(state: CardState | undefined, now: Date): Record<ReviewRating, string> {
  const preview = scheduler.repeat(toCard(state ?? newCardState(now)), now);
  const out = {} as Record<ReviewRating, string>;
  for (const rating of RATINGS) out[rating] = formatInterval(preview[grades[rating]].card.due.getTime() - now.getTime());
  return out;
}

/** "1 min", "10 min", "5 h", "3 days", "2 mo". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30);
  if (months < 12) return `${months} mo`;
  return `${Math.round(days / 365)} yr`;
}
