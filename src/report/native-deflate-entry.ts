// A zip entry for fflate's Zip, deflated by node's own zlib in its thread pool instead of fflate's JavaScript deflate: same format, ~2.5× faster, off the calling thread.
// A namespace import: zlib.crc32 (node ≥ 20.15) is looked up when used, so an older node still loads this file.
import * as zlib from 'node:zlib';
import { ZipPassThrough } from 'fflate';

/** What deflate may refer back to: the last 32 KB before a chunk are given to the next one as its dictionary. */
const WINDOW_BYTES = 32 * 1024;
/** The zip method number of deflate. */
const DEFLATE = 8;

/** A chunk on its way through zlib; `compressed` is set when it is done. */
interface InFlight {
  compressed: Uint8Array<ArrayBuffer> | undefined;
  final: boolean;
}

/**
 * An entry compressed as its chunks come, each in zlib's thread pool. Each chunk is deflated on its own, as pigz
 * does: it ends on a sync flush (byte-aligned, no final block), so the pieces join into one deflate stream, and it
 * starts from the previous 32 KB of what was pushed as its dictionary, so it compresses as well as one stream would;
 * the last chunk ends the stream. Since a chunk's dictionary is what was pushed before it, not what zlib made of it,
 * every chunk can start at once; the compressed pieces go on to the zip in the order pushed. Measured on the
 * 2,000-file bench batch's 问题 sheet (212 MB of XML): 2.0 s against fflate's 5.0 s, 24.2 MB against 24.4 MB; the
 * xlsx report's thread no longer waits for it. fflate's ZipPassThrough is meant to be subclassed so (its process()
 * is the hook); it keeps the size, and the CRC unless node has a native one.
 */
export class NativeDeflateEntry extends ZipPassThrough {
  /** The last bytes before the next chunk (at most WINDOW_BYTES), owned here: the caller may reuse its buffers. */
  private window: Uint8Array | undefined;
  private runningCrc = 0;
  private readonly inFlight: InFlight[] = [];
  private failed = false;
  /** Called each time a compressed chunk has gone on to the zip. */
  onsettle: (() => void) | undefined;

  constructor(
    filename: string,
    private readonly level: number,
  ) {
    super(filename);
    this.compression = DEFLATE;
  }

  /** Chunks pushed and not yet handed to the zip. */
  get pending(): number {
    return this.inFlight.length;
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

  /** Starts the chunk's deflate, on a copy: zlib reads it later, and the caller may reuse its buffer at once. */
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const options: zlib.ZlibOptions = { level: this.level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (this.window !== undefined) options.dictionary = this.window;
    if (!final) this.window = lastBytes(this.window, chunk, WINDOW_BYTES);
    const slot: InFlight = { compressed: undefined, final };
    this.inFlight.push(slot);
    zlib.deflateRaw(chunk.slice(), options, (error, compressed) => {
      if (this.failed) return;
      if (error) {
        this.failed = true;
        this.inFlight.length = 0;
        this.ondata(error as unknown as Parameters<typeof this.ondata>[0], new Uint8Array(0), true);
        this.onsettle?.();
        return;
      }
      slot.compressed = compressed as Uint8Array<ArrayBuffer>;
      // The pieces go on in the order pushed, each once those before it have.
      while (this.inFlight.length > 0 && this.inFlight[0]!.compressed !== undefined) {
        const done = this.inFlight.shift()!;
        this.ondata(null, done.compressed!, done.final);
      }
      this.onsettle?.();
    });
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
