import { useEffect, useMemo, useRef, useState } from 'react';
import { deckLabels, missedCards, type DeckId, type Flashcard } from '../../domain/review/flashcards.ts';
import { buildReviewQueue } from '../../domain/review/review-queue.ts';
import { RATINGS, previewIntervals, rateCard, type ReviewRating } from '../../domain/review/scheduler.ts';
import { recordCardReview } from '../../stores/progress.ts';
import { useProgress } from '../progress/use-progress.ts';
import './review.css';

export interface ReviewProps {
  /** Built-in cards (conventions, glossary, modifiers, Place of Service), from the page at build time. */
  catalog: Flashcard[];
}

const ratingLabels: Record<ReviewRating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const deckOrder: DeckId[] = ['missed', 'conventions', 'terminology', 'modifiers', 'place-of-service', 'glossary'];

/**
 * Daily spaced-repetition session. Keyboard first: Space (or Enter) shows the answer, 1-4 rate
 * it; every change is announced in the status region.
 */
export default function Review({ catalog }: ReviewProps) {
  const progress = useProgress();
  const [decks, setDecks] = useState<Set<DeckId>>(() => new Set(deckOrder));
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [newSeen, setNewSeen] = useState(0);
  const [reviewedCount, setReviewedCount] = useState(0);
  // Clock for the queue; advanced after each rating so learning steps come back in the session.
  const [now, setNow] = useState(() => new Date());
  const cardRef = useRef<HTMLDivElement>(null);

  const fullCatalog = useMemo(() => (progress ? [...missedCards(progress), ...catalog] : catalog), [progress, catalog]);
  const deckCounts = useMemo(() => {
    const counts = new Map<DeckId, number>();
    for (const c of fullCatalog) counts.set(c.deck, (counts.get(c.deck) ?? 0) + 1);
    return counts;
  }, [fullCatalog]);
  const queue = useMemo(
    () => buildReviewQueue(fullCatalog.filter((c) => decks.has(c.deck)), progress?.cards ?? {}, now, { newSeenToday: newSeen }),
    [fullCatalog, decks, progress, now, newSeen],
  );
  const card = queue.cards[0];
  const state = card ? progress?.cards[card.id] : undefined;
  const intervals = card ? previewIntervals(state, now) : undefined;

  function show(): void {
    if (!card || revealed) return;
    setRevealed(true);
    setAnnouncement(`Answer: ${card.back}`);
    // "Show answer" goes away with the reveal: keep focus on the card (as rating does), not the page.
    cardRef.current?.focus();
  }

  function rate(rating: ReviewRating): void {
    if (!card || !revealed) return;
    const at = new Date();
    const next = rateCard(state, rating, at);
    if (!state || state.state === 0) setNewSeen((n) => n + 1);
    recordCardReview(card.id, next);
    setReviewedCount((n) => n + 1);
    setRevealed(false);
    setNow(at);
    setAnnouncement(`Rated ${ratingLabels[rating]}. Next review in ${intervals?.[rating] ?? 'a while'}.`);
    cardRef.current?.focus();
  }

  // Latest handlers for the document-level key listener without re-binding on every render.
  const keys = useRef({ show, rate });
  keys.current = { show, rate };
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (target && (target.closest('input, textarea, select, [contenteditable="true"]') || (target.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')))) return;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        keys.current.show();
      } else if (['1', '2', '3', '4'].includes(event.key)) {
        const rating = RATINGS[Number(event.key) - 1];
        if (rating) keys.current.rate(rating);
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function toggleDeck(deck: DeckId): void {
    setDecks((current) => {
      const next = new Set(current);
      if (next.has(deck)) next.delete(deck);
      else next.add(deck);
      return next;
    });
    setRevealed(false);
  }

  if (!progress) return <p className="muted">Loading your review queue…</p>;

  return (
    <div className="review">
      <fieldset className="review__decks">
        <legend>Decks</legend>
        {deckOrder.map((deck) => (
          <label key={deck}>
            <input type="checkbox" checked={decks.has(deck)} onChange={() => toggleDeck(deck)} /> {deckLabels[deck]} ({deckCounts.get(deck) ?? 0})
          </label>
        ))}
      </fieldset>

      <dl className="review__counts" aria-label="Today's queue">
        <div><dt>New</dt><dd data-count="new">{queue.counts.new}</dd></div>
        <div><dt>Learning</dt><dd data-count="learning">{queue.counts.learning}</dd></div>
        <div><dt>Due</dt><dd data-count="due">{queue.counts.due}</dd></div>
      </dl>

      {card ? (
        <div className="card review__card" ref={cardRef} tabIndex={-1} aria-labelledby="review-front" data-card-id={card.id}>
          <p className="review__deck muted">{deckLabels[card.deck]}</p>
          <p id="review-front" className="review__front">{card.front}</p>
          {revealed ? (
            <>
              <p className="review__back" data-review-answer>{card.back}</p>
              {card.cite && <p className="muted review__cite">{card.cite}</p>}
              <div className="review__ratings" role="group" aria-label="How well did you remember?">
                {RATINGS.map((rating, i) => (
                  <button key={rating} type="button" className={rating === 'again' ? 'btn secondary' : 'btn'} onClick={() => rate(rating)} aria-keyshortcuts={String(i + 1)}>
                    <span>{ratingLabels[rating]}</span> <span className="review__interval">{intervals?.[rating]}</span>
                    <kbd aria-hidden="true">{i + 1}</kbd>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" className="btn" onClick={show} aria-keyshortcuts="Space">
              Show answer <kbd aria-hidden="true">Space</kbd>
            </button>
          )}
        </div>
      ) : (
        <div className="card review__done">
          <p>
            {reviewedCount > 0 ? `Done for now: ${reviewedCount} ${reviewedCount === 1 ? 'card' : 'cards'} reviewed.` : 'Nothing to review right now.'}{' '}
            {queue.waiting > 0 && `${queue.waiting} ${queue.waiting === 1 ? 'card is' : 'cards are'} scheduled for later.`}
          </p>
          <p className="muted">Cards you miss in exercises and quizzes are added here automatically.</p>
        </div>
      )}

      <p role="status" className="review__status" data-review-status>{announcement}</p>
      <p className="muted review__help">Keys: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.</p>
    </div>
  );
}
