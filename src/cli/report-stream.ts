// Writing a report to a file stream: back-pressure, the end, and text fed as UTF-8 through a few buffers used over and over.
import type { WriteStream } from 'node:fs';
import type { ReportChunk } from '../report/context.js';

/**
 * Bytes a report file's stream may hold before a write waits for the disk: the run goes on computing the next
 * file's parts while the last ones are written, and a slow disk still holds it back instead of filling memory.
 * (Waiting for each write to reach the disk left the main thread idle for every one: 14,000 waits for 2,000 files
 * and seven reports.)
 */
export const REPORT_BUFFER_BYTES = 4 << 20;

/**
 * Resolves at once while the stream holds less than its high-water mark, else once it has drained; rejects with
 * the stream's failure, even one that came after an earlier write had resolved.
 */
export function written(stream: WriteStream, chunk: ReportChunk): Promise<void> {
  if (stream.errored) return Promise.reject(stream.errored);
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((done, fail) => {
    const onDrain = (): void => {
      stream.off('error', onError);
      done();
    };
    const onError = (error: Error): void => {
      stream.off('drain', onDrain);
      fail(error);
    };
    stream.once('drain', onDrain).once('error', onError);
  });
}

/** Resolves once everything written is on disk; rejects with the stream's failure, whenever it came. */
export function ended(stream: WriteStream): Promise<void> {
  if (stream.errored) return Promise.reject(stream.errored);
  return new Promise((done, fail) => {
    stream.once('error', fail);
    stream.end((error?: Error | null) => (error ? fail(error) : done()));
  });
}

/** Bytes per buffer: large enough for few writes to the disk, small enough that a few per report hold little. */
export const ENCODE_BUFFER_BYTES = 1 << 20;
/** Buffers per stream: one being filled while the others are written; a write waits when all are out. */
export const ENCODE_BUFFERS = 4;

/**
 * Writes text as UTF-8 into the buffer being filled, and hands a buffer to the stream when it is full; the
 * buffer comes back when the stream has written it. A stream given strings makes a buffer of each: 2,000
 * files and seven reports made ~1 GB of them, which V8 counts as external memory and collects with full
 * collections of the main thread's heap. Bytes (a part kept aside, xlsx) go to the stream as they are, after
 * the text before them. Lone surrogates become U+FFFD, as Buffer.from makes them.
 */
export class EncodedStream {
  private readonly encoder = new TextEncoder();
  private readonly free: Uint8Array[] = [];
  private made = 0;
  /** The buffer being filled, and how much of it is. */
  private filling: Uint8Array | undefined;
  private used = 0;
  /** Writes waiting for a buffer to come back (one at a time when each write is awaited, as reports do). */
  private readonly waiting: { resolve: (buffer: Uint8Array) => void; reject: (error: Error) => void }[] = [];

  constructor(private readonly stream: WriteStream) {
    stream.on('error', (error) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    });
  }

  /** Resolves once the chunk is taken (its bytes may still be on their way to the disk); rejects with the stream's failure. */
  async write(chunk: ReportChunk): Promise<void> {
    if (this.stream.errored) throw this.stream.errored;
    if (typeof chunk !== 'string') {
      this.handOver();
      return written(this.stream, chunk);
    }
    let rest = chunk;
    while (rest.length > 0) {
      this.filling ??= await this.take();
      const { read, written: bytes } = this.encoder.encodeInto(rest, this.filling.subarray(this.used));
      this.used += bytes;
      if (read === rest.length) return;
      // Full (encodeInto never splits a character): the rest goes in the next buffer.
      rest = rest.slice(read);
      this.handOver();
    }
  }

  /** Writes what is left and resolves once everything is on disk; rejects with the stream's failure, whenever it came. */
  end(): Promise<void> {
    this.handOver();
    return ended(this.stream);
  }

  /** Gives the filled part of the buffer to the stream; it comes back once written (after a failure, the stream's error says why). */
  private handOver(): void {
    const buffer = this.filling;
    if (buffer === undefined || this.used === 0) return;
    const bytes = this.used;
    this.filling = undefined;
    this.used = 0;
    this.stream.write(buffer.subarray(0, bytes), (error) => {
      if (error === undefined || error === null) this.giveBack(buffer);
    });
  }

  private giveBack(buffer: Uint8Array): void {
    const waiter = this.waiting.shift();
    if (waiter !== undefined) waiter.resolve(buffer);
    else this.free.push(buffer);
  }

  /** A free buffer, a new one while fewer than ENCODE_BUFFERS exist, else the next to come back. */
  private take(): Promise<Uint8Array> {
    const buffer = this.free.pop();
    if (buffer !== undefined) return Promise.resolve(buffer);
    if (this.made < ENCODE_BUFFERS) {
      this.made += 1;
      return Promise.resolve(new Uint8Array(ENCODE_BUFFER_BYTES));
    }
    if (this.stream.errored) return Promise.reject(this.stream.errored);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
}
