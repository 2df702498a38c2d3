// One benchmark worker: builds its own linter and warms it, then per batch generates its share of the
// seeded corpus (documents i ≡ worker mod workers) when told to prepare, and lints it when told to go,
// reporting its lint time, documents and messages, and the used heap of its isolate.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { createLinter } from '../../dist/src/index.js';
import { generateDocument } from './generate.mjs';

const { seed, worker, workers, warmup } = workerData;
const linter = await createLinter({ cwd: workerData.cwd });
const warmTexts = Array.from({ length: warmup }, (_, i) => generateDocument(seed + 7919, i));
const warmStart = performance.now();
for (const text of warmTexts) await linter.lintText(text);
const warmMs = performance.now() - warmStart;

let texts = [];
parentPort.on('message', async (message) => {
  if (message.type === 'prepare') {
    // Generated before the go, so that all workers lint at the same time.
    texts = [];
    for (let i = message.start; i < message.end; i++) if (i % workers === worker) texts.push(generateDocument(seed, i));
    parentPort.postMessage({ type: 'prepared', worker });
    return;
  }
  if (message.type === 'go') {
    let messages = 0;
    const t0 = performance.now();
    for (const text of texts) messages += (await linter.lintText(text)).messages.length;
    const ms = performance.now() - t0;
    parentPort.postMessage({ type: 'done', worker, docs: texts.length, ms, messages, heapBytes: getHeapStatistics().used_heap_size });
  }
});
parentPort.postMessage({ type: 'ready', worker, warmup: { docs: warmup, ms: warmMs } });
