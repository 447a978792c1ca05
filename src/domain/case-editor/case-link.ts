/**
 * A case shared as a link: the exercise as JSON, compressed with the platform's own
 * CompressionStream('deflate-raw') and written as base64url in the URL fragment, so the case
 * never reaches a server (the fragment is not sent). `v1.` versions the format.
 */
import { fromBase64url, pipeBytes as pipe, toBase64url } from '../text/base64url.ts';

/** Version prefix of the fragment payload. */
export const LINK_VERSION = 'v1';

/** Links longer than this may be cut by mail clients, chat apps and some LMS link fields. */
export const LINK_WARN_LENGTH = 8000;

/** Why a link could not be opened. */
export type LinkProblem = 'empty' | 'unknown-version' | 'not-base64url' | 'not-compressed' | 'not-json' | 'too-large';

/** Outcome of reading a link fragment. */
export type LinkRead = { ok: true; value: unknown } | { ok: false; problem: LinkProblem };

/** Largest uncompressed case accepted (a real case is 3-8 kB; this stops a zip bomb). */
const MAX_JSON_BYTES = 200_000;

/** The fragment (without "#") that carries a case. */
export async function encodeCaseFragment(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `${LINK_VERSION}.${toBase64url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** Reads a fragment (with or without "#"); never throws: bad input is a `LinkProblem`. */
export async function decodeCaseFragment(fragment: string): Promise<LinkRead> {
  const text = decodeURIComponent(fragment.replace(/^#/, '').trim());
  if (text === '') return { ok: false, problem: 'empty' };
  const dot = text.indexOf('.');
  if (dot < 0 || text.slice(0, dot) !== LINK_VERSION) return { ok: false, problem: 'unknown-version' };
  const payload = text.slice(dot + 1);
  const bytes = payload === '' ? undefined : fromBase64url(payload);
  if (bytes === undefined) return { ok: false, problem: 'not-base64url' };
  let json: Uint8Array;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch (err) {
    return { ok: false, problem: err instanceof RangeError ? 'too-large' : 'not-compressed' };
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/** What went wrong with a link, and what to do, in words. */
export function describeLinkProblem(problem: LinkProblem): string {
  const ask = 'Ask the person who sent it for the link again, copied in full (a link cut short by an e-mail or chat program is the usual cause).';
  switch (problem) {
    case 'empty':
      return 'This link holds no case: everything after the # is missing. ' + ask;
    case 'unknown-version':
      return 'This link was not made by the ClaimLab case editor, or by a newer version of it (it does not start with "#v1."). ' + ask;
    case 'not-base64url':
      return 'This link is damaged: the part after "#v1." has characters a case link never contains. ' + ask;
    case 'not-compressed':
      return 'This link is damaged or incomplete: the case in it cannot be unpacked. ' + ask;
    case 'not-json':
      return 'This link unpacks, but what is inside is not a case. ' + ask;
    case 'too-large':
      return 'This link unpacks to far more data than any case holds, so it was not opened.';
  }
}
