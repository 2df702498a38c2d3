// A report's body kept aside in a temporary file while its head waits for the last result (a ranking, totals), then copied after the head.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportChunk } from '../report/context.js';
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
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UsageError(`无法写入临时文件（${parent}）：${code}；请检查磁盘空间，或用 TMPDIR 指定其他文件夹`);
}

/** One temporary folder per run (in `parent`, the system's by default), made on first use and removed with everything in it at the end. */
export class ScratchFolder {
  private folder: Promise<string> | undefined;
  private count = 0;

  constructor(private readonly parent = tmpdir()) {}

  async spill(): Promise<Spill> {
    const cannot = (error: unknown) => Promise.reject(cannotSpill(this.parent, error));
    this.folder ??= mkdtemp(join(this.parent, 'jixiao-lint-'));
    const file = join(await this.folder.catch(cannot), `body-${this.count++}`);
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

  async remove(): Promise<void> {
    if (this.folder === undefined) return;
    const folder = await this.folder.catch(() => undefined);
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  }
}
