// A zip entry for fflate's Zip, deflated by node's own zlib instead of fflate's JavaScript deflate: same format, ~2.5× faster.
// A namespace import: zlib.crc32 (node ≥ 20.15) is looked up when used, so an older node still loads this file.
import * as zlib from 'node:zlib';
import { ZipPassThrough } from 'fflate';

/** What deflate may refer back to: the last 32 KB before a chunk are given to the next one as its dictionary. */
const WINDOW_BYTES = 32 * 1024;
/** The zip method number of deflate. */
const DEFLATE = 8;

/**
 * An entry compressed as its chunks come, synchronously (an xlsx row's bytes are ready when add() returns).
 * node's zlib has no synchronous stream, so each chunk is deflated on its own, as pigz does: it ends on a sync
 * flush (byte-aligned, no final block), so the pieces join into one deflate stream, and it starts from the
 * previous 32 KB as its dictionary, so it compresses as well as one stream would; the last chunk ends the
 * stream. Measured on the 2,000-file bench batch's 问题 sheet (212 MB of XML): 2.0 s against fflate's 5.0 s,
 * 24.2 MB against 24.4 MB. fflate's ZipPassThrough is meant to be subclassed so (its process() is the hook);
 * it keeps the size, and the CRC unless node has a native one.
 */
export class NativeDeflateEntry extends ZipPassThrough {
  /** The last bytes before the next chunk (at most WINDOW_BYTES), owned here: the caller may reuse its buffers. */
  private window: Uint8Array | undefined;
  private runningCrc = 0;

  constructor(
    filename: string,
    private readonly level: number,
  ) {
    super(filename);
    this.compression = DEFLATE;
  }

  override push(chunk: Uint8Array, final = false): void {
    // zlib.crc32 is node ≥ 20.15; before that fflate's own (JavaScript) CRC is used.
    if (typeof zlib.crc32 !== 'function') return super.push(chunk, final);
    if (!this.ondata) throw new Error(`zip entry ${this.filename}: pushed before it was added to the zip`);
    this.runningCrc = zlib.crc32(chunk, this.runningCrc);
    this.size += chunk.length;
    if (final) this.crc = this.runningCrc;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const options: zlib.ZlibOptions = { level: this.level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (this.window !== undefined) options.dictionary = this.window;
    const compressed = zlib.deflateRawSync(chunk, options);
    if (!final) this.window = lastBytes(this.window, chunk, WINDOW_BYTES);
    this.ondata(null, compressed, final);
  }
}

/** A copy of the last `limit` bytes of `before` followed by `chunk`. */
function lastBytes(before: Uint8Array | undefined, chunk: Uint8Array, limit: number): Uint8Array {
  if (chunk.length >= limit || before === undefined) return chunk.slice(Math.max(0, chunk.length - limit));
  const keep = Math.min(before.length, limit - chunk.length);
  const window = new Uint8Array(keep + chunk.length);
  window.set(before.subarray(before.length - keep), 0);
  window.set(chunk, keep);
  return window;
}
