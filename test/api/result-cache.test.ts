// The result cache (cache: true): hits give the same results as linting, and anything a result depends on makes a miss.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EntryCodec } from '../../src/api/cache-entry.js';
import { encodeStrings } from '../../src/api/cache-strings.js';
import { createLinter, type Linter } from '../../src/api/linter.js';
import type { LinterOptions } from '../../src/api/options.js';
import { ENTRY_MAX_AGE_MS, SWEEP_EVERY_MS } from '../../src/api/result-cache.js';
import { ConfigurationError } from '../../src/engine/errors.js';
import type { FileResult } from '../../src/model/result.js';
import { compileWorker, ROOT } from '../batch/compiled-worker.js';
import { temporaryFolder } from '../cli/temporary-folder.js';

const SOURCES = ['corpus/000_88a2649a8df46961.txt', 'corpus/clean/county-bureau-2021-framework.txt', 'corpus/formats/000_88a2649a8df46961.docx'];
/** A marker no real result has: a result carrying it came from the cache. */
const MARK = 999_999;

let dir: string;
temporaryFolder('jixiao-result-cache-', (path) => (dir = path), { each: true });

let workerFile: string;
beforeAll(() => {
  workerFile = compileWorker('result-cache');
}, 60_000);

beforeEach(() => {
  mkdirSync(join(dir, 'docs'));
  SOURCES.forEach((file) => copyFileSync(join(ROOT, file), join(dir, 'docs', file.split('/').pop()!)));
});

const cached = (options: LinterOptions = {}): Promise<Linter> => createLinter({ cwd: dir, cache: true, cacheLocation: 'cache', ...options });

/** Every entry file under the cache folder. */
function entries(): string[] {
  const root = join(dir, 'cache');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.gz'))
    .map((name) => join(root, name));
}

/** Rewrites every entry with an error count no lint gives, keeping its key: whatever shows the mark was read from the cache. */
function markEntries(): void {
  for (const file of entries()) {
    const codec = new EntryCodec();
    const entry = codec.decode<FileResult>(readFileSync(file));
    entry.value.errorCount = MARK;
    writeFileSync(file, codec.encode(entry.key, entry.value)!);
  }
}

const byName = (results: FileResult[]) => Object.fromEntries(results.map((r) => [r.filePath.split('/').pop()!, r]));

