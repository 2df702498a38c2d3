// FileBlocks: a text store's full blocks go to a file in the run's scratch folder and come back as they went, and a disk that refuses them fails the report with a clear error.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileBlocks } from '../../src/cli/report-blocks.js';
import { ScratchFolder } from '../../src/cli/report-spill.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { BLOCK_BYTES, TextStore } from '../../src/report/text-store.js';
import { temporaryFolder } from './temporary-folder.js';

/** Texts filling several blocks, with one larger than a block. */
function manyTexts(): string[] {
  const texts: string[] = [];
  for (let i = 0; i < 30_000; i++) texts.push(`${i}:${'绩效目标'.repeat(i % 40)}`);
  texts.push('大'.repeat(600_000)); // 1.8 MB of UTF-8
  texts.push('after');
  return texts;
}

const filesIn = (folder: string): string[] => readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

describe('FileBlocks', () => {
  let parent = '';
  temporaryFolder('jixiao-blocks-', (path) => (parent = path), { each: true });

  it('keeps a store’s full blocks in one file of the scratch folder and gives every text back', async () => {
    const scratch = new ScratchFolder(parent);
    const store = new TextStore(scratch.blocks());
    const texts = manyTexts();
    for (const t of texts) store.add(t);
    // Every block but the one being filled is on disk: more than two blocks' worth of UTF-8.
    const [file, ...others] = filesIn(parent);
    expect(others).toEqual([]);
    expect(statSync(file!).size).toBeGreaterThan(2 * BLOCK_BYTES);
    texts.forEach((t, i) => expect(store.get(i), `text ${i}`).toBe(t));
    // Read twice (a ranking reads its records in rank order): the same texts.
    for (const i of [texts.length - 1, 0, texts.length - 2, 12_345]) expect(store.get(i)).toBe(texts[i]);
    await scratch.remove();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('writes nothing while no block is full (a run of a few files)', async () => {
    const scratch = new ScratchFolder(parent);
    const store = new TextStore(scratch.blocks());
    store.add('doc-1.txt');
    expect(store.get(0)).toBe('doc-1.txt');
    expect(readdirSync(parent)).toEqual([]);
    await scratch.remove();
  });

  it('fails with the folder and what to do when the scratch folder cannot be made', () => {
    const notAFolder = join(parent, 'file');
    writeFileSync(notAFolder, '');
    const store = new TextStore(new ScratchFolder(notAFolder).blocks());
    const add = () => {
      for (let i = 0; i < 2000; i++) store.add('绩效'.repeat(300));
    };
    expect(add).toThrow(UsageError);
    expect(add).toThrow(/无法写入临时文件（.*file）：ENOTDIR；请检查磁盘空间，或用 TMPDIR 指定其他文件夹/);
  });

  it('turns a failed write or read into the error it is given', () => {
    const failed = (error: unknown) => new Error(`磁盘：${(error as NodeJS.ErrnoException).code}`);
    expect(() => new FileBlocks(() => join(parent, 'missing', 'blocks'), failed).keep(new Uint8Array(8))).toThrow('磁盘：ENOENT');
    const keeper = new FileBlocks(() => join(parent, 'blocks'), failed);
    keeper.keep(new Uint8Array([1, 2, 3]));
    expect(keeper.block(0)).toEqual(new Uint8Array([1, 2, 3]));
    expect(() => keeper.block(1)).toThrow(RangeError);
    keeper.close();
  });
});
