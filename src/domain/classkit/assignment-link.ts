import type { Assignment } from './types.ts';
import { fromBase64url, pipeBytes as pipe, toBase64url } from '../text/base64url.ts';

/**
 * An assignment in a link: `/teach/assignment/#a=<payload>`, where the payload is base64url of
 * the assignment's JSON, deflated with the platform's CompressionStream('deflate-raw') when the
 * browser has it (prefix "z") or plain (prefix "j"). Nothing is stored on a server: the link is
 * the assignment. Zod-free, so the instructor page builds links without the schema library;
 * decode-assignment.ts validates what comes back.
 */

/** Longest fragment accepted, in characters (a link pasted into an LMS or an email stays usable). */
export const MAX_LINK_CHARS = 16_000;
/** Largest JSON a payload may inflate to, in characters (a guard against a deflate bomb). */
export const MAX_JSON_CHARS = 64_000;

/** The fields an instructor sets; the id is derived from them. */
export type AssignmentFields = Omit<Assignment, 'v' | 'id'>;

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The canonical text the id is a hash of (field order fixed, so equal content gives an equal id). */
function canonical(f: AssignmentFields): string {
  return JSON.stringify([f.title, f.due, f.passPercent, f.classCode, f.items.map((i) => [i.kind, i.id])]);
}

/**
 * A short id derived from the content (12 base-36 characters): the same work, title, due date,
 * passing score and class code always give the same id, so submissions match their assignment.
 * Not a secret and not a signature.
 */
export function assignmentId(fields: AssignmentFields): string {
  const text = canonical(fields);
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0').slice(-6);
  const b = fnv1a(text, 0x050c5d1f).toString(36).padStart(7, '0').slice(-6);
  return `${a}${b}`;
}

/** A complete assignment from the instructor's fields. */
export function makeAssignment(fields: AssignmentFields): Assignment {
  const clean: AssignmentFields = { title: fields.title.trim(), due: fields.due, passPercent: fields.passPercent, classCode: fields.classCode.trim(), items: fields.items.map((i) => ({ kind: i.kind, id: i.id })) };
  return { v: 1, id: assignmentId(clean), ...clean };
}

const canCompress = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment (without "#") that carries `assignment`, e.g. "a=z...". */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(assignment));
  if (canCompress()) {
    try {
      return `a=z${toBase64url(await pipe(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER))}`;
    } catch {
      // Fall through to the plain form.
    }
  }
  return `a=j${toBase64url(json)}`;
}

/** What reading a link gave: the raw JSON value (validated by decode-assignment.ts), or why not. */
export type RawLinkResult = { ok: true; value: unknown } | { ok: false; problem: LinkProblem };

/** Why a link could not be read; worded by describeLinkProblem. */
export type LinkProblem = 'no-assignment' | 'too-long' | 'garbled' | 'needs-newer-browser';

/** The one place link problems become words. */
export function describeLinkProblem(problem: LinkProblem): string {
  switch (problem) {
    case 'no-assignment':
      return 'This address has no assignment in it. Open the full link your instructor gave you (it ends with "#a=" and a long run of letters).';
    case 'too-long':
      return `This assignment link is longer than ${MAX_LINK_CHARS.toLocaleString('en-US')} characters, so ClaimLab does not read it. Ask your instructor for a new link.`;
    case 'garbled':
      return 'This assignment link is damaged (part of it is missing or was changed), so it cannot be read. Copy the whole link again, or ask your instructor to send it again.';
    case 'needs-newer-browser':
      return 'This assignment link is compressed, and this browser cannot decompress it. Open it in a current version of Chrome, Edge, Firefox or Safari.';
  }
}

/** Reads the payload out of a location hash ("#a=..." or "a=..."); never throws. */
export async function readAssignmentFragment(hash: string): Promise<RawLinkResult> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get('a');
  if (payload === null || payload === '') return { ok: false, problem: 'no-assignment' };
  if (payload.length > MAX_LINK_CHARS) return { ok: false, problem: 'too-long' };
  const form = payload[0];
  const bytes = fromBase64url(payload.slice(1));
  if (bytes === undefined || (form !== 'z' && form !== 'j')) return { ok: false, problem: 'garbled' };
  let json: Uint8Array;
  if (form === 'z') {
    if (!canCompress()) return { ok: false, problem: 'needs-newer-browser' };
    try {
      json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_CHARS * 3);
    } catch (err) {
      return { ok: false, problem: err instanceof RangeError ? 'too-long' : 'garbled' };
    }
  } else {
    json = bytes;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    if (text.length > MAX_JSON_CHARS) return { ok: false, problem: 'too-long' };
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'garbled' };
  }
}
