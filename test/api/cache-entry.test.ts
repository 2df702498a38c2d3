// A cache entry's bytes give back its key and value exactly, with 4-byte codes where they fit, and anything else is refused.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EntryCodec } from '../../src/api/cache-entry.js';

const KEY = 'ab'.repeat(32);

/** The code width an entry's header names. */
function widthOf(entry: Buffer): number {
  const bytes = gunzipSync(entry);
  return (JSON.parse(bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(0))) as { width: number }).width;
}

describe('cache entries', () => {
  it('give back an integer-only value from 4-byte codes, and the key', () => {
    const value = { messages: [{ line: 3, column: 17, text: '指标值“≥95”', fix: undefined }], errorCount: 2, score: null };
    const entry = new EntryCodec().encode(KEY, value)!;
    expect(widthOf(entry)).toBe(4);
    const back = new EntryCodec().decode<typeof value>(entry);
    expect(back.key).toBe(KEY);
    expect(back.value).toStrictEqual(value);
    expect(Object.prototype.hasOwnProperty.call(back.value.messages[0], 'fix')).toBe(true);
  });

  it('keep 8-byte codes for a value with a fraction, -0, NaN or a number past 32 bits', () => {
    for (const n of [87.5, -0, Number.NaN, 2 ** 31, -(2 ** 31) - 1, Infinity]) {
      const entry = new EntryCodec().encode(KEY, { n, list: [1, 2, 3] })!;
      expect(widthOf(entry), String(n)).toBe(8);
      expect(Object.is(new EntryCodec().decode<{ n: number }>(entry).value.n, n)).toBe(true);
    }
    expect(widthOf(new EntryCodec().encode(KEY, { n: -(2 ** 31), m: 2 ** 31 - 1 })!)).toBe(4);
  });

  it('is null for a value the codec cannot carry', () => {
    expect(new EntryCodec().encode(KEY, { when: new Date(0) })).toBeNull();
  });

  it('refuses bytes that are not an entry: not gzip, another layout, a header without its fields, codes cut short', () => {
    const codec = new EntryCodec();
    // A longer entry read first leaves its codes in the codec's buffer: a shorter entry cut short must still fail.
    const long = { long: Array.from({ length: 500 }, (_, i) => i) };
    expect(codec.decode(codec.encode(KEY, long)!).value).toEqual(long);
    const whole = gunzipSync(new EntryCodec().encode(KEY, { a: [1, 2, { b: 'c' }] })!);
    const header = Buffer.from(JSON.stringify({ key: KEY, width: 3, strings: [], shapes: [] }));
    const badWidth = Buffer.concat([Buffer.from([header.length, 0, 0, 0, 0, 0, 0, 0]), header]);
    for (const bytes of [Buffer.from('not gzip'), gzipSync('{"key":1}'), gzipSync(badWidth), gzipSync(whole.subarray(0, whole.length - 1)), gzipSync(whole.subarray(0, whole.length - 8))]) {
      expect(() => codec.decode(bytes)).toThrow();
    }
    expect(codec.decode(gzipSync(whole)).value).toEqual({ a: [1, 2, { b: 'c' }] });
    // gzip's trailer states the unzipped size, which sizes zlib's output: a false one (4 GB here) is not believed, and gzip refuses it.
    const lying = gzipSync(whole);
    lying.writeUInt32LE(0xffffffff, lying.length - 4);
    expect(() => codec.decode(lying)).toThrow(/length/);
  });
});
