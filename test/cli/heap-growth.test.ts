// The CLI's heap growth flag: set only before a batch, through CliIO.beforeBatch, unless the command line sets its own.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BATCH_MIN_FILES, HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/cli/heap-growth.js';
import { run } from './fake-io.js';
import { temporaryFolder } from './temporary-folder.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
temporaryFolder('jixiao-cli-heap-', (path) => (dir = path));

beforeAll(() => {
  // A batch just large enough, and one file short of it.
  for (const [folder, count] of [['batch', BATCH_MIN_FILES], ['few', BATCH_MIN_FILES - 1]] as const) {
    mkdirSync(join(dir, folder));
    for (let i = 0; i < count; i++) copyFileSync(join(ROOT, 'corpus/clean/county-bureau-2021-framework.txt'), join(dir, folder, `${i}.txt`));
  }
});

describe('heapGrowthFlag', () => {
  it('limits growth by default', () => {
    expect(heapGrowthFlag([])).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--max-old-space-size=4096', '--enable-source-maps'])).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it("leaves the user's own setting alone, however it is spelt", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=200'])).toBeUndefined();
    expect(heapGrowthFlag(['--heap_growing_percent', '10'])).toBeUndefined();
  });
});

describe('CliIO.beforeBatch', () => {
  it(`is called once for a batch of ${BATCH_MIN_FILES} files, before the first is linted`, async () => {
    let calls = 0;
    let outputBefore = -1;
    let out = '';
    const result = await run(['batch', '--no-config', '--concurrency', 'off', '-f', 'json'], {
      cwd: dir,
      stdout: (text) => void (out += text),
      beforeBatch: () => {
        calls += 1;
        outputBefore = out.length;
      },
    });
    expect(result.code).toBeLessThan(2);
    expect(calls).toBe(1);
    expect(outputBefore).toBe(0);
    expect(JSON.parse(out)).toHaveLength(BATCH_MIN_FILES);
  });

  it('is not called for fewer files (a cold run on a few files keeps node’s code cache)', async () => {
    let calls = 0;
    const result = await run(['few', '--no-config', '--concurrency', 'off'], { cwd: dir, beforeBatch: () => (calls += 1) });
    expect(result.code).toBeLessThan(2);
    expect(calls).toBe(0);
  });
});
