// Messages between the pool (main thread) and a lint worker. Everything here is structured-cloneable.
import type { LinterOptions } from '../api/options.js';
import type { FileResult } from '../model/result.js';
import type { PackedResult } from './result-codec.js';

/**
 * Faults a worker simulates, for the tests of the pool's recovery only: a file whose path ends with
 * `throwOn` makes the linter throw; one ending with `exitOn` ends the worker thread mid-file; one
 * ending with `hangOn` never finishes (the thread blocks until it is terminated, as a runaway
 * parse would; in-thread linting, which cannot be interrupted, blocks just past the limit); one
 * ending with `memoryOn` holds about 200 MB while it is linted, as a huge workbook would (past a
 * capped worker's heap, well within an uncapped one).
 */
export interface WorkerFaults {
  throwOn?: string;
  exitOn?: string;
  hangOn?: string;
  memoryOn?: string;
}

export interface WorkerInit {
  /** The options the worker builds its own linter from (the same as the caller's linter). */
  options: LinterOptions;
  faults?: WorkerFaults;
}

/** What a pool worker is started with: its init and its progress board (src/worker/progress-board.ts). */
export interface PoolWorkerData extends WorkerInit {
  board: SharedArrayBuffer;
}

/** A file to lint: its index in the job (results are put back in this order) and its absolute path. */
export interface WorkerTask {
  index: number;
  file: string;
}

/** Files handed to a worker in one message, to be linted in this order after those it already holds. */
export interface WorkerTasks {
  tasks: WorkerTask[];
}

/** A file's result, as the pool hands it on. */
export interface WorkerReply {
  index: number;
  result: FileResult;
}

/** A file's result as a worker sends it: packed (src/worker/result-codec.ts), or whole when it cannot be. */
export interface PackedReply {
  index: number;
  packed: PackedResult;
  /** The result itself, only when `packed.codes` is absent. */
  result?: FileResult;
  /**
   * Set for a result read from the cache and sent as its entry holds it: `packed` numbers its shapes for
   * itself (a SelfContainedUnpacker reads it) and lacks the path, which this is.
   */
  cachedAs?: string;
}

/** Results of consecutive files, in the order they were handed (src/worker/reply-group.ts). */
export interface PackedReplies {
  replies: PackedReply[];
}

/** Sent once the worker's linter is built: the pool hands it files only then, so start-up never counts against a file's limit. */
export interface WorkerReady {
  ready: true;
}

export type WorkerMessage = PackedReplies | WorkerReady;
