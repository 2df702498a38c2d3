// Nothing lost: broken files get a fatal result, every other file its own result, also on worker threads.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type InternalLintFilesOptions } from '../../src/api/linter.js';
import { getFormatter } from '../../src/report/index.js';
import { compileWorker, ROOT } from './compiled-worker.js';

const DIR = join(ROOT, 'test/output/batch/broken');
const GOOD = ['corpus/000_88a2649a8df46961.txt', 'corpus/formats/000_88a2649a8df46961.docx', 'corpus/formats/000_88a2649a8df46961.xlsx', 'corpus/formats/000_88a2649a8df46961.html'];
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

let workerFile: string;
beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  GOOD.forEach((file, i) => copyFileSync(join(ROOT, file), join(DIR, `good-${i}-${file.split('/').at(-1)!}`)));
  // Random bytes named .docx (seeded, so the test is the same every time).
  let seed = 12345;
  const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  writeFileSync(join(DIR, 'corrupt.docx'), random);
  writeFileSync(join(DIR, 'empty.txt'), '');
  writeFileSync(join(DIR, 'picture.png'), PNG);
  workerFile = compileWorker('nothing-lost');
}, 60_000);

async function lint(options: InternalLintFilesOptions) {
  const linter = await createLinter({ cwd: ROOT });
  const files = await linter.listFiles([`${DIR}/*`]);
  const results = await linter.lintFiles([`${DIR}/*`], { workerFile, ...options });
  return { files: files.map((f) => f.slice(ROOT.length)), results };
}

const fatalNames = (results: { filePath: string; fatal?: unknown }[]) => results.filter((r) => r.fatal).map((r) => r.filePath.split('/').at(-1)).sort();

describe('broken files', () => {
  it('every file has exactly one result with concurrency 2; broken ones are fatal', async () => {
    const { files, results } = await lint({ concurrency: 2 });
    expect(files).toHaveLength(7);
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(fatalNames(results)).toEqual(['corrupt.docx', 'picture.png']);
    const empty = results.find((r) => r.filePath.endsWith('empty.txt'))!;
    expect(empty.fatal === undefined || empty.fatal.message.length > 0).toBe(true);
    for (const r of results.filter((r) => r.filePath.includes('good-'))) {
      expect(r.fatal).toBeUndefined();
      expect(r.score).toBeDefined();
    }
    // The same as in one thread.
    const off = await lint({ concurrency: 'off' });
    expect(JSON.stringify(off.results)).toBe(JSON.stringify(results));
  }, 60_000);

  it('shows the fatal files in every format', async () => {
    const { results } = await lint({ concurrency: 2 });
    const context = { cwd: ROOT, lang: 'zh' as const, color: false };
    for (const format of ['stylish', 'json', 'csv', 'sarif', 'junit', 'html', 'summary']) {
      const out = String(await getFormatter(format)(results, context));
      for (const name of ['corrupt.docx', 'picture.png']) expect(out, `${format} names ${name}`).toContain(name);
    }
    // The workbook's 文档 sheet lists every file, the unreadable ones with their fatal message.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const bytes = (await getFormatter('xlsx')(results, context)) as Uint8Array;
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.getWorksheet('文档')!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    for (const name of ['corrupt.docx', 'picture.png']) expect(cells.some((c) => c.includes(name)), `xlsx names ${name}`).toBe(true);
  }, 60_000);

  it('a worker that throws on a file reports it as fatal and goes on', async () => {
    const { files, results } = await lint({ concurrency: 2, faults: { throwOn: 'good-1-000_88a2649a8df46961.docx' } });
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(fatalNames(results)).toEqual(['corrupt.docx', 'good-1-000_88a2649a8df46961.docx', 'picture.png']);
    expect(results.find((r) => r.filePath.endsWith('good-1-000_88a2649a8df46961.docx'))!.fatal!.message).toContain('模拟的检查故障');
  }, 60_000);

  it('a worker that dies leaves a fatal result for its file, and a new worker lints the rest', async () => {
    const { files, results } = await lint({ concurrency: 2, faults: { exitOn: 'good-0-000_88a2649a8df46961.txt' } });
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(fatalNames(results)).toEqual(['corrupt.docx', 'good-0-000_88a2649a8df46961.txt', 'picture.png']);
    expect(results.find((r) => r.filePath.endsWith('good-0-000_88a2649a8df46961.txt'))!.fatal!.message).toContain('工作线程意外退出');
    for (const r of results.filter((r) => r.filePath.includes('good-') && !r.filePath.includes('good-0'))) expect(r.score).toBeDefined();
  }, 60_000);

  it('with one worker that dies on every other file, still one result per file', async () => {
    const { files, results } = await lint({ concurrency: 1, faults: { exitOn: '.docx' } });
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(fatalNames(results)).toEqual(['corrupt.docx', 'good-1-000_88a2649a8df46961.docx', 'picture.png']);
  }, 60_000);
});
