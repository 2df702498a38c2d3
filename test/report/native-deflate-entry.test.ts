// NativeDeflateEntry: chunks deflated one by one by node's zlib join into one zip entry that unzips to the bytes pushed, with their CRC, compressed as well as one stream.
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/report/bytes.js';
import { NativeDeflateEntry } from '../../src/report/native-deflate-entry.js';
import { recordedCrc } from './zip-crc.js';

/** A zip whose bytes come as a promise, resolved with the archive once its last chunk has come (the deflate is asynchronous). */
function collectingZip(): { zip: Zip; bytes: Promise<Uint8Array> } {
  const out: Uint8Array[] = [];
  let zip!: Zip;
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      out.push(chunk);
      if (final) resolve(concatBytes(out));
    });
  });
  return { zip, bytes };
}

/** Zips the chunks as one entry pushed piece by piece; gives the archive's bytes. */
function zipChunks(chunks: Uint8Array[], entry = new NativeDeflateEntry('a.xml', 6)): Promise<Uint8Array> {
  const { zip, bytes } = collectingZip();
  zip.add(entry);
  chunks.forEach((chunk, i) => entry.push(chunk, i === chunks.length - 1));
  zip.end();
  return bytes;
}

/** Seeded XML-like text with repeats near and far (what back-references across chunk boundaries find). */
function sampleText(bytes: number, seed = 7): Uint8Array {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words = ['<row r="', '"><c t="inlineStr"><is><t>', '三级指标', '满意度≥95%', '</t></is></c>', '预算执行率', '\n'];
  let text = '';
  while (text.length < bytes) text += words[Math.floor(random() * words.length)]! + Math.floor(random() * 1000);
  return new TextEncoder().encode(text).subarray(0, bytes);
}

/** Splits bytes into pieces of the given sizes in turn (the last piece takes the rest). */
function split(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return pieces;
}

describe('NativeDeflateEntry', () => {
  it('unzips to the bytes pushed, whatever the chunk sizes, and records their CRC and size', async () => {
    const data = sampleText(300_000);
    for (const sizes of [[65_536], [1, 7, 40_000], [100_000, 3], [data.length]]) {
      const zipped = await zipChunks(split(data, sizes));
      expect(Buffer.from(unzipSync(zipped)['a.xml']!).equals(Buffer.from(data))).toBe(true);
      expect(recordedCrc(zipped)).toBe(crc32(data));
    }
  });

  it('ends the entry with an empty final push, and gives an empty entry for nothing pushed', async () => {
    const data = sampleText(70_000);
    const withEmptyEnd = await zipChunks([...split(data, [65_536]), new Uint8Array(0)]);
    expect(Buffer.from(unzipSync(withEmptyEnd)['a.xml']!).equals(Buffer.from(data))).toBe(true);
    expect(unzipSync(await zipChunks([new Uint8Array(0)]))['a.xml']).toEqual(new Uint8Array(0));
  });

  it('compresses as well as one deflate stream: each chunk starts from the 32 KB before it', async () => {
    const data = sampleText(400_000);
    const whole = deflateRawSync(data, { level: 6 }).length;
    const zipped = (await zipChunks(split(data, [16_384]))).length;
    // A zip adds ~100 bytes of headers. 16 KB chunks deflated each on its own came out 9 % larger than the whole.
    expect(zipped).toBeLessThan(whole * 1.02 + 200);
  });

  it('deflates copies: a caller reusing its buffer right after a push changes nothing', async () => {
    const data = sampleText(200_000);
    const reused = new Uint8Array(50_000);
    const entry = new NativeDeflateEntry('a.xml', 6);
    const { zip, bytes } = collectingZip();
    zip.add(entry);
    const pieces = split(data, [50_000]);
    pieces.forEach((piece, i) => {
      reused.set(piece);
      entry.push(reused.subarray(0, piece.length), i === pieces.length - 1);
      reused.fill(0x41);
    });
    zip.end();
    expect(Buffer.from(unzipSync(await bytes)['a.xml']!).equals(Buffer.from(data))).toBe(true);
  });

  it('hands the pieces to the zip in the order pushed, counting those still in the pool', async () => {
    const data = sampleText(1_000_000);
    const entry = new NativeDeflateEntry('a.xml', 6);
    let settled = 0;
    entry.onsettle = () => (settled += 1);
    const { zip, bytes } = collectingZip();
    zip.add(entry);
    // A large first piece and small ones after it: the small ones come back from the pool first.
    const pieces = [data.subarray(0, 600_000), ...split(data.subarray(600_000), [20_000])];
    pieces.forEach((piece, i) => entry.push(piece, i === pieces.length - 1));
    // Nothing comes back before this thread lets the pool's callbacks run.
    expect(entry.pending).toBe(pieces.length);
    zip.end();
    const zipped = await bytes;
    expect(entry.pending).toBe(0);
    expect(settled).toBe(pieces.length);
    expect(Buffer.from(unzipSync(zipped)['a.xml']!).equals(Buffer.from(data))).toBe(true);
    // The same bytes as the pieces deflated one after another, each with the 32 KB before it as its dictionary.
    const sequential: Buffer[] = [];
    let at = 0;
    pieces.forEach((piece, i) => {
      const before = data.subarray(Math.max(0, at - 32 * 1024), at);
      const final = i === pieces.length - 1;
      sequential.push(deflateRawSync(piece, { level: 6, finishFlush: final ? 4 : 2, ...(i > 0 ? { dictionary: before } : {}) }));
      at += piece.length;
    });
    expect(Buffer.from(zipped).includes(Buffer.concat(sequential))).toBe(true);
  });

  it('is a deflated entry (method 8), where fflate’s pass-through stores', async () => {
    const data = sampleText(10_000);
    const method = (zip: Uint8Array) => zip[8]! | (zip[9]! << 8);
    expect(method(await zipChunks([data]))).toBe(8);
    expect(method(await zipChunks([data], new ZipPassThrough('a.xml') as NativeDeflateEntry))).toBe(0);
  });
});
