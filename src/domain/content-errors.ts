import type { z } from 'zod';

/**
 * Turns zod validation failures in authored content (exercise YAML, lesson frontmatter...) into
 * one readable line per issue, naming the file, the field and a fix. Authors are coders and
 * instructors, not programmers: "Invalid input" alone does not help them.
 */

/** Extra context that makes hints sharper. */
export interface FormatOptions {
  /** The schema that failed; lets unknown-key hints suggest the closest allowed key. */
  schema?: z.ZodType;
  /** The parsed input; lets missing values and rejected values be named. */
  input?: unknown;
}

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Formats every issue of a zod error as `file: field: problem. Hint: fix.` lines. */
export function formatZodIssues(file: string, error: z.ZodError, options: FormatOptions = {}): string {
  return error.issues.flatMap((issue) => formatIssue(file, issue, options)).join('\n');
}

/** Renders a path like answer.diagnoses[0].code. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

function formatIssue(file: string, issue: Issue, options: FormatOptions): string[] {
  const path = issue.path;
  const where = `${file}: ${formatPath(path)}`;
  const last = path[path.length - 1];
  const value = valueAt(options.input, path);
  switch (issue.code) {
    case 'invalid_type': {
      const received = describeReceived(value, issue.message);
      if (received === 'undefined') {
        return [`${where}: is required but missing. Hint: add ${typeof last === 'string' ? `a "${last}:" field` : 'a value'} (${article(issue.expected)}).`];
      }
      let hint = '';
      if (issue.expected === 'string' && (received === 'number' || received === 'boolean')) {
        hint = /code/i.test(String(last))
          ? ' Hint: quote codes, e.g. code: "E11.65".'
          : /date/i.test(String(last))
            ? ' Hint: quote dates, e.g. "2026-10-14".'
            : ' Hint: put the value in double quotes.';
      } else if (issue.expected === 'number' && received === 'string') {
        hint = ` Hint: write the number without quotes, e.g. ${String(last)}: ${/minute/i.test(String(last)) ? '15' : '1'}.`;
      } else if (issue.expected === 'boolean') {
        hint = ' Hint: write true or false without quotes.';
      } else if (issue.expected === 'array') {
        hint = ' Hint: write a list, e.g. [a, b] or one "- item" per line.';
      }
      return [`${where}: expected ${article(issue.expected)}, received ${received}.${hint}`];
    }
    case 'unrecognized_keys': {
      const allowed = options.schema === undefined ? [] : objectKeysAt(options.schema, path);
      return issue.keys.map((key) => {
        const closest = closestKey(key, allowed);
        const hint = closest !== undefined ? ` Hint: did you mean "${closest}"?` : allowed.length > 0 ? ` Hint: allowed keys are ${allowed.join(', ')}.` : ' Hint: remove it or check its spelling.';
        return `${file}: ${formatPath([...path, key])}: unknown key "${key}".${hint}`;
      });
    }
    case 'invalid_value': {
      const allowedValues = issue.values.map((v) => String(v)).join(', ');
      if (options.input !== undefined && value === undefined) return [`${where}: is required but missing. Hint: use one of: ${allowedValues}.`];
      const got = value === undefined ? 'this value' : JSON.stringify(value);
      return [`${where}: ${got} is not allowed. Hint: use one of: ${allowedValues}.`];
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return [`${where}: needs at least ${n} item${n === 1 ? '' : 's'}.`];
      if (issue.origin === 'string') return [`${where}: ${customOr(issue.message, `must be at least ${n} characters long`)}.`];
      return [`${where}: must be at least ${n}.`];
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return [`${where}: has too many items (at most ${n}).`];
      if (issue.origin === 'string') return [`${where}: ${customOr(issue.message, `must be at most ${n} characters long`)}.`];
      return [`${where}: must be at most ${n}.`];
    }
    case 'invalid_format': {
      const got = typeof value === 'string' ? ` (got ${JSON.stringify(value)})` : '';
      return [`${where}: ${customOr(issue.message, `has the wrong format${issue.pattern === undefined ? '' : `; it must match ${issue.pattern}`}`)}${got}.`];
    }
    case 'invalid_union':
      return [`${where}: does not match any allowed form. Hint: check the field names against the documented format.`];
    default:
      return [`${where}: ${stripPeriod(issue.message)}.`];
  }
}

/** zod's default messages start with a capitalized "Invalid"/"Too"; authored ones do not. */
function customOr(message: string, fallback: string): string {
  return /^(Invalid|Too (small|big))\b/.test(message) ? fallback : stripPeriod(message);
}

function stripPeriod(message: string): string {
  return message.replace(/\.+$/, '');
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeReceived(value: unknown, message: string): string {
  const fromMessage = /received (\w+)/.exec(message)?.[1];
  if (value === undefined) return fromMessage ?? 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

interface DefLike {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType): DefLike => (schema as unknown as { _zod: { def: DefLike } })._zod.def;

/** Keys allowed by the object schema at `path`, looking through optional/default/array/pipe wrappers. */
export function objectKeysAt(schema: z.ZodType, path: readonly PathKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  let i = 0;
  for (let guard = 0; current !== undefined && guard < 100; guard += 1) {
    const def = defOf(current);
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) current = def.in;
    else if (def.type === 'array' && typeof path[i] === 'number') {
      current = def.element;
      i += 1;
    } else if (def.type === 'object' && def.shape !== undefined) {
      if (i === path.length) return Object.keys(def.shape);
      current = def.shape[String(path[i])];
      i += 1;
    } else return [];
  }
  return [];
}

/** The allowed key closest to a typo, if it is close enough to be a plausible slip. */
export function closestKey(typo: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const key of allowed) {
    const d = levenshtein(typo.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
