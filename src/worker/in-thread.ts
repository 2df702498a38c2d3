// The per-file time limit without worker threads. JavaScript cannot interrupt its own thread, so this is not
// preemptive: a step that awaits (reading the file) is abandoned when the limit passes, and a file whose
// synchronous work (unzipping, parsing, running the rules) ends past the limit is reported as timed out — the
// same result a worker would have given — but the run waits for that work. Workers give the hard limit.
import type { FileResult } from '../model/result.js';
import type { WorkerFaults } from './protocol.js';
import { timeoutResult } from './time-limit.js';

export interface InThreadLimit {
  /** Milliseconds; null: no limit. */
  timeoutMs: number | null;
  /** The path a result shows for the file. */
  shown: string;
  faults?: WorkerFaults | undefined;
}

/** Blocks the thread as a runaway parse would (the test fault: just past the limit, since nothing here could stop an endless one). */
function block(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Lints one file in this thread under the limit. */
export async function lintInThread(lint: (file: string) => Promise<FileResult>, file: string, limit: InThreadLimit): Promise<FileResult> {
  const { timeoutMs } = limit;
  const start = performance.now();
  if (limit.faults?.hangOn !== undefined && file.endsWith(limit.faults.hangOn)) block((timeoutMs ?? 0) + 100);
  if (timeoutMs === null) return lint(file);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), Math.max(0, timeoutMs - (performance.now() - start)));
  });
  try {
    const result = await Promise.race([lint(file), expired]);
    return result === null || performance.now() - start > timeoutMs ? timeoutResult(limit.shown, timeoutMs) : result;
  } finally {
    clearTimeout(timer);
  }
}
