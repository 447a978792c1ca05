import { describe, expect, it } from 'vitest';
import { addTypedDiagnoses, MAX_TYPED_DIAGNOSES } from '../../../../src/domain/exercises/add-typed-diagnoses.ts';

describe('addTypedDiagnoses (the diagnosis box of a coding exercise)', () => {
  it('adds the first code as the first-listed diagnosis, normalized', () => {
    expect(addTypedDiagnoses(' e119 ', [])).toEqual({ added: ['E11.9'], announcement: 'E11.9 added as diagnosis 1, first-listed.' });
  });

  it('counts the new position from the end of the list', () => {
    expect(addTypedDiagnoses('I10', ['E11.9'])).toEqual({ added: ['I10'], announcement: 'I10 added as diagnosis 2.' });
  });

  it('adds several pasted codes in order, each once, and names their positions', () => {
    expect(addTypedDiagnoses('I10, z79.84 I10; E78.5', ['E11.9'])).toEqual({
      added: ['I10', 'Z79.84', 'E78.5'],
      announcement: 'I10, Z79.84, E78.5 added as diagnoses 2 to 4.',
    });
  });

  it('skips codes already listed and adds the rest', () => {
    expect(addTypedDiagnoses('E11.9, I10', ['E11.9'])).toEqual({ added: ['I10'], announcement: 'I10 added as diagnosis 2.' });
  });

  it('adds nothing and says so when every code is already listed (also typed another way)', () => {
    expect(addTypedDiagnoses('e11 .9, I10', ['I10', 'E11.9'])).toEqual({ added: [], announcement: 'E11.9 is already in your list.' });
  });

  it('says nothing for an empty box or separators only', () => {
    expect(addTypedDiagnoses('', ['E11.9'])).toEqual({ added: [], announcement: '' });
    expect(addTypedDiagnoses(' ,; \n', [])).toEqual({ added: [], announcement: '' });
  });

  it(`takes at most ${MAX_TYPED_DIAGNOSES} codes from one paste`, () => {
    const pasted = Array.from({ length: 15 }, (_, i) => `Z${String(i + 10)}`).join(' ');
    const { added } = addTypedDiagnoses(pasted, []);
    expect(added).toHaveLength(MAX_TYPED_DIAGNOSES);
    expect(added.at(-1)).toBe('Z21');
  });
});
