import { parse, stringify } from 'yaml';

/**
 * The YAML file for a case, written by the same `yaml` package that reads content/ (scripts,
 * content loader), so what the editor downloads is what `npm run check:content` parses.
 * Written with YAML 1.1 rules so that values another YAML reader could take for a date, a
 * number or a boolean ("2026-10-14", "99214", "no") are quoted; long texts become `|` blocks.
 */

/** The YAML text of an exercise object. */
export function caseToYaml(exercise: unknown): string {
  return stringify(exercise, { version: '1.1', lineWidth: 0, blockQuote: 'literal' });
}

/** Parses YAML text the way content/ is read; throws the parser's error for text that is not YAML. */
export function yamlToValue(text: string): unknown {
  return parse(text);
}
