// A cache entry's strings come back exactly, whichever run they are kept in, and bytes cut short are refused.
import { describe, expect, it } from 'vitest';
import { decodeStrings, encodeStrings } from '../../src/api/cache-strings.js';

const STRINGS = ['', 'error', '指标值“≥95%”', 'café', '\u00ff\u0000', '\ud800', 'a\udc00b', '😀 emoji', '全乡', 'x'.repeat(300), '项'.repeat(300)];

describe('cache entry strings', () => {
  it('give back every string in order, one-byte and wide mixed, at any offset', () => {
    const bytes = encodeStrings(STRINGS);
    const shifted = Buffer.concat([Buffer.from('pad'), bytes, Buffer.from('tail')]);
    const { strings, end } = decodeStrings(shifted, 3);
    expect(strings).toEqual(STRINGS);
    expect(end).toBe(3 + bytes.length);
    // One-byte strings cost a byte a character, the others two.
    const chars = (list: string[]) => list.reduce((n, s) => n + s.length, 0);
    const narrow = STRINGS.filter((s) => !/[^\u0000-\u00ff]/.test(s));
    const wide = STRINGS.filter((s) => /[^\u0000-\u00ff]/.test(s));
    expect(bytes.length).toBe(4 + 4 * STRINGS.length + chars(narrow) + 2 * chars(wide));
  });

  it('gives back no strings, and refuses a table or a run cut short', () => {
    expect(decodeStrings(encodeStrings([]), 0)).toEqual({ strings: [], end: 4 });
    const bytes = encodeStrings(STRINGS);
    expect(() => decodeStrings(bytes.subarray(0, bytes.length - 1), 0)).toThrow(/truncated/);
    expect(() => decodeStrings(bytes.subarray(0, 20), 0)).toThrow(/truncated/);
  });
});
