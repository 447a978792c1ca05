import { describe, expect, it } from 'vitest';
import { decodeCaseFragment, describeLinkProblem, encodeCaseFragment, LINK_WARN_LENGTH } from '../../../../src/domain/case-editor/case-link.ts';
import { formToExercise } from '../../../../src/domain/case-editor/case-form.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { filledForm } from './fixture.ts';

async function deflate(text: string): Promise<string> {
  const bytes = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

describe('case link codec', () => {
  it('round-trips a case through the URL fragment, compressed well under the warning length', async () => {
    const exercise = formToExercise(filledForm());
    const fragment = await encodeCaseFragment(exercise);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(JSON.stringify(exercise).length);
    expect(fragment.length).toBeLessThan(LINK_WARN_LENGTH);
    const read = await decodeCaseFragment(`#${fragment}`);
    expect(read).toEqual({ ok: true, value: exercise });
    expect(codingExerciseSchema.safeParse(read.ok ? read.value : undefined).success).toBe(true);
  });

  it('keeps non-ASCII text intact (accents, dashes, quotes in a note)', async () => {
    const value = { note: 'Patiente de 72 ans — « douleur » à la hanche; 5′ 4″' };
    expect(await decodeCaseFragment(await encodeCaseFragment(value))).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['#v2.abc', 'unknown-version'],
    ['#hello', 'unknown-version'],
    ['#v1.abc$def', 'not-base64url'],
    ['#v1.A', 'not-base64url'],
    ['#v1.AAAAAAAAAA', 'not-compressed'],
  ] as const)('refuses %j with a reason (%s)', async (fragment, problem) => {
    expect(await decodeCaseFragment(fragment)).toEqual({ ok: false, problem });
  });

  it('refuses a link cut short', async () => {
    const fragment = await encodeCaseFragment(formToExercise(filledForm()));
    const read = await decodeCaseFragment(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(read.ok).toBe(false);
  });

  it('refuses compressed data that is not JSON', async () => {
    expect(await decodeCaseFragment(`v1.${await deflate('not a case {')}`)).toEqual({ ok: false, problem: 'not-json' });
  });

  it('refuses a tiny link that unpacks to megabytes', async () => {
    expect(await decodeCaseFragment(`v1.${await deflate(`"${'a'.repeat(1_000_000)}"`)}`)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('says what to do about a damaged link', () => {
    expect(describeLinkProblem('not-compressed')).toMatch(/damaged or incomplete.*copied in full/);
  });
});
