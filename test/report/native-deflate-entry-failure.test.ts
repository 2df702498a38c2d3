// NativeDeflateEntry when zlib fails a piece: the zip gets the error once, nothing after it, and the pool is no longer counted.
import { Zip } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { NativeDeflateEntry } from '../../src/report/native-deflate-entry.js';

vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:zlib')>();
  let calls = 0;
  // The second piece fails; the others are deflated as usual.
  const deflateRaw = (data: Uint8Array, options: import('node:zlib').ZlibOptions, done: (error: Error | null, result: Buffer) => void) => {
    calls += 1;
    if (calls === 2) setImmediate(() => done(new Error('zlib: out of memory'), Buffer.alloc(0)));
    else actual.deflateRaw(data, options, done);
  };
  return { ...actual, deflateRaw };
});

describe('NativeDeflateEntry when zlib fails', () => {
  it('passes the first failure to the zip and drops the pieces after it', async () => {
    const errors: unknown[] = [];
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) errors.push(error);
      else chunks.push(chunk);
    });
    const entry = new NativeDeflateEntry('a.xml', 6);
    let settled = 0;
    entry.onsettle = () => (settled += 1);
    zip.add(entry);
    const piece = new TextEncoder().encode('<row>三级指标</row>'.repeat(5000));
    for (let i = 0; i < 4; i++) entry.push(piece, i === 3);
    zip.end();
    await vi.waitFor(() => expect(settled).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toContain('out of memory');
    expect(entry.pending).toBe(0);
  });
});
