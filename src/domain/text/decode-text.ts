/**
 * Bytes of a user's file to text. Windows tools often write a UTF-8 byte-order mark or UTF-16
 * (Notepad "Unicode", PowerShell `>`): accept both with their BOM; refuse bytes that are not
 * text instead of parsing garbage.
 */

/** Decoded text, or why the bytes are not text. */
export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' }
  | { ok: false; problem: 'not-text' };

/** Decodes UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decode = (label: 'utf-8' | 'utf-16le' | 'utf-16be', from: number): string | undefined => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
    } catch {
      return undefined;
    }
  };
  let result: DecodedText | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decode('utf-8', 3);
    if (text !== undefined) result = { ok: true, text, encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode('utf-16le', 2);
    if (text !== undefined) result = { ok: true, text, encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode('utf-16be', 2);
    if (text !== undefined) result = { ok: true, text, encoding: 'utf-16be' };
  } else {
    const text = decode('utf-8', 0);
    if (text !== undefined) result = { ok: true, text, encoding: 'utf-8' };
  }
  // NUL characters mean a binary file (or UTF-16 without a BOM), not a claim.
  if (!result || !result.ok || result.text.includes('\u0000')) return { ok: false, problem: 'not-text' };
  return result;
}
