// Pool workers run with a capped heap; a file that needs more is linted again on an uncapped worker, so results never depend on the cap.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type InternalLintFilesOptions } from '../../src/api/linter.js';
import { WORKER_HEAP_CAP_MB } from '../../src/worker/pool.js';
import { compileWorker, ROOT } from './compiled-worker.js';

const DIR = join(ROOT, 'test/output/batch/heap-cap');
const SOURCES = ['corpus/000_88a2649a8df46961.txt', 'corpus/clean/county-bureau-2021-framework.txt', 'corpus/formats/000_88a2649a8df46961.docx'];

let workerFile: string;
beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  SOURCES.forEach((file, i) => copyFileSync(join(ROOT, file), join(DIR, `doc-${i}-${file.split('/').at(-1)!}`)));
  workerFile = compileWorker('heap-cap');
}, 60_000);

describe('worker heap cap', () => {
  it('is far below what a batch would otherwise reach, and well above what a document needs', () => {
    expect(WORKER_HEAP_CAP_MB).toBeGreaterThanOrEqual(96);
    expect(WORKER_HEAP_CAP_MB).toBeLessThanOrEqual(256);
  });

  it('a file that needs more than the cap is linted again without it: same results as in this thread', { timeout: 120_000 }, async () => {
    const linter = await createLinter({ cwd: ROOT });
    const alone = await linter.lintFiles([`${DIR}/*`], { concurrency: 'off' });
    // The sample needs ~200 MB (simulated) in a worker capped at 64 MB: the capped worker runs out, an uncapped one lints it.
    const options: InternalLintFilesOptions = { concurrency: 2, workerFile, heapCapMb: 64, faults: { memoryOn: 'doc-0-000_88a2649a8df46961.txt' } };
    const pooled = await linter.lintFiles([`${DIR}/*`], options);
    expect(pooled.map((r) => r.fatal)).toEqual(alone.map(() => undefined));
    expect(pooled).toEqual(alone);
  });

  it('one capped worker: the retry still gives every file its one result', { timeout: 120_000 }, async () => {
    const linter = await createLinter({ cwd: ROOT });
    const alone = await linter.lintFiles([`${DIR}/*`], { concurrency: 'off' });
    const options: InternalLintFilesOptions = { concurrency: 1, workerFile, heapCapMb: 64, faults: { memoryOn: 'doc-0-000_88a2649a8df46961.txt' } };
    const pooled = await linter.lintFiles([`${DIR}/*`], options);
    expect(pooled).toEqual(alone);
  });
});
