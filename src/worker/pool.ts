// The worker pool behind lintFiles({ concurrency }): N worker threads, each with its own linter; files are handed
// out from a shared queue (several at a time per worker, so it reads the next while it lints one) and results come
// back a few at a time as they finish. A worker that dies mid-file, or runs past the per-file time limit (then it is
// terminated), leaves a fatal result for the file its progress board names and is replaced; the other files it held
// are handed out again, so every file gets exactly one result.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isCachedResult, withPath } from '../api/cached-result.js';
import { fatalResult } from '../api/fatal.js';
import type { Concurrency } from '../api/options.js';
import type { FileResult } from '../model/result.js';
import { packageRoot } from '../api/package-root.js';
import { ProgressBoard, sharedClock, type Progress } from './progress-board.js';
import type { PoolWorkerData, WorkerInit, WorkerMessage, WorkerReply, WorkerTask, WorkerTasks } from './protocol.js';
import { REPLY_GROUP_FILES } from './reply-group.js';
import { ResultUnpacker, SelfContainedUnpacker, type PackedResult } from './result-codec.js';
import { timeoutResult } from './time-limit.js';

/**
 * 'auto' uses no workers below this many files. Kept low on purpose: only a worker can stop a file past
 * the time limit, and a batch from many senders should get that guarantee. It costs speed on short
 * batches, because each worker is a V8 isolate of its own that loads the linter and compiles it again
 * (~2.7 s of optimising-compiler work over its first 1,500 files, which two workers must fit on the two
 * cores they lint on, where a lone thread has the second core for it) and because every result must
 * cross to this thread (~0.2 ms to pack in the worker, ~0.07 ms to unpack here). Measured on 2 cores,
 * 2026-11-24, results counted and dropped (`test/bench/batch-rss.mjs`, as the bench's batch row): 200 files
 * 1.8–2.0 s on two workers vs 1.2 s in this thread; 2,000 files 4.7–5.9 s vs 4.7–5.9 s (even, within the
 * machine's drift); 20,000 files 28–31 s vs 43 s. Short batches now leave a core to the compiler
 * (AUTO_ALL_CORES_FILES): one worker on two cores, 100 files in ~1.3 s.
 */
export const AUTO_MIN_FILES = 50;
/** 'auto' starts one worker per this many files, up to os.availableParallelism(). */
export const AUTO_FILES_PER_WORKER = 25;
/**
 * Below this many files 'auto' leaves a core to V8: a worker lints its first ~1,500 files while the optimising
 * compiler works for it on a helper thread, and two workers on two cores had to fit that on the cores they lint
 * on. Measured on 2 cores, 2026-11-25, the CLI writing a summary (alternating runs): 100 files 1.28–1.30 s on one
 * worker vs 1.52–1.61 s on two (0.96 s in this thread); 300 files 1.77–1.96 s vs 2.12–2.38 s; 1,000 files
 * 3.51–3.85 s vs 3.63–4.17 s; 2,000 files 5.86–6.33 s vs 5.23–6.05 s; 5,000 files 13.1–15.6 s vs 12.3–12.4 s.
 * One worker also held 40–70 MB less.
 */
export const AUTO_ALL_CORES_FILES = 2000;

/**
 * Old-generation heap cap of a pool worker, in MB. Without it V8 lets each worker's heap grow to several
 * times what it uses (200 MB for 45 MB live after a few thousand files), and a batch of 20,000 files on
 * two workers peaked at 359 MB (273 MB with this cap; a smaller young generation saved another 28 MB but
 * cost 23 % of the speed, so V8's default is kept). A file that really needs more is not lost: it is linted again on a worker
 * without the cap, so results never depend on the cap.
 */
export const WORKER_HEAP_CAP_MB = 96;

/**
 * Files a pool worker holds at once: a group of answers (REPLY_GROUP_FILES) plus two, so that while its
 * group is on the way here and the pool tops it up, it still lints one file and reads the next. With one
 * file at a time, each worker sat idle for every file's read and the round trip to this thread (2,000 files
 * on two workers: 7.8 s, slower than 6.6 s in one thread).
 */
const IN_FLIGHT = REPLY_GROUP_FILES + 2;

/**
 * Results a worker's share of the pool may leave waiting for the caller to take them. A caller that writes
 * reports as results come (the CLI) can be slower than the workers; past this, no file is handed out until it
 * catches up, so memory does not grow with the batch (2,000 generated files with six reports: 529 MB without).
 */
