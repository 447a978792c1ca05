/**
 * Writes the JSON Schema of authored content so editors can autocomplete and check YAML
 * (see docs/attempt-format.md, "Editor autocomplete"). Run with `npm run schemas` after
 * changing a schema; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { codingExerciseSchema } from '../src/domain/exercises/coding-exercise-schema.ts';

const OUTPUTS: { file: string; schema: z.ZodType; title: string }[] = [
  { file: 'public/schemas/coding-exercise.schema.json', schema: codingExerciseSchema, title: 'ClaimLab coding exercise' },
];

for (const { file, schema, title } of OUTPUTS) {
  // io: 'input' describes what authors write (optional fields stay optional).
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
}
