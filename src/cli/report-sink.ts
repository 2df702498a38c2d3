// Where a report's pieces go: stdout (waiting while the pipe is full), or a file written beside its destination and renamed into place once complete.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ReportChunk } from '../report/context.js';
import type { CliIO } from './io.js';
import { EncodedStream, REPORT_BUFFER_BYTES } from './report-stream.js';
import { UsageError } from './usage-error.js';

export interface Sink {
  write(chunk: ReportChunk): Promise<void>;
  /** The report is complete. */
  close(): Promise<void>;
  /** The report failed: leave no half-written file behind. */
  abort(): Promise<void>;
}

/**
 * Text reports arrive as strings, or as the bytes of a body kept aside (UTF-8, cut anywhere): the decoder
 * carries a character split between two reads over to the next.
 */
export function stdoutSink(io: CliIO): Sink {
  const decoder = new TextDecoder();
  return {
    async write(chunk) {
      if (typeof chunk === 'string') await io.stdout(chunk);
      else if (io.stdoutBytes !== undefined) await io.stdoutBytes(chunk);
      else await io.stdout(decoder.decode(chunk, { stream: true }));
    },
    close: async () => {},
    abort: async () => {},
  };
}

function cannotWrite(output: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UsageError(`无法写入报告文件 ${output}：${code}`);
}

/**
 * The -o file (its folders created). Written under a temporary name in the same folder and renamed when the
 * report is complete, so a run that fails half-way leaves the previous report, not a truncated one.
 */
export async function fileSink(output: string, cwd: string): Promise<Sink> {
  const file = resolve(cwd, output);
  // Random enough to keep two runs apart ('wx' refuses an existing name); node:crypto would cost start-up time.
  const partial = `${file}.${Math.random().toString(16).slice(2, 10).padEnd(8, '0')}.tmp`;
  let stream: WriteStream;
  try {
    await mkdir(dirname(file), { recursive: true });
    stream = createWriteStream(partial, { flags: 'wx', highWaterMark: REPORT_BUFFER_BYTES });
    // Failures reach the callbacks below; without a listener the stream's 'error' event would end the process.
    stream.on('error', () => {});
    await new Promise<void>((done, fail) => stream.once('open', () => done()).once('error', fail));
  } catch (error) {
    throw cannotWrite(output, error);
  }
  const encoded = new EncodedStream(stream);
  return {
    async write(chunk) {
      try {
        await encoded.write(chunk);
      } catch (error) {
        throw cannotWrite(output, error);
      }
    },
    async close() {
      try {
        await encoded.end();
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw cannotWrite(output, error);
      }
    },
    async abort() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}