const WAITING_PER_WORKER = 2 * IN_FLIGHT;

/**
 * For a caller that puts results back in file order: how far past the first file whose result it has not yet
 * taken the pool may hand files out, per worker. Results that finish early wait in the caller's hands, so this
 * bounds them (~0.3 MB each for a generated file); a file that takes long makes the other workers wait once they
 * are this far ahead.
 */
const ORDER_WINDOW_PER_WORKER = 32;

/**
 * How many workers a job of `files` files gets on `cores` cores; 0 lints in the calling thread. 'auto' on one core
 * lints in this thread: a worker there would only share the core with it.
 */
export function workerCount(concurrency: Concurrency | undefined, files: number, cores = availableParallelism()): number {
  if (concurrency === undefined || concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    if (files < AUTO_MIN_FILES || cores < 2) return 0;
    const usable = files < AUTO_ALL_CORES_FILES ? cores - 1 : cores;
    return Math.min(usable, Math.ceil(files / AUTO_FILES_PER_WORKER));
  }
  if (!Number.isInteger(concurrency) || concurrency < 0) {
    throw new RangeError(`concurrency must be 'auto', 'off' or a non-negative integer, got ${String(concurrency)}`);
  }
  return Math.min(concurrency, files);
}

/**
 * The compiled worker entry. Worker threads cannot load TypeScript, so when this module runs from its
 * .ts source (vitest) the worker is the dist/ file that `npm run build` writes (`npm test` builds first).
 */
export function defaultWorkerFile(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./lint-worker.js', import.meta.url);
  const compiled = join(packageRoot(), 'dist', 'src', 'worker', 'lint-worker.js');
  if (!existsSync(compiled)) {
    throw new Error(`并行检查需要编译后的工作线程 ${compiled}；请先运行 npm run build（或使用 concurrency: 'off'）`);
  }
  return pathToFileURL(compiled);
}

export interface PoolJob extends WorkerInit {
  /** Absolute paths, in the order the caller will put the results back in. */
  files: readonly string[];
  workers: number;
  workerFile?: string | URL | undefined;
  /** The path a result shows for a file (relative to cwd), for fatal results made here. */
  shown(file: string): string;
  /** Per-file limit in milliseconds, counted from when a worker starts on the file; null: none. */
  timeoutMs?: number | null;
  /** Old-generation heap cap per worker in MB (default WORKER_HEAP_CAP_MB); null: none. */
  heapCapMb?: number | null;
  /** The caller puts results back in file order: files are handed out no further ahead than ORDER_WINDOW_PER_WORKER allows. */
  ordered?: boolean;
  /** Called with the index of each file handed to a worker (for tests). */
  onHand?: ((index: number) => void) | undefined;
}

