// A worker's progress board: which file it is on and since when, as another thread reads it.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ProgressBoard, sharedClock } from '../../src/worker/progress-board.js';

describe('ProgressBoard', () => {
  it('starts between files; names the file begun, with its start on the shared clock, until it is finished', () => {
    const board = ProgressBoard.create();
    expect(board.read()).toMatchObject({ index: -1, started: 0 });
    const before = sharedClock();
    board.start(3);
    const progress = board.read();
    expect(progress.index).toBe(3);
    expect(progress.started).toBe(1);
    expect(progress.startedAt).toBeGreaterThanOrEqual(before);
    expect(progress.startedAt).toBeLessThanOrEqual(sharedClock());
    board.finish();
    expect(board.read()).toMatchObject({ index: -1, started: 1 });
  });

  it('is read by another thread over the same buffer, on a clock both threads share', async () => {
    const board = ProgressBoard.create();
    board.start(41);
    const before = board.read().startedAt;
    // The other thread reads the board's layout directly: Int32 index and count, then the Float64 start.
    const seen = await new Promise<{ index: number; started: number; startedAt: number; clockGap: number }>((resolve, reject) => {
      const worker = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         const ints = new Int32Array(workerData, 0, 2);
         const times = new Float64Array(workerData, 8, 1);
         parentPort.postMessage({ index: Atomics.load(ints, 0), started: Atomics.load(ints, 1), startedAt: times[0], clockGap: performance.timeOrigin + performance.now() - times[0] });`,
        { eval: true, workerData: board.buffer },
      );
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(seen).toMatchObject({ index: 41, started: 1, startedAt: before });
    // The other thread's clock reads after the start, and not far after: both threads use the same clock.
    expect(seen.clockGap).toBeGreaterThanOrEqual(0);
    expect(seen.clockGap).toBeLessThan(10_000);
  });
});
