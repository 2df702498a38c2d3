// Shared pieces of the fuzz suite: the fixed seed, corpus bytes, a raw ZIP writer that can lie, DEFLATE bombs, and the outcome check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants, deflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import type { ReadDocumentResult } from '../../src/read/read-document.js';
import { concatBytes } from '../../src/report/bytes.js';

/** Every property test runs with this seed: a failure is reproduced by running the suite again. */
export const SEED = 20240607;

export const MB = 1024 * 1024;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_TEXT = readFileSync(`${ROOT}corpus/000_88a2649a8df46961.txt`, 'utf8');
export const CORPUS_DOCX = new Uint8Array(readFileSync(`${ROOT}corpus/formats/000_88a2649a8df46961.docx`));
export const CORPUS_XLSX = new Uint8Array(readFileSync(`${ROOT}corpus/formats/000_88a2649a8df46961.xlsx`));
export const ROOT_DIR = ROOT;

/** A Chinese sentence: fatal messages open in Chinese and say what is wrong. */
const CHINESE_START = /^[\u4e00-\u9fff“]/u;

/** A result of the whole pipeline: a fatal result with a Chinese message, or messages with 1-based positions. */
export function expectOutcome(result: FileResult): void {
  expect(typeof result.filePath).toBe('string');
  expect(Array.isArray(result.messages)).toBe(true);
  if (result.fatal) {
    expect(result.fatal.message).toMatch(CHINESE_START);
    expect(result.errorCount).toBe(1);
    expect(result.messages[0]!.ruleId).toBe('fatal');
  } else {
    for (const m of result.messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
    }
    expect(result.errorCount + result.warningCount + result.infoCount).toBe(result.messages.length);
  }
}

/** What the reader returned: text, native blocks, or why not, in Chinese. */
export function expectRead(read: ReadDocumentResult): void {
  expect(['text', 'native', 'unreadable']).toContain(read.kind);
  if (read.kind === 'unreadable') expect(read.message).toMatch(CHINESE_START);
}

/** Milliseconds `fn` took, with its value. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export interface RawEntry {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size written in the headers: the truth or a lie. */
  declaredSize: number;
  /** The compressed size written in the headers (default: data.length). */
  declaredCompressed?: number;
}

/**
 * A ZIP written by hand (CRC left 0: the readers under test never trust it): local headers and
 * data, then a central directory. `aliases` adds directory entries that point at an earlier
 * entry's data (overlapping entries, the "better zip bomb").
 */
export function rawZip(entries: RawEntry[], aliases: Array<{ name: string; of: number }> = []): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const header = (size: number, fill: (dv: DataView) => void): Uint8Array => {
    const b = new Uint8Array(size);
    fill(new DataView(b.buffer));
    return b;
  };
  for (const e of entries) {
    const name = enc.encode(e.name);
    offsets.push(at);
    const local = header(30, (dv) => {
      dv.setUint32(0, 0x04034b50, true);
      dv.setUint16(4, 20, true);
      dv.setUint16(8, e.method, true);
      dv.setUint32(18, e.declaredCompressed ?? e.data.length, true);
      dv.setUint32(22, e.declaredSize, true);
      dv.setUint16(26, name.length, true);
    });
    chunks.push(local, name, e.data);
    at += 30 + name.length + e.data.length;
  }
  const directoryStart = at;
  const all = [...entries.map((e, i) => ({ e, name: e.name, offset: offsets[i]! })), ...aliases.map((a) => ({ e: entries[a.of]!, name: a.name, offset: offsets[a.of]! }))];
  for (const { e, name: entryName, offset } of all) {
    const name = enc.encode(entryName);
    chunks.push(
      header(46, (dv) => {
        dv.setUint32(0, 0x02014b50, true);
        dv.setUint16(4, 20, true);
        dv.setUint16(6, 20, true);
        dv.setUint16(10, e.method, true);
        dv.setUint32(20, e.declaredCompressed ?? e.data.length, true);
        dv.setUint32(24, e.declaredSize, true);
        dv.setUint16(28, name.length, true);
        dv.setUint32(42, offset, true);
      }),
      name,
    );
    at += 46 + name.length;
  }
  chunks.push(
    header(22, (dv) => {
      dv.setUint32(0, 0x06054b50, true);
      dv.setUint16(8, all.length, true);
      dv.setUint16(10, all.length, true);
      dv.setUint32(12, at - directoryStart, true);
      dv.setUint32(16, directoryStart, true);
    }),
  );
  return concatBytes(chunks);
}

/**
 * A raw DEFLATE stream that inflates `prefix` followed by `megabytes` MB of spaces in a few KB:
 * one 16 MB block deflated with a sync flush (so it ends on a byte boundary) repeated, then an
 * empty final block. Back-references into the previous copy stay valid because every copy is the same.
 */
export function deflateBomb(prefix: string, megabytes: number): Uint8Array {
  const head = deflateRawSync(Buffer.from(prefix), { finishFlush: constants.Z_SYNC_FLUSH });
  const block = deflateRawSync(Buffer.alloc(16 * MB, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const copies = Math.ceil(megabytes / 16);
  const out = new Uint8Array(head.length + block.length * copies + 2);
  out.set(head, 0);
  for (let i = 0; i < copies; i++) out.set(block, head.length + i * block.length);
  out.set([0x03, 0x00], head.length + block.length * copies);
  return out;
}

/** Deflates without a header (for rawZip entries). */
export function deflate(text: string | Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text));
}

export const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
