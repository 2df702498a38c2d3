// The per-file time limit: a file that hangs is stopped and reported, its worker replaced, and no other result lost.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type InternalLintFilesOptions } from '../../src/api/linter.js';
import { effectiveTimeout, timeoutMessage } from '../../src/worker/time-limit.js';
import { compileWorker, ROOT } from '../batch/compiled-worker.js';

const DIR = join(ROOT, 'test/output/worker/time-limit');
const SOURCES = [
  'corpus/clean/single-project-2025.txt',
  'corpus/real/001-jingyan-mata-town-project-targets-2023.txt',
  'corpus/real/003-yueyanglou-price-cert-center-overall-2023.txt',
  'corpus/real/004-ningxiang-batang-town-infrastructure-2021.txt',
  'corpus/clean/single-project-2025.md',
  'corpus/clean/township-2025.txt',
  'corpus/clean/county-bureau-2021-framework.txt',
  'corpus/real/008-ezhou-office-building-operation-2022.txt',
  'corpus/real/013-rongchang-forestry-guchang-greening-2022.txt',
  'corpus/clean/single-project-2025.csv',
  'corpus/real/017-tongxin-xiamaguan-grape-planting-2023.txt',
  'corpus/real/005-yinchuan-no6-middle-school-public-funds-selfeval-2021.txt',
];
// Third of twelve: a worker is handed its first files several at a time and holds the answers of the two before
// this one (not yet sent) when it hangs; those files are linted again, and their results must not change.
const HANG = 'c-003-yueyanglou-price-cert-center-overall-2023.txt';
/** Long enough for a cold worker's first small file while the full suite loads both cores; the hanging file costs this much per run. */
const LIMIT_MS = 10_000;

let workerFile: string;
beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  SOURCES.forEach((file, i) => copyFileSync(join(ROOT, file), join(DIR, `${'abcdefghijkl'[i]}-${file.split('/').at(-1)!}`)));
  workerFile = compileWorker('time-limit');
}, 120_000);

async function lint(options: InternalLintFilesOptions) {
  const linter = await createLinter({ cwd: ROOT });
  const started = performance.now();
  const results = await linter.lintFiles([DIR], { workerFile, timeoutMs: LIMIT_MS, ...options });
  return { results, elapsed: performance.now() - started, files: (await linter.listFiles([DIR])).map((f) => f.slice(ROOT.length)) };
}

describe('per-file time limit', () => {
  it('validates the option: default 60 s, 0 and Infinity mean none, negatives are refused', () => {
    expect(effectiveTimeout(undefined)).toBe(60_000);
    expect(effectiveTimeout(0)).toBeNull();
    expect(effectiveTimeout(Infinity)).toBeNull();
    expect(() => effectiveTimeout(-1)).toThrow(RangeError);
    expect(timeoutMessage(60_000)).toContain('60 秒');
    expect(timeoutMessage(1500)).toContain('1.5 秒');
  });

  it.each([
    ['one worker', 1],
    ['two workers', 2],
  ])('%s: the hanging file is stopped and fatal, every other result is the one without the fault', async (_name, concurrency) => {
    const clean = await lint({ concurrency });
    expect(clean.results.every((r) => r.fatal === undefined)).toBe(true);
    const hung = await lint({ concurrency, faults: { hangOn: HANG } });
    expect(hung.results.map((r) => r.filePath)).toEqual(hung.files);
    expect(hung.results).toHaveLength(SOURCES.length);
    expect(hung.results.filter((r) => r.fatal).map((r) => r.filePath.split('/').at(-1))).toEqual([HANG]);
    for (const [i, result] of hung.results.entries()) {
      if (result.filePath.endsWith(HANG)) {
        expect(result.fatal?.message).toBe(timeoutMessage(LIMIT_MS));
        expect(result.errorCount).toBe(1);
        expect(result.messages).toHaveLength(1);
      } else {
        expect(result).toEqual(clean.results[i]);
      }
    }
    // The pool finished: stopped at the limit, not after waiting for the endless loop.
    expect(hung.elapsed).toBeLessThan(LIMIT_MS + 30_000);
  }, 120_000);

  it('in this thread, a file that ends past the limit gets the same fatal result; the others are unchanged', async () => {
    const clean = await lint({ concurrency: 'off' });
    const hung = await lint({ concurrency: 'off', faults: { hangOn: HANG } });
    expect(hung.results.map((r) => r.filePath)).toEqual(hung.files);
    expect(hung.results.filter((r) => r.fatal).map((r) => r.filePath.split('/').at(-1))).toEqual([HANG]);
    for (const [i, result] of hung.results.entries()) {
      if (result.filePath.endsWith(HANG)) expect(result.fatal?.message).toBe(timeoutMessage(LIMIT_MS));
      else expect(result).toEqual(clean.results[i]);
    }
  }, 120_000);

  it('a main thread busy past the limit blames no file: the worker answered its files meanwhile', async () => {
    // The first result blocks this thread for longer than the limit. The worker lints the files it holds and
    // sends their answers, which wait here behind the pool's timer; the timer must see on the worker's
    // board that none of them is running, not blame the first of them (a clock kept here would).
    let blocked = false;
    const { results } = await lint({
      concurrency: 1,
      onResult: () => {
        if (blocked) return;
        blocked = true;
        const until = performance.now() + LIMIT_MS + 1000;
        while (performance.now() < until);
      },
    });
    expect(blocked).toBe(true);
    expect(results.filter((r) => r.fatal).map((r) => r.filePath)).toEqual([]);
  }, 120_000);

  it('no limit (0): every file gets its own result', async () => {
    const { results } = await lint({ concurrency: 2, timeoutMs: 0 });
    expect(results.every((r) => r.fatal === undefined)).toBe(true);
  }, 120_000);
});
