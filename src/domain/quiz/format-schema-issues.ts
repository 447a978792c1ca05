/** Minimal shape of a zod issue, so this stays independent of zod internals. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Turn schema issues into readable lines naming the file and the field, e.g.
 * `content/quizzes/x.yaml: questions[2].options: a single-answer question needs exactly one...`.
 */
export function formatSchemaIssues(file: string, issues: readonly SchemaIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc === '' ? String(key) : `${acc}.${String(key)}`), '');
      return `${file}: ${field === '' ? '(top level)' : field}: ${issue.message}`;
    })
    .join('\n');
}
