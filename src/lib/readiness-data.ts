import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { coverageEntries, type CoverageEntry } from '../domain/blueprints/entries.ts';
import { topicMapSchema } from '../domain/blueprints/topic-map-schema.ts';
import type { Blueprint } from '../domain/blueprints/blueprint-schema.ts';

const includeDrafts = import.meta.env.DEV;

/** Outlines in display order. */
export const OUTLINE_ORDER: Blueprint['id'][] = ['cpc', 'cbcs', 'cpb', 'cca'];

/**
 * Outlines and every countable piece of content with its one topic, from the collections and
 * content/blueprints/topic-map.yaml (build time). Content without a clear topic is left out
 * here; the coverage test and `npm run check:content` report it.
 */
export async function loadReadinessData(): Promise<{ blueprints: Blueprint[]; entries: CoverageEntry[] }> {
  const map = topicMapSchema.parse(parseYaml(readFileSync('./content/blueprints/topic-map.yaml', 'utf8')));
  const blueprints = (await getCollection('blueprints')).map((b) => b.data).sort((a, b) => OUTLINE_ORDER.indexOf(a.id) - OUTLINE_ORDER.indexOf(b.id));
  const { entries } = coverageEntries(
    {
      lessons: (await getCollection('lessons')).filter((l) => includeDrafts || !l.data.draft).map((l) => ({ ...l.data, id: l.id })),
      codingExercises: (await getCollection('codingExercises')).map((e) => e.data),
      claimExercises: (await getCollection('claimExercises')).map((e) => ({ ...e.data, id: e.id })),
      otherExercises: [
        ...(await getCollection('emExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'em' as const })),
        ...(await getCollection('postingExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'posting' as const })),
        ...(await getCollection('secondaryExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'secondary' as const })),
        ...(await getCollection('denialExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'denials' as const })),
        ...(await getCollection('arExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'ar' as const })),
        ...(await getCollection('recordExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'records' as const })),
        ...(await getCollection('varianceExercises')).map((e) => ({ ...e.data, id: e.id, kind: 'variance' as const })),
      ],
      examItems: (await getCollection('examItems')).map((e) => e.data),
    },
    map,
  );
  return { blueprints, entries };
}
