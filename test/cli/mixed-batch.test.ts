// The built CLI over a folder of good, broken and hostile files, with workers and without: every file has exactly
// one result, each good file's result equals its result when linted alone, the others are fatal (or, when some
// content is readable, in error), and the exit code follows the contract (0 clean; 1 errors or
// fatal files; 2 the run could not proceed).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import { TEST_FAULTS_VARIABLE } from '../../src/cli/test-faults.js';
import { timeoutMessage } from '../../src/worker/time-limit.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The executable as installed: package.json's bin (tsc output or a bundle; `npm test` builds it first). */
const BIN = join(ROOT, Object.values(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin as Record<string, string>)[0]!);
const DIR = join(ROOT, 'test/output/cli/mixed-batch');
/** Generous for a small file on a loaded two-core machine; the hanging file costs this much per run. */
const TIMEOUT_S = 15;

const GOOD: Record<string, string> = {
  'good-sample.txt': 'corpus/000_88a2649a8df46961.txt',
  'good-sample.docx': 'corpus/formats/000_88a2649a8df46961.docx',
  'good-sample.xlsx': 'corpus/formats/000_88a2649a8df46961.xlsx',
  'good-sample.html': 'corpus/formats/000_88a2649a8df46961.html',
  'good-sample.md': 'corpus/formats/000_88a2649a8df46961.md',
  'good-clean.csv': 'corpus/clean/single-project-2025.csv',
  'good-real.txt': 'corpus/real/001-jingyan-mata-town-project-targets-2023.txt',
};
/**
 * Each bad file and what it must get: a fatal result, or an error finding (readable, but no indicator table; or,
 * for the truncated .docx, the parts the reader salvages from the local zip headers, linted as they are).
 */
const BAD: Record<string, 'fatal' | 'error'> = {
  'broken-truncated.docx': 'error',
  'broken-empty.txt': 'error',
  'broken-png.txt': 'fatal',
  'broken-html.xlsx': 'error',
  'hostile-random.docx': 'fatal',
  'hostile-nested.html': 'error',
  'hostile-hang.txt': 'fatal',
};
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

interface CliRun {
  code: number;
  results: FileResult[];
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, '--no-config', '-f', 'json', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      done({ code, results: stdout.trim() ? (JSON.parse(stdout) as FileResult[]) : [], stderr });
    });
  });
}

const name = (r: FileResult) => r.filePath.split('/').at(-1)!;
const alone = new Map<string, FileResult>();

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const [file, source] of Object.entries(GOOD)) copyFileSync(join(ROOT, source), join(DIR, file));
  const docx = readFileSync(join(ROOT, GOOD['good-sample.docx']!));
  writeFileSync(join(DIR, 'broken-truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(join(DIR, 'broken-empty.txt'), '');
  writeFileSync(join(DIR, 'broken-png.txt'), PNG);
  writeFileSync(join(DIR, 'broken-html.xlsx'), '<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body><p>关于召开会议的通知</p></body></html>');
  // Random bytes (seeded, so the test is the same every time) behind a .docx name.
  let seed = 7;
  writeFileSync(join(DIR, 'hostile-random.docx'), Uint8Array.from({ length: 8192 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
  writeFileSync(join(DIR, 'hostile-nested.html'), `<html><body>${'<div>'.repeat(20_000)}嵌套${'</div>'.repeat(20_000)}</body></html>`);
  copyFileSync(join(ROOT, GOOD['good-real.txt']!), join(DIR, 'hostile-hang.txt'));
  // Each good file linted alone, in one thread: the reference its result in the batch must equal.
  for (const file of Object.keys(GOOD)) {
    const { results, stderr } = await cli(['--concurrency', 'off', join('test/output/cli/mixed-batch', file)]);
    expect(results, `${file}: ${stderr}`).toHaveLength(1);
    alone.set(file, results[0]!);
  }
}, 180_000);

describe('a mixed batch through the built CLI', () => {
  it.each([
    ['with workers', '2'],
    ['without workers', 'off'],
  ])('%s: one result per file, good files as when alone, the rest fatal or in error, exit 1', async (_how, concurrency) => {
    const run = await cli(['--concurrency', concurrency, '--timeout', String(TIMEOUT_S), 'test/output/cli/mixed-batch'], {
      [TEST_FAULTS_VARIABLE]: JSON.stringify({ hangOn: 'hostile-hang.txt' }),
    });
    expect(run.stderr).toBe('');
    expect(run.code, run.stderr).toBe(1);
    const names = run.results.map(name);
    expect(names).toEqual([...Object.keys(GOOD), ...Object.keys(BAD)].sort());
    for (const result of run.results) {
      const file = name(result);
      if (file in GOOD) {
        expect(result.fatal, file).toBeUndefined();
        expect(result, file).toEqual(alone.get(file));
        continue;
      }
      if (BAD[file] === 'fatal') {
        expect(result.fatal?.message, file).toBeTruthy();
        expect(result.messages, file).toHaveLength(1);
      } else {
        expect(result.fatal, file).toBeUndefined();
        expect(result.errorCount, file).toBeGreaterThan(0);
      }
    }
    expect(run.results.find((r) => name(r) === 'hostile-hang.txt')!.fatal!.message).toBe(timeoutMessage(TIMEOUT_S * 1000));
  }, 180_000);

  it('exit codes: 0 for a clean file, 1 for a fatal one alone, 2 for a bad option or configuration', async () => {
    expect((await cli(['corpus/clean/single-project-2025.txt'])).code).toBe(0);
    const fatal = await cli(['test/output/cli/mixed-batch/broken-png.txt']);
    expect(fatal.code).toBe(1);
    expect(fatal.results[0]!.fatal).toBeDefined();
    const badOption = await cli(['--timeout', '-1', 'corpus/clean/single-project-2025.txt']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--timeout');
    const badConfig = await cli(['--config', 'test/output/cli/mixed-batch/broken-empty.txt', 'corpus/clean/single-project-2025.txt']);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('broken-empty.txt');
    expect(badConfig.results).toEqual([]);
  }, 120_000);
});
