// Several format/output pairs in one run (-f json -o a.json -f sarif -o b.sarif), and how -f and -o pair up.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pairReports } from '../../src/cli/options.js';
import { run } from './fake-io.js';
import { temporaryFolder } from './temporary-folder.js';

describe('pairReports', () => {
  it('one -f and one -o pair up in either order; none gives stylish to stdout', () => {
    expect(pairReports([])).toEqual([{ format: 'stylish' }]);
    expect(pairReports([['output', 'a.json'], ['format', 'json']])).toEqual([{ format: 'json', output: 'a.json' }]);
    expect(pairReports([['output', 'a.txt']])).toEqual([{ format: 'stylish', output: 'a.txt' }]);
  });

  it('pairs each -f with the -o that follows it; a lone -f goes to stdout', () => {
    expect(
      pairReports([['format', 'stylish'], ['format', 'json'], ['output', 'a.json'], ['format', 'sarif'], ['output', 'b.sarif']]),
    ).toEqual([{ format: 'stylish' }, { format: 'json', output: 'a.json' }, { format: 'sarif', output: 'b.sarif' }]);
  });

  it('refuses an -o with no -f before it, two reports on stdout, and one file twice', () => {
    expect(() => pairReports([['output', 'a'], ['format', 'json'], ['format', 'csv']])).toThrow('-o a 前面没有与之配对的 -f');
    expect(() => pairReports([['format', 'json'], ['output', 'a'], ['output', 'b']])).toThrow('-o b 前面没有与之配对的 -f');
    expect(() => pairReports([['format', 'json'], ['format', 'csv']])).toThrow('只能有一个报告写到标准输出，json、csv');
    expect(() => pairReports([['format', 'json'], ['output', 'a'], ['format', 'csv'], ['output', 'a']])).toThrow('同一个文件 a');
  });
});

describe('runCli: several reports', () => {
  let dir: string;
  temporaryFolder('jixiao-reports-', (path) => (dir = path));

  it('writes every pair, the fatal file in each, and the lone -f to stdout', async () => {
    const argv = ['missing.txt', '-f', 'json', '-o', 'a.json', '-f', 'stylish', '-f', 'sarif', '-o', 'out/b.sarif', '-f', 'csv', '-o', 'c.csv', '-f', 'junit', '-o', 'd.xml'];
    const { code, stdout, stderr } = await run(argv, { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('missing.txt');
    expect(stdout).toContain('1 个错误');
    const json = JSON.parse(await readFile(join(dir, 'a.json'), 'utf8')) as { fatal?: unknown }[];
    expect(json[0]!.fatal).toBeDefined();
    const sarif = JSON.parse(await readFile(join(dir, 'out/b.sarif'), 'utf8')) as {
      runs: { tool: { driver: { version: string } }; results: { ruleId: string }[] }[];
    };
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(sarif.runs[0]!.tool.driver.version).toBe(manifest.version);
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['fatal']);
    expect(await readFile(join(dir, 'c.csv'), 'utf8')).toContain('missing.txt,1,1,,错误,fatal,');
    expect(await readFile(join(dir, 'd.xml'), 'utf8')).toContain('<error message="无法读取文件');
  });

  it('a pairing mistake is a usage error (exit 2) before anything is linted', async () => {
    const { code, stdout, stderr } = await run(['missing.txt', '-f', 'json', '-f', 'csv'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('jixiao-lint: 参数错误：只能有一个报告写到标准输出，json、csv 都没有 -o <文件>\n');
  });

  it('xlsx goes to a file; to a terminal it is refused with exit 2 before linting', async () => {
    const { code, stdout, stderr } = await run(['missing.txt', '-f', 'xlsx', '-o', 'r/报告.xlsx', '-f', 'stylish'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('missing.txt');
    const bytes = await readFile(join(dir, 'r/报告.xlsx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const tty = await run(['missing.txt', '-f', 'xlsx'], { cwd: dir, isTTY: true, stdoutBytes: () => undefined });
    expect(tty).toEqual({ code: 2, stdout: '', stderr: 'jixiao-lint: 参数错误：xlsx 报告是二进制文件，不能输出到终端；请用 -o <文件> 指定输出文件\n' });
  });

  it('xlsx to a pipe goes out as bytes', async () => {
    const chunks: Uint8Array[] = [];
    const { code, stdout } = await run(['missing.txt', '-f', 'xlsx'], { cwd: dir, stdoutBytes: (bytes) => void chunks.push(bytes) });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // The workbook is streamed: it may come in several writes, which together are one zip.
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Object.keys(unzipSync(bytes))).toContain('xl/workbook.xml');
  });

  it('--help explains several reports', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('多个报告：');
    expect(stdout).toContain('-f sarif -o 报告/结果.sarif');
  });
});
