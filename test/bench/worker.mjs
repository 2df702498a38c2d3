// One benchmark worker: builds its own linter and warms it, then per batch takes the batch's documents when
// told to prepare, and when told to go lints documents claimed from the batch's shared counter (as the real
// pool hands out files from one queue), sending the results back packed and a few at a time as the real pool's
// workers do (src/worker/reply-group.ts), or, when told, keeping them, and reports its time, documents and its
// isolate's used heap.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { createLinter } from '../../dist/src/index.js';
import { ResultPacker } from '../../dist/src/worker/result-codec.js';
import { ReplyGroup } from '../../dist/src/worker/reply-group.js';
import { generateDocument } from './generate.mjs';

const { seed, worker, warmup } = workerData;
/** Index of the next unclaimed document of the batch, shared by the pool's workers. */
const nextDocument = new Int32Array(workerData.counter);
const linter = await createLinter({ cwd: workerData.cwd });
/** Sends results to the main thread as src/worker/lint-worker.ts does: packed, the streams transferred, in groups. */
const replies = new ReplyGroup(new ResultPacker(), (packed, transfer) => parentPort.postMessage({ type: 'results', replies: packed }, transfer));
const warmTexts = Array.from({ length: warmup }, (_, i) => generateDocument(seed + 7919, i));
const warmStart = performance.now();
for (let i = 0; i < warmTexts.length; i++) replies.add(i, await linter.lintText(warmTexts[i]), i + 1 < warmTexts.length);
const warmMs = performance.now() - warmStart;

let texts = [];
parentPort.on('message', async (message) => {
  if (message.type === 'prepare') {
    texts = message.texts;
    parentPort.postMessage({ type: 'prepared', worker });
    return;
  }
  if (message.type === 'go') {
    // With send, each result goes to the main thread; without, it stays here and only its messages are counted.
    let docs = 0;
    let messages = 0;
    const t0 = performance.now();
    // Each document is claimed before the previous result is held, so the group knows whether another follows.
    let i = Atomics.add(nextDocument, 0, 1);
    while (i < texts.length) {
      const result = await linter.lintText(texts[i]);
      const done = i;
      i = Atomics.add(nextDocument, 0, 1);
      if (message.send) replies.add(done, result, i < texts.length);
      else messages += result.messages.length;
      docs += 1;
    }
    const ms = performance.now() - t0;
    parentPort.postMessage({ type: 'done', worker, docs, ms, messages, heapBytes: getHeapStatistics().used_heap_size });
  }
});
parentPort.postMessage({ type: 'ready', worker, warmup: { docs: warmup, ms: warmMs } });
