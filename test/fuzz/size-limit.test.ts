// The file-size limit: a 200 MB file is refused from its size before it is read, with its name, size and the limit; buffers and texts too.
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../../src/api/linter.js';
import { toCliOptions } from '../../src/cli/options.js';
import { DEFAULT_READ_LIMITS, parseByteSize } from '../../src/read/limits.js';
import { expectOutcome, MB, timed } from './helpers.js';

let dir: string;
let linter: Linter;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-size-'));
  linter = await createLinter({ cwd: dir, config: { extends: 'jixiao:recommended' } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('maxFileBytes', () => {
  it('defaults to 100 MB', () => {
    expect(DEFAULT_READ_LIMITS.maxFileBytes).toBe(100 * MB);
  });

  it('a 200 MB text file is refused from its size, without reading it, naming the file, the size and the limit', async () => {
    const file = join(dir, '大文件.txt');
    // A sparse file: 200 MB long on disk in no time; reading it would take seconds and 200 MB of memory.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * MB);
    closeSync(fd);
    const { value: result, ms } = await timed(() => linter.lintFile(file));
    expect(result.fatal?.message).toBe('文件“大文件.txt”大小为 200 MB（209715200 字节），超过上限 100 MB，未读取；请拆分文件，或用 --max-file-size（选项 maxFileBytes）调高上限');
    expect(result.format).toBe('too-large');
    expect(ms).toBeLessThan(1_000);
    expectOutcome(result);
    const [viaFiles] = await linter.lintFiles([file]);
    expect(viaFiles!.fatal?.message).toMatch(/超过上限 100 MB/);
  });

  it('is an option, and applies to buffers, texts and parse too', async () => {
    const small = await createLinter({ cwd: dir, config: { extends: 'jixiao:recommended' }, maxFileBytes: 1000 });
    writeFileSync(join(dir, 'b.txt'), 'x'.repeat(1001));
    expect((await small.lintFile('b.txt')).fatal?.message).toMatch(/^文件“b\.txt”大小为 1001 字节（1001 字节），超过上限 1000 字节/);
    expect((await small.lintBuffer(new Uint8Array(2000), { filePath: 'c.docx' })).fatal?.message).toMatch(/^文件“c\.docx”大小为 2 KB（2000 字节）/);
    // Text is measured as UTF-8: 400 Chinese characters are 1200 bytes.
    expect((await small.lintText('指'.repeat(400), { filePath: 'd.txt' })).fatal?.message).toMatch(/^文件“d\.txt”大小为 1.2 KB（1200 字节）/);
    expect((await small.lintText('指'.repeat(300))).fatal).toBeUndefined();
    await expect(small.parseBuffer(new Uint8Array(2000))).rejects.toThrow(/超过上限 1000 字节/);
    expect(() => small.parse('x'.repeat(2000))).toThrow(/超过上限 1000 字节/);
    await expect(createLinter({ maxFileBytes: 0 })).rejects.toThrow(/maxFileBytes 应为正数/);
  });

  it('the CLI reads --max-file-size and --max-inflated-size as sizes', () => {
    expect(parseByteSize('100MB')).toBe(100 * MB);
    expect(parseByteSize('1.5 GB')).toBe(1.5 * 1024 * MB);
    expect(parseByteSize('512k')).toBe(512 * 1024);
    expect(parseByteSize('abc')).toBeNull();
    const options = toCliOptions({ maxFileSize: '20MB', maxInflatedSize: '1GB' }, ['a.txt']);
    expect(options.maxFileBytes).toBe(20 * MB);
    expect(options.maxInflatedBytes).toBe(1024 * MB);
    expect(() => toCliOptions({ maxFileSize: 'huge' }, ['a.txt'])).toThrow(/--max-file-size 需要一个大小/);
  });
});
