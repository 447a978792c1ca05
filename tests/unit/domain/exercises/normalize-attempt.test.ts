import { describe, expect, it } from 'vitest';
import { normalizeCodingAttempt, typedWords } from '../../../../src/domain/exercises/normalize-attempt.ts';

describe('typedWords (a description typed where a code belongs)', () => {
  it('keeps words as typed, spaces collapsed', () => {
    expect(typedWords('rheumatoid  arthritis')).toBe('rheumatoid arthritis');
    expect(typedWords('low back pain')).toBe('low back pain');
    expect(typedWords('knee joint shot')).toBe('knee joint shot');
  });
  it('never takes a code for words, nor a code with modifiers or words after it', () => {
    for (const code of ['S13.4XXXA', 'W03.XXXA', 'Z3A.33', '20610RTLT', '20610 RTLT', 'J1100 JWJZ', 'L4350 NU RT', 'E11.9 diabetes', 'e11.9, z79.4']) expect(typedWords(code), code).toBeUndefined();
  });
  it('a code typed with its modifiers glued after a space stays a code, as before words were named', () => {
    expect(normalizeCodingAttempt({ lines: [{ code: '20610 RTLT' }] }).lines[0]?.code).toBe('20610RTLT');
  });
});
