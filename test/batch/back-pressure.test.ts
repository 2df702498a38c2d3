// The pool hands out no more files than its caller can take: a caller that stops taking results holds the workers back, and in file order the results held back stay within a window.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type InternalLintFilesOptions } from '../../src/api/linter.js';
import { compileWorker, ROOT } from './compiled-worker.js';

const DIR = join(ROOT, 'test/output/batch/back-pressure');
const FILES = 300;
/** The first file hangs until the time limit stops it, so results after it finish early and must wait. */
const HANG = '000.txt';
const LIMIT_MS = 4_000;

let workerFile: string;
beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (let i = 0; i < FILES; i++) copyFileSync(join(ROOT, 'corpus/clean/single-project-2025.txt'), join(DIR, `${String(i).padStart(3, '0')}.txt`));
  workerFile = compileWorker('back-pressure');
}, 120_000);

describe('back-pressure from the caller to the pool', () => {
  it('a caller that stops taking results stops the workers a bounded way ahead; nothing is lost', async () => {
    const linter = await createLinter({ cwd: ROOT });
    const handed = new Set<number>();
    const options: InternalLintFilesOptions = { concurrency: 2, workerFile, onHand: (i) => handed.add(i) };
    const stream = linter.lintFilesStream([DIR], options);
    const first = await stream.next();
    expect(first.done).toBe(false);
    // The caller is busy (a slow report): the workers may finish what they hold and what may wait, no more.
    await sleep(1_500);
    const heldBack = handed.size;
    expect(heldBack).toBeLessThan(80);
    let rest = 0;
    for await (const _ of stream) rest += 1;
    expect(1 + rest).toBe(FILES);
    expect(handed.size).toBe(FILES);
  }, 60_000);

  it('a caller that stops early stops the pool: no worker is started or handed a file after it', async () => {
    const linter = await createLinter({ cwd: ROOT });
    const handed = new Set<number>();
    const options: InternalLintFilesOptions = { concurrency: 2, ordered: true, workerFile, onHand: (i) => handed.add(i) };
    // A live worker thread shows as a MessagePort among the process's active resources.
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const portsBefore = ports();
    let taken = 0;
    for await (const _ of linter.lintFilesStream([DIR], options)) if (++taken === 20) break;
    const atBreak = handed.size;
    // The workers terminated as the stream closed would otherwise be replaced, and their files handed out again.
    await sleep(1_500);
    expect(handed.size).toBe(atBreak);
    expect(atBreak).toBeLessThan(FILES);
    // And none is left running (it would keep a CLI that was interrupted from exiting). At most as many as before:
    // the previous test's workers may still have been ending when they were counted.
    expect(ports()).toBeLessThanOrEqual(portsBefore);
  }, 60_000);

  it('in file order, a file that takes long holds the others back within the window, and the order is kept', async () => {
    const linter = await createLinter({ cwd: ROOT });
    const handed = new Set<number>();
    const options: InternalLintFilesOptions = { concurrency: 2, ordered: true, workerFile, timeoutMs: LIMIT_MS, faults: { hangOn: HANG }, onHand: (i) => handed.add(i) };
    const stream = linter.lintFilesStream([DIR], options);
    const started = performance.now();
    const first = await stream.next();
    // The first result is the hanging file's, stopped at the limit; meanwhile the other worker went ahead, not to the end.
    expect(performance.now() - started).toBeGreaterThanOrEqual(LIMIT_MS - 100);
    expect(first.value?.filePath).toMatch(/000\.txt$/);
    expect(first.value?.fatal?.message).toContain('秒');
    expect(handed.size).toBeLessThan(FILES / 2);
    const order = [first.value!.filePath];
    for await (const result of stream) order.push(result.filePath);
    expect(order).toEqual([...order].sort());
    expect(order).toHaveLength(FILES);
  }, 60_000);
});
