import { describe, expect, test } from 'vitest';
import { lessonHref, lessonPlaces, lessonSlug, orderCourse } from '../../../../src/domain/content/course-order.ts';

const modules = [
  { id: 'billing', title: 'Billing', order: 2 },
  { id: 'basics', title: 'Basics', order: 1 },
];
const lessons = [
  { id: 'billing/claims', title: 'Claims', module: 'billing', order: 1 },
  { id: 'basics/two', title: 'Two', module: 'basics', order: 2 },
  { id: 'basics/one', title: 'One', module: 'basics', order: 1 },
  { id: 'basics/wip', title: 'Work in progress', module: 'basics', order: 3, draft: true },
];

describe('course order', () => {
  test('modules and lessons follow their order fields, drafts left out', () => {
    const course = orderCourse(modules, lessons);
    expect(course.map((c) => [c.module.id, c.lessons.map((l) => l.id)])).toEqual([
      ['basics', ['basics/one', 'basics/two']],
      ['billing', ['billing/claims']],
    ]);
  });

  test('drafts appear when asked (development preview)', () => {
    const course = orderCourse(modules, lessons, { includeDrafts: true });
    expect(course[0]?.lessons.map((l) => l.id)).toContain('basics/wip');
  });

  test('previous and next cross module boundaries; the ends have none', () => {
    const places = lessonPlaces(modules, lessons);
    expect(places.map((p) => [p.previous?.id, p.lesson.id, p.next?.id, p.position])).toEqual([
      [undefined, 'basics/one', 'basics/two', 1],
      ['basics/one', 'basics/two', 'billing/claims', 2],
      ['basics/two', 'billing/claims', undefined, 3],
    ]);
  });

  test('lesson URLs', () => {
    expect(lessonHref({ id: 'basics/one' })).toBe('/learn/basics/one/');
    expect(lessonSlug({ id: 'basics/one' })).toBe('one');
  });
});
