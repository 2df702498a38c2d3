// One benchmark worker: builds its own linter and warms it, then per batch takes the batch's documents when
// told to prepare, and when told to go lints documents claimed from the batch's shared counter (as the real
// pool hands out files from one queue), sending each result back packed as the real pool's workers do (or,
// when told, keeping it), and reports its time, documents and its isolate's used heap.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { createLinter } from '../../dist/src/index.js';
import { ResultPacker } from '../../dist/src/worker/result-codec.js';
import { generateDocument } from './generate.mjs';

const { seed, worker, warmup } = workerData;
/** Index of the next unclaimed document of the batch, shared by the pool's workers. */
const nextDocument = new Int32Array(workerData.counter);
const linter = await createLinter({ cwd: workerData.cwd });
const packer = new ResultPacker();
/** Lints one text and sends its result to the main thread (the stream transferred, as src/worker/lint-worker.ts does). */
async function lintAndSend(text) {
  const result = await linter.lintText(text);
  const { packed, whole, transfer } = packer.packForPost(result);
  parentPort.postMessage({ type: 'result', packed, result: whole }, transfer);
}
const warmTexts = Array.from({ length: warmup }, (_, i) => generateDocument(seed + 7919, i));
const warmStart = performance.now();
for (const text of warmTexts) await lintAndSend(text);
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
    for (let i = Atomics.add(nextDocument, 0, 1); i < texts.length; i = Atomics.add(nextDocument, 0, 1)) {
      if (message.send) await lintAndSend(texts[i]);
      else messages += (await linter.lintText(texts[i])).messages.length;
      docs += 1;
    }
    const ms = performance.now() - t0;
    parentPort.postMessage({ type: 'done', worker, docs, ms, messages, heapBytes: getHeapStatistics().used_heap_size });
  }
});
parentPort.postMessage({ type: 'ready', worker, warmup: { docs: warmup, ms: warmMs } });
