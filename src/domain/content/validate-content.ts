import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { formatZodIssues } from '../content-errors.ts';
import { lessonSchema, moduleSchema } from './lesson-schema.ts';

/** One authored file as read from disk: path relative to the repository root, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** A schema that a kind of authored file must satisfy. */
export interface ContentRule {
  /** Which files the rule covers, tested against the relative path. */
  matches: (path: string) => boolean;
  /** Schema for the parsed YAML (or MDX frontmatter). */
  schema: z.ZodType;
  /** Is the data the whole YAML document (data) or the MDX frontmatter (frontmatter)? */
  source: 'data' | 'frontmatter';
}

/** The built-in rules: modules and lessons. Features add theirs beside these. */
export const baseContentRules: ContentRule[] = [
  { matches: (p) => /^content\/modules\/[^/]+\.ya?ml$/.test(p), schema: moduleSchema, source: 'data' },
  { matches: (p) => /^content\/lessons\/.+\.mdx$/.test(p), schema: lessonSchema, source: 'frontmatter' },
];

/** Splits an MDX file into its YAML frontmatter text; undefined when there is none. */
export function frontmatterOf(text: string): string | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  return match?.[1];
}

function parseYamlText(file: string, yamlText: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: parseYaml(yamlText, { prettyErrors: true }) };
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` (line ${err.linePos[0].line}, column ${err.linePos[0].col})` : '';
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { ok: false, error: `${file}${where}: this is not valid YAML: ${message}. Hint: check indentation and quote values that contain a colon.` };
  }
}

/**
 * Checks every authored file against its schema and returns one readable message per problem,
 * each naming the file, the field, what was found and how to fix it. Empty means all good.
 */
export function validateContent(files: ContentFile[], rules: ContentRule[] = baseContentRules): string[] {
  const errors: string[] = [];
  const moduleIds = new Set(files.filter((f) => rules[0]?.matches(f.path)).map((f) => idFromPath(f.path)));
  for (const file of files) {
    const rule = rules.find((r) => r.matches(file.path));
    if (!rule) continue;
    let yamlText: string | undefined = file.text;
    if (rule.source === 'frontmatter') {
      yamlText = frontmatterOf(file.text);
      if (yamlText === undefined) {
        errors.push(`${file.path}: no frontmatter found. Hint: start the file with a line "---", the YAML fields, and another "---".`);
        continue;
      }
    }
    const parsed = parseYamlText(file.path, yamlText);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const result = rule.schema.safeParse(parsed.value);
    if (!result.success) {
      errors.push(formatZodIssues(file.path, result.error, { schema: rule.schema, input: parsed.value }));
      continue;
    }
    if (file.path.startsWith('content/lessons/')) errors.push(...checkLessonPlacement(file.path, result.data as { module: string }, moduleIds));
  }
  return errors;
}

function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

function checkLessonPlacement(path: string, lesson: { module: string }, moduleIds: Set<string>): string[] {
  const folder = path.split('/')[2];
  const problems: string[] = [];
  if (!moduleIds.has(lesson.module)) {
    problems.push(`${path}: module: "${lesson.module}" is not a module. Hint: use one of ${[...moduleIds].sort().join(', ')}.`);
  } else if (folder !== lesson.module) {
    problems.push(`${path}: module: "${lesson.module}" does not match the folder "${folder}". Hint: move the file to content/lessons/${lesson.module}/ or change module to "${folder}".`);
  }
  return problems;
}
