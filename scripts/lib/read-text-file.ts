/**
 * Reads a text file named on the command line: UTF-8 (with or without BOM) or UTF-16 with BOM,
 * and says why not otherwise (a FileProblem that describe.ts turns into words).
 */
import { readFileSync, statSync } from 'node:fs';
import type { FileProblem } from '../../src/domain/claims/describe.ts';
import { decodeText } from '../../src/domain/text/decode-text.ts';

/** The text, or the problem with the file. */
export type ReadText = { ok: true; text: string } | { ok: false; problem: FileProblem; detail?: string };

const ERRNO: Record<string, FileProblem> = { ENOENT: 'not-found', ENOTDIR: 'not-found', EISDIR: 'is-directory', EACCES: 'no-permission', EPERM: 'no-permission' };

/** Reads `path` (or stdin for "-"), refusing files over `maxBytes`. */
export function readTextFile(path: string, maxBytes = 64 * 1024 * 1024): ReadText {
  let bytes: Buffer;
  try {
    if (path !== '-') {
      const stat = statSync(path);
      if (stat.isDirectory()) return { ok: false, problem: 'is-directory' };
      if (stat.size > maxBytes) return { ok: false, problem: 'too-large', detail: `${stat.size} bytes; the limit is ${maxBytes}` };
    }
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, problem: ERRNO[code] ?? 'unreadable', ...(ERRNO[code] ? {} : { detail: code || (error as Error).message }) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: 'not-text' };
  if (decoded.text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text: decoded.text };
}
