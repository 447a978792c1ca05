import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jsonSchemaOf, OUTPUTS } from '../../scripts/lib/schema-outputs.ts';

describe('committed JSON Schemas for editor autocomplete', () => {
  test.each(OUTPUTS.map((o) => [o.file, o] as const))('%s matches its zod schema (run `npm run schemas` after a schema change)', (file, output) => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(jsonSchemaOf(output))));
  });
});
