// A lint worker thread: builds its own linter (its own rule engines) from the pool's options, then lints the
// files of its task messages one after another (reading the next meanwhile), marks on its progress board which
// file it is on, and posts the FileResults back packed, a few at a time. It never fails on a file: anything the
// linter throws becomes a fatal result for that file and the worker goes on. It says when it is ready, so that
// its start-up does not count against the first file's time limit.
import { parentPort, workerData } from 'node:worker_threads';
import { relative } from 'node:path';
import { fatalResult } from '../api/fatal.js';
import { createLinter, type InternalLinter, type PackedHit } from '../api/linter.js';
import type { FileResult } from '../model/result.js';
import { ProgressBoard } from './progress-board.js';
import type { PoolWorkerData, WorkerMessage, WorkerTask, WorkerTasks } from './protocol.js';
import { ReplyGroup } from './reply-group.js';
import { ResultPacker } from './result-codec.js';

const port = parentPort;
if (port === null) throw new Error('lint-worker.js runs only as a worker thread');
const { options, faults = {}, board: boardBuffer } = workerData as PoolWorkerData;
const board = new ProgressBoard(boardBuffer);
const linter = (await createLinter(options)) as InternalLinter;
const cwd = options.cwd ?? process.cwd();

/** Lints one file (its read already begun); undefined when a test fault ends the thread instead. */
async function lintTask({ index, file }: WorkerTask, read: Promise<Uint8Array | FileResult>): Promise<{ index: number; result: FileResult | PackedHit } | undefined> {
  try {
    // Test-only fault: a file that never finishes. The thread blocks for good (without burning a core, unlike a real
    // runaway parse) and, as with one, only terminating the thread stops it.
    if (faults.hangOn !== undefined && file.endsWith(faults.hangOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    // Test-only fault: crash the thread with an uncaught error, as a real failure would (the pool sees it die).
    if (faults.exitOn !== undefined && file.endsWith(faults.exitOn)) {
      setImmediate(() => {
        throw new Error('模拟的线程崩溃');
      });
      return undefined;
    }
    if (faults.throwOn !== undefined && file.endsWith(faults.throwOn)) throw new Error('模拟的检查故障');
    // Test-only fault: a file that needs ~200 MB of heap while it is linted (small arrays, so it is old-generation heap).
    const held = faults.memoryOn !== undefined && file.endsWith(faults.memoryOn) ? Array.from({ length: 200 }, () => Array.from({ length: 131_072 }, (_, i) => i + 0.5)) : [];
    const reply = { index, result: await linter.lintFileReadPacked(file, read) };
    held.length = 0;
    return reply;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { index, result: fatalResult(relative(cwd, file) || file, 'unknown', `检查时出错：${message}`) };
  }
}

// The pool hands several files at once. Each file's read starts as it arrives, so the next one is read while
// this one is linted; files are linted and answered strictly in the order they came.
const queue: { task: WorkerTask; read: Promise<Uint8Array | FileResult> }[] = [];
/** Packs every result this worker sends (the pool keeps the matching unpacker for this worker) and sends them in groups. */
const replies = new ReplyGroup(new ResultPacker(), (packed, transfer) => port!.postMessage({ replies: packed } satisfies WorkerMessage, transfer));
let draining = false;
async function drain(): Promise<void> {
  draining = true;
  while (queue.length > 0) {
    const { task, read } = queue.shift()!;
    board.start(task.index);
    const reply = await lintTask(task, read);
    // A test fault is ending the thread: the board still names this file, so the pool blames it.
    if (reply === undefined) return;
    replies.add(reply.index, reply.result, queue.length > 0);
    board.finish();
  }
  draining = false;
}

port.on('message', ({ tasks }: WorkerTasks) => {
  for (const task of tasks) queue.push({ task, read: linter.readAhead(task.file) });
  if (!draining) void drain();
});
port.postMessage({ ready: true } satisfies WorkerMessage);
