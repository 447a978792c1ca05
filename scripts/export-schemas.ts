/**
 * Writes the JSON Schema of authored content so editors can autocomplete and check YAML
 * (see docs/attempt-format.md, "Editor autocomplete"). Run with `npm run schemas` after
 * changing a schema; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { jsonSchemaOf, OUTPUTS } from './lib/schema-outputs.ts';

for (const output of OUTPUTS) {
  mkdirSync(dirname(output.file), { recursive: true });
  writeFileSync(output.file, `${JSON.stringify(jsonSchemaOf(output), null, 2)}\n`);
  process.stdout.write(`wrote ${output.file}\n`);
}
