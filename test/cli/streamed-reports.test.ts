// The CLI writes each report as results arrive; every format must come out byte for byte as its whole formatter gives it from all the results.
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import { builtInRulesDir } from '../../src/api/package-root.js';
import { ruleMeta } from '../../src/cli/rule-meta.js';
import { packageVersion } from '../../src/cli/version.js';
import type { FileResult } from '../../src/model/result.js';
import { formatters, listFormats } from '../../src/report/index.js';
import { run } from './fake-io.js';
import { temporaryFolder } from './temporary-folder.js';

const CWD = process.cwd();
const PATTERNS = ['corpus', 'missing.txt'];

describe('reports written as results arrive', () => {
  let dir: string;
  let results: FileResult[];
  let rules: ReturnType<typeof ruleMeta>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-streamed-'));
    const linter = await createLinter({ cwd: CWD });
    results = await linter.lintFiles(PATTERNS);
    rules = ruleMeta(linter.rules, linter.lang, builtInRulesDir());
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['off', '2'])('gives every format as its whole formatter does (concurrency %s)', async (concurrency) => {
    const formats = listFormats();
    const argv = [...PATTERNS, '--no-config', '--concurrency', concurrency];
    for (const format of formats) argv.push('-f', format, '-o', join(dir, concurrency, `report.${format}`));
    const { code, stderr } = await run(argv, { cwd: CWD });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(results.length).toBeGreaterThan(40);
    for (const format of formats) {
      const context = { cwd: CWD, lang: 'zh' as const, color: false, rules, toolVersion: packageVersion() };
      const whole = await formatters[format]!(results, context);
      const written = await readFile(join(dir, concurrency, `report.${format}`));
      expect(written.equals(typeof whole === 'string' ? Buffer.from(whole) : Buffer.from(whole)), format).toBe(true);
    }
    // Only the reports remain: no partial file, and the bodies kept aside are gone with their folder.
    expect((await readdir(join(dir, concurrency))).sort()).toEqual(formats.map((f) => `report.${f}`).sort());
  });

  it('gives stdout the same text as the file', async () => {
    const piped = await run([...PATTERNS, '--no-config', '-f', 'junit'], { cwd: CWD });
    const context = { cwd: CWD, lang: 'zh' as const, color: false, rules, toolVersion: packageVersion() };
    expect(piped.stdout).toBe(await formatters.junit!(results, context));
  });
});

describe('an interrupted run (Ctrl-C)', () => {
  let dir: string;
  temporaryFolder('jixiao-interrupted-', (path) => (dir = path));

  it.each(['off', '2'])('stops at the next result, removes the partial reports and its temporary files, exits 130 (concurrency %s)', async (concurrency) => {
    const stop = new AbortController();
    const scratch = join(dir, `tmp-${concurrency}`);
    await mkdir(scratch);
    const reports = join(dir, `reports-${concurrency}`);
    const argv = ['corpus', '--no-config', '--concurrency', concurrency, '-f', 'stylish', '-f', 'html', '-o', join(reports, 'r.html'), '-f', 'csv', '-o', join(reports, 'r.csv')];
    // The user presses Ctrl-C as the first file's part reaches the terminal.
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    let piped: Awaited<ReturnType<typeof run>>;
    try {
      piped = await run(argv, { cwd: CWD, signal: stop.signal, stdout: () => stop.abort() });
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    expect(piped).toMatchObject({ code: 130, stderr: 'jixiao-lint: 已中断：没有写出报告，临时文件已删除\n' });
    expect(await readdir(reports)).toEqual([]);
    expect(await readdir(scratch)).toEqual([]);
  });
});
