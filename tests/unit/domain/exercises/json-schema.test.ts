import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';

describe('public/schemas/coding-exercise.schema.json', () => {
  it('matches the zod schema (run `npm run schemas` after changing it)', () => {
    const committed = JSON.parse(readFileSync('public/schemas/coding-exercise.schema.json', 'utf8'));
    const { title: _title, ...rest } = committed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(codingExerciseSchema, { io: 'input', unrepresentable: 'any' }))));
  });

  it('rejects unknown keys so editors flag typos such as anwser', () => {
    const committed = JSON.parse(readFileSync('public/schemas/coding-exercise.schema.json', 'utf8'));
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toContain('answer');
  });
});