describe('result cache', () => {
  it('keeps one entry per linted file, and a second run reads them back as the same objects, undefined fields and key order included', async () => {
    const first = await (await cached()).lintFiles(['docs']);
    expect(first.map((r) => r.fatal)).toEqual([undefined, undefined, undefined]);
    expect(entries()).toHaveLength(3);
    const second = await (await cached()).lintFiles(['docs']);
    expect(second).toStrictEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    markEntries();
    const third = await (await cached()).lintFiles(['docs']);
    expect(third.map((r) => r.errorCount)).toEqual([MARK, MARK, MARK]);
  });

  it('gives the same results as a linter without a cache', async () => {
    const plain = await (await createLinter({ cwd: dir })).lintFiles(['docs']);
    await (await cached()).lintFiles(['docs']);
    expect(await (await cached()).lintFiles(['docs'])).toEqual(plain);
  });

  it('lints a changed file again, and only that file', async () => {
    await (await cached()).lintFiles(['docs']);
    markEntries();
    appendFileSync(join(dir, 'docs/county-bureau-2021-framework.txt'), '\n补充说明：无。\n');
    const results = byName(await (await cached()).lintFiles(['docs']));
    expect(results['county-bureau-2021-framework.txt']!.errorCount).not.toBe(MARK);
    expect(results['000_88a2649a8df46961.txt']!.errorCount).toBe(MARK);
    expect(results['000_88a2649a8df46961.docx']!.errorCount).toBe(MARK);
  });

  it('lints every file again when a setting a result depends on changes: a rule, the language, scoring', async () => {
    await (await cached()).lintFiles(['docs']);
    markEntries();
    for (const options of [{ rules: { 'value-echoes-name': { severity: 'off' as const } } }, { lang: 'en' as const }, { config: { scoring: { gateCap: 41 } } }]) {
      const results = await (await cached(options)).lintFiles(['docs']);
      expect(results.map((r) => r.errorCount), JSON.stringify(options)).not.toContain(MARK);
    }
    // The entries of the first settings are still there and still used.
    expect((await (await cached()).lintFiles(['docs'])).map((r) => r.errorCount)).toEqual([MARK, MARK, MARK]);
  });

  it('finds a renamed or copied file by its bytes and reports it under its own path', async () => {
    await (await cached()).lintFiles(['docs']);
    markEntries();
    copyFileSync(join(dir, 'docs/000_88a2649a8df46961.txt'), join(dir, 'docs/copy.txt'));
    const results = byName(await (await cached()).lintFiles(['docs']));
    expect(results['copy.txt']!.errorCount).toBe(MARK);
    expect(results['copy.txt']!.filePath).toBe(join('docs', 'copy.txt'));
  });

  it('keys on the extension too (it breaks ties in format detection)', async () => {
    await (await cached()).lintFiles(['docs']);
    markEntries();
    copyFileSync(join(dir, 'docs/000_88a2649a8df46961.txt'), join(dir, 'docs/same.md'));
    expect(byName(await (await cached()).lintFiles(['docs']))['same.md']!.errorCount).not.toBe(MARK);
  });

  it('lints again, and rewrites, an entry that cannot be read back', async () => {
    const first = await (await cached()).lintFiles(['docs']);
    const broken = entries()[0]!;
    writeFileSync(broken, 'not gzip');
    expect(await (await cached()).lintFiles(['docs'])).toEqual(first);
    const codec = new EntryCodec();
    const good = codec.decode<FileResult>(readFileSync(broken));
    const whole = gunzipSync(codec.encode(good.key, good.value)!);
    // gzip of something else, an entry cut short, an entry of another key, and one of its key that holds no result: misses too.
    for (const bytes of [gzipSync('{"key":1}'), gzipSync(whole.subarray(0, whole.length - 12)), codec.encode('other', good.value)!, codec.encode(good.key, {})!]) {
      writeFileSync(broken, bytes);
      expect(await (await cached()).lintFiles(['docs'])).toEqual(first);
    }
    expect(codec.decode<FileResult>(readFileSync(broken)).value.messages).toBeInstanceOf(Array);
  });

  it('never keeps a fatal result', async () => {
    writeFileSync(join(dir, 'docs/broken.docx'), 'PK\u0003\u0004 not a zip');
    const results = byName(await (await cached()).lintFiles(['docs']));
    expect(results['broken.docx']!.fatal).toBeDefined();
    expect(entries()).toHaveLength(3);
  });

  it('is used by lintFiles only: lintText and lintBuffer leave it alone', async () => {
    const linter = await cached();
    await linter.lintText(readFileSync(join(dir, 'docs/000_88a2649a8df46961.txt'), 'utf8'), { filePath: 'docs/a.txt' });
    await linter.lintBuffer(readFileSync(join(dir, 'docs/000_88a2649a8df46961.docx')), { filePath: 'docs/a.docx' });
    expect(entries()).toHaveLength(0);
  });

  it('is shared by worker threads: they write entries and read them back', { timeout: 120_000 }, async () => {
    const plain = await (await createLinter({ cwd: dir })).lintFiles(['docs']);
    expect(await (await cached()).lintFiles(['docs'], { concurrency: 2, workerFile })).toEqual(plain);
    expect(entries()).toHaveLength(3);
    markEntries();
    const again = await (await cached()).lintFiles(['docs'], { concurrency: 2, workerFile });
    expect(again.map((r) => r.errorCount)).toEqual([MARK, MARK, MARK]);
    // Workers send hits as their entries hold them: the pool's results are this thread's, key order and undefined fields included.
    const inThread = await (await cached()).lintFiles(['docs']);
    expect(again).toStrictEqual(inThread);
    expect(again.map((r) => Object.keys(r))).toEqual(inThread.map((r) => Object.keys(r)));
    // An entry of the file's key that holds no result is a miss in a worker too: the file is linted again.
    const codec = new EntryCodec();
    for (const file of entries()) writeFileSync(file, codec.encode(codec.decode<FileResult>(readFileSync(file)).key, { messages: 'none' })!);
    expect(await (await cached()).lintFiles(['docs'], { concurrency: 2, workerFile })).toEqual(plain);
  });

  it('gives a file whose entry a worker sent but the pool cannot unpack a fatal result, and lints it again in one thread', { timeout: 120_000 }, async () => {
    const plain = await (await cached()).lintFiles(['docs']);
    // Laid out as cache-entry.ts writes entries: an object whose messages array holds an object of a shape the entry does not list.
    for (const file of entries()) {
      const { key } = new EntryCodec().decode<FileResult>(readFileSync(file));
      const header = Buffer.from(JSON.stringify({ key, width: 8, shapes: [['messages']] }));
      const head = Buffer.concat([Buffer.alloc(8), header, encodeStrings([])]);
      head.writeUInt32LE(header.length, 0);
      const codes = new Float64Array([7, 0, 6, 1, 7, 5]);
      const padding = Buffer.alloc((8 - (head.length % 8)) % 8);
      writeFileSync(file, gzipSync(Buffer.concat([head, padding, Buffer.from(codes.buffer)])));
    }
    const pooled = await (await cached()).lintFiles(['docs'], { concurrency: 2, workerFile });
    expect(pooled.map((r) => r.fatal?.message)).toEqual(plain.map(() => '缓存中的检查结果无法读取；请删除缓存文件夹后再检查'));
    expect(await (await cached()).lintFiles(['docs'])).toEqual(plain);
  });

  it('removes the folders of other tool builds, and nothing else, when it starts a folder of its own', async () => {
    mkdirSync(join(dir, 'cache/0123456789abcdef/ab'), { recursive: true });
    writeFileSync(join(dir, 'cache/0123456789abcdef/tool.json'), '{"tool":"jixiao-lint@0.0.1"}\n');
    writeFileSync(join(dir, 'cache/0123456789abcdef/ab/old.gz'), '');
    // Named like a tool folder but not the cache's own (no tool.json): kept.
    mkdirSync(join(dir, 'cache/fedcba9876543210'));
    mkdirSync(join(dir, 'cache/mine'));
    writeFileSync(join(dir, 'cache/notes.txt'), 'kept');
    await cached();
    const left = readdirSync(join(dir, 'cache')).sort();
    expect(left).not.toContain('0123456789abcdef');
    expect(left).toEqual(expect.arrayContaining(['fedcba9876543210', 'mine', 'notes.txt', 'CACHEDIR.TAG']));
    expect(left.filter((name) => /^[0-9a-f]{16}$/.test(name))).toHaveLength(2);
    expect(readFileSync(join(dir, 'cache/CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55\n/);
  });

  it('removes entries unused for ENTRY_MAX_AGE_MS and abandoned temporary files, sweeping at most every SWEEP_EVERY_MS', async () => {
    await (await cached()).lintFiles(['docs']);
    const [old, used, kept] = entries() as [string, string, string];
    const toolFile = join(old, '../../tool.json');
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    const age = (file: string) => Date.now() - statSync(file).mtimeMs;
    const temporary = `${kept}.123.abc.tmp`;
    writeFileSync(temporary, 'half');
    utimesSync(temporary, daysAgo(1), daysAgo(1));
    utimesSync(old, daysAgo(31), daysAgo(31));
    utimesSync(used, daysAgo(31), daysAgo(31));
    // Swept less than a day ago: nothing goes.
    await cached();
    expect(entries()).toHaveLength(3);
    // A hit renews its entry.
    await (await cached()).lintFiles(['docs']);
    expect(age(used)).toBeLessThan(60_000);
    utimesSync(used, daysAgo(29), daysAgo(29));
    utimesSync(old, daysAgo(31), daysAgo(31));
    utimesSync(toolFile, new Date(Date.now() - SWEEP_EVERY_MS - 1000), new Date(Date.now() - SWEEP_EVERY_MS - 1000));
    await cached();
    expect(entries().sort()).toEqual([used, kept].sort());
    expect(existsSync(temporary)).toBe(false);
    expect(age(toolFile)).toBeLessThan(60_000);
    expect(ENTRY_MAX_AGE_MS).toBeGreaterThanOrEqual(7 * SWEEP_EVERY_MS);
  });

  it('stops createLinter with a ConfigurationError naming cacheLocation when the folder cannot be used', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const failure = await cached({ cacheLocation: 'a-file' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as ConfigurationError).field).toBe('cacheLocation');
    expect((failure as Error).message).toContain('a-file');
  });

  it('is off unless cache is true (a location alone does nothing)', async () => {
    await (await createLinter({ cwd: dir, cacheLocation: 'cache' })).lintFiles(['docs']);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
