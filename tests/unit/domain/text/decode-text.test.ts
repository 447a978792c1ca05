import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/domain/text/decode-text.ts';

const utf16 = (text: string, le: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
};

describe('decodeText', () => {
  const json = '{"form":"CMS-1500 (02/12)","name":"Zoë"}';
  it('reads plain UTF-8 and UTF-8 with a byte-order mark, without the mark', () => {
    expect(decodeText(new TextEncoder().encode(json))).toEqual({ ok: true, text: json, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]))).toEqual({ ok: true, text: json, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 little- and big-endian with their byte-order mark', () => {
    expect(decodeText(utf16(json, true))).toEqual({ ok: true, text: json, encoding: 'utf-16le' });
    expect(decodeText(utf16(json, false))).toEqual({ ok: true, text: json, encoding: 'utf-16be' });
  });
  it('refuses bytes that are not text', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]))).toEqual({ ok: false, problem: 'not-text' });
    expect(decodeText(new Uint8Array([0x7b, 0xc3, 0x28]))).toEqual({ ok: false, problem: 'not-text' });
  });
});
