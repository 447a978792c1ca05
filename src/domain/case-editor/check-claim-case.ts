import { YAMLParseError, parse } from 'yaml';
import { formatZodIssues } from '../content-errors.ts';
import { claimExerciseSchema, type ClaimExercise } from '../claims/claim-exercise-schema.ts';

/**
 * Checks a claim case written as YAML in the case editor, with the words `npm run
 * check:content` prints for content/exercises/claims/<id>.yaml: a YAML syntax error with its
 * line and column, else one line per schema problem with its field and hint.
 */
export interface ClaimCaseCheck {
  /** The case as authored (before schema defaults), when the text is YAML: what a share link carries. */
  value?: unknown;
  /** The parsed case once the schema holds. */
  exercise?: ClaimExercise;
  /** One line per problem: "file: field: problem. Hint: fix." */
  problems: string[];
}

/** The path check-content names a claim case by. */
export function claimCasePath(id: string): string {
  return `content/exercises/claims/${id === '' ? 'new-claim-case' : id}.yaml`;
}

/** Parses and validates the YAML text of a claim case. */
export function checkClaimCaseText(id: string, text: string): ClaimCaseCheck {
  const file = claimCasePath(id);
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` (line ${err.linePos[0].line}, column ${err.linePos[0].col})` : '';
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    return { problems: [`${file}${where}: this is not valid YAML: ${message}. Hint: check indentation and quote values that contain a colon.`] };
  }
  const problems: string[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`${file}: file name: must be kebab-case (lower-case words joined by hyphens, e.g. "office-visit-modifier-25"). Hint: the file name is the case's id.`);
  const checked = claimCaseValue(file, value);
  return { value, ...checked, problems: [...problems, ...checked.problems] };
}

/** A claim case given as data (a share link): the parsed case, or one line per schema problem. */
export function claimCaseValue(file: string, value: unknown): { exercise?: ClaimExercise; problems: string[] } {
  const parsed = claimExerciseSchema.safeParse(value);
  if (!parsed.success) return { problems: formatZodIssues(file, parsed.error, { schema: claimExerciseSchema, input: value }).split('\n') };
  return { exercise: parsed.data, problems: [] };
}

/** True when shared data is a claim case rather than a coding case (claim cases have a face sheet). */
export function looksLikeClaimCase(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'faceSheet' in value;
}
