import { expect, it } from 'vitest';
import { feedbackMode, MAX_TRIES, triesLeft } from '../../../../src/domain/exercises/reveal.ts';

it('hides the key on the tries before the last one', () => {
  expect(feedbackMode({ tries: 1, requested: false, earned: 3, total: 8 })).toBe('hint');
  expect(feedbackMode({ tries: MAX_TRIES - 1, requested: false, earned: 0, total: 8 })).toBe('hint');
});
it('opens the key on request, after the last try, or at full marks', () => {
  expect(feedbackMode({ tries: 1, requested: true, earned: 0, total: 8 })).toBe('full');
  expect(feedbackMode({ tries: MAX_TRIES, requested: false, earned: 0, total: 8 })).toBe('full');
  expect(feedbackMode({ tries: 1, requested: false, earned: 8, total: 8 })).toBe('full');
});
it('counts the tries left', () => {
  expect(triesLeft(1)).toBe(MAX_TRIES - 1);
  expect(triesLeft(MAX_TRIES + 2)).toBe(0);
});
