import { expect, it } from 'vitest';
import { largest } from '../../../scripts/bench/grading.ts';

it('picks the largest item by size, then by file size, then by id', () => {
  const items = [
    { id: 'b', bytes: 10, value: 4 },
    { id: 'a', bytes: 10, value: 4 },
    { id: 'c', bytes: 99, value: 3 },
    { id: 'd', bytes: 20, value: 4 },
  ];
  expect(largest(items, (v) => v)?.id).toBe('d');
  expect(largest(items.filter((i) => i.id !== 'd'), (v) => v)?.id).toBe('a');
  expect(largest([], (v: number) => v)).toBeUndefined();
});
