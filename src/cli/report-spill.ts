// A report's body kept aside in a temporary file while its head waits for the last result (a ranking, totals), then copied after the head.
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportChunk } from '../report/context.js';
import type { BlockKeeper } from '../report/text-store.js';
import { FileBlocks } from './report-blocks.js';
import type { Sink } from './report-sink.js';
import { EncodedStream, REPORT_BUFFER_BYTES } from './report-stream.js';
import { UsageError } from './usage-error.js';

export interface Spill {
  write(chunk: ReportChunk): Promise<void>;
  /** Writes everything kept into `sink`, in order, and deletes the file. */
  copyTo(sink: Sink): Promise<void>;
}

/** Read back in pieces of this size: big enough for few trips, small enough to hold nothing of note. */
const COPY_PIECE = 1 << 20;

function cannotSpill(parent: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UsageError(`无法写入临时文件（${parent}）：${code}；请检查磁盘空间，或用 TMPDIR 指定其他文件夹`);
}

/** One temporary folder per run (in `parent`, the system's by default), made on first use and removed with everything in it at the end. */
export class ScratchFolder {
  private folder: string | undefined;
  private count = 0;
  private readonly keepers: FileBlocks[] = [];

  constructor(private readonly parent = tmpdir()) {}

  /** A new file's path in the folder (made now if it is not yet: the block keepers cannot wait for it). */
  private newFile(name: string): string {
    try {
      this.folder ??= mkdtempSync(join(this.parent, 'jixiao-lint-'));
    } catch (error) {
      throw cannotSpill(this.parent, error);
    }
    return join(this.folder, `${name}-${this.count++}`);
  }

  async spill(): Promise<Spill> {
    const cannot = (error: unknown) => Promise.reject(cannotSpill(this.parent, error));
    const file = this.newFile('body');
    const stream = createWriteStream(file, { highWaterMark: REPORT_BUFFER_BYTES });
    stream.on('error', () => {});
    const encoded = new EncodedStream(stream);
    return {
      async write(chunk) {
        await encoded.write(chunk).catch(cannot);
      },
      async copyTo(sink) {
        await encoded.end().catch(cannot);
        for await (const piece of createReadStream(file, { highWaterMark: COPY_PIECE }) as AsyncIterable<Buffer>) {
          await sink.write(new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength));
        }
        await rm(file, { force: true });
      },
    };
  }

  /** A keeper for a report's text store (ReportContext.blocks): its full blocks go to a file here until the end. */
  blocks(): BlockKeeper {
    const keeper = new FileBlocks(() => this.newFile('blocks'), (error) => cannotSpill(this.parent, error));
    this.keepers.push(keeper);
    return keeper;
  }

  async remove(): Promise<void> {
    for (const keeper of this.keepers) keeper.close();
    if (this.folder !== undefined) await rm(this.folder, { recursive: true, force: true });
  }
}
