import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import Quiz from '../../../../src/components/quiz/Quiz.tsx';
import { quizSchema } from '../../../../src/domain/quiz/quiz-schema.ts';
import { sampleQuiz } from './fixtures.ts';

/** Server-rendered markup is what a learner gets before hydration, so it must already be accessible. */
function render(quiz: typeof sampleQuiz): string {
  return renderToStaticMarkup(createElement(Quiz, { quiz }));
}

const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

describe('Quiz island (server render)', () => {
  const html = render(sampleQuiz);

  it('renders the title, one check button and one status region per question', () => {
    expect(html).toContain('Check your understanding');
    expect(count(html, />Check answer</g)).toBe(sampleQuiz.questions.length);
    expect(count(html, /role="status"/g)).toBe(sampleQuiz.questions.length);
  });

  it('uses native controls: radios for single, check boxes for multiple, selects for sort and match, a text box for fill', () => {
    expect(count(html, /type="radio"/g)).toBe(3);
    expect(count(html, /type="checkbox"/g)).toBe(4);
    expect(count(html, /<select/g)).toBe(3 + 3);
    expect(count(html, /type="text"/g)).toBe(1);
    expect(count(html, /<fieldset/g)).toBe(4);
    expect(count(html, /<legend/g)).toBe(4);
  });

  it('gives every control a label', () => {
    const ids = [...html.matchAll(/<(?:input|select)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(3 + 4 + 6 + 1);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
  });

  it('makes sort items draggable and offers the right sides of a match in a shuffled order', () => {
    expect(count(html, /draggable="true"/g)).toBe(3);
    const select = /<select id="coding-vs-billing-q4-p1"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    const order = [...select.matchAll(/value="(p\d)"/g)].map((m) => m[1]);
    expect([...order].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(order).not.toEqual(['p1', 'p2', 'p3']);
  });

  it('renders every authored quiz without throwing', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'quizzes');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const parsed = quizSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) continue; // schema errors are reported by tests/content/quizzes.test.ts
      expect(render(parsed.data)).toContain(parsed.data.title);
    }
  });
});
