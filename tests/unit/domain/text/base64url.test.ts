import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64url, pipeBytes, toBase64url } from '../../../../src/domain/text/base64url.ts';

describe('base64url', () => {
  it('round-trips any bytes and writes only URL-safe characters', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = toBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64url(text)).toEqual(bytes);
    }));
  });
  it('refuses text that cannot be base64url', () => {
    expect(fromBase64url('ab+c')).toBeUndefined();
    expect(fromBase64url('abcde')).toBeUndefined();
    expect(fromBase64url('ab c')).toBeUndefined();
  });
  it('compresses and unpacks, and stops an unpacking that passes its limit', async () => {
    const json = new TextEncoder().encode('x'.repeat(50_000));
    const packed = await pipeBytes(json, new CompressionStream('deflate-raw'));
    expect(packed.length).toBeLessThan(1000);
    expect(await pipeBytes(packed, new DecompressionStream('deflate-raw'))).toEqual(json);
    await expect(pipeBytes(packed, new DecompressionStream('deflate-raw'), 10_000)).rejects.toThrow(RangeError);
  });
});
