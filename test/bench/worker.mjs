// One benchmark worker: builds its own linter, then lints documents index ≡ worker (mod workers) of
// the seeded corpus, generating them in batches outside the timed sections. Reports busy lint time,
// documents, indicators and messages, the peak heap of its isolate, and how long its own warm-up took.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { createLinter } from '../../dist/src/index.js';
import { generateDocument } from './generate.mjs';

const { seed, docs, worker, workers, batch, warmup } = workerData;
const linter = await createLinter({ cwd: workerData.cwd });
const warmTexts = Array.from({ length: warmup }, (_, i) => generateDocument(seed + 7919, i));
const warmStart = performance.now();
for (const text of warmTexts) await linter.lintText(text);
const warmMs = performance.now() - warmStart;
let heapPeak = getHeapStatistics().used_heap_size;

parentPort.postMessage({ type: 'ready' });
parentPort.once('message', async () => {
  let ms = 0;
  let count = 0;
  let messages = 0;
  const mine = [];
  for (let i = worker; i < docs; i += workers) mine.push(i);
  for (let b = 0; b < mine.length; b += batch) {
    const texts = mine.slice(b, b + batch).map((i) => generateDocument(seed, i));
    const t0 = performance.now();
    for (const text of texts) {
      const result = await linter.lintText(text);
      messages += result.messages.length;
    }
    ms += performance.now() - t0;
    count += texts.length;
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  }
  parentPort.postMessage({ type: 'done', worker, docs: count, ms, messages, heapPeakBytes: heapPeak, warmup: { docs: warmup, ms: warmMs } });
});
