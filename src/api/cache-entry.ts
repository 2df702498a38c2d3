// A result cache entry's bytes: its key and shapes as JSON, its strings (cache-strings.ts), then the packed result's codes in binary, gzipped.
import { gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import { ResultPacker, SelfContainedUnpacker } from '../worker/result-codec.js';
import { decodeStrings, encodeStrings } from './cache-strings.js';

/**
 * The entry's JSON part. `width` is the bytes per code: 4 when every code is a 32-bit integer (nearly
 * always: tags, lengths, string and shape numbers, line numbers), else 8 (a score like 87.5).
 */
interface EntryHeader {
  key: string;
  width: 4 | 8;
  shapes: string[][];
}

/** Where the codes start: after the strings' bytes, at a multiple of 8 so they can be read in place. */
function codesStart(stringsEnd: number): number {
  return Math.ceil(stringsEnd / 8) * 8;
}

/** True when every code is an integer a 32-bit slot holds exactly (-0 and NaN are not). */
function fitsInt32(codes: Float64Array): boolean {
  for (let i = 0; i < codes.length; i++) if (!Object.is(codes[i]! | 0, codes[i])) return false;
  return true;
}

/**
 * Writes and reads entries: one per cache, holding the packer's shape writers, the unpacker's shape
 * builders and the buffer codes are read into, all kept from entry to entry.
 */
export class EntryCodec {
  private readonly packer = new ResultPacker({ selfContained: true });
  private readonly unpacker = new SelfContainedUnpacker();
  /**
   * 4-byte codes are widened into this, grown as needed, not into a new array per entry: with two arrays
   * per entry (a copy and the widened codes) a run reading 2,000 entries back held 41 MB of ArrayBuffers
   * instead of 6, and V8 ran 14 full collections instead of 1 to free them.
   */
  private scratch = new Float64Array(0);

  /**
   * The entry for `key` and `value`, null when the value holds something the packer cannot carry (never a
   * linter's result). Layout, before gzip: header length (u32 LE), 4 bytes unused, the header's UTF-8, the
   * strings (encodeStrings), zero bytes up to a multiple of 8, the codes in the platform's byte order (part
   * of the cache's tool identity).
   */
  encode(key: string, value: unknown): Buffer | null {
    const { codes, strings, shapes } = this.packer.pack(value);
    if (codes === undefined) return null;
    const narrow = fitsInt32(codes);
    const header: EntryHeader = { key, width: narrow ? 4 : 8, shapes };
    const json = Buffer.from(JSON.stringify(header));
    const text = encodeStrings(strings);
    const body = narrow ? new Int32Array(codes) : codes;
    const start = codesStart(8 + json.length + text.length);
    const bytes = Buffer.alloc(start + body.byteLength);
    bytes.writeUInt32LE(json.length, 0);
    json.copy(bytes, 8);
    text.copy(bytes, 8 + json.length);
    bytes.set(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), start);
    return gzipSync(bytes, { level: zlib.Z_BEST_SPEED });
  }

  /** An entry's key and value; throws when the bytes are not an entry (not gzip, truncated, another layout). */
  decode<T>(zipped: Uint8Array): { key: string; value: T } {
    const { key, strings, shapes, width, memory, offset, count } = readEntry(zipped);
    let codes: Float64Array;
    if (width === 8) codes = new Float64Array(memory, offset, count);
    else {
      if (this.scratch.length < count) this.scratch = new Float64Array(Math.max(count, this.scratch.length * 2));
      // Exactly the entry's codes: a stream that runs past them reads undefined and fails, never an older entry's codes.
      codes = this.scratch.subarray(0, count);
      codes.set(new Int32Array(memory, offset, count));
    }
    return { key, value: this.unpacker.unpack<T>(codes, strings, shapes) };
  }

  /**
   * An entry's key and its value still packed, with codes of their own (to be transferred to another
   * thread and unpacked there by a SelfContainedUnpacker); throws as decode does.
   */
  decodePacked(zipped: Uint8Array): { key: string; packed: PackedEntry } {
    const { key, strings, shapes, width, memory, offset, count } = readEntry(zipped);
    const codes = new Float64Array(count);
    codes.set(width === 8 ? new Float64Array(memory, offset, count) : new Int32Array(memory, offset, count));
    return { key, packed: { codes, strings, shapes } };
  }
}

/** A value packed by a self-contained ResultPacker, as an entry holds it. */
export interface PackedEntry {
  codes: Float64Array;
  strings: string[];
  shapes: string[][];
}

/** An entry's parts, its codes where they lie in `memory` (aligned to their width). */
function readEntry(zipped: Uint8Array) {
  const bytes = gunzipSync(zipped, { chunkSize: outputChunk(zipped) });
  const headerBytes = bytes.readUInt32LE(0);
  const header: unknown = JSON.parse(bytes.toString('utf8', 8, 8 + headerBytes));
  if (!isHeader(header)) throw new Error('not a cache entry');
  const { strings, end } = decodeStrings(bytes, 8 + headerBytes);
  const start = codesStart(end);
  const byteLength = bytes.length - start;
  if (byteLength < 0 || byteLength % header.width !== 0) throw new Error('cache entry truncated');
  const at = bytes.byteOffset + start;
  // gunzip's buffer starts its own memory, so the codes are aligned and read in place; from a copy otherwise.
  const aligned = at % header.width === 0;
  return {
    key: header.key,
    strings,
    shapes: header.shapes,
    width: header.width,
    memory: aligned ? bytes.buffer : new Uint8Array(bytes.subarray(start)).buffer,
    offset: aligned ? at : 0,
    count: byteLength / header.width,
  };
}

/** gzip's trailer states the unzipped size: read into one piece of that size, the output is not pieced together. */
const MAX_ONE_PIECE = 16 * 1024 * 1024;

/**
 * zlib's output piece for unzipping `zipped`: one more byte than its stated size (a piece filled to the
 * last byte makes zlib set aside the next), or zlib's default for a size past MAX_ONE_PIECE (a damaged entry).
 */
function outputChunk(zipped: Uint8Array): number {
  if (zipped.length < 18) return zlib.Z_DEFAULT_CHUNK;
  const stated = new DataView(zipped.buffer, zipped.byteOffset + zipped.length - 4, 4).getUint32(0, true);
  return stated < MAX_ONE_PIECE ? Math.max(zlib.Z_MIN_CHUNK, stated + 1) : zlib.Z_DEFAULT_CHUNK;
}

/** Whether a parsed header has the fields an entry's header has (the entry could be from anything). */
function isHeader(value: unknown): value is EntryHeader {
  const h = value as EntryHeader;
  return typeof h === 'object' && h !== null && typeof h.key === 'string' && (h.width === 4 || h.width === 8) && Array.isArray(h.shapes);
}
