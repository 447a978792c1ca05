import { parse as parseYaml } from 'yaml';
import { formatZodIssues } from '../content-errors.ts';
import { payerSchema, type PayerProfile } from './payer-schema.ts';

/** A payer file read: the profile, or one readable message naming file, field and fix. */
export type PayerRead = { ok: true; payer: PayerProfile } | { ok: false; error: string };

/**
 * Parses a payer profile from its YAML (or JSON) text. Pure: callers read the file. The id
 * must match the file name so `--payer <id>` and content links find it.
 */
export function readPayer(file: string, text: string): PayerRead {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    return { ok: false, error: `${file}: this is not valid YAML: ${(error as Error).message.split('\n')[0]}. Hint: check indentation and quote values that contain a colon.` };
  }
  const result = payerSchema.safeParse(value);
  if (!result.success) return { ok: false, error: formatZodIssues(file, result.error, { schema: payerSchema, input: value }) };
  const expected = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  if (/\.ya?ml$/.test(file) && result.data.id !== expected) {
    return { ok: false, error: `${file}: id: "${result.data.id}" does not match the file name. Hint: set id to "${expected}" or rename the file.` };
  }
  return { ok: true, payer: result.data };
}
