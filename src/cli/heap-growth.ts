// The CLI's limit on how far V8 lets a heap grow past what its last full collection kept (a process-wide V8 flag).
import { setFlagsFromString } from 'node:v8';

/**
 * The heap may grow to (100 + this) % of what a full collection left before the next one. V8's own factor moves
 * between 1.1 and 4 with how fast it collects; a batch's main thread makes garbage fast (each result unpacked and
 * formatted by every report) while keeping little, so V8 chose near 4: with an xlsx report of 20,000 files the
 * main thread's old space reached 285 MB for ~70–90 MB in use, 550 MB peak RSS in all. At 1.5: 113 MB, 364 MB,
 * and the run took 70 s instead of 75 s. The cost is more full collections (2,000 files: the main thread's went
 * from 1 to 14, 65 ms in all, the workers' from 2 to 7), a few percent of a batch at most.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Batches this large get the limit (what 'auto' lints on workers from, src/worker/pool.ts AUTO_MIN_FILES). A run on a
 * few files does not need it, and setting a V8 flag costs a cold start ~8–10 ms (165–176 ms instead of 158–168 ms,
 * 21 runs each, alternating): node's own modules loaded afterwards no longer match the flags their built-in code
 * cache was made with, and are compiled from source. Set before the batch, nearly all of the CLI's are loaded.
 */
export const BATCH_MIN_FILES = 50;

/** The command line's own --heap-growing-percent, if any, wins. */
export function heapGrowthFlag(execArgv: readonly string[]): string | undefined {
  if (execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return undefined;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/**
 * Sets the flag for this process (its worker threads included). Only the executable calls this (CliIO.beforeBatch):
 * a library must not change its host's V8. V8 reads the flag at each full collection, so setting it once the files
 * are listed is in time. The bundle's code cache (src/build/cli-loader.mjs) was read before and matched; only a
 * cache written at the end of such a run (when there was no usable one) is made under the flag, and the next run
 * without it writes a fresh one.
 */
export function limitHeapGrowth(execArgv: readonly string[]): void {
  const flag = heapGrowthFlag(execArgv);
  if (flag !== undefined) setFlagsFromString(flag);
}
