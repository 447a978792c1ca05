import { parse as parseYaml } from 'yaml';
import { readContentFiles } from './read-content.ts';
import { frontmatterOf } from '../../src/domain/content/validate-content.ts';
import { blueprintSchema, type Blueprint } from '../../src/domain/blueprints/blueprint-schema.ts';
import { topicMapSchema, type TopicMap } from '../../src/domain/blueprints/topic-map-schema.ts';
import type { CoverageSource } from '../../src/domain/blueprints/entries.ts';

/** Outlines in display order. */
export const OUTLINE_IDS = ['cpc', 'cbcs', 'cpb', 'cca'] as const;

/**
 * Reads the outlines, the topic map and all countable content from disk (for the coverage test
 * and `npm run coverage`). Files are assumed valid: `npm run check:content` checks them.
 */
export function readCoverageContent(root: string): { blueprints: Blueprint[]; map: TopicMap; source: CoverageSource } {
  const files = readContentFiles(root);
  const data = (path: string): unknown => parseYaml(files.find((f) => f.path === path)?.text ?? 'null');
  const blueprints = OUTLINE_IDS.map((id) => blueprintSchema.parse(data(`content/blueprints/${id}.yaml`)));
  const map = topicMapSchema.parse(data('content/blueprints/topic-map.yaml'));
  const under = (prefix: string, ext: RegExp): typeof files => files.filter((f) => f.path.startsWith(prefix) && ext.test(f.path));
  const source: CoverageSource = {
    lessons: under('content/lessons/', /\.mdx$/).map((f) => {
      const front = parseYaml(frontmatterOf(f.text) ?? '') as { title: string; module: string; topic?: never; draft?: boolean };
      return { ...front, id: f.path.replace(/^content\/lessons\//, '').replace(/\.mdx$/, '') };
    }),
    codingExercises: under('content/exercises/coding/', /\.ya?ml$/).map((f) => parseYaml(f.text) as CoverageSource['codingExercises'][number]),
    claimExercises: under('content/exercises/claims/', /\.ya?ml$/).map((f) => ({
      ...(parseYaml(f.text) as Omit<CoverageSource['claimExercises'][number], 'id'>),
      id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
    })),
    otherExercises: (['em', 'posting', 'secondary', 'denials', 'ar', 'records', 'variance'] as const).flatMap((kind) =>
      under(`content/exercises/${kind}/`, /\.ya?ml$/).map((f) => ({
        ...(parseYaml(f.text) as { title: string; topic?: never }),
        id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
        kind,
      })),
    ),
    examItems: under('content/exams/items/', /\.ya?ml$/).flatMap((f) => parseYaml(f.text) as CoverageSource['examItems'][number][]),
  };
  return { blueprints, map, source };
}
