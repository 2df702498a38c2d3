// NativeDeflateEntry on a node without zlib.crc32 (before 20.15): fflate's own CRC is used, and the entry records the same CRC.
import { Zip, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { concatBytes } from '../../src/report/bytes.js';
import { NativeDeflateEntry } from '../../src/report/native-deflate-entry.js';
import { recordedCrc } from './zip-crc.js';

vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:zlib')>();
  return { ...actual, crc32: undefined };
});

describe('NativeDeflateEntry without zlib.crc32', () => {
  it('still zips the bytes pushed, with their CRC', async () => {
    const zlib = await import('node:zlib');
    expect(zlib.crc32).toBeUndefined();
    const { crc32 } = await vi.importActual<typeof import('node:zlib')>('node:zlib');
    const data = new TextEncoder().encode('三级指标“满意度”≥95%\n'.repeat(20_000));
    const out: Uint8Array[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const zip = new Zip((error, chunk, final) => {
      if (error) throw error;
      out.push(chunk);
      if (final) done();
    });
    const entry = new NativeDeflateEntry('a.xml', 6);
    zip.add(entry);
    for (let at = 0; at < data.length; at += 65_536) entry.push(data.subarray(at, at + 65_536), at + 65_536 >= data.length);
    zip.end();
    await finished;
    const zipped = concatBytes(out);
    expect(Buffer.from(unzipSync(zipped)['a.xml']!).equals(Buffer.from(data))).toBe(true);
    expect(recordedCrc(zipped)).toBe(crc32(data));
  });
});
