// written/ended: a report's writes return at once while its stream has room, wait when it is full, and a disk failure reaches the run even after the write that caused it returned.
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ended, written } from '../../src/cli/report-sink.js';
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
