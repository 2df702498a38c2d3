// How many workers a job gets, and where the worker entry is found when running from the TypeScript sources.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUTO_ALL_CORES_FILES, AUTO_FILES_PER_WORKER, AUTO_MIN_FILES, defaultWorkerFile, workerCount } from '../../src/worker/pool.js';
import { ROOT } from './compiled-worker.js';

describe('workerCount', () => {
  it('off and 0 lint in this thread; N is capped at the number of files', () => {
    expect(workerCount(undefined, 500)).toBe(0);
    expect(workerCount('off', 500)).toBe(0);
    expect(workerCount(0, 500)).toBe(0);
    expect(workerCount(2, 500)).toBe(2);
    expect(workerCount(8, 3)).toBe(3);
    expect(() => workerCount(-1, 5)).toThrow(RangeError);
    expect(() => workerCount(1.5, 5)).toThrow(RangeError);
  });

  it('auto: no workers for small jobs, never more than availableParallelism()', () => {
    expect(workerCount('auto', AUTO_MIN_FILES - 1)).toBe(0);
    expect(workerCount('auto', 100_000)).toBe(availableParallelism() < 2 ? 0 : availableParallelism());
    expect(workerCount('auto', AUTO_MIN_FILES)).toBeLessThanOrEqual(availableParallelism());
  });

  it('auto: a short batch leaves a core to the compiler; one core lints in this thread', () => {
    expect(workerCount('auto', AUTO_MIN_FILES, 2)).toBe(1);
    expect(workerCount('auto', AUTO_ALL_CORES_FILES - 1, 2)).toBe(1);
    expect(workerCount('auto', AUTO_ALL_CORES_FILES, 2)).toBe(2);
    expect(workerCount('auto', AUTO_MIN_FILES, 8)).toBe(Math.ceil(AUTO_MIN_FILES / AUTO_FILES_PER_WORKER));
    expect(workerCount('auto', AUTO_ALL_CORES_FILES - 1, 8)).toBe(7);
    expect(workerCount('auto', AUTO_ALL_CORES_FILES, 8)).toBe(8);
    expect(workerCount('auto', 100_000, 1)).toBe(0);
    expect(workerCount(3, 100_000, 1)).toBe(3);
  });
});

describe('defaultWorkerFile', () => {
  it('from the .ts sources (vitest) is the compiled dist/ worker', () => {
    let file: string;
    try {
      file = fileURLToPath(defaultWorkerFile());
    } catch (error) {
      // dist/ not built (npm test builds it first): the message says what to do.
      expect((error as Error).message).toContain('npm run build');
      return;
    }
    expect(file).toBe(`${ROOT}dist/src/worker/lint-worker.js`);
  });
});