/** Lints `files` on `workers` threads; yields each result (with its index in `files`) as it finishes. */
export async function* lintInWorkers(job: PoolJob): AsyncGenerator<WorkerReply> {
  const { files } = job;
  const entry = job.workerFile ?? defaultWorkerFile();
  const init: WorkerInit = { options: job.options };
  if (job.faults !== undefined) init.faults = job.faults;
  const ready: WorkerReply[] = [];
  const returned = new Set<number>();
  const all = new Set<Worker>();
  let wake: (() => void) | undefined;
  let next = 0;
  /** The first file whose result the caller has not taken (all before it are taken). */
  let low = 0;
  const waitingMax = job.workers * WAITING_PER_WORKER;
  const window = job.ordered === true ? job.workers * ORDER_WINDOW_PER_WORKER : Infinity;
  /** Each running pool worker's top-up, called again when the caller takes a result (it may be waiting for room). */
  const fillers = new Set<() => void>();
  /** Set when the job is over, or the caller has stopped taking results. */
  let closed = false;
  /** Files handed to a worker that was stopped before it reached them: handed out again first. */
  const again: number[] = [];
  let live = 0;
  const heapCapMb = job.heapCapMb === undefined ? WORKER_HEAP_CAP_MB : job.heapCapMb;
  /** Reads the cache hits workers send as their entries hold them (shapes numbered per entry: one unpacker serves every worker). */
  const cachedUnpacker = new SelfContainedUnpacker();
  /** A cache hit a worker sent packed; one that does not read back (gzip's CRC and the key guard entries) becomes the file's fatal result. */
  const cachedResult = (packed: PackedResult, filePath: string): FileResult => {
    try {
      const value = packed.codes === undefined ? undefined : cachedUnpacker.unpack<unknown>(packed.codes, packed.strings, packed.shapes);
      if (isCachedResult(value)) return withPath(filePath, value);
    } catch {
      // Damaged: reported below.
    }
    return fatalResult(filePath, 'unknown', '缓存中的检查结果无法读取；请删除缓存文件夹后再检查');
  };
  const deliver = (reply: WorkerReply): void => {
    ready.push(reply);
    wake?.();
  };
  const filesLeft = (): number => again.length + files.length - next;
  const workLeft = (): boolean => filesLeft() > 0;
  /** The next file to hand out, unless the caller has too many results to take (files handed out again always go). */
  const nextTask = (): WorkerTask | undefined => {
    if (again.length > 0) return { index: again[0]!, file: files[again.shift()!]! };
    if (next >= files.length || next >= low + window || ready.length >= waitingMax) return undefined;
    const index = next++;
    return { index, file: files[index]! };
  };

  /**
   * A pool worker (capped heap), or with `only`, an uncapped worker for that one file. A pool worker holds
   * up to IN_FLIGHT files: it reads the next while it lints the current one and answers a few at a time, so
   * it never waits on the disk or on this thread between files. Its progress board says which file it is on
   * and since when: the time limit runs for that file, and a worker that dies is blamed for that file only.
   * The other files it held (answered but not yet sent, or not yet begun) are handed out again.
   */
  const spawn = (only?: number): void => {
    if (closed) return;
    const capped = only === undefined && heapCapMb !== null;
    const board = ProgressBoard.create();
    const workerData: PoolWorkerData = { ...init, board: board.buffer };
    const worker = new Worker(entry, capped ? { workerData, resourceLimits: { maxOldGenerationSizeMb: heapCapMb } } : { workerData });
    all.add(worker);
    live += 1;
    /** Unpacks this worker's results (its packer numbers object shapes from its first result on). */
    const unpacker = new ResultUnpacker();
    /** Handed and not yet answered, in the order the worker takes them. */
    const inFlight: WorkerTask[] = [];
    let lastError: Error | undefined;
    let timer: NodeJS.Timeout | undefined;
    /** Files handed to this worker so far; its board counts those it has started. */
    let handed = 0;
    /** When the worker was first seen between files with files not yet begun, and how many it had started then. */
    let idle: { started: number; at: number } | undefined;
    let handedOnly = false;
    /** Set once the worker is being terminated or has failed. */
    let stopping = false;
    /** The file the board names, if the worker still holds it (between files, or a file just answered: none). */
    const running = ({ index }: Progress): WorkerTask | undefined => (index >= 0 ? inFlight.find((t) => t.index === index) : undefined);
    /** The file the worker is on, by its board; between files, the next one it holds and has not begun. */
    const current = (): WorkerTask | undefined => {
      const progress = board.read();
      return running(progress) ?? inFlight[inFlight.length - (handed - progress.started)] ?? inFlight[0];
    };
    /** Takes the file the worker is on out of its hands and gives the rest back to the queue, in their order. */
    const takeCurrent = (): WorkerTask | undefined => {
      const head = current();
      if (head !== undefined) inFlight.splice(inFlight.indexOf(head), 1);
      again.unshift(...inFlight.splice(0).map((t) => t.index));
      return head;
    };
    /** Past the limit: that file gets its fatal result now, the thread (perhaps stuck in a loop) is terminated and replaced. */
    const expire = (): void => {
      const head = takeCurrent();
      if (head === undefined) return;
      deliver({ index: head.index, result: timeoutResult(job.shown(head.file), job.timeoutMs!) });
      stop();
      if (only === undefined && workLeft()) spawn();
    };
    /**
     * Checks the limit and sets the timer for the next check: the deadline of the file the worker is on.
     * A worker between files that has begun every file it was handed (its answers are on their way here)
     * has nothing to time until it is handed more. One between files with files not yet begun (on their
     * way to it) is timed from when it was first seen so, unless it has started another file since: only a
     * worker whose event loop is blocked outside any file stays so for a whole limit.
     */
    const checkClock = (): void => {
      timer = undefined;
      const limit = job.timeoutMs;
      if (limit == null || inFlight.length === 0) return;
      const now = sharedClock();
      const progress = board.read();
      let since: number;
      if (running(progress) !== undefined) {
        idle = undefined;
        since = progress.startedAt;
      } else if (progress.started >= handed) {
        idle = undefined;
        return;
      } else {
        if (idle === undefined || idle.started !== progress.started) idle = { started: progress.started, at: now };
        since = idle.at;
      }
      if (now - since >= limit) expire();
      else timer = setTimeout(checkClock, since + limit - now);
    };
    /**
     * Terminates the worker and hands it nothing more: it exits a moment later, and files handed to it in
     * between (a refill when the caller takes a result) would die with it.
     */
    const stop = (): void => {
      stopping = true;
      fillers.delete(fill);
      clearTimeout(timer);
      timer = undefined;
      void worker.terminate();
    };
    const hand = (tasks: WorkerTask[]): void => {
      if (tasks.length === 0) return;
      inFlight.push(...tasks);
      handed += tasks.length;
      if (job.onHand !== undefined) for (const task of tasks) job.onHand(task.index);
      worker.postMessage({ tasks } satisfies WorkerTasks);
      if (timer === undefined) checkClock();
    };
    /** Tops the worker up to its share of files; one that has nothing left to do ends. */
    const fill = (): void => {
      if (stopping || closed) return;
      const tasks: WorkerTask[] = [];
      if (only !== undefined) {
        if (!handedOnly) {
          handedOnly = true;
          tasks.push({ index: only, file: files[only]! });
        }
      } else {
        // Near the end of the job, when the files left would not fill every worker, each holds two at most,
        // so that no worker sits on several files while another has run out.
        const most = filesLeft() >= job.workers * IN_FLIGHT ? IN_FLIGHT : 2;
        while (inFlight.length + tasks.length < most) {
          const task = nextTask();
          if (task === undefined) break;
          tasks.push(task);
        }
      }
      hand(tasks);
      // A worker with nothing in hand ends once no file is left; while the caller catches up, it waits to be refilled.
      if (inFlight.length === 0 && (only !== undefined || !workLeft())) stop();
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        if (only === undefined) fillers.add(fill);
        fill();
        return;
      }
      for (const packed of message.replies) {
        // Unpacked even if it is then dropped: the shapes it introduces are numbered for this worker's later results.
        const result = packed.cachedAs === undefined ? unpacker.unpack<FileResult>(packed.packed, packed.result) : cachedResult(packed.packed, packed.cachedAs);
        const reply: WorkerReply = { index: packed.index, result };
        if (inFlight[0]?.index !== reply.index) continue;
        inFlight.shift();
        deliver(reply);
      }
      fill();
    });
    worker.on('error', (error) => {
      lastError = error;
      // It is ending (an uncaught error, out of memory): 'exit' follows, and it must be handed nothing before then.
      stopping = true;
      fillers.delete(fill);
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      fillers.delete(fill);
      live -= 1;
      all.delete(worker);
      const head = takeCurrent();
      if (head !== undefined) {
        const outOfMemory = (lastError as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (capped && outOfMemory) {
          // The cap, not the file, stopped it: lint the file again on an uncapped worker of its own.
          spawn(head.index);
        } else {
          const why = outOfMemory ? '内存不足' : (lastError?.message ?? `退出码 ${code}`);
          deliver({ index: head.index, result: fatalResult(job.shown(head.file), 'unknown', `检查该文件时工作线程意外退出：${why}`) });
        }
        if (only === undefined && workLeft()) spawn();
      }
      wake?.();
    });
  };

  try {
    for (let i = 0; i < Math.min(job.workers, files.length); i++) spawn();
    while (returned.size < files.length) {
      if (ready.length === 0) {
        if (live === 0) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      while (ready.length > 0) {
        const reply = ready.shift()!;
        if (returned.has(reply.index)) continue;
        returned.add(reply.index);
        yield reply;
        while (returned.has(low)) low += 1;
        // The caller took it: room for more files, for workers that were held back.
        for (const refill of fillers) refill();
      }
    }
    // Defensive: a file no worker answered for still gets its one result.
    for (let index = 0; index < files.length; index++) {
      if (!returned.has(index)) yield { index, result: fatalResult(job.shown(files[index]!), 'unknown', '检查该文件时工作线程意外退出') };
    }
  } finally {
    // Also when the caller stops early (a break, an error, Ctrl-C): no worker may be started or handed files after
    // this, or the exit of one terminated here would start another, which would lint on (or, held back, wait) for good.
    closed = true;
    for (const worker of all) void worker.terminate();
  }
}
