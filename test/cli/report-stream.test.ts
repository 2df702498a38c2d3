// written/ended: a report's writes return at once while its stream has room, wait when it is full, and a disk failure reaches the run even after the write that caused it returned.
// EncodedStream: text reaches the file as Buffer.from would write it, through a few buffers used again, and waits when all are out.
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ENCODE_BUFFER_BYTES, ENCODE_BUFFERS, EncodedStream, ended, written } from '../../src/cli/report-stream.js';
import { temporaryFolder } from './temporary-folder.js';

let dir: string;
temporaryFolder('jixiao-sink-', (path) => (dir = path), { each: true });

/** Whether the promise has settled after the current turn of the event loop's microtasks. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe('written and ended', () => {
  it('returns at once below the high-water mark, waits for the disk above it, and every byte arrives in order', async () => {
    const file = join(dir, 'a.txt');
    const stream = createWriteStream(file, { highWaterMark: 1024 });
    expect(await settledNow(written(stream, 'a'.repeat(100)))).toBe(true);
    const full = written(stream, 'b'.repeat(4096));
    expect(await settledNow(full)).toBe(false);
    await full;
    await written(stream, new TextEncoder().encode('指标'));
    await ended(stream);
    expect(await readFile(file, 'utf8')).toBe(`${'a'.repeat(100)}${'b'.repeat(4096)}指标`);
  });

  it.runIf(existsSync('/dev/full'))('rejects a later write and the end with a failure that came after a write had returned (disk full)', async () => {
    const stream = createWriteStream('/dev/full', { highWaterMark: 1 << 20 });
    stream.on('error', () => {});
    await written(stream, 'x'.repeat(1000));
    await new Promise<void>((resolve) => stream.once('close', () => resolve()));
    await expect(written(stream, 'more')).rejects.toThrow(/ENOSPC/);
    await expect(ended(stream)).rejects.toThrow(/ENOSPC/);
  });

  it.runIf(existsSync('/dev/full'))('rejects the end when the last buffered bytes cannot be written', async () => {
    const stream = createWriteStream('/dev/full', { highWaterMark: 1 << 20 });
    stream.on('error', () => {});
    await written(stream, 'x'.repeat(1000));
    await expect(ended(stream)).rejects.toThrow(/ENOSPC/);
  });
});

describe('EncodedStream', () => {
  it('writes text and bytes in order, as Buffer.from would encode the text, across buffer boundaries', async () => {
    const file = join(dir, 'e.txt');
    const encoded = new EncodedStream(createWriteStream(file));
    // Characters of 1 to 4 UTF-8 bytes so that some fall across a buffer's end, a lone surrogate, and bytes between texts.
    const big = 'a指😀é'.repeat(200_000);
    const chunks: (string | Uint8Array)[] = ['head\n', big, new TextEncoder().encode('<bytes>'), 'x\ud800y', '', 'b'.repeat(ENCODE_BUFFER_BYTES - 3), '指标', big];
    for (const chunk of chunks) await encoded.write(chunk);
    await encoded.end();
    const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c))));
    expect((await readFile(file)).equals(expected)).toBe(true);
  });

  it('hands out no more than ENCODE_BUFFERS buffers: a write waits until the stream gives one back', async () => {
    const done: (() => void)[] = [];
    const received: Buffer[] = [];
    // A stream that finishes a write only when the test says so.
    const slow = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received.push(Buffer.from(chunk));
        done.push(() => callback());
      },
    });
    const encoded = new EncodedStream(slow as never);
    const full = 'c'.repeat(ENCODE_BUFFER_BYTES);
    for (let i = 0; i < ENCODE_BUFFERS; i++) await encoded.write(full);
    const waiting = encoded.write(`${full}d`);
    let settled = false;
    void waiting.then(() => (settled = true));
    // A whole turn of the event loop: a write that had a buffer would have settled by then.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    // The first buffer comes back once the stream has written it; the waiting write then goes on.
    while (done.length > 0) done.shift()!();
    await waiting;
    const end = encoded.end();
    while (done.length > 0 || !(await settledNow(end))) {
      while (done.length > 0) done.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await end;
    expect(Buffer.concat(received).toString()).toBe(`${full.repeat(ENCODE_BUFFERS)}${full}d`);
  });

  it.runIf(existsSync('/dev/full'))('rejects a write or the end with the failure of the disk (disk full)', async () => {
    const stream = createWriteStream('/dev/full');
    stream.on('error', () => {});
    const encoded = new EncodedStream(stream);
    const attempt = async () => {
      for (let i = 0; i < 4 * ENCODE_BUFFERS; i++) await encoded.write('x'.repeat(ENCODE_BUFFER_BYTES));
      await encoded.end();
    };
    await expect(attempt()).rejects.toThrow(/ENOSPC/);
  });
});

