// Texts kept outside the JavaScript heap, as UTF-8 one after another: what a report holds for every file until its end.

/** Bytes per block of the store: large enough for few blocks, small enough that the last one wastes little. */
export const BLOCK_BYTES = 1 << 20;

/**
 * Where a store's full blocks go, numbered 0, 1, 2 … in the order given, and come back from. In memory by default;
 * the CLI keeps them in a temporary file (src/cli/report-blocks.ts), so that a batch's records do not stay in memory
 * while its files are linted, only at the end, when the reports are finished and the workers have gone.
 */
export interface BlockKeeper {
  /** Keeps the next full block (the bytes given are the block's, to be kept as they are). */
  keep(block: Uint8Array): void;
  /** The n-th block kept. */
  block(n: number): Uint8Array;
}

/** Blocks kept as they are. */
function memoryBlocks(): BlockKeeper {
  const blocks: Uint8Array[] = [];
  return {
    keep: (block) => void blocks.push(block),
    block: (n) => blocks[n]!,
  };
}

/**
 * Appends texts and gives each back by its number. A report that ranks or tabulates every file of a batch keeps a
 * packed record per file (ranking-records.ts) or a row per file and project (xlsx): 20,000 files made ~55 MB of
 * them in V8's heap, which V8 then let grow to a multiple of that. Here they take their UTF-8 size in a few large
 * blocks that the garbage collector never walks. A lone surrogate comes back as U+FFFD, which is what writing it
 * as UTF-8 would have made of it anyway.
 */
export class TextStore {
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  /** The block being filled; the full ones before it went to the keeper. */
  private current: Uint8Array | undefined;
  /** How many blocks went to the keeper: the current block's number. */
  private kept = 0;
  /** Bytes used of the current block. */
  private used = 0;
  /** For each text: its block, its offset there and its length in bytes. */
  private places = new Uint32Array(3 * 1024);
  private count = 0;

  constructor(private readonly keeper: BlockKeeper = memoryBlocks()) {}

  /** Keeps `text`; returns its number (0, 1, 2 … in the order added). */
  add(text: string): number {
    let block = this.current;
    let written = block === undefined ? undefined : this.encoder.encodeInto(text, block.subarray(this.used));
    if (written === undefined || written.read < text.length) {
      // A text never spans two blocks: one that does not fit goes whole into a new block (sized for it when large).
      // UTF-8 takes at most 3 bytes per UTF-16 code unit. The full block goes to the keeper, its unused end cut off.
      if (block !== undefined) {
        this.keeper.keep(block.subarray(0, this.used));
        this.kept += 1;
      }
      block = new Uint8Array(Math.max(BLOCK_BYTES, 3 * text.length));
      this.current = block;
      this.used = 0;
      written = this.encoder.encodeInto(text, block);
    }
    if (3 * (this.count + 1) > this.places.length) {
      const grown = new Uint32Array(this.places.length * 2);
      grown.set(this.places);
      this.places = grown;
    }
    const at = 3 * this.count;
    this.places[at] = this.kept;
    this.places[at + 1] = this.used;
    this.places[at + 2] = written.written;
    this.used += written.written;
    return this.count++;
  }

  /** The text numbered `n`. */
  get(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n >= this.count) throw new RangeError(`no text numbered ${n}`);
    const at = 3 * n;
    const number = this.places[at]!;
    const block = number === this.kept ? this.current! : this.keeper.block(number);
    const offset = this.places[at + 1]!;
    return this.decoder.decode(block.subarray(offset, offset + this.places[at + 2]!));
  }

  get size(): number {
    return this.count;
  }
}
