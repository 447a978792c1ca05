/**
 * /search-index.json: the site search index, built once at build time. The browser downloads it
 * only when the search dialog opens (src/components/search/SiteSearch.tsx).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadCourse } from '../lib/course.ts';
import { lessonHref } from '../domain/content/course-order.ts';
import { excerpt, mdxHeadings, mdxToText } from '../domain/search/extract-text.ts';
import { buildSearchIndex } from '../domain/search/site-index.ts';
import type { SearchSource } from '../domain/search/types.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { places } = await loadCourse();
  const lessons: SearchSource[] = places.map(({ lesson }) => {
    const body = lesson.entry.body ?? '';
    return {
      type: 'lesson',
      url: lessonHref(lesson),
      title: lesson.title,
      excerpt: excerpt(lesson.description),
      headings: mdxHeadings(body).join(' '),
      body: [mdxToText(body), ...lesson.objectives, ...lesson.summary].join(' '),
    };
  });
  const glossary: SearchSource[] = (await getCollection('glossary')).map((t) => ({
    type: 'glossary',
    url: `/glossary/${t.id}/`,
    title: t.data.abbreviation === undefined ? t.data.term : `${t.data.term} (${t.data.abbreviation})`,
    excerpt: excerpt(t.data.definition),
    headings: '',
    // The definition is already indexed as the excerpt.
    body: '',
  }));
  // Titles, summaries and topics only: answer keys and explanations must not leak into search.
  const coding: SearchSource[] = (await getCollection('codingExercises')).map((e) => ({
    type: 'exercise',
    url: `/exercises/${e.id}/`,
    title: e.data.title,
    excerpt: excerpt(e.data.summary),
    headings: '',
    body: e.data.topics.map((t) => t.replaceAll('-', ' ')).join(' '),
  }));
  const claims: SearchSource[] = (await getCollection('claimExercises')).map((e) => ({
    type: 'exercise',
    url: `/claims/${e.id}/`,
    title: e.data.title,
    excerpt: excerpt(e.data.summary),
    headings: '',
    body: 'claim CMS-1500',
  }));
  const em: SearchSource[] = (await getCollection('emExercises')).map((e) => ({
    type: 'exercise',
    url: `/exercises/em/${e.id}/`,
    title: e.data.title,
    excerpt: excerpt(e.data.summary),
    headings: '',
    body: `E/M levelling ${e.data.topics.map((t) => t.replaceAll('-', ' ')).join(' ')}`,
  }));
  const records: SearchSource[] = (await getCollection('recordExercises')).map((e) => ({
    type: 'exercise',
    url: `/records/${e.id}/`,
    title: e.data.title,
    excerpt: excerpt(e.data.summary),
    headings: '',
    body: `record review ${e.data.topics.map((t) => t.replaceAll('-', ' ')).join(' ')}`,
  }));
  const file = buildSearchIndex([...lessons, ...glossary, ...coding, ...claims, ...em, ...records]);
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
